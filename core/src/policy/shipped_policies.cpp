#include "policy/shipped_policies.hpp"

#include "common/embedded_files.hpp"
#include "policy/policy_parse.hpp"

namespace medins {

ShippedPolicies load_shipped_policies(const Bibliography& bibliography) {
  ShippedPolicies out;
  for (const EmbeddedFile& file : embedded_policy_files()) {
    if (file.path.empty()) continue;  // the generator's placeholder when data/policies is empty
    Result<Policy> policy = load_policy_file(file.path, file.text, &bibliography);
    if (policy) {
      out.policies.push_back({std::string(file.path), std::move(policy).value()});
    } else {
      out.broken.emplace_back(std::string(file.path), policy.errors());
    }
  }
  return out;
}

const ShippedPolicy* find_shipped_policy(const ShippedPolicies& shipped, const std::string& region,
                                         Scheme scheme) {
  for (const ShippedPolicy& p : shipped.policies) {
    if (p.policy.region == region && p.policy.scheme == scheme) return &p;
  }
  return nullptr;
}

}  // namespace medins
