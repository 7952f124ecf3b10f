// The estimate itself: docs/estimate.md gives the order of the steps and why; each step below
// adds its explanation where its figure is made, so the explanation cannot drift from the sum.
#include "estimate/estimate.hpp"

#include <algorithm>

namespace medins {
namespace {

// The national rule of cross-region settlement (BRIEF §0, §2): catalogue of the treatment place,
// policy of the insured place; long-term filers keep the home ratio; bounds on the cuts.
Cited national_rule() {
  return Cited{Source{"国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知"
                      "（医保发〔2022〕22号）及附件经办规程（转载页面，非官方网址）",
                      std::string("http://348239.com/yishizigekaoshi/jiaodian/su2207284450.shtml"),
                      std::nullopt},
               Confidence::kMedium, std::nullopt};
}

// 乙类先行自付 as the bill gives it: the person's own figure, no policy behind it.
Cited from_bill() {
  return Cited{Source{"费用清单上的乙类先行自付比例（请求中提供） / the class-B first-paid share "
                      "given on the bill (in the request)",
                      std::nullopt, std::nullopt},
               Confidence::kLow, std::nullopt};
}

Cited cite(const Cited& parent, const Provenance& p) {
  Cited out = parent;
  if (p.source) out.source = *p.source;
  if (p.confidence) out.confidence = *p.confidence;
  if (p.notes) out.notes = p.notes;
  return out;
}

// "1300.00"; sentences show yuan with the fen, as a settlement slip does.
std::string yuan(Money m) {
  return m.to_yuan_string();
}

// 8500 -> "85%", 9220 -> "92.2%", 1050 -> "10.5%", 5 -> "0.05%".
std::string percent(BasisPoints bp) {
  std::string whole = std::to_string(bp / 100);
  const int rest = bp % 100;
  if (rest == 0) return whole + "%";
  std::string frac = rest < 10 ? "0" + std::to_string(rest) : std::to_string(rest);
  if (frac.back() == '0') frac.pop_back();
  return whole + "." + frac + "%";
}

// Percentage points of a cut: 2000 -> "20".
std::string points(BasisPoints bp) {
  std::string p = percent(bp);
  p.pop_back();
  return p;
}

const char* level_zh(Level level) {
  switch (level) {
    case Level::k1:
      return "一级";
    case Level::k2:
      return "二级";
    case Level::k3:
      return "三级";
    case Level::kAny:
      return "各级";
  }
  return "";
}

const char* level_en(Level level) {
  switch (level) {
    case Level::k1:
      return "tier-1";
    case Level::k2:
      return "tier-2";
    case Level::k3:
      return "tier-3";
    case Level::kAny:
      return "any-tier";
  }
  return "";
}

const char* employment_zh(Employment e) {
  switch (e) {
    case Employment::kWorking:
      return "在职人员";
    case Employment::kRetired:
      return "退休人员";
    case Employment::kAll:
      return "不分在职退休";
  }
  return "";
}

const char* employment_en(Employment e) {
  switch (e) {
    case Employment::kWorking:
      return "working members";
    case Employment::kRetired:
      return "retired members";
    case Employment::kAll:
      return "all members";
  }
  return "";
}

const char* setting_zh(Setting s) {
  switch (s) {
    case Setting::kInpatient:
      return "住院";
    case Setting::kOutpatient:
      return "普通门诊";
    case Setting::kChronicOutpatient:
      return "门诊慢特病";
  }
  return "";
}

const char* setting_en(Setting s) {
  switch (s) {
    case Setting::kInpatient:
      return "inpatient care";
    case Setting::kOutpatient:
      return "outpatient care";
    case Setting::kChronicOutpatient:
      return "chronic-disease outpatient care";
  }
  return "";
}

const char* category_zh(FilingCategory c) {
  switch (c) {
    case FilingCategory::kResettledRetiree:
      return "异地安置退休人员";
    case FilingCategory::kLongTermResident:
      return "异地长期居住人员";
    case FilingCategory::kPostedWorker:
      return "常驻异地工作人员";
    case FilingCategory::kReferral:
      return "异地转诊就医人员";
    case FilingCategory::kEmergency:
      return "异地急诊抢救人员";
    case FilingCategory::kOtherTemporary:
      return "其他临时外出就医人员";
    case FilingCategory::kUnfiled:
      return "未备案";
  }
  return "";
}

const char* category_en(FilingCategory c) {
  switch (c) {
    case FilingCategory::kResettledRetiree:
      return "retiree resettled elsewhere";
    case FilingCategory::kLongTermResident:
      return "long-term resident elsewhere";
    case FilingCategory::kPostedWorker:
      return "worker posted elsewhere";
    case FilingCategory::kReferral:
      return "referral";
    case FilingCategory::kEmergency:
      return "emergency";
    case FilingCategory::kOtherTemporary:
      return "other temporary care elsewhere";
    case FilingCategory::kUnfiled:
      return "not filed";
  }
  return "";
}

// Checked money arithmetic that remembers an overflow instead of branching at every step; the
// estimate refuses to answer (money.overflow) if any step overflowed.
class Checked {
 public:
  Money add(Money a, Money b) { return take(a.plus(b, "")); }
  Money sub(Money a, Money b) { return take(a.minus(b, "")); }
  Money times(Money a, BasisPoints bp) { return take(a.times_bp(bp, "")); }
  bool overflowed() const { return overflowed_; }

 private:
  Money take(const Result<Money>& r) {
    if (r) return r.value();
    overflowed_ = true;
    return Money();
  }
  bool overflowed_ = false;
};

Money min_money(Money a, Money b) {
  return a < b ? a : b;
}
Money max_money(Money a, Money b) {
  return a < b ? b : a;
}

// One piece of a bill on the year's cumulative axis, inside one band.
struct Segment {
  std::size_t band = 0;
  Money from;
  Money to;
  Money amount;
  BasisPoints ratio = 0;  // after the cut
  Money paid;             // rounded once, here
  Money within_cap;       // the part of `amount` before the cap was reached
  bool cap_reached = false;
};

struct Walk {
  std::vector<Segment> segments;
  Money paid;
  Money above_cap;  // spending after the cap was reached: the payer pays none of it
};

// Pays [start, end) of the cumulative axis band by band at (band ratio − cut, floor 0), each
// band's piece multiplied and rounded once. With a remaining cap, the payer stops exactly at it:
// in the band where it is reached, the spending x that brings the payment to the cap is the
// smallest x with round_half_up(x × ratio) = remaining (it exists: each fen adds at most one fen
// of payment since ratios are at most 100%); everything after x is above the cap.
Walk walk_bands(Money start, Money end, const std::vector<Band>& bands, BasisPoints cut,
                std::optional<Money> remaining, Checked& c) {
  Walk walk;
  for (std::size_t i = 0; i < bands.size(); ++i) {
    const Band& band = bands[i];
    const Money lo = max_money(start, band.from);
    const Money hi = band.to ? min_money(end, *band.to) : end;
    if (hi <= lo) continue;
    Segment s;
    s.band = i;
    s.from = lo;
    s.to = hi;
    s.amount = c.sub(hi, lo);
    s.ratio = std::max<BasisPoints>(0, band.fund_ratio - cut);
    s.paid = c.times(s.amount, s.ratio);
    s.within_cap = s.amount;
    if (remaining && *remaining < s.paid) {
      std::int64_t x = 0;
      if (remaining->fen() > 0) {
        const std::int64_t need = remaining->fen() * 10000 - 5000;
        x = (need + s.ratio - 1) / s.ratio;
      }
      s.within_cap = Money::from_fen(x);
      s.paid = *remaining;
      s.cap_reached = true;
      walk.above_cap = c.add(walk.above_cap, c.sub(s.amount, s.within_cap));
    }
    if (remaining) *remaining = c.sub(*remaining, s.paid);
    walk.paid = c.add(walk.paid, s.paid);
    walk.segments.push_back(s);
  }
  return walk;
}

class Estimator {
 public:
  Estimator(const Policy& policy, const PolicyVersion& version, const PolicyPlace& place,
            const EstimateInput& input, const NationalRules& national)
      : policy_(policy), version_(version), place_(place), in_(input), national_(national) {
    const std::size_t index = static_cast<std::size_t>(&version - policy.versions.data());
    version_pointer_ = "/versions/" + std::to_string(index);
    version_cited_ =
        Cited{version.source ? *version.source : policy.source, version.confidence, std::nullopt};
  }

  Result<Estimate> run();

 private:
  void step(const char* id, Money amount, std::string zh, std::string en,
            std::optional<Cited> source) {
    out_.explanation.push_back(
        ExplanationStep{id, amount, LocalText{std::move(zh), std::move(en)}, std::move(source)});
  }

  // estimate.unknown_terms naming the figure: its place in the policy, in words and as a
  // pointer (into the request for an inline policy, into the file for a shipped one).
  Error unknown(const std::string& document_pointer, const std::string& zh,
                const std::string& en) const {
    std::string where = document_pointer;
    if (place_.shape == PolicyPlace::Shape::kShipped) where = place_.file + "#" + where;
    return make_error("estimate.unknown_terms", policy_pointer(place_, document_pointer),
                      "缺少：" + zh + "（" + where + "）。",
                      "Missing: " + en + " (" + where + ").");
  }

  bool select_terms(Errors& errors);
  bool select_cut(Errors& errors);
  void check_national_bounds();
  struct Due {
    Money amount;
    LocalText text;
    Cited cited;
  };
  Due deductible_due();
  Money critical_illness(Money base);

  const Policy& policy_;
  const PolicyVersion& version_;
  const PolicyPlace& place_;
  const EstimateInput& in_;
  const NationalRules& national_;
  Checked c_;
  Estimate out_;

  std::string version_pointer_;
  Cited version_cited_;
  const SettingTerms* setting_ = nullptr;
  std::string setting_pointer_;
  Cited setting_cited_;
  const Terms* terms_ = nullptr;
  std::string terms_pointer_;
  Cited terms_cited_;
  bool away_ = false;  // care outside the insured city: filing rules apply
  BasisPoints ratio_cut_ = 0;
  BasisPoints extra_self_first_ = 0;
  std::optional<Cited> cut_cited_;
};

bool Estimator::select_terms(Errors& errors) {
  const auto setting = version_.settings.find(in_.setting);
  const std::string setting_name_s = setting_name(in_.setting);
  setting_pointer_ = version_pointer_ + "/" + setting_name_s;
  if (setting == version_.settings.end()) {
    errors.push_back(unknown(setting_pointer_, std::string(setting_zh(in_.setting)) + "的待遇标准",
                             std::string("the terms for ") + setting_en(in_.setting)));
    return false;
  }
  setting_ = &setting->second;
  setting_cited_ = cite(version_cited_, setting_->provenance);

  // 跨省异地: the insured place's out-of-province terms replace its levels when it has them and
  // they apply to this filing category (docs/policy-format.md).
  const FilingCategory category = in_.filing.value_or(FilingCategory::kUnfiled);
  const LevelTerms* levels = &setting_->levels;
  std::string levels_pointer = setting_pointer_ + "/levels";
  Cited levels_cited = setting_cited_;
  if (in_.relation == RegionRelation::kCrossProvince && setting_->out_of_province) {
    const OutOfProvince& oop = *setting_->out_of_province;
    const bool applies =
        oop.applies_to.empty() ||
        std::find(oop.applies_to.begin(), oop.applies_to.end(), category) != oop.applies_to.end();
    if (applies) {
      levels = &oop.levels;
      levels_pointer = setting_pointer_ + "/out_of_province/levels";
      levels_cited = cite(setting_cited_, oop.provenance);
      out_.terms.out_of_province = true;
    }
  }
  if (levels->empty()) {
    errors.push_back(unknown(
        levels_pointer, std::string(setting_zh(in_.setting)) + "省内（非省外）就医的分级标准",
        std::string("the terms by level for ") + setting_en(in_.setting) + " inside the province"));
    return false;
  }
  auto level = levels->find(in_.level);
  if (level == levels->end()) level = levels->find(Level::kAny);
  if (level == levels->end()) {
    errors.push_back(unknown(levels_pointer + "/" + level_name(in_.level),
                             std::string(level_zh(in_.level)) + "医疗机构的待遇标准",
                             std::string("the terms for ") + level_en(in_.level) + " hospitals"));
    return false;
  }
  out_.terms.level = level->first;
  const EmploymentTerms& by_employment = level->second;
  const std::string level_pointer = levels_pointer + "/" + level_name(level->first);
  auto terms = by_employment.find(Employment::kAll);
  if (terms == by_employment.end()) {
    if (!in_.employment) {
      errors.push_back(make_error("request.missing_field", "/person/employment",
                                  "这项政策对在职和退休人员的标准不同，请填写 working 或 retired。",
                                  "This policy has different terms for working and retired "
                                  "members: give working or retired."));
      return false;
    }
    terms = by_employment.find(*in_.employment);
    if (terms == by_employment.end()) {
      errors.push_back(unknown(level_pointer + "/" + employment_name(*in_.employment),
                               std::string(level_zh(level->first)) + "医疗机构" +
                                   employment_zh(*in_.employment) + "的待遇标准",
                               std::string("the terms for ") + employment_en(*in_.employment) +
                                   " at " + level_en(level->first) + " hospitals"));
      return false;
    }
  }
  out_.terms.employment = terms->first;
  terms_ = &terms->second;
  terms_pointer_ = level_pointer + "/" + employment_name(terms->first);
  terms_cited_ = cite(levels_cited, terms_->provenance);

  bool ok = true;
  if (!terms_->deductible && terms_->deductible_by_admission.empty()) {
    errors.push_back(unknown(terms_pointer_ + "/deductible_fen", "起付标准", "the deductible"));
    ok = false;
  }
  if (terms_->bands.empty()) {
    errors.push_back(
        unknown(terms_pointer_ + "/bands", "统筹基金支付比例（分段）", "the fund ratio (bands)"));
    ok = false;
  }
  if (!ok) return false;

  std::string zh = std::string("参保地政策：") + setting_zh(in_.setting) + "，" +
                   level_zh(out_.terms.level) + "医疗机构，" + employment_zh(out_.terms.employment);
  std::string en = std::string("Insured-place terms: ") + setting_en(in_.setting) + ", " +
                   level_en(out_.terms.level) + " hospitals, " +
                   employment_en(out_.terms.employment);
  if (out_.terms.out_of_province) {
    zh += "；跨省异地就医，执行参保地规定的省外就医标准";
    en += "; care in another province, so the insured place's out-of-province terms apply";
  } else if (in_.relation == RegionRelation::kCrossProvince) {
    zh += "；跨省异地就医，政策没有适用于这一备案类别的省外标准，按上述标准计算";
    en +=
        "; care in another province, and the policy has no out-of-province terms for this "
        "filing category, so these terms apply";
  }
  step("terms", Money(), zh + "。目录（甲类、乙类、丙类）按就医地。",
       en + ". The catalogue classes (A, B, C) are the treatment place's.", terms_cited_);
  return true;
}

bool Estimator::select_cut(Errors& errors) {
  away_ =
      in_.relation == RegionRelation::kInProvince || in_.relation == RegionRelation::kCrossProvince;
  if (!away_) {
    step("filing", Money(), "就医地与参保地在同一统筹地区，不属于异地就医，不涉及备案降低比例。",
         "The care is in the insured place's own city: not care elsewhere, so no filing cut "
         "applies.",
         std::nullopt);
    return true;
  }
  const FilingCategory category = in_.filing.value_or(FilingCategory::kUnfiled);
  out_.terms.filing = category;
  const auto cut = setting_->filing_cuts.find(category);
  if (cut == setting_->filing_cuts.end()) {
    if (national_.long_term(category)) {
      step("filing", Money(),
           std::string("备案类别：") + category_zh(category) +
               "。长期异地居住人员执行参保地同等待遇，不降低比例。",
           std::string("Filing category: ") + category_en(category) +
               ". Long-term filers get the same ratios as at home: no cut.",
           national_rule());
      return true;
    }
    const OutOfProvince* oop = setting_->out_of_province ? &*setting_->out_of_province : nullptr;
    const bool terms_name_category = out_.terms.out_of_province && oop != nullptr &&
                                     std::find(oop->applies_to.begin(), oop->applies_to.end(),
                                               category) != oop->applies_to.end();
    if (terms_name_category) {
      // The out-of-province terms were written for exactly this category (马关: unreferred
      // care outside the province 1,200 @ 40%): they are the reduced terms themselves.
      step("filing", Money(),
           std::string("备案类别：") + category_zh(category) +
               "。所用的省外标准就是政策为这一类别规定的标准，不再另行降低。",
           std::string("Filing category: ") + category_en(category) +
               ". The out-of-province terms used are the ones the policy sets for this "
               "category; no further cut.",
           cite(setting_cited_, oop->provenance));
      return true;
    }
    errors.push_back(
        unknown(setting_pointer_ + "/filing_cuts/" + filing_category_name(category),
                std::string("“") + category_zh(category) + "”的支付比例降幅或先行自付比例",
                std::string("the ratio cut or extra first-paid share for \"") +
                    category_en(category) + "\""));
    return false;
  }
  const FilingCut& f = cut->second;
  const Cited cited = cite(setting_cited_, f.provenance);
  cut_cited_ = cited;
  std::string zh = std::string("备案类别：") + category_zh(category) + "。";
  std::string en = std::string("Filing category: ") + category_en(category) + ".";
  if (f.ratio_cut) {
    ratio_cut_ = f.ratio_cut->value;
    zh += "各段支付比例降低" + points(ratio_cut_) + "个百分点（最低为0）。";
    en += " Each band's fund ratio is cut by " + points(ratio_cut_) + " points (not below 0).";
  }
  if (f.extra_self_first) {
    extra_self_first_ = f.extra_self_first->value;
    zh += "政策范围内费用先由个人自付" + percent(extra_self_first_) + "。";
    en += " The person first pays " + percent(extra_self_first_) + " of the in-scope amount.";
  }
  step("filing", Money(), zh, en,
       f.ratio_cut ? cite(cited, f.ratio_cut->provenance)
                   : cite(cited, f.extra_self_first->provenance));
  return true;
}

void Estimator::check_national_bounds() {
  for (const auto& [category, cut] : setting_->filing_cuts) {
    const std::optional<BasisPoints> bound = national_.cut_bound(category);
    if (!bound || !cut.ratio_cut || cut.ratio_cut->value <= *bound) continue;
    std::string pointer =
        setting_pointer_ + "/filing_cuts/" + filing_category_name(category) + "/ratio_cut_bp";
    if (place_.shape == PolicyPlace::Shape::kShipped) pointer = place_.file + "#" + pointer;
    out_.warnings.push_back(make_error(
        "estimate.cut_above_national_bound",
        policy_pointer(place_, setting_pointer_ + "/filing_cuts/" + filing_category_name(category) +
                                   "/ratio_cut_bp"),
        std::string("（") + category_zh(category) + "：政策降低" + points(cut.ratio_cut->value) +
            "个百分点，全国规定最多" + points(*bound) + "个百分点；" + pointer + "）",
        std::string("(") + category_en(category) + ": the policy cuts " +
            points(cut.ratio_cut->value) + " points, the national rule allows at most " +
            points(*bound) + "; " + pointer + ")"));
  }
}

// The deductible still due on this bill, before it is limited by the bill's own in-scope amount.
Estimator::Due Estimator::deductible_due() {
  const Terms& t = *terms_;
  Money due;
  Cited cited = terms_cited_;
  std::string zh;
  std::string en;
  if (in_.setting == Setting::kInpatient) {
    // 住院: a deductible per admission; the n-th admission of the year takes the n-th figure,
    // the last one repeating.
    const std::int64_t nth = in_.year_to_date.admissions + 1;
    if (!t.deductible_by_admission.empty()) {
      const std::size_t i = static_cast<std::size_t>(
          std::min<std::int64_t>(in_.year_to_date.admissions,
                                 static_cast<std::int64_t>(t.deductible_by_admission.size()) - 1));
      due = t.deductible_by_admission[i].value;
      cited = cite(cited, t.deductible_by_admission[i].provenance);
    } else {
      due = t.deductible->value;
      cited = cite(cited, t.deductible->provenance);
    }
    zh = "本年第" + std::to_string(nth) + "次住院，起付标准" + yuan(due) + "元";
    en = "Admission " + std::to_string(nth) + " of the year: the deductible is " + yuan(due) +
         " yuan";
  } else {
    // 门诊: one deductible a year, less what the year already paid.
    const MoneyFigure& f = t.deductible ? *t.deductible : t.deductible_by_admission.front();
    cited = cite(cited, f.provenance);
    const Money paid = in_.year_to_date.deductible_paid;
    due = paid < f.value ? c_.sub(f.value, paid) : Money();
    zh = "门诊年度起付标准" + yuan(f.value) + "元，本年已付" + yuan(paid) + "元，还需" + yuan(due) +
         "元";
    en = "The yearly outpatient deductible is " + yuan(f.value) + " yuan, " + yuan(paid) +
         " yuan already paid this year, " + yuan(due) + " yuan still due";
  }
  if (t.annual_deductible_max) {
    const Money max = t.annual_deductible_max->value;
    const Money paid = in_.year_to_date.deductible_paid;
    const Money left = paid < max ? c_.sub(max, paid) : Money();
    if (left < due) {
      due = left;
      zh += "；本年起付标准累计最多" + yuan(max) + "元，已付" + yuan(paid) + "元，本次最多" +
            yuan(left) + "元";
      en += "; deductibles stop at " + yuan(max) + " yuan a year, " + yuan(paid) +
            " yuan already paid, so at most " + yuan(left) + " yuan now";
      cited = cite(cited, t.annual_deductible_max->provenance);
    }
  }
  return Due{due, LocalText{zh, en}, cited};
}

// One explanation step per piece of a band walk: the multiplication and its rounding, and where
// a cap was reached, how much of the piece it took.
void add_band_steps(std::vector<ExplanationStep>& steps, const char* id, const Walk& walk,
                    const std::vector<Band>& bands, BasisPoints cut, const Cited& parent,
                    const char* payer_zh, const char* payer_en) {
  for (const Segment& s : walk.segments) {
    const Band& band = bands[s.band];
    std::string ratio_zh = percent(s.ratio);
    std::string ratio_en = percent(s.ratio);
    if (cut > 0) {
      ratio_zh = "（" + percent(band.fund_ratio) + "−" + points(cut) +
                 "个百分点=" + percent(s.ratio) + "）";
      ratio_en = "(" + percent(band.fund_ratio) + " − " + points(cut) +
                 " points = " + percent(s.ratio) + ")";
    }
    std::string zh =
        "累计" + yuan(s.from) + "元至" + yuan(s.to) + "元这一段" + yuan(s.amount) + "元";
    std::string en =
        "Cumulative " + yuan(s.from) + " to " + yuan(s.to) + " yuan: " + yuan(s.amount) + " yuan";
    if (s.cap_reached) {
      zh += "；其中" + yuan(s.within_cap) + "元×" + ratio_zh + "=" + yuan(s.paid) +
            "元（四舍五入到分）由" + payer_zh + "支付，已达最高支付限额，其余" +
            yuan(Money::from_fen(s.amount.fen() - s.within_cap.fen())) + "元超出限额";
      en += "; " + yuan(s.within_cap) + " × " + ratio_en + " = " + yuan(s.paid) +
            " yuan (rounded half up to the fen) paid by " + payer_en +
            ", which then reaches its cap; the other " +
            yuan(Money::from_fen(s.amount.fen() - s.within_cap.fen())) + " yuan is above the cap";
    } else {
      zh += "×" + ratio_zh + "=" + yuan(s.paid) + "元（四舍五入到分），由" + payer_zh + "支付";
      en += " × " + ratio_en + " = " + yuan(s.paid) +
            " yuan (rounded half up to the fen), paid by " + payer_en;
    }
    steps.push_back(
        ExplanationStep{id, s.paid, LocalText{zh + "。", en + "."}, cite(parent, band.provenance)});
  }
}

Money Estimator::critical_illness(Money base) {
  const char* name_zh = policy_.scheme == Scheme::kResident ? "大病保险" : "大额医疗费用补助";
  const char* name_en = policy_.scheme == Scheme::kResident ? "critical-illness insurance"
                                                            : "the large-expense supplement";
  if (!setting_->critical_illness) {
    step("critical_illness", Money(),
         std::string("这项政策没有") + name_zh + "的数据，未计算这一层，实际个人负担可能更低。",
         std::string("The policy holds no figures for ") + name_en +
             ", so that layer is not applied; the person may pay less in fact.",
         std::nullopt);
    return Money();
  }
  const CriticalIllness& ci = *setting_->critical_illness;
  const Cited cited = cite(setting_cited_, ci.provenance);
  if (!ci.threshold || ci.bands.empty()) {
    std::string missing_zh = !ci.threshold ? "起付线" : "";
    std::string missing_en = !ci.threshold ? "threshold" : "";
    if (ci.bands.empty()) {
      missing_zh += missing_zh.empty() ? "支付比例" : "和支付比例";
      missing_en += missing_en.empty() ? "ratios" : " and ratios";
    }
    step("critical_illness", Money(),
         std::string("政策没有给出") + name_zh + "的" + missing_zh +
             "，未计算这一层，实际个人负担可能更低。",
         std::string("The policy does not give the ") + missing_en + " of " + name_en +
             ", so that layer is not applied; the person may pay less in fact.",
         cited);
    return Money();
  }
  const YearToDate& y = in_.year_to_date;
  const Money start = max_money(y.critical_illness_base, ci.threshold->value);
  const Money end = c_.add(y.critical_illness_base, base);
  std::optional<Money> remaining;
  if (ci.cap) {
    remaining = y.critical_illness_paid < ci.cap->value
                    ? c_.sub(ci.cap->value, y.critical_illness_paid)
                    : Money();
  } else {
    out_.warnings.push_back(
        make_error("estimate.cap_unknown",
                   policy_pointer(place_, setting_pointer_ + "/critical_illness/cap_fen"),
                   std::string("（") + name_zh + "）", std::string("(") + name_en + ")"));
  }
  step("critical_illness_base", base,
       std::string(name_zh) + "的计算基数：本次" +
           (policy_.scheme == Scheme::kResident ? "个人负担的政策范围内费用"
                                                : "超过统筹基金最高支付限额的政策范围内费用") +
           yuan(base) + "元，本年此前累计" + yuan(y.critical_illness_base) + "元，起付线" +
           yuan(ci.threshold->value) + "元。",
       std::string("The base of ") + name_en + ": " +
           (policy_.scheme == Scheme::kResident
                ? "the in-scope amount the person bears"
                : "the in-scope spending above the basic fund's cap") +
           " on this bill, " + yuan(base) + " yuan, after " + yuan(y.critical_illness_base) +
           " yuan earlier this year; its threshold is " + yuan(ci.threshold->value) + " yuan.",
       cite(cited, ci.threshold->provenance));
  if (end <= start) return Money();
  const Walk walk = walk_bands(start, end, ci.bands, 0, remaining, c_);
  add_band_steps(out_.explanation, "critical_illness", walk, ci.bands, 0, cited, name_zh, name_en);
  return walk.paid;
}

Result<Estimate> Estimator::run() {
  Errors errors;
  const YearToDate& y = in_.year_to_date;

  // 1. The bill: total, and what is outside the catalogues (丙类, all self-paid).
  Money class_a;
  Money class_b;
  for (const BillLine& line : in_.lines) {
    out_.total = c_.add(out_.total, line.amount);
    if (line.expense_class == ExpenseClass::kA) class_a = c_.add(class_a, line.amount);
    if (line.expense_class == ExpenseClass::kB) class_b = c_.add(class_b, line.amount);
    if (line.expense_class == ExpenseClass::kC) {
      out_.breakdown.class_c = c_.add(out_.breakdown.class_c, line.amount);
    }
  }
  step("total", out_.total, "医疗费用总额" + yuan(out_.total) + "元。",
       "The bill totals " + yuan(out_.total) + " yuan.", std::nullopt);
  step("class_c", out_.breakdown.class_c,
       "丙类及目录外费用" + yuan(out_.breakdown.class_c) + "元，全部由个人自付。",
       "Class C and items outside the catalogues: " + yuan(out_.breakdown.class_c) +
           " yuan, all paid by the person.",
       national_rule());

  // 2. Which terms of the policy, and which filing cut.
  if (!select_terms(errors)) return errors;
  select_cut(errors);
  check_national_bounds();

  // 3. 乙类先行自付, line by line: each line's share is rounded once, on that line.
  for (const BillLine& line : in_.lines) {
    if (line.expense_class != ExpenseClass::kB) continue;
    std::optional<BasisPoints> ratio = line.self_ratio;
    Cited cited = from_bill();
    if (!ratio && terms_->class_b_self_first) {
      ratio = terms_->class_b_self_first->value;
      cited = cite(terms_cited_, terms_->class_b_self_first->provenance);
    }
    if (!ratio) {
      errors.push_back(make_error("estimate.no_class_b_ratio", line.path));
      continue;
    }
    const Money self = c_.times(line.amount, *ratio);
    out_.breakdown.class_b_self = c_.add(out_.breakdown.class_b_self, self);
    const std::string name = line.name.empty() ? "乙类" : line.name;
    const std::string name_en = line.name.empty() ? "class B" : line.name;
    step("class_b_self", self,
         name + "（乙类）" + yuan(line.amount) + "元×先行自付" + percent(*ratio) + "=" +
             yuan(self) + "元（四舍五入到分），由个人自付。",
         name_en + " (class B): " + yuan(line.amount) + " yuan × " + percent(*ratio) +
             " first paid by the person = " + yuan(self) + " yuan (rounded half up to the fen).",
         cited);
  }
  if (!errors.empty()) return errors;

  // 4. The in-scope amount (政策范围内), less the filing category's extra first-paid share.
  const Money in_scope = c_.sub(c_.add(class_a, class_b), out_.breakdown.class_b_self);
  step("in_scope", in_scope,
       "政策范围内费用：甲类" + yuan(class_a) + "元+乙类" + yuan(class_b) + "元−乙类先行自付" +
           yuan(out_.breakdown.class_b_self) + "元=" + yuan(in_scope) + "元。",
       "In scope: class A " + yuan(class_a) + " + class B " + yuan(class_b) +
           " − class-B first-paid " + yuan(out_.breakdown.class_b_self) + " = " + yuan(in_scope) +
           " yuan.",
       std::nullopt);
  if (extra_self_first_ > 0) {
    out_.breakdown.filing_self_first = c_.times(in_scope, extra_self_first_);
    step("filing_self_first", out_.breakdown.filing_self_first,
         yuan(in_scope) + "元×" + percent(extra_self_first_) + "=" +
             yuan(out_.breakdown.filing_self_first) +
             "元（四舍五入到分），因备案类别先由个人自付。",
         yuan(in_scope) + " × " + percent(extra_self_first_) + " = " +
             yuan(out_.breakdown.filing_self_first) +
             " yuan (rounded half up to the fen), first paid by the person because of the "
             "filing category.",
         cut_cited_);
  }
  const Money eligible = c_.sub(in_scope, out_.breakdown.filing_self_first);

  // 5. The deductible, at the bottom of this bill's piece of the year's axis.
  const Due due = deductible_due();
  out_.breakdown.deductible = min_money(due.amount, eligible);
  step("deductible", out_.breakdown.deductible,
       due.text.zh_cn + "；本次由个人支付起付标准" + yuan(out_.breakdown.deductible) + "元。",
       due.text.en + "; the person pays " + yuan(out_.breakdown.deductible) +
           " yuan of deductible on this bill.",
       due.cited);

  // 6. The annual cap on the fund's payments.
  std::optional<Money> remaining;
  if (setting_->annual_cap) {
    const Money cap = setting_->annual_cap->value;
    remaining = y.fund_paid < cap ? c_.sub(cap, y.fund_paid) : Money();
    step("annual_cap", *remaining,
         "统筹基金年度最高支付限额" + yuan(cap) + "元，本年已支付" + yuan(y.fund_paid) +
             "元，还可支付" + yuan(*remaining) + "元。",
         "The fund pays at most " + yuan(cap) + " yuan a year; it paid " + yuan(y.fund_paid) +
             " yuan so far, so " + yuan(*remaining) + " yuan remain.",
         cite(setting_cited_, setting_->annual_cap->provenance));
  } else {
    out_.warnings.push_back(make_error(
        "estimate.cap_unknown", policy_pointer(place_, setting_pointer_ + "/annual_cap_fen"),
        "（统筹基金年度最高支付限额）", "(the basic fund's annual cap)"));
    step("annual_cap", Money(),
         "这项政策没有统筹基金年度最高支付限额的数据，本估算没有封顶；累计费用很高时实际基金支付可"
         "能更少。",
         "The policy holds no annual cap for the fund, so this estimate applies none; with "
         "very high spending the fund may in fact pay less.",
         setting_cited_);
  }

  // 7. The bands over the year's cumulative eligible spending (docs/estimate.md).
  const Money from = c_.add(y.eligible, out_.breakdown.deductible);
  const Money to = c_.add(y.eligible, eligible);
  const Walk walk = walk_bands(from, to, terms_->bands, ratio_cut_, remaining, c_);
  add_band_steps(out_.explanation, "band", walk, terms_->bands, ratio_cut_, terms_cited_,
                 "统筹基金", "the fund");
  out_.fund_pays = walk.paid;
  out_.breakdown.over_cap = walk.above_cap;
  out_.breakdown.coinsurance = c_.sub(
      c_.sub(c_.sub(eligible, out_.breakdown.deductible), out_.fund_pays), out_.breakdown.over_cap);
  step("coinsurance", out_.breakdown.coinsurance,
       "各段中统筹基金不支付的部分" + yuan(out_.breakdown.coinsurance) + "元由个人负担。",
       "The part of each band the fund does not pay, " + yuan(out_.breakdown.coinsurance) +
           " yuan, is the person's.",
       std::nullopt);
  if (out_.breakdown.over_cap > Money()) {
    step("over_cap", out_.breakdown.over_cap,
         "超过统筹基金年度最高支付限额的政策范围内费用" + yuan(out_.breakdown.over_cap) +
             "元由个人负担。",
         "In-scope spending after the fund reached its annual cap, " +
             yuan(out_.breakdown.over_cap) + " yuan, is the person's.",
         std::nullopt);
  }
  step("fund", out_.fund_pays, "统筹基金支付" + yuan(out_.fund_pays) + "元。",
       "The fund pays " + yuan(out_.fund_pays) + " yuan.", std::nullopt);

  // 8. The critical-illness layer on what the basic fund left.
  const Money ci_base = policy_.scheme == Scheme::kResident
                            ? c_.add(c_.add(out_.breakdown.deductible, out_.breakdown.coinsurance),
                                     out_.breakdown.over_cap)
                            : out_.breakdown.over_cap;
  out_.critical_illness_pays = critical_illness(ci_base);

  // 9. The person pays the rest.
  out_.person_pays = c_.sub(c_.sub(out_.total, out_.fund_pays), out_.critical_illness_pays);
  step("person", out_.person_pays,
       "个人负担：" + yuan(out_.total) + "−" + yuan(out_.fund_pays) + "−" +
           yuan(out_.critical_illness_pays) + "=" + yuan(out_.person_pays) + "元。",
       "The person pays " + yuan(out_.total) + " − " + yuan(out_.fund_pays) + " − " +
           yuan(out_.critical_illness_pays) + " = " + yuan(out_.person_pays) + " yuan.",
       std::nullopt);

  // The year after this bill.
  YearToDate& after = out_.year_to_date;
  after = y;
  after.eligible = to;
  after.deductible_paid = c_.add(y.deductible_paid, out_.breakdown.deductible);
  after.fund_paid = c_.add(y.fund_paid, out_.fund_pays);
  if (in_.setting == Setting::kInpatient) after.admissions = y.admissions + 1;
  after.critical_illness_base = c_.add(y.critical_illness_base, ci_base);
  after.critical_illness_paid = c_.add(y.critical_illness_paid, out_.critical_illness_pays);

  Slip& slip = out_.slip;
  slip.medfee_sumamt = out_.total;
  slip.fulamt_ownpay_amt = out_.breakdown.class_c;
  slip.preselfpay_amt = c_.add(out_.breakdown.class_b_self, out_.breakdown.filing_self_first);
  slip.inscp_scp_amt = eligible;
  slip.act_pay_dedc = out_.breakdown.deductible;
  slip.hifp_pay = out_.fund_pays;
  slip.critical_illness_pay = out_.critical_illness_pays;
  slip.fund_pay_sumamt = c_.add(out_.fund_pays, out_.critical_illness_pays);
  slip.psn_part_amt = out_.person_pays;

  if (c_.overflowed()) return make_error("money.overflow", "/bill");
  return std::move(out_);
}

}  // namespace

std::string policy_pointer(const PolicyPlace& place, const std::string& document_pointer) {
  auto strip = [&](std::size_t segments) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < segments && at != std::string::npos; ++i) {
      at = document_pointer.find('/', at + 1);
    }
    return at == std::string::npos ? std::string("/policy")
                                   : "/policy" + document_pointer.substr(at);
  };
  switch (place.shape) {
    case PolicyPlace::Shape::kShipped:
      return "/policy";
    case PolicyPlace::Shape::kDocument:
      return "/policy" + document_pointer;
    case PolicyPlace::Shape::kVersion:
      return strip(2);  // "/versions/0"
    case PolicyPlace::Shape::kSetting:
      return strip(3);  // "/versions/0/inpatient"
  }
  return "/policy";
}

Result<Estimate> estimate(const Policy& policy, const PolicyVersion& version,
                          const PolicyPlace& place, const EstimateInput& input,
                          const NationalRules& national) {
  return Estimator(policy, version, place, input, national).run();
}

}  // namespace medins
