#include "policy/op_policy_common.hpp"

#include "policy/policy_json.hpp"
#include "policy/policy_parse.hpp"

namespace medins::ops {

std::optional<std::string> read_region(RequestReader& reader, Errors& errors, bool required) {
  const std::optional<std::string> region = reader.string("region", required);
  if (!region) return std::nullopt;
  if (!policy_region_code_ok(*region)) {
    errors.push_back(make_error("policy.bad_region", reader.path("region")));
    return std::nullopt;
  }
  return region;
}

std::optional<Scheme> read_scheme(RequestReader& reader, Errors& errors, bool required) {
  const std::optional<std::string> name = reader.string("scheme", required);
  if (!name) return std::nullopt;
  const std::optional<Scheme> scheme = word_from_id<Scheme>(*name);
  if (!scheme) errors.push_back(make_error("policy.unknown_scheme", reader.path("scheme")));
  return scheme;
}

nlohmann::json policy_header_json(const Policy& policy) {
  nlohmann::json out = {{"region", policy.region},
                        {"scheme", word_id(policy.scheme)},
                        {"name", local_text_json(policy.name)},
                        {"source", source_to_json(policy.source)}};
  if (policy.notes) out["notes"] = local_text_json(*policy.notes);
  return out;
}

}  // namespace medins::ops
