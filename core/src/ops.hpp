// The operations behind handle(): each reads a parsed request object and returns a result
// object or every error it found. Internal to the core.
#pragma once

#include <nlohmann/json.hpp>

#include "medins/result.hpp"

namespace medins::ops {

using Op = Result<nlohmann::json> (*)(const nlohmann::json& request);

struct OpEntry {
  const char* name;
  Op run;
  const char* summary;  // one line, for `medins help`
};

Result<nlohmann::json> id_check(const nlohmann::json& request);
Result<nlohmann::json> eligibility_check(const nlohmann::json& request);
Result<nlohmann::json> estimate(const nlohmann::json& request);
Result<nlohmann::json> filing_plan(const nlohmann::json& request);
Result<nlohmann::json> filing_validate(const nlohmann::json& request);
Result<nlohmann::json> filing_encode_qr(const nlohmann::json& request);
Result<nlohmann::json> filing_decode_qr(const nlohmann::json& request);
Result<nlohmann::json> institution_check(const nlohmann::json& request);
Result<nlohmann::json> region_get(const nlohmann::json& request);
Result<nlohmann::json> region_relation(const nlohmann::json& request);
Result<nlohmann::json> region_search(const nlohmann::json& request);
Result<nlohmann::json> meta_version(const nlohmann::json& request);
Result<nlohmann::json> policy_get(const nlohmann::json& request);
Result<nlohmann::json> policy_list(const nlohmann::json& request);
Result<nlohmann::json> policy_validate(const nlohmann::json& request);

}  // namespace medins::ops
