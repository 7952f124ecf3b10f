// The estimate's wording: every sentence of its explanation steps, and the details it adds to
// its errors and warnings, as templates in zh-CN and English with named slots ("{amount}"), so
// that estimate.cpp holds the arithmetic and names the sentence it says. Templates are filled by
// plain substitution, no parsing per request; the catalogue is in estimate_steps.cpp and
// tests/core/estimate_steps_test.cpp keeps both languages' slots in step.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "policy/policy.hpp"

namespace medins {

enum class StepText {
  // Explanation steps, in the order the estimate takes them (docs/estimate.md).
  kTotal,
  kClassC,
  kTerms,
  kTermsOutOfProvince,    // fragment of kTerms
  kTermsNoOutOfProvince,  // fragment of kTerms
  kFilingNotAway,
  kFilingLongTerm,
  kFilingOwnTerms,
  kFilingCut,
  kFilingCutRatio,      // fragment of kFilingCut
  kFilingCutSelfFirst,  // fragment of kFilingCut
  kClassBSelf,
  kClassBUnnamed,  // the line's name when the bill gives none
  kBillSource,     // the source of a class-B share given on the bill
  kInScope,
  kFilingSelfFirst,
  kDeductible,
  kDeductibleAdmission,   // fragment of kDeductible
  kDeductibleOutpatient,  // fragment of kDeductible
  kDeductibleYearLimit,   // fragment of kDeductible
  kAnnualCap,
  kAnnualCapUnknown,
  kBand,
  kBandReachesCap,
  kBandCutRatio,  // the ratio of a band piece when a filing cut applies
  kFundPayer,
  kCoinsurance,
  kOverCap,
  kFund,
  kResidentLayer,  // 大病保险
  kEmployeeLayer,  // 大额医疗费用补助
  kLayerNoFigures,
  kLayerMissing,
  kLayerMissingThreshold,           // fragment of kLayerMissing
  kLayerMissingRatios,              // fragment of kLayerMissing
  kLayerMissingThresholdAndRatios,  // fragment of kLayerMissing
  kResidentLayerBase,
  kEmployeeLayerBase,
  kPerson,
  // Details of errors and warnings.
  kMissingFigure,  // estimate.unknown_terms
  kMissingSettingTerms,
  kMissingLevels,
  kMissingLevelTerms,
  kMissingEmploymentTerms,
  kMissingDeductible,
  kMissingBands,
  kMissingFilingCut,
  kEmploymentNeeded,  // request.missing_field
  kCutAboveBound,     // estimate.cut_above_national_bound
  kFundCapUnknown,    // estimate.cap_unknown
  kLayerCapUnknown,   // estimate.cap_unknown
  // The shapes of docs/policy-format.md "Shapes real places use": explanation steps first.
  kAge,
  kAgeBelowSteps,
  kAgeFromBirthDate,     // fragment of kAge and kAgeBelowSteps
  kBandAgeRatio,         // the ratio of a band piece raised for age (may stand in kBandCutRatio)
  kFilingCutTermsLevel,  // fragment of kFilingCut
  kSpendingCeiling,
  kOverCeiling,
  kMinShare,
  kMinShareMet,
  kLayerNoCap,
  kAboveFundLayerBase,    // the layer's base when the policy sets it to above_fund
  kPersonShareLayerBase,  // the layer's base when the policy sets it to person_share
  kAgeNeeded,             // request.missing_field
  kTierNeeded,            // request.missing_field
  // Ranged answers (estimate_range.hpp): the step that states an assumed figure, first.
  kAssumption,
  kAssumedPoints,       // a value of kAssumption: a cut in percentage points
  kAssumedYuan,         // a value of kAssumption: an amount
  kBasisNationalBound,  // the basis in kAssumption
  kBasisPlacesWeKnow,   // the basis in kAssumption
  kBasisTypical,        // the basis in kAssumption
  kGivenFigure,         // kAssumption's sentence for a figure the person typed
  kPlacesWeKnowSource,  // the source the places_we_know basis cites
  kGivenFigureSource,   // the source of a figure the person typed
  kCount,
};

// One template: the sentence in both languages, slots written "{name}".
struct StepTemplate {
  StepText id;
  const char* zh_cn;
  const char* en;
};

// What fills one slot: the same text in both languages (an amount), or one text per language
// (a label, or another template's words). It only views its text, so build it inside the call
// that fills the template: step_text(StepText::kTotal, {{"total", yuan(total)}}).
struct Slot {
  Slot(std::string_view slot, std::string_view both) : name(slot), zh_cn(both), en(both) {}
  Slot(std::string_view slot, std::string_view text_zh, std::string_view text_en)
      : name(slot), zh_cn(text_zh), en(text_en) {}
  Slot(std::string_view slot, const LocalText& text) : name(slot), zh_cn(text.zh_cn), en(text.en) {}

  std::string_view name;
  std::string_view zh_cn;
  std::string_view en;
};

// The template's sentence with its slots filled. A slot the call does not give stays as written
// ("{name}"), so a mistake shows in the answer and the tests catch it.
LocalText step_text(StepText id, std::initializer_list<Slot> slots = {});

// One template with the slots given; step_text() for a template of the catalogue, this for any
// (the tests fill every template with every slot it names).
LocalText fill_step_template(const StepTemplate& t, const Slot* slots, std::size_t count);

// The catalogue's entry for one id (every id below kCount has one).
const StepTemplate& step_template(StepText id);

// The slot names of one template text, in order of appearance ("{a}×{b}" -> a, b).
std::vector<std::string> template_slots(std::string_view text);

// What is wrong with one template: braces that do not pair, a slot in one language but not the
// other, a language left empty. Empty when it is sound.
std::vector<std::string> check_step_template(const StepTemplate& t);

}  // namespace medins
