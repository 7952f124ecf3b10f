// Whether the employees' personal account (个人账户) can pay for a pharmacy purchase or an
// outpatient visit away from the insured place, on typed inputs. It follows the route: the
// account pays the person's share only where the bill settles directly at the counter, and only
// the employees' scheme has one. No texts here: the reason ids live in data/eligibility/
// reasons.json like every other reason.
#pragma once

#include <cstddef>
#include <optional>

#include "eligibility/eligibility.hpp"
#include "vocab/vocabulary.hpp"

namespace medins {

struct PersonalAccountUse {
  std::optional<bool> can_pay;  // nullopt: depends on something the person has to check
  const char* reason;           // a reason id of data/eligibility/reasons.json
};

// Every reason id personal_account_use can give; the data must have each (checked on load).
extern const char* const kPersonalAccountReasonIds[];
extern const std::size_t kPersonalAccountReasonCount;

// nullopt for visits other than a pharmacy purchase or a general outpatient visit (a stay or a
// chronic-disease visit is outside this question). `scheme` nullopt: not said.
std::optional<PersonalAccountUse> personal_account_use(VisitType visit,
                                                       std::optional<Scheme> scheme,
                                                       const EligibilityDecision& decision);

}  // namespace medins
