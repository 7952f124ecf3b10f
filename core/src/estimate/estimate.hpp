// The expense estimate (docs/estimate.md): who pays what of one bill, to the fen, with every step
// explained. Pure calculation on typed inputs; reading the request is estimate_request.cpp and
// the JSON answer op_estimate.cpp. The rules, the order of the steps and the reading of bands
// and deductibles are in docs/estimate.md.
//
// 就医地目录、参保地政策: the bill's classes (A/B/C) are the treatment place's catalogue as the
// person or the hospital gives them; deductible, ratios, cuts and caps are the insured place's
// policy version.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/money.hpp"
#include "estimate/estimate_steps.hpp"
#include "estimate/national_rules.hpp"
#include "medins/error.hpp"
#include "medins/result.hpp"
#include "policy/policy.hpp"
#include "region/region.hpp"

namespace medins {

// 甲类 (all in scope), 乙类 (the person first pays a share, the rest is in scope), 丙类 or
// outside the catalogues (all self-paid).
enum class ExpenseClass { kA, kB, kC };

struct BillLine {
  std::string name;
  Money amount;
  ExpenseClass expense_class = ExpenseClass::kA;
  std::optional<BasisPoints> self_ratio;  // class B: 先行自付 given on the bill
  // Its place in the request's bill.lines; none for a line made from the bill's totals. An
  // error about the line names self_ratio_path(line), made only then: a pointer string per line
  // made eagerly was a tenth of reading a 50-line bill.
  std::optional<std::size_t> index;
};

// Where the line's class-B share belongs in the request: /bill/lines/<index>/self_ratio_bp, or
// /bill/self_ratio_bp for a total (estimate_request.cpp, which reads the bill from there).
std::string self_ratio_path(const BillLine& line);

// What the year already holds before this bill. Each figure is the person's own running total
// (the settlement slips of the year show them).
struct YearToDate {
  Money eligible;               // cumulative in-scope spending, including deductible parts
  Money deductible_paid;        // deductibles paid so far
  Money fund_paid;              // what the basic fund paid so far (counts against its cap)
  std::int64_t admissions = 0;  // earlier inpatient admissions this year
  Money critical_illness_base;  // cumulative base of the critical-illness layer
  Money critical_illness_paid;  // what that layer paid so far (counts against its cap)
};

// Where the policy came from, so that a missing figure can be named by a pointer the person
// can follow: into the inline policy of the request, or "/policy" plus the file for a shipped
// one.
struct PolicyPlace {
  enum class Shape { kShipped, kDocument, kVersion, kSetting };
  Shape shape = Shape::kShipped;
  std::string id;    // "110000/employee", or "inline"
  std::string file;  // "policies/110000/employee.json" for a shipped policy
};

struct EstimateInput {
  Setting setting = Setting::kInpatient;
  Level level = Level::k3;
  std::optional<Employment> employment;  // nullopt: the request did not say
  // Completed years on the day of admission; nullopt: the request gave neither age nor birth date.
  std::optional<int> age;
  bool age_from_birth_date = false;  // the age was counted from /person/birth_date
  RegionRelation relation = RegionRelation::kCrossProvince;
  // nullopt: not filed ("none"); the policy's `unfiled` cut applies away from home.
  std::optional<FilingCategory> filing;
  std::vector<BillLine> lines;
  YearToDate year_to_date;
};

// Where a figure came from, with provenance inherited down the policy as docs/policy-format.md
// says.
struct Cited {
  Source source;
  Confidence confidence = Confidence::kLow;
  std::optional<LocalText> notes;
};

// One step of the explanation. Its sentence is kept as a template and its figures
// (estimate_steps.hpp) and written only when the answer is: text(). The source is shared, since
// many steps cite the same rule (every class-B line the same bill, every band the same terms).
struct ExplanationStep {
  ExplanationStep(const char* id, std::optional<Money> figure, StepWords sentence,
                  std::shared_ptr<const Cited> cited)
      : step(id), amount(figure), words(std::move(sentence)), source(std::move(cited)) {}
  // A step whose sentence is made in place, from its template and the figures of its slots.
  ExplanationStep(const char* id, std::optional<Money> figure, StepText sentence,
                  std::initializer_list<StepWords::Arg> args, std::shared_ptr<const Cited> cited)
      : step(id), amount(figure), words(sentence, args), source(std::move(cited)) {}
  // A step whose sentence is written already (the personal account's, the range's).
  ExplanationStep(const char* id, std::optional<Money> figure, LocalText text,
                  std::optional<Cited> cited)
      : step(id),
        amount(figure),
        words(StepWords::given(std::move(text))),
        source(cited ? std::make_shared<const Cited>(std::move(*cited)) : nullptr) {}

  LocalText text() const { return words.text(); }

  // Stable id: "total", "class_c", "band", ...; a string literal, viewed.
  std::string_view step;
  // nullopt: the step states a rule or a fact of the policy (the terms used, the filing's cut,
  // a layer not applied), not an amount.
  std::optional<Money> amount;
  StepWords words;
  std::shared_ptr<const Cited> source;  // null: arithmetic on the bill, no rule involved
};

struct Breakdown {
  Money class_c;            // 丙类 / outside the catalogues
  Money class_b_self;       // 乙类先行自付
  Money filing_self_first;  // the filing category's extra first-paid share
  Money deductible;         // 起付标准 paid on this bill
  Money coinsurance;        // the person's share of each band
  Money over_cap;           // in-scope spending after the fund reached its annual cap
  Money over_ceiling;       // in-scope spending beyond the terms' spending ceiling
  Money min_share_topup;    // what the fund added to reach its minimum share (保底); already
                            // taken off coinsurance (then deductible) above
};

// The national settlement slip (医疗保障信息平台 接口规范), as far as it maps: docs/estimate.md.
struct Slip {
  Money medfee_sumamt;
  Money fulamt_ownpay_amt;
  Money overlmt_selfpay;
  Money preselfpay_amt;
  Money inscp_scp_amt;
  Money act_pay_dedc;
  Money hifp_pay;
  Money critical_illness_pay;  // hifmi_pay (residents) or hifob_pay (employees)
  Money fund_pay_sumamt;
  Money psn_part_amt;
};

struct TermsUsed {
  Level level = Level::k3;
  Employment employment = Employment::kAll;
  bool out_of_province = false;
  std::optional<FilingCategory> filing;  // the category whose cut was looked up
  std::optional<int> age;                // when the terms depend on age
};

struct Estimate {
  Money total;
  Money fund_pays;
  Money critical_illness_pays;
  Money person_pays;
  Breakdown breakdown;
  Slip slip;
  TermsUsed terms;
  YearToDate year_to_date;  // updated with this bill
  std::vector<ExplanationStep> explanation;
  Errors warnings;  // the answer stands, but something in the policy needs a look
};

// A figure the estimate needed that the policy does not give and the national rules do not
// settle, of a kind a stated range can stand in for (estimate_range.hpp). The keys say where in
// the policy it belongs, so that an assumed value can be written there.
struct MissingFigure {
  EstimateFigure figure = EstimateFigure::kFilingCut;
  std::string document_pointer;  // into the policy document: "/versions/0/inpatient/..."
  bool out_of_province = false;  // terms figures: the row is in the setting's out_of_province
  Level level = Level::k3;       // terms figures: the row's level key
  Employment employment = Employment::kAll;            // and its employment key
  FilingCategory category = FilingCategory::kUnfiled;  // filing_cut: the category
};

// The estimate for one bill under one policy version, within the national rules (which filing
// categories keep the home ratio, the bounds on the cuts). Errors: estimate.unknown_terms (naming
// the missing figure), estimate.no_class_b_ratio, request.missing_field for an employment the
// policy needs, money.overflow. `words` gives the in-sentence labels of the explanation
// (data/vocabulary.json). When `missing` is given, every missing figure of the kinds above
// (a filing cut, a deductible, the bands, a class-B share) is also listed there, once.
Result<Estimate> estimate(const Policy& policy, const PolicyVersion& version,
                          const PolicyPlace& place, const EstimateInput& input,
                          const Vocabulary& words, const NationalRules& national,
                          std::vector<MissingFigure>* missing = nullptr);

// The pointer in the request of a place in the policy document ("/versions/0/inpatient/..."),
// for each shape of policy the request may hold.
std::string policy_pointer(const PolicyPlace& place, const std::string& document_pointer);

}  // namespace medins
