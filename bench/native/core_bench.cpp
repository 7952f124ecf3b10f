// Native speed of the core, on the same corpus the wasm harness times (bench/corpus.json):
//   handle/<name>            a whole request: parse, validate, compute, serialise
//   estimate_rules/<n>       the estimate's rules alone, on an already-read request
//   start/<...>              a fresh Engine: created alone, and created then asked one request
//   batch/<...>, json_parse  medins batch throughput against nlohmann::json::parse alone
//   institutions/<...>       a 10,000-entry institution list: load once, search
//   (institutions_bench.cpp)
// Run through scripts/bench, or build/bench/native/medins_bench directly. Speed is measured
// here, never in tests.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../../native/batch.hpp"
#include "api/core_data.hpp"
#include "estimate/estimate_request.hpp"
#include "medins/engine.hpp"
#include "medins/handle.hpp"

namespace {

struct Entry {
  std::string name;
  std::string op;
  nlohmann::json request;
};

std::vector<Entry> load_corpus() {
  std::ifstream in(MEDINS_BENCH_CORPUS);
  const nlohmann::json corpus = nlohmann::json::parse(in);
  std::vector<Entry> entries;
  for (const nlohmann::json& e : corpus) entries.push_back({e["name"], e["op"], e["request"]});
  return entries;
}

// Through one Engine, as the CLI and the page hold it: the data is parsed once, not per call.
void whole_request(benchmark::State& state, const std::string& op, const std::string& request) {
  const medins::Engine engine = medins::Engine::create();
  for (auto _ : state) {
    std::string out = engine.handle(op, request);
    benchmark::DoNotOptimize(out);
  }
}

// What a front end pays before its first answer: the Engine alone, and the Engine with its first
// request of one kind (which loads whatever data that op needs).
void engine_create(benchmark::State& state) {
  for (auto _ : state) {
    medins::Engine engine = medins::Engine::create();
    benchmark::DoNotOptimize(engine);
  }
}

void first_request(benchmark::State& state, const std::string& op, const std::string& request) {
  for (auto _ : state) {
    const medins::Engine engine = medins::Engine::create();
    std::string out = engine.handle(op, request);
    benchmark::DoNotOptimize(out);
  }
}

void estimate_rules(benchmark::State& state, const nlohmann::json& request) {
  const medins::CoreData data = medins::load_core_data();
  medins::Result<medins::EstimateRequest> read = medins::read_estimate_request(
      data.policies.get(), request, data.sources.get() ? &data.sources.get().value() : nullptr);
  if (!read) {
    state.SkipWithError("the corpus request is refused");
    return;
  }
  const medins::EstimateRequest& r = read.value();
  const medins::Vocabulary words = medins::load_vocabulary().value();
  for (auto _ : state) {
    auto result = medins::estimate(r.policy(), r.policy().versions[r.version_index], r.place,
                                   r.input, words, data.national_rules.get().value());
    benchmark::DoNotOptimize(result);
  }
}

// The corpus as JSON Lines, repeated to about 1 MB, for throughput.
std::string jsonl(const std::vector<Entry>& entries) {
  std::string lines;
  while (lines.size() < (1u << 20)) {
    for (const Entry& e : entries) {
      lines += nlohmann::json{{"op", e.op}, {"request", e.request}}.dump();
      lines += '\n';
    }
  }
  return lines;
}

// Where batch writes in the benchmark: counts the bytes and keeps none, as the CLI's stdout into
// a pipe does. An ostringstream grown to several MB per iteration measured the allocator fetching
// and returning fresh pages, and so varied with whatever else the process held (4× slower once the
// institution benchmarks stopped building their list at start).
class CountingBuffer : public std::streambuf {
 public:
  CountingBuffer() { setp(buffer_, buffer_ + sizeof buffer_); }
  std::size_t count() const { return flushed_ + static_cast<std::size_t>(pptr() - pbase()); }

 protected:
  int_type overflow(int_type c) override {
    flushed_ += static_cast<std::size_t>(pptr() - pbase());
    setp(buffer_, buffer_ + sizeof buffer_);
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }

 private:
  char buffer_[1 << 16];
  std::size_t flushed_ = 0;
};

void batch_throughput(benchmark::State& state, const std::string& lines) {
  const medins::Engine engine = medins::Engine::create();
  for (auto _ : state) {
    std::istringstream in(lines);
    CountingBuffer sink;
    std::ostream out(&sink);
    medins::cli::run_batch(engine, in, out, nullptr);
    benchmark::DoNotOptimize(sink.count());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * lines.size()));
}

void parse_only(benchmark::State& state, const std::string& lines) {
  for (auto _ : state) {
    std::istringstream in(lines);
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line);
      benchmark::DoNotOptimize(j);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * lines.size()));
}

}  // namespace

void register_institution_benchmarks();  // institutions_bench.cpp

int main(int argc, char** argv) {
  const std::vector<Entry> entries = load_corpus();
  benchmark::RegisterBenchmark("start/Engine::create", engine_create);
  for (const Entry& e : entries) {
    benchmark::RegisterBenchmark(("start/create + " + e.name).c_str(), first_request, e.op,
                                 e.request.dump());
  }
  for (const Entry& e : entries) {
    benchmark::RegisterBenchmark(("handle/" + e.name).c_str(), whole_request, e.op,
                                 e.request.dump());
    if (e.op == "estimate") {
      benchmark::RegisterBenchmark(("estimate_rules/" + e.name).c_str(), estimate_rules, e.request);
    }
  }
  const std::string lines = jsonl(entries);
  benchmark::RegisterBenchmark("throughput/medins batch", batch_throughput, lines);
  benchmark::RegisterBenchmark("throughput/nlohmann::json::parse alone", parse_only, lines);
  register_institution_benchmarks();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
