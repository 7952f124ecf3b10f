#include "eligibility/eligibility.hpp"

#include <iterator>

namespace medins {
namespace {

constexpr const char* kRoutes[] = {"direct_settlement", "manual_claim", "not_covered",
                                   "file_first"};
constexpr const char* kFacts[] = {"designated", "networked", "province_filing_required"};

// One pass of the decision with every fact known, or the first fact it needs and lacks.
struct Pass {
  std::optional<Route> route;
  std::optional<EligibilityFact> needs;
  std::vector<EligibilityReason> reasons;

  void info(const char* id) { reasons.push_back({id, false}); }
  void because(const char* id) { reasons.push_back({id, true}); }
};

// Where the filing leaves this visit, after the reasons it adds.
enum class FilingOutcome { kFiled, kNone };

FilingOutcome filing_outcome(const EligibilityInput& in, Pass& pass) {
  const bool cross = in.relation == RegionRelation::kCrossProvince;
  if (in.visit == VisitType::kEmergency && cross) {
    pass.because("emergency_treated_as_filed");
    return FilingOutcome::kFiled;
  }
  if (in.filing) {
    const FilingState& f = *in.filing;
    if (f.covers_place == false) {
      pass.because("filing_other_area");
    } else if (f.filed_on > in.starts_on) {
      // Filed after the care began: a stay not yet settled still settles directly (补办 before
      // discharge settlement); anything already paid, or a visit before the filing, does not.
      if (in.admitted && !in.settled) {
        pass.because("filed_before_settlement");
        return FilingOutcome::kFiled;
      }
      pass.because(in.settled ? "filed_after_settlement" : "filing_not_yet_valid");
      if (in.settled) return FilingOutcome::kNone;
    } else if (f.valid_until && *f.valid_until < in.starts_on) {
      pass.because("filing_expired");
    } else if (in.admitted && f.valid_until && in.discharged_on &&
               *f.valid_until < *in.discharged_on) {
      // Admission within validity decides, not discharge.
      pass.because("filing_expires_mid_stay");
      return FilingOutcome::kFiled;
    } else {
      pass.because("filed_valid");
      return FilingOutcome::kFiled;
    }
  }
  if (!cross) {
    // In-province filing is the province's call; without a filing, ask whether it needs one.
    if (!in.province_filing_required) {
      pass.needs = EligibilityFact::kProvinceFilingRequired;
      return FilingOutcome::kNone;
    }
    if (!*in.province_filing_required) {
      pass.because("in_province_no_filing_needed");
      return FilingOutcome::kFiled;
    }
  }
  return FilingOutcome::kNone;
}

void ratio_note(const EligibilityInput& in, Pass& pass) {
  if (in.relation != RegionRelation::kCrossProvince) return;
  if (in.filing && in.filing->long_term && in.filing->covers_place != false) {
    pass.info("long_term_same_ratio");
  } else {
    pass.info("temporary_ratio_cut");
  }
}

Pass decide_once(const EligibilityInput& in) {
  Pass pass;
  const bool same_city =
      in.relation == RegionRelation::kSameRegion || in.relation == RegionRelation::kSamePrefecture;
  const bool cross = in.relation == RegionRelation::kCrossProvince;
  if (same_city) {
    pass.because("same_city");
    if (!in.designated) {
      pass.needs = EligibilityFact::kDesignated;
      return pass;
    }
    if (!*in.designated) {
      pass.because("not_designated");
      pass.route = Route::kNotCovered;
      return pass;
    }
    pass.info("direct_settlement");
    pass.route = Route::kDirectSettlement;
    return pass;
  }
  pass.info(cross ? "cross_province" : "in_province");

  if (!in.designated) {
    pass.needs = EligibilityFact::kDesignated;
    return pass;
  }
  if (!*in.designated) {
    if (in.visit == VisitType::kEmergency) {
      pass.because("not_designated_emergency");
      pass.route = Route::kManualClaim;
    } else {
      pass.because("not_designated");
      pass.route = Route::kNotCovered;
    }
    return pass;
  }

  // Only the diseases on the national list settle directly across provinces; in-province the
  // province keeps its own list.
  if (in.visit == VisitType::kChronicOutpatient) {
    if (cross) {
      if (in.chronic == ChronicGroup::kOther) {
        pass.because("chronic_not_in_national_list");
        pass.info("chronic_recognition");
        pass.route = Route::kManualClaim;
        return pass;
      }
      pass.because(in.chronic == ChronicGroup::kAdded2024 ? "chronic_added_2024_unconfirmed"
                                                          : "chronic_national_2021");
    }
    pass.info("chronic_recognition");
  }

  const bool pharmacy = in.visit == VisitType::kPharmacy;
  if (!in.networked) {
    pass.needs = EligibilityFact::kNetworked;
    return pass;
  }
  if (!*in.networked) {
    pass.because(pharmacy ? "pharmacy_not_networked" : "not_networked");
    ratio_note(in, pass);
    pass.route = Route::kManualClaim;
    return pass;
  }
  pass.because(pharmacy ? "pharmacy_networked" : "networked");

  const FilingOutcome filing = filing_outcome(in, pass);
  if (pass.needs) return pass;
  if (filing == FilingOutcome::kNone) {
    if (in.settled) {
      // "filed_after_settlement" already says it when a late filing exists.
      if (!in.filing || in.filing->filed_on <= in.starts_on) pass.because("not_filed_self_paid");
      pass.route = Route::kManualClaim;
    } else {
      pass.because("not_filed");
      pass.route = Route::kFileFirst;
    }
    return pass;
  }
  ratio_note(in, pass);
  pass.info("direct_settlement");
  pass.route = Route::kDirectSettlement;
  return pass;
}

void set_fact(EligibilityInput& in, EligibilityFact fact, bool value) {
  switch (fact) {
    case EligibilityFact::kDesignated:
      in.designated = value;
      break;
    case EligibilityFact::kNetworked:
      in.networked = value;
      break;
    case EligibilityFact::kProvinceFilingRequired:
      in.province_filing_required = value;
      break;
  }
}

void explore(const EligibilityInput& in, std::vector<std::pair<EligibilityFact, bool>>& given,
             EligibilityDecision& out) {
  Pass pass = decide_once(in);
  if (pass.needs) {
    const EligibilityFact fact = *pass.needs;
    bool listed = false;
    for (EligibilityFact f : out.unknown) listed = listed || f == fact;
    if (!listed) out.unknown.push_back(fact);
    // "Yes" first: the branch a person hopes for reads first.
    for (bool value : {true, false}) {
      EligibilityInput next = in;
      set_fact(next, fact, value);
      given.emplace_back(fact, value);
      explore(next, given, out);
      given.pop_back();
    }
    return;
  }
  out.branches.push_back({given, *pass.route, std::move(pass.reasons)});
}

}  // namespace

const char* const kEligibilityReasonIds[] = {
    "same_city",
    "in_province",
    "cross_province",
    "not_designated",
    "not_designated_emergency",
    "chronic_national_2021",
    "chronic_added_2024_unconfirmed",
    "chronic_not_in_national_list",
    "chronic_recognition",
    "networked",
    "not_networked",
    "pharmacy_networked",
    "pharmacy_not_networked",
    "emergency_treated_as_filed",
    "filed_valid",
    "filing_expires_mid_stay",
    "filing_expired",
    "filing_not_yet_valid",
    "filing_other_area",
    "filed_before_settlement",
    "filed_after_settlement",
    "not_filed",
    "not_filed_self_paid",
    "in_province_no_filing_needed",
    "temporary_ratio_cut",
    "long_term_same_ratio",
    "direct_settlement",
};
const std::size_t kEligibilityReasonCount = std::size(kEligibilityReasonIds);

const char* route_name(Route route) {
  return kRoutes[static_cast<int>(route)];
}

const char* eligibility_fact_name(EligibilityFact fact) {
  return kFacts[static_cast<int>(fact)];
}

EligibilityDecision decide_eligibility(const EligibilityInput& input) {
  EligibilityDecision out;
  std::vector<std::pair<EligibilityFact, bool>> given;
  explore(input, given, out);
  const Route first = out.branches.front().route;
  out.route = first;
  for (const EligibilityBranch& b : out.branches) {
    if (b.route != first) out.route.reset();
  }
  return out;
}

}  // namespace medins
