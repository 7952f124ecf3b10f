// Native speed of whole requests through handle(), the same path the CLI and the page take:
// parse, validate, compute, serialise. Run: build/bench/native/medins_bench
// (speed is measured here, never in tests).
#include <benchmark/benchmark.h>

#include <string>

#include "medins/handle.hpp"

namespace {

void run(benchmark::State& state, const char* op, const std::string& request) {
  for (auto _ : state) {
    std::string out = medins::handle(op, request);
    benchmark::DoNotOptimize(out);
  }
}

void BM_IdCheck(benchmark::State& state) {
  run(state, "id.check", R"({"id":"11010519491231002X","as_of":"2026-11-25"})");
}
BENCHMARK(BM_IdCheck);

void BM_RegionSearch(benchmark::State& state, const char* query) {
  run(state, "region.search", std::string(R"({"query":")") + query + R"("})");
}
BENCHMARK_CAPTURE(BM_RegionSearch, initials_bjcy, "bjcy");
BENCHMARK_CAPTURE(BM_RegionSearch, pinyin_changsha, "changsha");
BENCHMARK_CAPTURE(BM_RegionSearch, chinese_beijing, "北京");
BENCHMARK_CAPTURE(BM_RegionSearch, one_letter_x, "x");
BENCHMARK_CAPTURE(BM_RegionSearch, code_prefix_4301, "4301");

void BM_RegionGet(benchmark::State& state) {
  run(state, "region.get", R"({"code":"430121"})");
}
BENCHMARK(BM_RegionGet);

}  // namespace

BENCHMARK_MAIN();
