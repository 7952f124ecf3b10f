// institutions.search on a portal-sized list: 10,000 generated entries (fictional, like the demo
// list: names end in （演示）), loaded once with Engine::with_institutions, then searched per
// keystroke as the page would. Also the load itself (read, check, index), done once per list.
//   institutions/load 10000                    Engine::with_institutions on the file text
//   institutions/search 10000 <query>          one institutions.search request, held list
#include <benchmark/benchmark.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../../tests/core/generated_institutions.hpp"
#include "medins/engine.hpp"

namespace {

// The tests' entries (tests/core/generated_institutions.hpp), every one with an alias and an
// address, hospitals with a level.
std::string generated_list(int n) {
  nlohmann::json institutions = nlohmann::json::array();
  for (int i = 0; i < n; ++i) {
    nlohmann::json e = medins::test::generated_institution(i);
    const bool pharmacy = medins::test::generated_is_pharmacy(i);
    e["aliases"] = {"演示" + std::to_string(i) + "号"};
    e["networked"] = {{"inpatient", !pharmacy}, {"outpatient", true}, {"chronic", "unknown"}};
    e["address"] = "演示路" + std::to_string(i) + "号（虚构地址）";
    if (!pharmacy) e["level"] = std::to_string(1 + i % 3);
    institutions.push_back(std::move(e));
  }
  return medins::test::generated_list_file(std::move(institutions),
                                           {{"title", "生成的演示名单（虚构）"}, {"demo", true}})
      .dump();
}

// The list and the engine holding it, made on first use: a run filtered to other benchmarks
// does not build 10,000 entries.
const std::string& list_text() {
  static const std::string text = generated_list(10000);
  return text;
}

const medins::Engine& engine_with_list() {
  static const medins::Engine engine = [] {
    std::string answer;
    return medins::Engine::create().with_institutions(list_text(), answer);
  }();
  return engine;
}

void load(benchmark::State& state, const std::string& text) {
  const medins::Engine engine = medins::Engine::create();
  for (auto _ : state) {
    std::string answer;
    medins::Engine with = engine.with_institutions(text, answer);
    benchmark::DoNotOptimize(with);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void search(benchmark::State& state, const medins::Engine& engine, const std::string& request) {
  const std::string first = engine.handle("institutions.search", request);
  if (first.rfind("{\"ok\":true", 0) != 0 && first.find("\"ok\":true") == std::string::npos) {
    state.SkipWithError(first.c_str());
    return;
  }
  for (auto _ : state) {
    std::string out = engine.handle("institutions.search", request);
    benchmark::DoNotOptimize(out);
  }
}

}  // namespace

void register_institution_benchmarks() {
  benchmark::RegisterBenchmark("institutions/load 10000",
                               [](benchmark::State& state) { load(state, list_text()); });
  for (const char* query :
       {"changsha", "csysd", "长沙演示第1", "演示9999号", "diyiyiyuan", "H43010200", "laoting"}) {
    const std::string request = nlohmann::json{{"query", query}}.dump();
    benchmark::RegisterBenchmark(
        (std::string("institutions/search 10000 ") + query).c_str(),
        [request](benchmark::State& state) { search(state, engine_with_list(), request); });
  }
}
