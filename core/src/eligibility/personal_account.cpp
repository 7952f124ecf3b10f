#include "eligibility/personal_account.hpp"

#include <iterator>

namespace medins {

const char* const kPersonalAccountReasonIds[] = {
    "personal_account_at_counter",    "personal_account_after_filing",
    "personal_account_if_networked",  "personal_account_not_at_counter",
    "personal_account_resident_none", "personal_account_employee_only",
};
const std::size_t kPersonalAccountReasonCount = std::size(kPersonalAccountReasonIds);

std::optional<PersonalAccountUse> personal_account_use(VisitType visit,
                                                       std::optional<Scheme> scheme,
                                                       const EligibilityDecision& decision) {
  if (visit != VisitType::kPharmacy && visit != VisitType::kGeneralOutpatient) return std::nullopt;
  if (!scheme) return PersonalAccountUse{std::nullopt, "personal_account_employee_only"};
  if (*scheme == Scheme::kResident)
    return PersonalAccountUse{false, "personal_account_resident_none"};
  // The account is charged through the same settlement that pays the fund's share, so it goes
  // where the route goes.
  if (!decision.route) return PersonalAccountUse{std::nullopt, "personal_account_if_networked"};
  switch (*decision.route) {
    case Route::kDirectSettlement:
      return PersonalAccountUse{true, "personal_account_at_counter"};
    case Route::kFileFirst:
      return PersonalAccountUse{std::nullopt, "personal_account_after_filing"};
    case Route::kManualClaim:
    case Route::kNotCovered:
      break;
  }
  return PersonalAccountUse{false, "personal_account_not_at_counter"};
}

}  // namespace medins
