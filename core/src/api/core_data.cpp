#include "api/core_data.hpp"

#include <exception>
#include <utility>

#include "eligibility/eligibility_rules.hpp"
#include "eligibility/why_failed_tree.hpp"
#include "filing/filing_rules.hpp"
#include "voucher/voucher_rules.hpp"

namespace medins {
namespace {

// The shipped catalogue, or internal.error naming its first broken file: the ops refuse to
// answer from a broken catalogue rather than skip a file silently.
Result<ShippedPolicies> checked_shipped_policies(const Bibliography& bibliography) {
  ShippedPolicies shipped = load_shipped_policies(bibliography);
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

// A part that cites sources cannot be checked without them: it answers as the bibliography
// does, so a broken data/sources.json names itself rather than hiding behind other errors.
template <typename T, typename F>
Result<T> with_sources(const Result<Bibliography>& sources, F&& load) {
  if (!sources) return sources.errors();
  return guarded<T>([&] { return load(sources.value()); });
}

}  // namespace

CoreData load_core_data() {
  // Each loader holds copies of the parts it reads (they share one holder), never the CoreData:
  // an Engine copies its CoreData to add a policy or an institution list, and the copy must not
  // point into the one it came from.
  LazyPart<Bibliography> sources([] { return guarded<Bibliography>(load_bibliography); });
  LazyPart<ShippedPolicies> policies([sources] {
    return with_sources<ShippedPolicies>(
        sources.get(), [](const Bibliography& b) { return checked_shipped_policies(b); });
  });
  LazyPart<nlohmann::json> filing([sources] {
    return with_sources<nlohmann::json>(sources.get(),
                                        [](const Bibliography& b) { return load_filing_rules(b); });
  });
  LazyPart<nlohmann::json> eligibility([sources] {
    return with_sources<nlohmann::json>(
        sources.get(), [](const Bibliography& b) { return load_eligibility_rules(b); });
  });
  // The tree reuses the eligibility rules' texts and sources, so it is loaded from them.
  LazyPart<nlohmann::json> why_failed([eligibility] {
    return guarded<nlohmann::json>([&] { return load_why_failed_tree(eligibility.get()); });
  });
  LazyPart<NationalRules> national([sources, filing] {
    return guarded<NationalRules>([&]() -> Result<NationalRules> {
      if (!sources.get()) return sources.get().errors();
      if (!filing.get()) return filing.get().errors();
      return read_national_rules(filing.get().value(), sources.get().value());
    });
  });
  // The wasm module brings the table the build wrote; a native build has the policies. Always
  // the shipped policies: one handed over later (Engine::with_policy) does not change it.
  LazyPart<PlacesWeKnow> known([policies] {
    return guarded<PlacesWeKnow>([&]() -> Result<PlacesWeKnow> {
      if (const std::optional<std::string_view> text = embedded_places_we_know()) {
        return read_places_we_know(
            nlohmann::json::parse(text->begin(), text->end(), nullptr, false));
      }
      if (!policies.get()) return policies.get().errors();
      return places_we_know(policies.get().value());
    });
  });
  LazyPart<nlohmann::json> voucher([sources] {
    return with_sources<nlohmann::json>(
        sources.get(), [](const Bibliography& b) { return load_voucher_rules(b); });
  });
  LazyPart<Vocabulary> vocabulary([] { return guarded<Vocabulary>(load_vocabulary); });
  LazyPart<FilingPlanParts> plan_parts([filing, vocabulary] {
    return guarded<FilingPlanParts>([&]() -> Result<FilingPlanParts> {
      if (!filing.get()) return filing.get().errors();
      if (!vocabulary.get()) return vocabulary.get().errors();
      return make_filing_plan_parts(filing.get().value(), vocabulary.get().value());
    });
  });
  LazyPart<EligibilityParts> eligibility_parts([eligibility, filing] {
    return guarded<EligibilityParts>([&]() -> Result<EligibilityParts> {
      if (!eligibility.get()) return eligibility.get().errors();
      if (!filing.get()) return filing.get().errors();
      return make_eligibility_parts(eligibility.get().value(), filing.get().value());
    });
  });
  return CoreData{std::move(sources),
                  std::move(policies),
                  std::move(filing),
                  std::move(eligibility),
                  std::move(why_failed),
                  std::move(vocabulary),
                  nullptr,
                  std::move(national),
                  std::move(known),
                  std::move(voucher),
                  std::move(plan_parts),
                  std::move(eligibility_parts)};
}

}  // namespace medins
