#include "policy/policy_json.hpp"

namespace medins {
namespace {

using nlohmann::json;

json date_or_null(const std::optional<Date>& d) {
  return d ? json(d->to_iso()) : json(nullptr);
}

void add_provenance(json& out, const Provenance& p) {
  if (p.source) out["source"] = source_to_json(*p.source);
  if (p.confidence) out["confidence"] = word_id(*p.confidence);
  if (p.notes) out["notes"] = local_text_json(*p.notes);
  if (p.quote) out["quote"] = *p.quote;
}

json money_json(const MoneyFigure& f) {
  if (f.provenance.empty()) return f.value.fen();
  json out = {{"value", f.value.fen()}};
  add_provenance(out, f.provenance);
  return out;
}

json ratio_json(const RatioFigure& f) {
  if (f.provenance.empty()) return f.value;
  json out = {{"value", f.value}};
  add_provenance(out, f.provenance);
  return out;
}

json bands_json(const std::vector<Band>& bands) {
  json out = json::array();
  for (const Band& b : bands) {
    json band = {{"from_fen", b.from.fen()},
                 {"to_fen", b.to ? json(b.to->fen()) : json(nullptr)},
                 {"fund_ratio_bp", b.fund_ratio}};
    add_provenance(band, b.provenance);
    out.push_back(std::move(band));
  }
  return out;
}

json terms_json(const Terms& t) {
  json out = json::object();
  if (t.deductible) out["deductible_fen"] = money_json(*t.deductible);
  if (!t.deductible_by_admission.empty()) {
    json list = json::array();
    for (const MoneyFigure& f : t.deductible_by_admission) list.push_back(money_json(f));
    out["deductible_by_admission_fen"] = std::move(list);
  }
  if (t.annual_deductible_max)
    out["annual_deductible_max_fen"] = money_json(*t.annual_deductible_max);
  if (!t.bands.empty()) out["bands"] = bands_json(t.bands);
  if (t.class_b_self_first) out["class_b_self_first_bp"] = ratio_json(*t.class_b_self_first);
  if (!t.age_steps.empty()) {
    json list = json::array();
    for (const AgeStep& a : t.age_steps) {
      json step = {{"from_age", a.from_age}, {"add_bp", a.add}};
      add_provenance(step, a.provenance);
      list.push_back(std::move(step));
    }
    out["age_steps"] = std::move(list);
  }
  if (t.min_fund_share) out["min_fund_share_bp"] = ratio_json(*t.min_fund_share);
  if (t.spending_ceiling) out["spending_ceiling_fen"] = money_json(*t.spending_ceiling);
  add_provenance(out, t.provenance);
  return out;
}

json levels_json(const LevelTerms& levels) {
  json out = json::object();
  for (const auto& [level, by_employment] : levels) {
    json e = json::object();
    for (const auto& [employment, terms] : by_employment) {
      e[word_id(employment)] = terms_json(terms);
    }
    out[word_id(level)] = std::move(e);
  }
  return out;
}

json setting_json(const SettingTerms& s) {
  json out = json::object();
  if (!s.levels.empty()) out["levels"] = levels_json(s.levels);
  if (s.out_of_province) {
    json o = {{"levels", levels_json(s.out_of_province->levels)}};
    if (!s.out_of_province->applies_to.empty()) {
      json list = json::array();
      for (FilingCategory c : s.out_of_province->applies_to) list.push_back(word_id(c));
      o["applies_to"] = std::move(list);
    }
    add_provenance(o, s.out_of_province->provenance);
    out["out_of_province"] = std::move(o);
  }
  if (!s.filing_cuts.empty()) {
    json cuts = json::object();
    for (const auto& [category, cut] : s.filing_cuts) {
      json c = json::object();
      if (cut.ratio_cut) c["ratio_cut_bp"] = ratio_json(*cut.ratio_cut);
      if (cut.extra_self_first) c["extra_self_first_bp"] = ratio_json(*cut.extra_self_first);
      if (cut.terms_level) c["terms_level"] = word_id(*cut.terms_level);
      add_provenance(c, cut.provenance);
      cuts[word_id(category)] = std::move(c);
    }
    out["filing_cuts"] = std::move(cuts);
  }
  if (s.annual_cap) out["annual_cap_fen"] = money_json(*s.annual_cap);
  if (s.critical_illness) {
    const CriticalIllness& ci = *s.critical_illness;
    json c = json::object();
    if (ci.threshold) c["threshold_fen"] = money_json(*ci.threshold);
    if (!ci.bands.empty()) c["bands"] = bands_json(ci.bands);
    if (ci.bands_from_threshold) c["bands_from"] = "threshold";
    if (ci.cap) c["cap_fen"] = money_json(*ci.cap);
    if (ci.no_cap) c["cap_fen"] = nullptr;
    if (ci.base) {
      c["base"] = *ci.base == LayerBase::kPersonShare ? "person_share" : "above_fund";
    }
    add_provenance(c, ci.provenance);
    out["critical_illness"] = std::move(c);
  }
  add_provenance(out, s.provenance);
  return out;
}

}  // namespace

json source_to_json(const Source& s) {
  json out = {{"title", s.title},
              {"url", s.url ? json(*s.url) : json(nullptr)},
              {"published", date_or_null(s.published)}};
  if (s.title_en) out["title_en"] = *s.title_en;
  return out;
}

json version_to_json(const PolicyVersion& v) {
  json out = {{"effective_from", date_or_null(v.effective_from)},
              {"effective_to", date_or_null(v.effective_to)},
              {"dates_confirmed", v.dates_confirmed},
              {"confidence", word_id(v.confidence)}};
  if (v.source) out["source"] = source_to_json(*v.source);
  if (v.notes) out["notes"] = local_text_json(*v.notes);
  if (v.quote) out["quote"] = *v.quote;
  for (const auto& [setting, terms] : v.settings) out[word_id(setting)] = setting_json(terms);
  return out;
}

json version_summary_json(const PolicyVersion& v) {
  json settings = json::array();
  for (const auto& item : v.settings) settings.push_back(word_id(item.first));
  return {{"effective_from", date_or_null(v.effective_from)},
          {"effective_to", date_or_null(v.effective_to)},
          {"dates_confirmed", v.dates_confirmed},
          {"confidence", word_id(v.confidence)},
          {"settings", std::move(settings)}};
}

json policy_to_json(const Policy& p) {
  json versions = json::array();
  for (const PolicyVersion& v : p.versions) versions.push_back(version_to_json(v));
  json out = {{"format", p.format},
              {"region", p.region},
              {"scheme", word_id(p.scheme)},
              {"name", local_text_json(p.name)},
              {"source", source_to_json(p.source)},
              {"versions", std::move(versions)}};
  if (p.notes) out["notes"] = local_text_json(*p.notes);
  return out;
}

}  // namespace medins
