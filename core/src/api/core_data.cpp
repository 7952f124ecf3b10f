#include "api/core_data.hpp"

#include <exception>
#include <utility>

#include "eligibility/eligibility_rules.hpp"
#include "eligibility/why_failed_tree.hpp"
#include "filing/filing_rules.hpp"

namespace medins {
namespace {

// The shipped catalogue, or internal.error naming its first broken file: the ops refuse to
// answer from a broken catalogue rather than skip a file silently.
Result<ShippedPolicies> checked_shipped_policies() {
  ShippedPolicies shipped = load_shipped_policies();
  if (!shipped.broken.empty()) {
    const auto& [file, errors] = shipped.broken.front();
    const std::string detail = file + " " + errors.front().code + " " + errors.front().path;
    return make_error("internal.error", "", "（" + detail + "）", "(" + detail + ")");
  }
  return shipped;
}

// The loaders check what they read, but one that throws anyway must not take the Engine (or
// the data the other ops need) down with it.
template <typename T, typename F>
Result<T> guarded(F&& load) {
  try {
    return load();
  } catch (...) {
    return make_error("internal.error", "");
  }
}

}  // namespace

CoreData load_core_data() {
  // The tree reuses the eligibility rules' texts and sources, so it is loaded from them.
  Result<nlohmann::json> eligibility = guarded<nlohmann::json>(load_eligibility_rules);
  Result<nlohmann::json> why_failed =
      guarded<nlohmann::json>([&] { return load_why_failed_tree(eligibility); });
  Result<nlohmann::json> filing = guarded<nlohmann::json>(load_filing_rules);
  Result<NationalRules> national = guarded<NationalRules>([&]() -> Result<NationalRules> {
    if (!filing) return filing.errors();
    return read_national_rules(filing.value());
  });
  return CoreData{guarded<ShippedPolicies>(checked_shipped_policies),
                  std::move(filing),
                  std::move(eligibility),
                  std::move(why_failed),
                  nullptr,
                  std::move(national)};
}

}  // namespace medins
