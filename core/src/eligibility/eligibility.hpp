// The eligibility decision (资格判断) on typed inputs: which route a visit settles by, and every
// reason for it, in the order a person at the counter would hear them. No texts here: reasons
// are ids whose bilingual texts and sources live in data/eligibility/reasons.json.
//
// Facts a person may not know (is the hospital designated? networked?) are not guessed: the
// decision tries both answers and returns one branch per combination, so the answer can say
// "check this; if yes, …; if no, …".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/date.hpp"
#include "region/region.hpp"
#include "vocab/vocabulary.hpp"

namespace medins {

enum class Route { kDirectSettlement, kManualClaim, kNotCovered, kFileFirst };
// Where a chronic/special outpatient disease stands for cross-province direct settlement.
enum class ChronicGroup { kNone, kNational2021, kAdded2024, kOther };
// The facts the decision may need and the request may leave unknown (null).
enum class EligibilityFact { kDesignated, kNetworked, kProvinceFilingRequired };

const char* route_name(Route route);                      // "direct_settlement", ...
const char* eligibility_fact_name(EligibilityFact fact);  // "designated", ...

// Every reason id the decision can give; the data must have each (checked on load).
extern const char* const kEligibilityReasonIds[];
extern const std::size_t kEligibilityReasonCount;

struct FilingState {
  bool long_term = false;            // long-term categories do not expire and keep the home ratio
  Date filed_on = Date::latest();    // the day the filing takes effect
  std::optional<Date> valid_until;   // last valid day; nullopt: until changed (long-term)
  std::optional<bool> covers_place;  // the filed area includes the place; nullopt: not said
};

struct EligibilityInput {
  RegionRelation relation = RegionRelation::kCrossProvince;
  VisitType visit = VisitType::kInpatient;
  bool admitted = false;              // a hospital stay: inpatient, or an emergency admitted
  Date starts_on = Date::latest();    // admission or visit day
  std::optional<Date> discharged_on;  // stays only; nullopt: still in hospital
  bool settled = false;               // the bill has been settled (paid) already
  ChronicGroup chronic = ChronicGroup::kNone;
  std::optional<FilingState> filing;  // nullopt: no filing
  std::optional<bool> designated;
  std::optional<bool> networked;  // for this visit's setting (inpatient/outpatient/chronic)
  std::optional<bool> province_filing_required;  // in-province care only
};

struct EligibilityReason {
  std::string id;  // a reason of data/eligibility/reasons.json
  bool decisive;   // it decides the route (its confidence bounds the route's); else background
};

struct EligibilityBranch {
  // The unknown facts, each with the answer this branch assumes (empty when nothing is unknown).
  std::vector<std::pair<EligibilityFact, bool>> given;
  Route route = Route::kNotCovered;
  std::vector<EligibilityReason> reasons;
};

struct EligibilityDecision {
  std::vector<EligibilityFact> unknown;     // facts to check, in the order they matter
  std::vector<EligibilityBranch> branches;  // one when nothing is unknown
  std::optional<Route> route;               // set when every branch agrees
};

// The decision order (docs/eligibility.md): same city; designated; chronic disease list
// (cross-province); networked for the setting; filing (emergency treated as filed, validity,
// mid-stay expiry, retroactive filing before or after settlement; in-province per province).
EligibilityDecision decide_eligibility(const EligibilityInput& input);

}  // namespace medins
