// The insured place's policy (参保地政策) as typed data: deductibles, fund-ratio bands, caps and
// the cuts for temporary cross-region care, in effective-dated versions, every figure traceable
// to a source and marked with how sure we are of it. The file format is docs/policy-format.md;
// parsing and validation are in policy_parse.hpp. Its words (scheme, setting, level, employment,
// filing category, confidence) are the vocabulary's (vocab/vocabulary.hpp).
//
// A figure nobody could source is absent here (std::nullopt / empty), never zero: the page asks
// the person for it instead of guessing.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/date.hpp"
#include "common/local_text.hpp"
#include "common/money.hpp"
#include "vocab/vocabulary.hpp"

namespace medins {

struct Source {
  std::string title;
  std::optional<std::string> url;  // nullopt: no public address; only allowed for "low" figures
  std::optional<Date> published;   // nullopt: the source shows no date
  // The title put into English for English readers, when the page itself is Chinese (from the
  // bibliography); the page shows it with the original title beside it.
  std::optional<std::string> title_en;
};

// Where a block or figure came from when that differs from its parent; unset parts inherit.
struct Provenance {
  std::optional<Source> source;
  std::optional<Confidence> confidence;
  std::optional<LocalText> notes;
  // The source's own sentence that states the figure, in the source's language, so a reviewer can
  // find it on the page and check the number against it.
  std::optional<std::string> quote;
  bool empty() const { return !source && !confidence && !notes && !quote; }
};

template <typename T>
struct Figure {
  T value{};
  Provenance provenance;
};
using MoneyFigure = Figure<Money>;
using RatioFigure = Figure<BasisPoints>;

// One band of the fund ratio over the year's cumulative eligible (in-scope) spending, counted
// from 0 including the part under the deductible. `to` nullopt: no upper end (the last band).
struct Band {
  Money from;
  std::optional<Money> to;
  BasisPoints fund_ratio = 0;
  Provenance provenance;
};

// Points added to every band's ratio from an age on (成都: "年满50周岁的增加2%"). The step of the
// highest age the person has reached applies alone (steps do not add up); the ratio stops at 100%.
struct AgeStep {
  int from_age = 0;  // completed years (年满), on the day of admission
  BasisPoints add = 0;
  Provenance provenance;
};

// The parameters for one institution level and one employment status.
struct Terms {
  std::optional<MoneyFigure> deductible;             // the same for every admission
  std::vector<MoneyFigure> deductible_by_admission;  // 1st, 2nd, ...; the last one repeats
  std::optional<MoneyFigure> annual_deductible_max;  // deductibles stop once this much was paid
  std::vector<Band> bands;                           // empty: ratio unknown
  std::optional<RatioFigure> class_b_self_first;     // 乙类先行自付
  std::vector<AgeStep> age_steps;                    // in increasing age; empty: not by age
  // 保底: the fund pays at least this share of the bill's eligible amount (its cap permitting).
  std::optional<RatioFigure> min_fund_share;
  // The year's eligible spending above the deductibles that the fund pays for, at most (镇江
  // 门诊: "超过统筹起付标准费用10000元"); spending beyond it is the person's.
  std::optional<MoneyFigure> spending_ceiling;
  Provenance provenance;
};

using EmploymentTerms = std::map<Employment, Terms>;
using LevelTerms = std::map<Level, EmploymentTerms>;

// Terms the insured place sets for care outside its province instead of `levels`.
struct OutOfProvince {
  std::vector<FilingCategory> applies_to;  // empty: every category
  LevelTerms levels;
  Provenance provenance;
};

// How temporary or unfiled cross-region care is paid less (the national bounds: docs/sources.md):
// a cut of the fund ratio in percentage points, and/or an extra share the person pays first.
struct FilingCut {
  std::optional<RatioFigure> ratio_cut;
  std::optional<RatioFigure> extra_self_first;
  // The level whose terms apply whatever the hospital's (临沂:
  // "执行市内三级定点医疗机构的起付标准、 支付比例").
  std::optional<Level> terms_level;
  Provenance provenance;
};

// What the second layer is counted on: the in-scope amount the person pays after the basic fund
// (deductible, own share, and what the fund no longer pays), or only the in-scope spending the
// basic fund no longer pays (above its cap or ceiling).
enum class LayerBase { kPersonShare, kAboveFund };

// The second layer: 大病保险 for residents, 大额医疗费用补助 / 大病补充 for employees.
struct CriticalIllness {
  std::optional<MoneyFigure> threshold;
  std::vector<Band> bands;
  // true: the bands are measured from the threshold (大连: "起付标准以上费用…0至5万元"), not from
  // 0.
  bool bands_from_threshold = false;
  std::optional<MoneyFigure> cap;
  bool no_cap =
      false;  // `cap_fen: null`: the source says there is none (大连 "不设置年度支付上限")
  // nullopt: the scheme's usual base (residents: the person's share; employees: above the fund).
  std::optional<LayerBase> base;
  Provenance provenance;
};

struct SettingTerms {
  LevelTerms levels;
  std::optional<OutOfProvince> out_of_province;
  std::map<FilingCategory, FilingCut> filing_cuts;
  std::optional<MoneyFigure> annual_cap;
  std::optional<CriticalIllness> critical_illness;
  Provenance provenance;
};

struct PolicyVersion {
  std::optional<Date> effective_from;  // nullopt: the source states no start (first version only)
  std::optional<Date> effective_to;    // nullopt: no end known
  bool dates_confirmed = false;        // true only when the source states the dates
  Confidence confidence = Confidence::kLow;
  std::optional<Source> source;  // nullopt: the file's source
  std::optional<LocalText> notes;
  std::optional<std::string> quote;
  std::map<Setting, SettingTerms> settings;

  // Both ends inclusive; an unknown start covers every day up to the end.
  bool covers(Date day) const;
};

struct Policy {
  int format = 1;
  std::string region;  // 6-digit GB/T 2260 code of the insured place (the pooling region)
  Scheme scheme = Scheme::kEmployee;
  LocalText name;
  Source source;
  std::optional<LocalText> notes;
  std::vector<PolicyVersion> versions;  // in date order, not overlapping
};

// The version in force on `day`, or nullptr. Versions never overlap (the validator makes sure),
// so at most one matches.
const PolicyVersion* version_on(const Policy& policy, Date day);

}  // namespace medins
