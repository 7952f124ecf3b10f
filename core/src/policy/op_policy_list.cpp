// Op policy.list: {"region"?, "scheme"?} -> the shipped policies (optionally only those of one
// region and/or scheme): region, scheme, name, source and the dates and confidence of each
// version, for a page that shows what medins knows before asking for anything.
#include "api/ops.hpp"
#include "policy/op_policy_common.hpp"
#include "policy/policy_json.hpp"

namespace medins::ops {

Result<nlohmann::json> policy_list(const CoreData& data, const nlohmann::json& request) {
  Errors errors;
  RequestReader reader(request, "", errors);
  const std::optional<std::string> region = read_region(reader, errors, false);
  const std::optional<Scheme> scheme = read_scheme(reader, errors, false);
  reader.reject_unknown_fields();
  if (!errors.empty()) return errors;
  const Result<ShippedPolicies>& shipped = data.policies.get();
  if (!shipped) return shipped.errors();

  nlohmann::json list = nlohmann::json::array();
  for (const ShippedPolicy& p : shipped->policies) {
    if (region && p.policy.region != *region) continue;
    if (scheme && p.policy.scheme != *scheme) continue;
    nlohmann::json entry = policy_header_json(p.policy);
    nlohmann::json versions = nlohmann::json::array();
    for (const PolicyVersion& v : p.policy.versions) versions.push_back(version_summary_json(v));
    entry["versions"] = std::move(versions);
    entry["file"] = p.file;
    list.push_back(std::move(entry));
  }
  return nlohmann::json{{"policies", std::move(list)}};
}

}  // namespace medins::ops
