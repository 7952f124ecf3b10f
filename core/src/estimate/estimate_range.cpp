// The ranged estimate: estimate_range.hpp says what and why. The point estimate is left as it is;
// this file only writes an assumed value into a copy of the policy where a figure is missing, as
// a figure with its own provenance, so that every step of the explanation cites what it stands on.
#include "estimate/estimate_range.hpp"

#include <algorithm>

#include "common/embedded_files.hpp"
#include "estimate/estimate_steps.hpp"

namespace medins {
namespace {

using nlohmann::json;

constexpr std::string_view kTypicalFile = "estimate/typical.json";  // under data/
// At most this many rounds of "estimate, fill what is missing": each round fills at least one
// of the four kinds of figure, so five is always enough.
constexpr int kMaxRounds = 5;

bool is_money(EstimateFigure figure) {
  return figure == EstimateFigure::kDeductible || figure == EstimateFigure::kAnnualCap;
}

// "20 points", "10%", "1300.00 yuan": a value in the figure's unit, in both languages.
LocalText value_text(EstimateFigure figure, std::int64_t value) {
  if (is_money(figure)) {
    return step_text(StepText::kAssumedYuan, {{"amount", Money::from_fen(value).to_yuan_string()}});
  }
  const std::int64_t whole = value / 100;
  const std::int64_t rest = value % 100;
  std::string number = std::to_string(whole);
  if (rest != 0) {
    number += "." + std::string(rest < 10 ? "0" : "") + std::to_string(rest);
    if (number.back() == '0') number.pop_back();
  }
  if (figure == EstimateFigure::kFilingCut) {
    return step_text(StepText::kAssumedPoints, {{"points", number}});
  }
  return LocalText{number + "%", number + "%"};
}

// A step names an amount exactly when it has one (docs/estimate.md): an assumed deductible does,
// an assumed ratio or cut does not.
std::optional<Money> amount_of(EstimateFigure figure, std::int64_t value) {
  if (is_money(figure)) return Money::from_fen(value);
  return std::nullopt;
}

LocalText basis_text(const Assumption& a) {
  const LocalText low = value_text(a.figure, a.low);
  const LocalText high = value_text(a.figure, a.high);
  switch (a.basis) {
    case AssumptionBasis::kNationalBound:
      return step_text(StepText::kBasisNationalBound, {{"low", low}, {"high", high}});
    case AssumptionBasis::kPlacesWeKnow:
      return step_text(StepText::kBasisPlacesWeKnow,
                       {{"places", std::to_string(a.places)}, {"low", low}, {"high", high}});
    case AssumptionBasis::kTypical:
      return step_text(StepText::kBasisTypical, {{"low", low}, {"high", high}});
  }
  return LocalText{};
}

Source local_source(const LocalText& title) {
  return Source{title.zh_cn + " / " + title.en, std::nullopt, std::nullopt, std::nullopt};
}

// The row of terms a missing figure belongs to, in the working copy.
Terms& terms_row(PolicyVersion& version, Setting setting, const MissingFigure& m) {
  SettingTerms& s = version.settings[setting];
  LevelTerms& levels =
      m.out_of_province && s.out_of_province ? s.out_of_province->levels : s.levels;
  return levels[m.level][m.employment];
}

Provenance provenance_of(const Cited& c) {
  Provenance p;
  p.source = c.source;
  p.confidence = c.confidence;
  p.notes = c.notes;
  return p;
}

// Writes `value` where the missing figure belongs, cited as `cited`.
void fill(PolicyVersion& version, Setting setting, const MissingFigure& m, std::int64_t value,
          const Cited& cited) {
  const Provenance p = provenance_of(cited);
  switch (m.figure) {
    case EstimateFigure::kFilingCut: {
      FilingCut cut;
      cut.ratio_cut = RatioFigure{static_cast<BasisPoints>(value), p};
      version.settings[setting].filing_cuts[m.category] = cut;
      return;
    }
    case EstimateFigure::kDeductible:
      terms_row(version, setting, m).deductible = MoneyFigure{Money::from_fen(value), p};
      return;
    case EstimateFigure::kFundRatio:
      terms_row(version, setting, m).bands = {
          Band{Money(), std::nullopt, static_cast<BasisPoints>(value), p}};
      return;
    case EstimateFigure::kClassBFirstPaid:
      terms_row(version, setting, m).class_b_self_first =
          RatioFigure{static_cast<BasisPoints>(value), p};
      return;
    case EstimateFigure::kAnnualCap:
      return;  // a missing cap stays a warning (estimate.cap_unknown): no cap is applied
  }
}

// The basis for a missing figure, or nullopt when there is none (the figure stays a question).
std::optional<Assumption> find_basis(const MissingFigure& m, const EstimateInput& in, Scheme scheme,
                                     const RangeBasis& basis) {
  Assumption a;
  a.figure = m.figure;
  if (m.figure == EstimateFigure::kFilingCut) {
    // The national rule bounds the cut of every filed temporary category; care nobody filed
    // for is left to the insured place, so only the places medins knows can bound it.
    if (const std::optional<BasisPoints> bound = basis.national.cut_bound(m.category)) {
      a.low = 0;
      a.high = *bound;
      a.basis = AssumptionBasis::kNationalBound;
      a.source = Cited{basis.national.settlement_source, Confidence::kMedium, std::nullopt};
      return a;
    }
    if (const std::optional<KnownRange> r =
            basis.places.filing_cut(scheme, in.setting, m.category)) {
      a.low = r->low;
      a.high = r->high;
      a.places = r->places;
    } else {
      return std::nullopt;
    }
  } else {
    std::optional<KnownRange> r = basis.places.terms_figure(scheme, in.setting, in.level, m.figure);
    if (r) {
      a.low = r->low;
      a.high = r->high;
      a.places = r->places;
    } else if (basis.sources != nullptr) {
      const std::optional<TypicalRange> t = typical_range(m.figure, *basis.sources);
      if (!t) return std::nullopt;
      a.low = t->low;
      a.high = t->high;
      a.basis = AssumptionBasis::kTypical;
      a.source = t->source;
      return a;
    } else {
      return std::nullopt;
    }
  }
  a.basis = AssumptionBasis::kPlacesWeKnow;
  a.source = Cited{local_source(step_text(StepText::kPlacesWeKnowSource,
                                          {{"places", std::to_string(a.places)}})),
                   Confidence::kLow, std::nullopt};
  return a;
}

std::string where_of(const PolicyPlace& place, const std::string& document_pointer) {
  if (place.shape == PolicyPlace::Shape::kShipped) return place.file + "#" + document_pointer;
  return policy_pointer(place, document_pointer);
}

// A figure that has been settled for this request: assumed over a range, or typed by the person.
struct Settled {
  MissingFigure missing;
  std::optional<Assumption> assumption;  // nullopt: the person's own figure
  std::int64_t given = 0;
};

struct Run {
  const Policy& policy;
  std::size_t version_index;
  const PolicyPlace& place;
  const EstimateInput& input;
  const RangeBasis& basis;

  // The estimate with every settled figure written in, assumptions at `values` (in the order of
  // the assumptions among `settled`).
  Result<Estimate> at(const std::vector<Settled>& settled, const std::vector<std::int64_t>& values,
                      std::vector<MissingFigure>* missing) const {
    // Nothing to write in (the usual case): the policy as it is, not a copy of all its terms.
    if (settled.empty()) {
      return estimate(policy, policy.versions[version_index], place, input, basis.words,
                      basis.national, missing);
    }
    Policy work = policy;
    PolicyVersion& version = work.versions[version_index];
    std::size_t next = 0;
    std::vector<ExplanationStep> said;
    for (const Settled& s : settled) {
      const LocalText figure = basis.words.labels(s.missing.figure).in_sentence;
      if (!s.assumption) {
        const Cited yours{local_source(step_text(StepText::kGivenFigureSource)), Confidence::kLow,
                          std::nullopt};
        fill(version, input.setting, s.missing, s.given, yours);
        said.push_back(ExplanationStep{
            "assumption", amount_of(s.missing.figure, s.given),
            step_text(StepText::kGivenFigure,
                      {{"figure", figure}, {"value", value_text(s.missing.figure, s.given)}}),
            yours});
        continue;
      }
      const std::int64_t value = values.at(next++);
      fill(version, input.setting, s.missing, value, s.assumption->source);
      said.push_back(ExplanationStep{
          "assumption", amount_of(s.missing.figure, value),
          step_text(StepText::kAssumption, {{"figure", figure},
                                            {"value", value_text(s.missing.figure, value)},
                                            {"basis", basis_text(*s.assumption)}}),
          s.assumption->source});
    }
    Result<Estimate> e = estimate(work, work.versions[version_index], place, input, basis.words,
                                  basis.national, missing);
    if (!e) return e;
    Estimate out = std::move(e).value();
    // The assumptions are said first: every later step stands on them.
    out.explanation.insert(out.explanation.begin(), said.begin(), said.end());
    return out;
  }
};

}  // namespace

std::optional<TypicalRange> typical_range(EstimateFigure figure, const Bibliography& sources) {
  for (const EmbeddedFile& file : embedded_data_files()) {
    if (file.path != kTypicalFile) continue;
    const json doc = json::parse(file.text.begin(), file.text.end(), nullptr, false);
    if (!doc.is_object() || !doc.contains("figures") || !doc["figures"].is_object()) {
      return std::nullopt;
    }
    const auto it = doc["figures"].find(word_id(figure));
    if (it == doc["figures"].end() || !it->is_object()) return std::nullopt;
    const json& f = *it;
    if (!f.contains("low") || !f.contains("high") || !f["low"].is_number_integer() ||
        !f["high"].is_number_integer() || !f.contains("source") || !f["source"].is_string()) {
      return std::nullopt;
    }
    const BibliographyEntry* entry = sources.find(f["source"].get<std::string>());
    if (entry == nullptr) return std::nullopt;
    std::optional<std::string> title_en;
    if (entry->language != "en") title_en = entry->title_en;
    const std::optional<Confidence> confidence =
        word_from_id<Confidence>(f.value("confidence", "low"));
    return TypicalRange{f["low"].get<std::int64_t>(), f["high"].get<std::int64_t>(),
                        Cited{Source{entry->title(), entry->url, entry->published, title_en},
                              confidence.value_or(Confidence::kLow), std::nullopt}};
  }
  return std::nullopt;
}

Result<RangedEstimate> estimate_range(const Policy& policy, std::size_t version_index,
                                      const PolicyPlace& place, const EstimateInput& input,
                                      const KnownFigures& known, const RangeBasis& basis) {
  const Run run{policy, version_index, place, input, basis};
  std::vector<Settled> settled;
  std::vector<std::int64_t> lows;  // the assumptions at their low ends, while finding them

  // Estimate, settle what it says is missing, again, until nothing new is missing: a missing
  // deductible stops the estimate before it looks at the filing cut, for example.
  Result<Estimate> first = make_error("internal.error", "");
  for (int round = 0; round < kMaxRounds; ++round) {
    std::vector<MissingFigure> missing;
    first = run.at(settled, lows, &missing);
    if (first || missing.empty()) break;
    bool progress = false;
    for (const MissingFigure& m : missing) {
      const bool done = std::any_of(settled.begin(), settled.end(),
                                    [&](const Settled& s) { return s.missing.figure == m.figure; });
      if (done) continue;
      const auto typed = known.find(m.figure);
      if (typed != known.end()) {
        settled.push_back(Settled{m, std::nullopt, typed->second});
        progress = true;
        continue;
      }
      std::optional<Assumption> a = find_basis(m, input, policy.scheme, basis);
      if (!a) continue;  // no basis: it stays a question, as the errors of this round say
      a->where = where_of(place, m.document_pointer);
      settled.push_back(Settled{m, a, 0});
      lows.push_back(a->low);
      progress = true;
    }
    if (!progress) break;
  }
  if (!first) return first.errors();

  RangedEstimate out;
  std::vector<const Assumption*> assumed;
  for (const Settled& s : settled) {
    if (s.assumption) assumed.push_back(&*s.assumption);
  }
  if (assumed.empty()) {
    out.point = std::move(first).value();
    return out;
  }

  // Every corner: bit i of the corner picks assumption i's high end.
  const std::size_t n = assumed.size();
  const std::size_t corners = std::size_t{1} << n;
  std::vector<Estimate> at_corner;
  std::vector<std::vector<std::int64_t>> values_at(corners);
  for (std::size_t c = 0; c < corners; ++c) {
    for (std::size_t i = 0; i < n; ++i) {
      values_at[c].push_back((c >> i) & 1 ? assumed[i]->high : assumed[i]->low);
    }
    Result<Estimate> e = run.at(settled, values_at[c], nullptr);
    if (!e) return e.errors();
    at_corner.push_back(std::move(e).value());
  }
  std::size_t most = 0;
  std::size_t least = 0;
  out.fund = {at_corner[0].fund_pays, at_corner[0].fund_pays};
  out.critical_illness = {at_corner[0].critical_illness_pays, at_corner[0].critical_illness_pays};
  out.person = {at_corner[0].person_pays, at_corner[0].person_pays};
  for (std::size_t c = 1; c < corners; ++c) {
    const Estimate& e = at_corner[c];
    out.fund.min = std::min(out.fund.min, e.fund_pays);
    out.fund.max = std::max(out.fund.max, e.fund_pays);
    out.critical_illness.min = std::min(out.critical_illness.min, e.critical_illness_pays);
    out.critical_illness.max = std::max(out.critical_illness.max, e.critical_illness_pays);
    if (at_corner[most].person_pays < e.person_pays) most = c;
    if (e.person_pays < at_corner[least].person_pays) least = c;
  }
  out.person = {at_corner[least].person_pays, at_corner[most].person_pays};

  // Each figure's share of the range: flip it alone at the corner where the person pays most.
  for (std::size_t i = 0; i < n; ++i) {
    Assumption a = *assumed[i];
    const Money there = at_corner[most].person_pays;
    const Money flipped = at_corner[most ^ (std::size_t{1} << i)].person_pays;
    a.effect = Money::from_fen(there.fen() > flipped.fen() ? there.fen() - flipped.fen()
                                                           : flipped.fen() - there.fen());
    out.assumptions.push_back(std::move(a));
  }
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return out.assumptions[y].effect < out.assumptions[x].effect;
  });
  std::vector<Assumption> sorted;
  for (std::size_t i : order) {
    sorted.push_back(out.assumptions[i]);
    out.person_most_values.push_back(values_at[most][i]);
    out.person_least_values.push_back(values_at[least][i]);
  }
  out.assumptions = std::move(sorted);
  out.person_most = std::move(at_corner[most]);
  out.person_least = std::move(at_corner[least]);
  return out;
}

}  // namespace medins
