// The estimate's wording: every sentence of its explanation steps, and the details it adds to
// its errors and warnings, as templates in zh-CN and English with named slots ("{amount}"), so
// that estimate.cpp holds the arithmetic and names the sentence it says. Templates are filled by
// plain substitution, no parsing per request; the catalogue is in estimate_steps.cpp and
// tests/core/estimate_steps_test.cpp keeps both languages' slots in step.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "common/money.hpp"
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
  // Band ratios raised for age, with and without a filing cut, as one fragment each.
  kBandAgeRaisedRatio,  // the ratio of a band piece raised for age, no cut
  kBandCutAgeRatio,     // the ratio of a band piece raised for age and cut
  kMinShareCapped,      // fragment of kMinShare
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

// Whether the template's text in one language goes into a JSON string unescaped (no quote,
// backslash or control character): StepWords::append_json copies those and escapes the others.
bool step_template_copies_into_json(StepText id, bool zh);

// The slot names of one template text, in order of appearance ("{a}×{b}" -> a, b).
std::vector<std::string> template_slots(std::string_view text);

// "85%", "92.2%", "0.05%": a ratio as the sentences write it.
std::string percent_text(BasisPoints bp);
// "20": percentage points of a cut or a raise.
std::string points_text(BasisPoints bp);

// Figures standing in a slot until the text is written: Yuan (Money), Percent, Points, Number.
struct Percent {
  BasisPoints bp;
};
struct Points {
  BasisPoints bp;
};
struct Number {
  std::int64_t n;
};

// One explanation step's sentence as the estimate computes it: the template and the figures,
// labels and fragments of its slots. It holds no text: the sentences are written only when the
// answer is (text(), append_text()), so the arithmetic does not pay for strings nobody reads,
// and it never allocates but for a line's own name. Labels are views: the Vocabulary (and the
// catalogue) they point into must outlive it. A fragment's own slots hold figures and labels,
// never another fragment. A StepWords made from a LocalText (`given`) holds that text as is.
class StepWords {
  enum Kind : std::uint8_t { kYuan, kPercent, kPoints, kNumber, kLabel, kOwn, kFragment, kEmpty };

 public:
  // One slot's value, as the call that makes a step writes it.
  struct Arg {
    // Inline: a step takes 1-8 of them, made at the call.
    Arg(const char* slot, Money yuan) : name(slot), kind(kYuan), number(yuan.fen()) {}
    Arg(const char* slot, Percent p) : name(slot), kind(kPercent), number(p.bp) {}
    Arg(const char* slot, Points p) : name(slot), kind(kPoints), number(p.bp) {}
    Arg(const char* slot, Number n) : name(slot), kind(kNumber), number(n.n) {}
    // Viewed, not copied.
    Arg(const char* slot, const LocalText& text) : name(slot), kind(kLabel), label(&text) {}
    Arg(const char* slot, LocalText&& label) = delete;  // so not a temporary
    Arg(const char* slot, const StepWords& words) : name(slot), fragment(&words), kind(kFragment) {}
    // The same text in both languages, copied (a bill line's own name; one per step).
    Arg(const char* slot, std::string_view text) : name(slot), own(text), kind(kOwn) {}
    const char* name;
    const StepWords* fragment = nullptr;
    std::string_view own;
    Kind kind;
    std::int64_t number = 0;
    const LocalText* label = nullptr;
  };

  StepWords() = default;  // no text: an empty fragment
  StepWords(StepText id, std::initializer_list<Arg> args = {});
  static StepWords given(LocalText text);
  // Copies and moves take the values in use only, not the whole array: a step of the estimate
  // fills 1-12 of them, and a vector of steps moves each one when it grows.
  StepWords(const StepWords& other);
  StepWords(StepWords&& other) noexcept;
  StepWords& operator=(const StepWords& other);
  StepWords& operator=(StepWords&& other) noexcept;
  ~StepWords() = default;

  LocalText text() const;
  // Appends the sentence in one language (zh-CN when `zh`).
  void append_text(bool zh, std::string& out) const;
  // The same sentence as a JSON string, the bytes append_json_string writes for it. The
  // templates' own text is copied as it is (valid UTF-8, which a test holds them to; the few
  // with a quote are escaped) and only the values are escaped: escaping whole sentences, mostly
  // Chinese checked a character at a time, was a quarter of writing an estimate's explanation.
  void append_json(bool zh, std::string& out) const;

  static constexpr std::size_t kMaxValues = 12;

 private:
  // 24 bytes: a label never has a number, so the two share their place.
  struct Value {
    const char* name;
    union {
      std::int64_t number;     // fen, basis points, a number; kFragment: its StepText
      const LocalText* label;  // kLabel
    };
    Kind kind;
    std::uint8_t count;  // kFragment: how many of the next values are its own
  };
  void copy_values(const StepWords& other);
  void add(const Arg& a);
  // With `escaped`, each value is written as a JSON string's characters, and false means one
  // was not valid UTF-8 (then what was appended is the caller's to cut off).
  bool fill(StepText id, std::size_t first, std::size_t end, bool zh, bool escaped,
            std::string& out) const;
  bool append_value(const Value& v, std::size_t at, bool zh, bool escaped, std::string& out) const;

  StepText id_ = StepText::kCount;  // kCount: no template (empty, or `given`)
  std::uint8_t count_ = 0;
  Value values_[kMaxValues];
  std::string own_;       // kOwn's text; `given`: the zh-CN text
  std::string given_en_;  // `given`: the English text
};

// What is wrong with one template: braces that do not pair, a slot in one language but not the
// other, a language left empty. Empty when it is sound.
std::vector<std::string> check_step_template(const StepTemplate& t);

}  // namespace medins
