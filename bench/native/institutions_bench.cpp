// institutions.search on a portal-sized list: 10,000 generated entries (fictional, like the demo
// list: names end in （演示）), loaded once with Engine::with_institutions, then searched per
// keystroke as the page would. Also the load itself (read, check, index), done once per list.
//   institutions/load 10000                    Engine::with_institutions on the file text
//   institutions/search 10000 <query>          one institutions.search request, held list
#include <benchmark/benchmark.h>

#include <string>

#include <nlohmann/json.hpp>

#include "medins/engine.hpp"

namespace {

// Places of the demo list, with place names that exercise the readings (长沙 cháng, 重庆 chóng,
// 厦门 xià, 乐亭 lào).
struct Place {
  const char* region;
  const char* name;
};
constexpr Place kPlaces[] = {{"430102", "长沙"}, {"430103", "长沙天心"}, {"110105", "北京朝阳"},
                             {"350203", "厦门"}, {"500103", "重庆渝中"}, {"130225", "乐亭县"}};
constexpr const char* kKinds[] = {"人民医院",         "中医院", "妇幼保健院",
                                  "社区卫生服务中心", "诊所",   "大药房"};

std::string generated_list(int n) {
  nlohmann::json institutions = nlohmann::json::array();
  for (int i = 0; i < n; ++i) {
    const Place& place = kPlaces[i % 6];
    const int kind = (i / 6) % 6;
    const bool pharmacy = kind == 5;
    char sequence[8];
    std::snprintf(sequence, sizeof sequence, "%05d", i);
    nlohmann::json e = {
        {"code", std::string(pharmacy ? "P" : "H") + place.region + sequence},
        {"name",
         std::string(place.name) + "演示第" + std::to_string(i) + kKinds[kind] + "（演示）"},
        {"aliases", {"演示" + std::to_string(i) + "号"}},
        {"region", place.region},
        {"kind", pharmacy ? "pharmacy" : "hospital"},
        {"networked", {{"inpatient", !pharmacy}, {"outpatient", true}, {"chronic", "unknown"}}},
        {"address", "演示路" + std::to_string(i) + "号（虚构地址）"}};
    if (!pharmacy) e["level"] = std::to_string(1 + i % 3);
    institutions.push_back(std::move(e));
  }
  return nlohmann::json{{"format", "medins-institutions"},
                        {"version", 1},
                        {"source", {{"title", "生成的演示名单（虚构）"}, {"demo", true}}},
                        {"as_of", "2026-11-01"},
                        {"institutions", std::move(institutions)}}
      .dump();
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
  static const std::string text = generated_list(10000);
  std::string answer;
  static const medins::Engine engine = medins::Engine::create().with_institutions(text, answer);
  benchmark::RegisterBenchmark("institutions/load 10000", load, text);
  for (const char* query :
       {"changsha", "csysd", "长沙演示第1", "演示9999号", "diyiyiyuan", "H43010200", "laoting"}) {
    const std::string request = nlohmann::json{{"query", query}}.dump();
    benchmark::RegisterBenchmark(
        (std::string("institutions/search 10000 ") + query).c_str(),
        [request](benchmark::State& state) { search(state, engine, request); });
  }
}
