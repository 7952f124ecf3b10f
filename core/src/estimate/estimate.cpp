// The estimate itself: docs/estimate.md gives the order of the steps and why; each step below
// adds its explanation where its figure is made, so the explanation cannot drift from the sum.
// The sentences are templates in estimate_steps.cpp; this file chooses one and fills its slots.
#include "estimate/estimate.hpp"

#include <algorithm>

#include "estimate/estimate_steps.hpp"

namespace medins {
namespace {

// Steps share their source: a block's provenance that changes nothing keeps its parent's.
using CitedPtr = std::shared_ptr<const Cited>;

// The national rule of cross-region settlement (医保发〔2022〕22号, docs/estimate.md): catalogue of
// the treatment place, policy of the insured place; long-term filers keep the home ratio; bounds
// on the cuts. The source is the bibliography's entry; medium, since the page read is a reprint,
// not the official address.
CitedPtr national_rule(const NationalRules& national) {
  return std::make_shared<const Cited>(
      Cited{national.settlement_source, Confidence::kMedium, std::nullopt});
}

// 乙类先行自付 as the bill gives it: the person's own figure, no policy behind it.
CitedPtr from_bill() {
  // Both languages in the one title (no title_en): the bill is the person's, not a Chinese page.
  // The template has no slots, so its texts are joined as they stand, into one string.
  const StepTemplate& t = step_template(StepText::kBillSource);
  const std::string_view zh = t.zh_cn;
  const std::string_view en = t.en;
  auto cited = std::make_shared<Cited>();
  std::string& title = cited->source.title;
  title.reserve(zh.size() + 3 + en.size());
  title.append(zh).append(" / ").append(en);
  cited->confidence = Confidence::kLow;
  return cited;
}

CitedPtr cite(const CitedPtr& parent, const Provenance& p) {
  if (!p.source && !p.confidence && !p.notes) return parent;
  Cited out = *parent;
  if (p.source) out.source = *p.source;
  if (p.confidence) out.confidence = *p.confidence;
  if (p.notes) out.notes = p.notes;
  return std::make_shared<const Cited>(std::move(out));
}

// Checked money arithmetic that remembers an overflow instead of branching at every step; the
// estimate refuses to answer (money.overflow) if any step overflowed.
class Checked {
 public:
  // Sums and differences inline (Money::plus and minus make a Result per call, and the bill's
  // loop makes two sums a line); the product keeps Money's one rounding rule.
  Money add(Money a, Money b) {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a.fen(), b.fen(), &sum)) return overflow();
    return Money::from_fen(sum);
  }
  Money sub(Money a, Money b) {
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(a.fen(), b.fen(), &difference)) return overflow();
    return Money::from_fen(difference);
  }
  Money times(Money a, BasisPoints bp) { return take(a.times_bp(bp, no_path_)); }
  bool overflowed() const { return overflowed_; }

 private:
  Money overflow() {
    overflowed_ = true;
    return Money();
  }
  Money take(const Result<Money>& r) {
    if (r) return r.value();
    overflowed_ = true;
    return Money();
  }
  bool overflowed_ = false;
  const std::string no_path_;  // made once, not per sum: the overflow is reported for /bill
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

// Pays [start, end) of the cumulative axis band by band at (band ratio + add, at most 100%,
// − cut, floor 0), each band's piece multiplied and rounded once. With a remaining cap, the payer
// stops exactly at it: in the band where it is reached, the spending x that brings the payment to
// the cap is the smallest x with round_half_up(x × ratio) = remaining (it exists: each fen adds
// at most one fen of payment since ratios are at most 100%); everything after x is above the cap.
Walk walk_bands(Money start, Money end, const std::vector<Band>& bands, BasisPoints add,
                BasisPoints cut, std::optional<Money> remaining, Checked& c) {
  Walk walk;
  walk.segments.reserve(bands.size());
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
    s.ratio = std::max<BasisPoints>(0, std::min<BasisPoints>(10000, band.fund_ratio + add) - cut);
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

Error with_detail(const char* code, std::string path, const LocalText& detail) {
  return make_error(code, std::move(path), detail.zh_cn, detail.en);
}

// The name of the critical-illness layer: 大病保险 for residents, 大额医疗费用补助 for employees.
StepWords layer_name(Scheme scheme) {
  return StepWords(scheme == Scheme::kResident ? StepText::kResidentLayer
                                               : StepText::kEmployeeLayer);
}

class Estimator {
 public:
  Estimator(const Policy& policy, const PolicyVersion& version, const PolicyPlace& place,
            const EstimateInput& input, const Vocabulary& words, const NationalRules& national,
            std::vector<MissingFigure>* missing)
      : policy_(policy),
        version_(version),
        place_(place),
        in_(input),
        words_(words),
        national_(national),
        missing_(missing) {
    version_cited_ = std::make_shared<const Cited>(
        Cited{version.source ? *version.source : policy.source, version.confidence, std::nullopt});
  }

  Result<Estimate> run();

 private:
  // The step's sentence is made where the vector holds it: no StepWords is built and moved.
  void step(const char* id, Money amount, StepText text, std::initializer_list<StepWords::Arg> args,
            CitedPtr source) {
    out_.explanation.emplace_back(id, amount, text, args, std::move(source));
  }
  // A step that says which rule applies, with no amount of its own.
  void note(const char* id, StepText text, std::initializer_list<StepWords::Arg> args,
            CitedPtr source) {
    out_.explanation.emplace_back(id, std::nullopt, text, args, std::move(source));
  }
  // The national rule and the bill's own class-B share, made once per estimate.
  const CitedPtr& national_cited() {
    if (!national_cited_) national_cited_ = national_rule(national_);
    return national_cited_;
  }
  const CitedPtr& bill_cited() {
    if (!bill_cited_) bill_cited_ = from_bill();
    return bill_cited_;
  }
  // The in-sentence label of a word (data/vocabulary.json), viewed by the step.
  template <typename E>
  const LocalText& label(E value) const {
    return words_.labels(value).in_sentence;
  }

  // Pointers into the policy document, made only for the errors and warnings that name them.
  std::string version_pointer() const {
    const std::size_t index = static_cast<std::size_t>(&version_ - policy_.versions.data());
    return "/versions/" + std::to_string(index);
  }
  std::string setting_pointer() const { return version_pointer() + "/" + word_id(in_.setting); }
  std::string levels_pointer() const {
    return setting_pointer() + (out_.terms.out_of_province ? "/out_of_province/levels" : "/levels");
  }
  std::string terms_pointer() const {
    return levels_pointer() + "/" + word_id(out_.terms.level) + "/" +
           word_id(out_.terms.employment);
  }

  // estimate.unknown_terms naming the figure: its place in the policy, in words and as a
  // pointer (into the request for an inline policy, into the file for a shipped one).
  Error unknown(const std::string& document_pointer, const LocalText& figure) const {
    std::string where = document_pointer;
    if (place_.shape == PolicyPlace::Shape::kShipped) where = place_.file + "#" + where;
    return with_detail("estimate.unknown_terms", policy_pointer(place_, document_pointer),
                       step_text(StepText::kMissingFigure, {{"figure", figure}, {"where", where}}));
  }

  // The words inside the explanation's sentences, as data/vocabulary.json writes them there.
  template <typename E>
  const char* zh(E value) const {
    return words_.labels(value).in_sentence.zh_cn.c_str();
  }
  template <typename E>
  const char* en(E value) const {
    return words_.labels(value).in_sentence.en.c_str();
  }
  const char* level_zh(Level level) const { return zh(level); }
  const char* level_en(Level level) const { return en(level); }
  const char* employment_zh(Employment e) const { return zh(e); }
  const char* employment_en(Employment e) const { return en(e); }
  const char* setting_zh(Setting s) const { return zh(s); }
  const char* setting_en(Setting s) const { return en(s); }
  const char* category_zh(FilingCategory c) const { return zh(c); }
  const char* category_en(FilingCategory c) const { return en(c); }

  // Lists a figure a range may stand in for (MissingFigure), with the row of terms in use.
  void missing(EstimateFigure figure, const std::string& document_pointer) {
    if (missing_ == nullptr) return;
    for (const MissingFigure& m : *missing_) {
      if (m.figure == figure) return;
    }
    missing_->push_back(MissingFigure{figure, document_pointer, out_.terms.out_of_province,
                                      out_.terms.level, out_.terms.employment,
                                      in_.filing.value_or(FilingCategory::kUnfiled)});
  }

  bool select_terms(Errors& errors);
  bool select_cut(Errors& errors);
  void check_national_bounds();
  struct Due {
    Money amount;
    StepWords rule;   // the deductible the rule sets for this bill
    StepWords limit;  // the yearly limit, when it lowers that figure
    CitedPtr cited;
  };
  Due deductible_due();
  void add_band_steps(const char* id, const Walk& walk, const std::vector<Band>& bands,
                      BasisPoints add, BasisPoints cut, const CitedPtr& parent,
                      const StepWords& payer);
  bool select_age(Errors& errors);
  void apply_min_share(Money eligible, std::optional<Money>& remaining);
  Money critical_illness(Money base);

  const Policy& policy_;
  const PolicyVersion& version_;
  const PolicyPlace& place_;
  const EstimateInput& in_;
  const Vocabulary& words_;
  const NationalRules& national_;
  std::vector<MissingFigure>* missing_;
  Checked c_;
  Estimate out_;

  CitedPtr version_cited_;
  const SettingTerms* setting_ = nullptr;
  CitedPtr setting_cited_;
  const Terms* terms_ = nullptr;
  CitedPtr terms_cited_;
  CitedPtr national_cited_;
  CitedPtr bill_cited_;
  bool away_ = false;  // care outside the insured city: filing rules apply
  BasisPoints ratio_cut_ = 0;
  BasisPoints age_add_ = 0;  // points the person's age adds to every band
  BasisPoints extra_self_first_ = 0;
  CitedPtr cut_cited_;
  const StepWords class_b_unnamed_{StepText::kClassBUnnamed};  // a class-B line with no name
};

bool Estimator::select_terms(Errors& errors) {
  const auto setting = version_.settings.find(in_.setting);
  const Slot setting_slot{"setting", setting_zh(in_.setting), setting_en(in_.setting)};
  if (setting == version_.settings.end()) {
    errors.push_back(
        unknown(setting_pointer(), step_text(StepText::kMissingSettingTerms, {setting_slot})));
    return false;
  }
  setting_ = &setting->second;
  setting_cited_ = cite(version_cited_, setting_->provenance);

  // 跨省异地: the insured place's out-of-province terms replace its levels when it has them and
  // they apply to this filing category (docs/policy-format.md).
  const FilingCategory category = in_.filing.value_or(FilingCategory::kUnfiled);
  const LevelTerms* levels = &setting_->levels;
  CitedPtr levels_cited = setting_cited_;
  if (in_.relation == RegionRelation::kCrossProvince && setting_->out_of_province) {
    const OutOfProvince& oop = *setting_->out_of_province;
    const bool applies =
        oop.applies_to.empty() ||
        std::find(oop.applies_to.begin(), oop.applies_to.end(), category) != oop.applies_to.end();
    if (applies) {
      levels = &oop.levels;
      levels_cited = cite(setting_cited_, oop.provenance);
      out_.terms.out_of_province = true;
    }
  }
  if (levels->empty()) {
    errors.push_back(
        unknown(levels_pointer(), step_text(StepText::kMissingLevels, {setting_slot})));
    return false;
  }
  // The level whose terms apply: the hospital's, unless the filing category's rule names one
  // (临沂: the city's tier-3 terms for any care outside the city).
  Level wanted = in_.level;
  const bool away =
      in_.relation == RegionRelation::kInProvince || in_.relation == RegionRelation::kCrossProvince;
  if (away) {
    const auto cut = setting_->filing_cuts.find(category);
    if (cut != setting_->filing_cuts.end() && cut->second.terms_level) {
      wanted = *cut->second.terms_level;
    }
  }
  // A finer tier (市属/省属三级) falls back to tier 3 where the policy does not split it; plain
  // tier 3 cannot be priced where the policy splits it and has no row for tier 3 as such.
  auto level = levels->find(wanted);
  if (level == levels->end() && parent_level(wanted) != wanted) {
    level = levels->find(parent_level(wanted));
  }
  if (level == levels->end() && wanted == Level::k3 &&
      (levels->count(Level::k3City) > 0 || levels->count(Level::k3Provincial) > 0)) {
    errors.push_back(with_detail("request.missing_field", "/visit/institution_level",
                                 step_text(StepText::kTierNeeded)));
    return false;
  }
  if (level == levels->end()) level = levels->find(Level::kAny);
  if (level == levels->end()) {
    errors.push_back(unknown(
        levels_pointer() + "/" + word_id(wanted),
        step_text(StepText::kMissingLevelTerms, {{"level", level_zh(wanted), level_en(wanted)}})));
    return false;
  }
  out_.terms.level = level->first;
  const EmploymentTerms& by_employment = level->second;
  auto terms = by_employment.find(Employment::kAll);
  if (terms == by_employment.end()) {
    if (!in_.employment) {
      errors.push_back(with_detail("request.missing_field", "/person/employment",
                                   step_text(StepText::kEmploymentNeeded)));
      return false;
    }
    terms = by_employment.find(*in_.employment);
    if (terms == by_employment.end()) {
      errors.push_back(unknown(
          levels_pointer() + "/" + word_id(level->first) + "/" + word_id(*in_.employment),
          step_text(
              StepText::kMissingEmploymentTerms,
              {{"level", level_zh(level->first), level_en(level->first)},
               {"employment", employment_zh(*in_.employment), employment_en(*in_.employment)}})));
      return false;
    }
  }
  out_.terms.employment = terms->first;
  terms_ = &terms->second;
  terms_cited_ = cite(levels_cited, terms_->provenance);

  bool ok = true;
  if (!terms_->deductible && terms_->deductible_by_admission.empty()) {
    errors.push_back(
        unknown(terms_pointer() + "/deductible_fen", step_text(StepText::kMissingDeductible)));
    missing(EstimateFigure::kDeductible, terms_pointer() + "/deductible_fen");
    ok = false;
  }
  if (terms_->bands.empty()) {
    errors.push_back(unknown(terms_pointer() + "/bands", step_text(StepText::kMissingBands)));
    missing(EstimateFigure::kFundRatio, terms_pointer() + "/bands");
    ok = false;
  }
  if (!ok) return false;

  StepWords province;
  if (out_.terms.out_of_province) {
    province = StepWords(StepText::kTermsOutOfProvince);
  } else if (in_.relation == RegionRelation::kCrossProvince) {
    province = StepWords(StepText::kTermsNoOutOfProvince);
  }
  note("terms", StepText::kTerms,
       {{"setting", label(in_.setting)},
        {"level", label(out_.terms.level)},
        {"employment", label(out_.terms.employment)},
        {"province", province}},
       terms_cited_);
  return select_age(errors);
}

bool Estimator::select_cut(Errors& errors) {
  away_ =
      in_.relation == RegionRelation::kInProvince || in_.relation == RegionRelation::kCrossProvince;
  if (!away_) {
    note("filing", StepText::kFilingNotAway, {}, nullptr);
    return true;
  }
  const FilingCategory category = in_.filing.value_or(FilingCategory::kUnfiled);
  out_.terms.filing = category;
  const Slot category_slot{"category", category_zh(category), category_en(category)};
  const auto cut = setting_->filing_cuts.find(category);
  if (cut == setting_->filing_cuts.end()) {
    if (national_.long_term(category)) {
      note("filing", StepText::kFilingLongTerm, {{"category", label(category)}}, national_cited());
      return true;
    }
    const OutOfProvince* oop = setting_->out_of_province ? &*setting_->out_of_province : nullptr;
    const bool terms_name_category = out_.terms.out_of_province && oop != nullptr &&
                                     std::find(oop->applies_to.begin(), oop->applies_to.end(),
                                               category) != oop->applies_to.end();
    if (terms_name_category) {
      // The out-of-province terms were written for exactly this category (马关: unreferred
      // care outside the province 1,200 @ 40%): they are the reduced terms themselves.
      note("filing", StepText::kFilingOwnTerms, {{"category", label(category)}},
           cite(setting_cited_, oop->provenance));
      return true;
    }
    errors.push_back(unknown(setting_pointer() + "/filing_cuts/" + word_id(category),
                             step_text(StepText::kMissingFilingCut, {category_slot})));
    missing(EstimateFigure::kFilingCut, setting_pointer() + "/filing_cuts/" + word_id(category));
    return false;
  }
  const FilingCut& f = cut->second;
  const CitedPtr cited = cite(setting_cited_, f.provenance);
  cut_cited_ = cited;
  StepWords ratio_cut;
  StepWords self_first;
  if (f.ratio_cut) {
    ratio_cut_ = f.ratio_cut->value;
    ratio_cut = StepWords(StepText::kFilingCutRatio, {{"points", Points{ratio_cut_}}});
  }
  if (f.extra_self_first) {
    extra_self_first_ = f.extra_self_first->value;
    self_first = StepWords(StepText::kFilingCutSelfFirst, {{"share", Percent{extra_self_first_}}});
  }
  StepWords terms_level;
  if (f.terms_level) {
    terms_level = StepWords(StepText::kFilingCutTermsLevel, {{"level", label(*f.terms_level)}});
  }
  note("filing", StepText::kFilingCut,
       {{"category", label(category)},
        {"cut", ratio_cut},
        {"self_first", self_first},
        {"terms_level", terms_level}},
       f.ratio_cut          ? cite(cited, f.ratio_cut->provenance)
       : f.extra_self_first ? cite(cited, f.extra_self_first->provenance)
                            : cited);
  return true;
}

// Age steps (成都): the step of the highest age reached applies alone; none reached adds nothing.
bool Estimator::select_age(Errors& errors) {
  const std::vector<AgeStep>& steps = terms_->age_steps;
  if (steps.empty()) return true;
  if (!in_.age) {
    errors.push_back(with_detail("request.missing_field", "/person/birth_date",
                                 step_text(StepText::kAgeNeeded)));
    return false;
  }
  out_.terms.age = in_.age;
  const AgeStep* reached = nullptr;
  for (const AgeStep& s : steps) {
    if (s.from_age <= *in_.age) reached = &s;
  }
  const StepWords how =
      in_.age_from_birth_date ? StepWords(StepText::kAgeFromBirthDate) : StepWords();
  if (reached == nullptr) {
    note("age", StepText::kAgeBelowSteps,
         {{"age", Number{*in_.age}}, {"how", how}, {"first", Number{steps.front().from_age}}},
         terms_cited_);
    return true;
  }
  age_add_ = reached->add;
  note("age", StepText::kAge,
       {{"age", Number{*in_.age}}, {"how", how}, {"points", Points{age_add_}}},
       cite(terms_cited_, reached->provenance));
  return true;
}

// 保底 (蚌埠): the fund pays at least the share of the bill's eligible amount, rounded once, as
// far as its cap allows; the top-up comes off the person's share of the bands, then off the
// deductible shown on this bill (the deductible still counts as met for the year).
void Estimator::apply_min_share(Money eligible, std::optional<Money>& remaining) {
  if (!terms_->min_fund_share) return;
  const BasisPoints share = terms_->min_fund_share->value;
  const Money floor = c_.times(eligible, share);
  const CitedPtr cited = cite(terms_cited_, terms_->min_fund_share->provenance);
  if (!(out_.fund_pays < floor)) {
    step("min_share", Money(), StepText::kMinShareMet,
         {{"eligible", eligible},
          {"share", Percent{share}},
          {"floor", floor},
          {"fund", out_.fund_pays}},
         cited);
    return;
  }
  // Never more than the person's own part of the eligible amount on this bill.
  Money topup = min_money(c_.sub(floor, out_.fund_pays),
                          c_.add(out_.breakdown.coinsurance, out_.breakdown.deductible));
  StepWords capped;
  if (remaining && *remaining < topup) {
    topup = *remaining;
    capped = StepWords(StepText::kMinShareCapped);
  }
  if (remaining) *remaining = c_.sub(*remaining, topup);
  const Money before = out_.fund_pays;
  out_.fund_pays = c_.add(out_.fund_pays, topup);
  out_.breakdown.min_share_topup = topup;
  const Money off_coinsurance = min_money(topup, out_.breakdown.coinsurance);
  out_.breakdown.coinsurance = c_.sub(out_.breakdown.coinsurance, off_coinsurance);
  out_.breakdown.deductible = c_.sub(out_.breakdown.deductible, c_.sub(topup, off_coinsurance));
  step("min_share", topup, StepText::kMinShare,
       {{"eligible", eligible},
        {"share", Percent{share}},
        {"floor", floor},
        {"fund", before},
        {"topup", topup},
        {"capped", capped}},
       cited);
}

void Estimator::check_national_bounds() {
  for (const auto& [category, cut] : setting_->filing_cuts) {
    const std::optional<BasisPoints> bound = national_.cut_bound(category);
    if (!bound || !cut.ratio_cut || cut.ratio_cut->value <= *bound) continue;
    const std::string document_pointer =
        setting_pointer() + "/filing_cuts/" + word_id(category) + "/ratio_cut_bp";
    std::string where = document_pointer;
    if (place_.shape == PolicyPlace::Shape::kShipped) where = place_.file + "#" + where;
    out_.warnings.push_back(
        with_detail("estimate.cut_above_national_bound", policy_pointer(place_, document_pointer),
                    step_text(StepText::kCutAboveBound,
                              {{"category", category_zh(category), category_en(category)},
                               {"cut", points_text(cut.ratio_cut->value)},
                               {"bound", points_text(*bound)},
                               {"where", where}})));
  }
}

// The deductible still due on this bill, before it is limited by the bill's own in-scope amount.
Estimator::Due Estimator::deductible_due() {
  const Terms& t = *terms_;
  Due due{Money(), StepWords(), StepWords(), terms_cited_};
  if (in_.setting == Setting::kInpatient) {
    // 住院: a deductible per admission; the n-th admission of the year takes the n-th figure,
    // the last one repeating.
    const std::int64_t nth = in_.year_to_date.admissions + 1;
    if (!t.deductible_by_admission.empty()) {
      const std::size_t i = static_cast<std::size_t>(
          std::min<std::int64_t>(in_.year_to_date.admissions,
                                 static_cast<std::int64_t>(t.deductible_by_admission.size()) - 1));
      due.amount = t.deductible_by_admission[i].value;
      due.cited = cite(due.cited, t.deductible_by_admission[i].provenance);
    } else {
      due.amount = t.deductible->value;
      due.cited = cite(due.cited, t.deductible->provenance);
    }
    due.rule =
        StepWords(StepText::kDeductibleAdmission, {{"nth", Number{nth}}, {"due", due.amount}});
  } else {
    // 门诊: one deductible a year, less what the year already paid.
    const MoneyFigure& f = t.deductible ? *t.deductible : t.deductible_by_admission.front();
    due.cited = cite(due.cited, f.provenance);
    const Money paid = in_.year_to_date.deductible_paid;
    due.amount = paid < f.value ? c_.sub(f.value, paid) : Money();
    due.rule = StepWords(StepText::kDeductibleOutpatient,
                         {{"deductible", f.value}, {"paid", paid}, {"due", due.amount}});
  }
  if (t.annual_deductible_max) {
    const Money max = t.annual_deductible_max->value;
    const Money paid = in_.year_to_date.deductible_paid;
    const Money left = paid < max ? c_.sub(max, paid) : Money();
    if (left < due.amount) {
      due.amount = left;
      due.limit =
          StepWords(StepText::kDeductibleYearLimit, {{"max", max}, {"paid", paid}, {"left", left}});
      due.cited = cite(due.cited, t.annual_deductible_max->provenance);
    }
  }
  return due;
}

// One explanation step per piece of a band walk: the multiplication and its rounding, and where
// a cap was reached, how much of the piece it took.
void Estimator::add_band_steps(const char* id, const Walk& walk, const std::vector<Band>& bands,
                               BasisPoints add, BasisPoints cut, const CitedPtr& parent,
                               const StepWords& payer) {
  for (const Segment& s : walk.segments) {
    const Band& band = bands[s.band];
    // The band's ratio as the sentence shows it: alone, or how it was raised for age
    // ("85%+2个百分点") and cut for the filing category.
    StepWords ratio;
    const Percent own{band.fund_ratio};
    const Percent used{s.ratio};
    if (cut > 0 && add > 0) {
      ratio =
          StepWords(StepText::kBandCutAgeRatio,
                    {{"band", own}, {"add", Points{add}}, {"cut", Points{cut}}, {"ratio", used}});
    } else if (cut > 0) {
      ratio = StepWords(StepText::kBandCutRatio,
                        {{"band", own}, {"cut", Points{cut}}, {"ratio", used}});
    } else if (add > 0) {
      ratio = StepWords(StepText::kBandAgeRaisedRatio,
                        {{"band", own}, {"add", Points{add}}, {"ratio", used}});
    }
    // One sentence per piece; the capped one also says how much of the piece the cap took. The
    // plain one has no {within} or {above}: given there, they are never read.
    step(id, s.paid, s.cap_reached ? StepText::kBandReachesCap : StepText::kBand,
         {{"from", s.from},
          {"to", s.to},
          {"amount", s.amount},
          cut > 0 || add > 0 ? StepWords::Arg("ratio", ratio) : StepWords::Arg("ratio", used),
          {"paid", s.paid},
          {"payer", payer},
          {"within", s.within_cap},
          {"above", Money::from_fen(s.amount.fen() - s.within_cap.fen())}},
         cite(parent, band.provenance));
  }
}

Money Estimator::critical_illness(Money base) {
  const StepWords layer = layer_name(policy_.scheme);
  if (!setting_->critical_illness) {
    note("critical_illness", StepText::kLayerNoFigures, {{"layer", layer}}, nullptr);
    return Money();
  }
  const CriticalIllness& ci = *setting_->critical_illness;
  const CitedPtr cited = cite(setting_cited_, ci.provenance);
  if (!ci.threshold || ci.bands.empty()) {
    const StepText missing = !ci.threshold
                                 ? (ci.bands.empty() ? StepText::kLayerMissingThresholdAndRatios
                                                     : StepText::kLayerMissingThreshold)
                                 : StepText::kLayerMissingRatios;
    note("critical_illness", StepText::kLayerMissing,
         {{"layer", layer}, {"missing", StepWords(missing)}}, cited);
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
  } else if (ci.no_cap) {
    note("critical_illness_cap", StepText::kLayerNoCap, {{"layer", layer}}, cited);
  } else {
    out_.warnings.push_back(
        with_detail("estimate.cap_unknown",
                    policy_pointer(place_, setting_pointer() + "/critical_illness/cap_fen"),
                    step_text(StepText::kLayerCapUnknown, {{"layer", layer.text()}})));
  }
  // The scheme's usual wording, unless the policy names the base itself.
  StepText base_text = policy_.scheme == Scheme::kResident ? StepText::kResidentLayerBase
                                                           : StepText::kEmployeeLayerBase;
  if (ci.base) {
    base_text = *ci.base == LayerBase::kPersonShare ? StepText::kPersonShareLayerBase
                                                    : StepText::kAboveFundLayerBase;
  }
  step("critical_illness_base", base, base_text,
       {{"layer", layer},
        {"base", base},
        {"before", y.critical_illness_base},
        {"threshold", ci.threshold->value}},
       cite(cited, ci.threshold->provenance));
  if (end <= start) return Money();
  // Bands measured from the threshold (大连) are moved onto the cumulative axis the walk uses.
  // (A copy only then: a band carries its provenance, strings and all.)
  std::vector<Band> moved;
  if (ci.bands_from_threshold) {
    moved = ci.bands;
    for (Band& b : moved) {
      b.from = c_.add(b.from, ci.threshold->value);
      if (b.to) b.to = c_.add(*b.to, ci.threshold->value);
    }
  }
  const std::vector<Band>& bands = ci.bands_from_threshold ? moved : ci.bands;
  const Walk walk = walk_bands(start, end, bands, 0, 0, remaining, c_);
  add_band_steps("critical_illness", walk, bands, 0, 0, cited, layer);
  return walk.paid;
}

Result<Estimate> Estimator::run() {
  Errors errors;
  const YearToDate& y = in_.year_to_date;

  // 1. The bill: total, and what is outside the catalogues (丙类, all self-paid).
  Money class_a;
  Money class_b;
  std::size_t class_b_lines = 0;
  for (const BillLine& line : in_.lines) {
    out_.total = c_.add(out_.total, line.amount);
    if (line.expense_class == ExpenseClass::kA) class_a = c_.add(class_a, line.amount);
    if (line.expense_class == ExpenseClass::kB) {
      class_b = c_.add(class_b, line.amount);
      ++class_b_lines;
    }
    if (line.expense_class == ExpenseClass::kC) {
      out_.breakdown.class_c = c_.add(out_.breakdown.class_c, line.amount);
    }
  }
  // Every step of the bill at once: one per class-B line, and the fixed steps with a few band
  // pieces (the longest policy shapes come to about 20).
  out_.explanation.reserve(class_b_lines + 24);
  step("total", out_.total, StepText::kTotal, {{"total", out_.total}}, nullptr);
  step("class_c", out_.breakdown.class_c, StepText::kClassC, {{"amount", out_.breakdown.class_c}},
       national_cited());

  // 2. Which terms of the policy, and which filing cut.
  if (!select_terms(errors)) return errors;
  select_cut(errors);
  check_national_bounds();

  // 3. 乙类先行自付, line by line: each line's share is rounded once, on that line.
  for (const BillLine& line : in_.lines) {
    if (line.expense_class != ExpenseClass::kB) continue;
    std::optional<BasisPoints> ratio = line.self_ratio;
    CitedPtr cited = line.self_ratio ? bill_cited() : nullptr;
    if (!ratio && terms_->class_b_self_first) {
      ratio = terms_->class_b_self_first->value;
      cited = cite(terms_cited_, terms_->class_b_self_first->provenance);
    }
    if (!ratio) {
      // Nothing in class B has no share to pay first, whatever the ratio: do not ask for one
      // (the page calls the class-B total optional, and a bill may give it as 0).
      if (line.amount == Money()) continue;
      errors.push_back(make_error("estimate.no_class_b_ratio", self_ratio_path(line)));
      missing(EstimateFigure::kClassBFirstPaid, terms_pointer() + "/class_b_self_first_bp");
      continue;
    }
    const Money self = c_.times(line.amount, *ratio);
    out_.breakdown.class_b_self = c_.add(out_.breakdown.class_b_self, self);
    step("class_b_self", self, StepText::kClassBSelf,
         {line.name.empty() ? StepWords::Arg("name", class_b_unnamed_)
                            : StepWords::Arg("name", std::string_view(line.name)),
          {"amount", line.amount},
          {"ratio", Percent{*ratio}},
          {"self", self}},
         std::move(cited));
  }
  if (!errors.empty()) return errors;

  // 4. The in-scope amount (政策范围内), less the filing category's extra first-paid share.
  const Money in_scope = c_.sub(c_.add(class_a, class_b), out_.breakdown.class_b_self);
  step("in_scope", in_scope, StepText::kInScope,
       {{"class_a", class_a},
        {"class_b", class_b},
        {"class_b_self", out_.breakdown.class_b_self},
        {"in_scope", in_scope}},
       nullptr);
  if (extra_self_first_ > 0) {
    out_.breakdown.filing_self_first = c_.times(in_scope, extra_self_first_);
    step("filing_self_first", out_.breakdown.filing_self_first, StepText::kFilingSelfFirst,
         {{"in_scope", in_scope},
          {"share", Percent{extra_self_first_}},
          {"amount", out_.breakdown.filing_self_first}},
         cut_cited_);
  }
  const Money eligible = c_.sub(in_scope, out_.breakdown.filing_self_first);

  // 5. The deductible, at the bottom of this bill's piece of the year's axis.
  const Due due = deductible_due();
  out_.breakdown.deductible = min_money(due.amount, eligible);
  step("deductible", out_.breakdown.deductible, StepText::kDeductible,
       {{"due", due.rule}, {"limit", due.limit}, {"amount", out_.breakdown.deductible}}, due.cited);

  // 6. The annual cap on the fund's payments.
  std::optional<Money> remaining;
  if (setting_->annual_cap) {
    const Money cap = setting_->annual_cap->value;
    remaining = y.fund_paid < cap ? c_.sub(cap, y.fund_paid) : Money();
    step("annual_cap", *remaining, StepText::kAnnualCap,
         {{"cap", cap}, {"paid", y.fund_paid}, {"remaining", *remaining}},
         cite(setting_cited_, setting_->annual_cap->provenance));
  } else {
    out_.warnings.push_back(with_detail(
        "estimate.cap_unknown", policy_pointer(place_, setting_pointer() + "/annual_cap_fen"),
        step_text(StepText::kFundCapUnknown)));
    note("annual_cap", StepText::kAnnualCapUnknown, {}, setting_cited_);
  }

  // 7. The bands over the year's cumulative eligible spending (docs/estimate.md), as far as a
  // spending ceiling lets the fund pay (镇江 门诊: the year's first 10,000 yuan above the
  // deductible; the year's spending above deductibles so far is eligible − deductibles paid).
  const Money from = c_.add(y.eligible, out_.breakdown.deductible);
  const Money to = c_.add(y.eligible, eligible);
  Money fund_to = to;
  if (terms_->spending_ceiling) {
    const Money ceiling = terms_->spending_ceiling->value;
    const Money before = c_.sub(y.eligible, y.deductible_paid);
    const Money room = before < ceiling ? c_.sub(ceiling, before) : Money();
    const Money counted = min_money(room, c_.sub(to, from));
    fund_to = c_.add(from, counted);
    out_.breakdown.over_ceiling = c_.sub(to, fund_to);
    step("spending_ceiling", counted, StepText::kSpendingCeiling,
         {{"ceiling", ceiling}, {"before", min_money(before, ceiling)}, {"counted", counted}},
         cite(terms_cited_, terms_->spending_ceiling->provenance));
  }
  const Walk walk = walk_bands(from, fund_to, terms_->bands, age_add_, ratio_cut_, remaining, c_);
  add_band_steps("band", walk, terms_->bands, age_add_, ratio_cut_, terms_cited_,
                 StepWords(StepText::kFundPayer));
  if (remaining) *remaining = c_.sub(*remaining, walk.paid);
  out_.fund_pays = walk.paid;
  out_.breakdown.over_cap = walk.above_cap;
  out_.breakdown.coinsurance =
      c_.sub(c_.sub(c_.sub(c_.sub(eligible, out_.breakdown.deductible), out_.fund_pays),
                    out_.breakdown.over_cap),
             out_.breakdown.over_ceiling);
  const Money deductible_met = out_.breakdown.deductible;  // counts for the year as charged
  apply_min_share(eligible, remaining);
  step("coinsurance", out_.breakdown.coinsurance, StepText::kCoinsurance,
       {{"amount", out_.breakdown.coinsurance}}, nullptr);
  if (out_.breakdown.over_ceiling > Money()) {
    step("over_ceiling", out_.breakdown.over_ceiling, StepText::kOverCeiling,
         {{"amount", out_.breakdown.over_ceiling}}, nullptr);
  }
  if (out_.breakdown.over_cap > Money()) {
    step("over_cap", out_.breakdown.over_cap, StepText::kOverCap,
         {{"amount", out_.breakdown.over_cap}}, nullptr);
  }
  step("fund", out_.fund_pays, StepText::kFund, {{"amount", out_.fund_pays}}, nullptr);

  // 8. The critical-illness layer on what the basic fund left.
  // What the fund no longer pays (above its cap or ceiling), and the in-scope amount the
  // person bears; the layer counts one of them (docs/estimate.md).
  const Money above_fund = c_.add(out_.breakdown.over_cap, out_.breakdown.over_ceiling);
  const Money person_share =
      c_.add(c_.add(out_.breakdown.deductible, out_.breakdown.coinsurance), above_fund);
  LayerBase layer_base =
      policy_.scheme == Scheme::kResident ? LayerBase::kPersonShare : LayerBase::kAboveFund;
  if (setting_->critical_illness && setting_->critical_illness->base) {
    layer_base = *setting_->critical_illness->base;
  }
  const Money ci_base = layer_base == LayerBase::kPersonShare ? person_share : above_fund;
  out_.critical_illness_pays = critical_illness(ci_base);

  // 9. The person pays the rest.
  out_.person_pays = c_.sub(c_.sub(out_.total, out_.fund_pays), out_.critical_illness_pays);
  step("person", out_.person_pays, StepText::kPerson,
       {{"total", out_.total},
        {"fund", out_.fund_pays},
        {"critical_illness", out_.critical_illness_pays},
        {"person", out_.person_pays}},
       nullptr);

  // The year after this bill.
  YearToDate& after = out_.year_to_date;
  after = y;
  after.eligible = to;
  after.deductible_paid = c_.add(y.deductible_paid, deductible_met);
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
                          const Vocabulary& words, const NationalRules& national,
                          std::vector<MissingFigure>* missing) {
  return Estimator(policy, version, place, input, words, national, missing).run();
}

}  // namespace medins
