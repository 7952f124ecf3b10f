// Op policy.validate: {"policy": {...}} -> a summary of a valid policy document, or every
// problem in it with a pointer into the request ("/policy/versions/0/..."). A policy a person
// typed in or a portal supplied is checked exactly like a shipped file.
#include "api/ops.hpp"
#include "policy/op_policy_common.hpp"
#include "policy/policy_json.hpp"
#include "policy/policy_parse.hpp"

namespace medins::ops {

Result<nlohmann::json> policy_validate(const CoreData& data, const nlohmann::json& request) {
  Errors errors;
  RequestReader reader(request, "", errors);
  const nlohmann::json* document = reader.object("policy");
  reader.reject_unknown_fields();
  if (document == nullptr) return errors;
  // Source ids resolve against the Engine's bibliography (data/sources.json).
  Result<Policy> policy = parse_policy(*document, reader.path("policy"),
                                       data.sources.get() ? &data.sources.get().value() : nullptr);
  if (!policy) {
    for (const Error& e : policy.errors()) errors.push_back(e);
  }
  if (!errors.empty()) return errors;
  nlohmann::json out = policy_header_json(policy.value());
  nlohmann::json versions = nlohmann::json::array();
  for (const PolicyVersion& v : policy->versions) versions.push_back(version_summary_json(v));
  out["versions"] = std::move(versions);
  out["valid"] = true;
  return out;
}

}  // namespace medins::ops
