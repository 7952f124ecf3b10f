// The operations behind handle(): each reads a parsed request object and returns a result
// object or every error it found, reading the shipped data it needs from `data` (loaded once by
// the Engine, never re-parsed per request). Internal to the core.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "api/core_data.hpp"
#include "medins/result.hpp"

namespace medins::ops {

using Op = Result<nlohmann::json> (*)(const CoreData& data, const nlohmann::json& request);

// An op that writes its result object as JSON text itself (the bytes `run`'s tree would dump
// to), where building the tree would cost more than the op's own work. It appends to `out`, the
// answer being written around it (batch reuses one buffer for every line), so that the result is
// neither held apart nor copied in. Returns no errors, or the errors that refuse the request:
// whatever it appended by then is the caller's to cut off.
using TextOp = Errors (*)(const CoreData& data, const nlohmann::json& request, std::string& out);

struct OpEntry {
  const char* name;
  Op run;                 // null where `text` answers
  const char* summary;    // one line, for `medins help`
  TextOp text = nullptr;  // used instead of `run` when there is one
};

Result<nlohmann::json> case_check(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> id_check(const CoreData& data, const nlohmann::json& request);
Errors id_check_text(const CoreData& data, const nlohmann::json& request, std::string& out);
Result<nlohmann::json> eligibility_check(const CoreData& data, const nlohmann::json& request);
Errors eligibility_check_text(const CoreData& data, const nlohmann::json& request,
                              std::string& out);
Result<nlohmann::json> eligibility_why_failed(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> estimate(const CoreData& data, const nlohmann::json& request);
// The same answer written as text directly (the form handle() sends): the explanation is most
// of it, and written without a json tree.
Errors estimate_text(const CoreData& data, const nlohmann::json& request, std::string& out);
// The shipped policies' lowest and highest figures (estimate/places_we_know.hpp), which the wasm
// build compiles into the module: tools/gen_places_we_know.mjs.
Result<nlohmann::json> estimate_bounds(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> filing_plan(const CoreData& data, const nlohmann::json& request);
Errors filing_plan_text(const CoreData& data, const nlohmann::json& request, std::string& out);
Result<nlohmann::json> filing_validate(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> filing_encode_qr(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> filing_decode_qr(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> institution_check(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> institutions_check(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> institutions_search(const CoreData& data, const nlohmann::json& request);
Errors institutions_search_text(const CoreData& data, const nlohmann::json& request,
                                std::string& out);
Result<nlohmann::json> region_get(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> region_relation(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> region_search(const CoreData& data, const nlohmann::json& request);
Errors region_search_text(const CoreData& data, const nlohmann::json& request, std::string& out);
Result<nlohmann::json> ledger_summarize(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> meta_version(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> meta_vocabulary(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> policy_coverage(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> policy_get(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> policy_list(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> policy_validate(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> voucher_face_check(const CoreData& data, const nlohmann::json& request);
Result<nlohmann::json> voucher_guide(const CoreData& data, const nlohmann::json& request);

// An error as every answer writes it ({code, path, message {zh-CN, en}}): in `errors`, and in
// the warnings an op returns with a result. Defined in handle.cpp.
nlohmann::json error_json(const Error& e);

}  // namespace medins::ops
