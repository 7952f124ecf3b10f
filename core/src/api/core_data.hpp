// The shipped data every op answers from, each part parsed and checked once, when the first op
// that needs it asks (LazyPart): the core keeps no state of its own, so whoever holds an Engine
// (engine.hpp) owns this. Internal to the core.
#pragma once

#include <memory>

#include <nlohmann/json.hpp>

#include "api/lazy_part.hpp"
#include "common/sources.hpp"
#include "eligibility/eligibility_parts.hpp"
#include "estimate/national_rules.hpp"
#include "estimate/places_we_know.hpp"
#include "filing/filing_plan_parts.hpp"
#include "institution/institution_search.hpp"
#include "medins/result.hpp"
#include "policy/shipped_policies.hpp"
#include "vocab/vocabulary.hpp"

namespace medins {

// Each part is its loader's answer (part.get()), kept as is: a broken part makes only the ops
// that need it answer with the errors they have always given, and the rest keep working. A
// CoreData put together by hand (tests) gives each part as a Result; the ones it leaves out are
// the defaults below.
struct CoreData {
  using Json = nlohmann::json;
  // data/sources.json (load_bibliography), or its sources.invalid errors: the one bibliography
  // the rule files and the shipped policies cite by id, and policy.validate and policy.get
  // resolve a supplied policy's source ids against.
  LazyPart<Bibliography> sources = make_error("internal.error", "");
  // data/policies/, or internal.error naming the first broken file (a test keeps them clean).
  LazyPart<ShippedPolicies> policies = make_error("internal.error", "");
  // data/filing/national.json (load_filing_rules), or its filing.rules_invalid errors.
  LazyPart<Json> filing_rules = make_error("internal.error", "");
  // data/eligibility/*.json by file stem (load_eligibility_rules), or eligibility.rules_invalid.
  LazyPart<Json> eligibility_rules = make_error("internal.error", "");
  // data/eligibility/why_failed.json, refs resolved (load_why_failed_tree), or its
  // eligibility.why_failed_rules_invalid errors: apart from eligibility_rules so that a broken
  // tree stops only eligibility.why_failed.
  LazyPart<Json> why_failed = make_error("internal.error", "");
  // data/vocabulary.json's labels (load_vocabulary), or its vocabulary.invalid errors: the ops
  // that show a word's label answer internal.error without it. A CoreData put together by hand
  // (tests) gets the shipped one.
  LazyPart<Vocabulary> vocabulary{[] { return load_vocabulary(); }};
  // A portal's designated-institution list loaded by Engine::with_institutions, indexed once for
  // institutions.search; null when none is loaded (load_core_data leaves it so).
  std::shared_ptr<const InstitutionIndex> institutions;
  // What the estimate takes from the filing rules, typed once (read_national_rules), or the
  // filing rules' errors.
  LazyPart<NationalRules> national_rules = make_error("internal.error", "");
  // The shipped policies' lowest and highest figures, a ranged estimate's `places_we_know`
  // basis: worked out from `policies` when loaded (native), or the table compiled into the wasm
  // module. Policies handed over later (Engine::with_policy) do not change it, so every front end
  // states the same ranges. A CoreData put together by hand (tests) has an empty one.
  LazyPart<PlacesWeKnow> places_we_know = PlacesWeKnow{};
  // data/voucher/ (load_voucher_rules): the e-voucher guide and the face-check tree, or their
  // voucher.rules_invalid errors; only the voucher.* ops need it.
  LazyPart<Json> voucher = make_error("internal.error", "");
  // filing.plan's fixed parts as text, written once from filing_rules and vocabulary. filing.plan
  // writes them afresh when these are missing or were written from other rules (a CoreData put
  // together by hand), so they only ever make it faster.
  LazyPart<FilingPlanParts> filing_plan_parts = make_error("internal.error", "");
  // eligibility.check's fixed parts as text, written once from eligibility_rules and
  // filing_rules, with the same fallback.
  LazyPart<EligibilityParts> eligibility_parts = make_error("internal.error", "");
};

// Every part of the shipped data, each to be parsed and checked on first use; nothing is read
// here. Never throws but for memory: a loader that throws (a bug, or memory exhaustion) leaves
// its part as internal.error.
CoreData load_core_data();

}  // namespace medins
