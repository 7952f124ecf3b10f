// The core with its shipped data loaded: what a front end holds to answer requests quickly.
//
//   const medins::Engine engine = medins::Engine::create();  // once: reads nothing yet
//   engine.handle("estimate", request_json);                  // per request
//
// The core keeps no state of its own (no globals, no caches), so the parsed policies and rules
// have to live somewhere the caller owns: here. Answers are those of medins::handle() (handle.hpp)
// byte for byte; handle() itself builds an Engine on every call, which is correct but repeats the
// loading each time, so a front end that answers more than one request should keep an Engine.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace medins {

struct CoreData;  // core/src/core_data.hpp

class Engine {
 public:
  // Parses nothing: each embedded data file is parsed and checked when the first request that
  // needs it arrives (a few milliseconds natively, once per part), so a page is ready as soon as
  // its module is. Never throws. If the shipped data were broken (a test keeps it clean), the
  // ops that need it answer with the same errors as handle() would, and the others answer
  // normally.
  static Engine create();

  // As medins::handle() and medins::handle_parsed(): never throw, deterministic output.
  // Immutable after create() but for the parts loaded on first use, which load once under a
  // lock (std::call_once), so one Engine may serve several threads at once.
  std::string handle(std::string_view op, std::string_view request_json) const;
  std::string handle_parsed(std::string_view op, const nlohmann::json& request) const;
  // The same answer appended to `out` (what it held before is left as it was): a caller
  // answering many requests (medins batch) writes them all through one buffer it reuses, and
  // the answer is not copied out of a string of its own.
  void handle_parsed(std::string_view op, const nlohmann::json& request, std::string& out) const;

  // A portal's designated-institution list (docs/institutions-format.md), read, checked and
  // indexed once, for institutions.search requests that carry no list of their own: a list of
  // ten thousand entries is larger than a request may be (1 MiB) and too slow to re-read per
  // keystroke. Returns an Engine holding the list and sharing this one's data; `answer` is the
  // response institutions.check gives for the file (or its errors, when the returned Engine
  // holds whatever list this one held). The file may be up to kMaxInstitutionsFileBytes.
  Engine with_institutions(std::string_view file_json, std::string& answer) const;

  // One policy file (docs/policy-format.md) at `path` ("policies/<region>/<scheme>.json"),
  // checked by the same parser as every shipped file (policy.malformed_json, policy.file_mismatch
  // and every policy.* error, with paths into the file) and held beside the others, replacing any
  // this Engine holds for that place and scheme: the web page fetches the file of the person's
  // insured place from the site (the wasm module embeds none) and hands it over here, so
  // policy.get, policy.list, estimate and ledger.summarize answer from it as from a shipped one.
  // `answer` is {"ok": true, "result": {region, scheme, name, source, versions, file}} or the
  // errors; on errors the returned Engine holds what this one held.
  Engine with_policy(std::string_view path, std::string_view file_text, std::string& answer) const;

 private:
  explicit Engine(std::shared_ptr<const CoreData> data);
  // Shared and const: copies are cheap and the data cannot change under a request. Null only in
  // a moved-from Engine or when even the allocation failed; handle() then answers internal.error.
  std::shared_ptr<const CoreData> data_;
};

}  // namespace medins
