// The policy validator: walks a document once, builds the model and collects every problem with
// a pointer into the document. Checks that need two values (bands in a row, versions in a row)
// run only on values that parsed, so one typo gives one error, not a cascade.
#include "policy/policy_parse.hpp"

#include "common/json_pointer.hpp"
#include "common/sources.hpp"
#include "policy/policy_reader.hpp"

namespace medins {
namespace {

using nlohmann::json;
using policy_detail::expect_array;
using policy_detail::expect_object;
using policy_detail::PolicyReader;

// The confidence and source a block inherits, to check that a figure without a public source
// is never marked better than "low".
struct Inherited {
  Confidence confidence = Confidence::kLow;
  bool has_url = true;
};

// GB/T 2260 province-level codes (the first two digits of every division code).
constexpr int kProvinces[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                              43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};

bool region_code_ok(std::string_view code) {
  if (code.size() != 6) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  const int province = (code[0] - '0') * 10 + (code[1] - '0');
  for (int p : kProvinces) {
    if (p == province) return true;
  }
  return false;
}

class Parser {
 public:
  Parser(Errors& errors, const Bibliography* bibliography)
      : errors_(errors), bibliography_(bibliography) {}

  std::optional<Policy> policy(const json& doc, const std::string& base);

 private:
  std::optional<LocalText> local_text(const json& value, const std::string& path);
  std::optional<Source> source(const json& value, const std::string& path);
  Provenance provenance(PolicyReader& r, Inherited parent, Inherited& out);
  std::optional<MoneyFigure> money_figure(PolicyReader& r, const char* name, Inherited parent);
  std::optional<RatioFigure> ratio_figure(PolicyReader& r, const char* name, Inherited parent);
  std::vector<Band> bands(PolicyReader& r, const char* name, Inherited parent);
  std::vector<AgeStep> age_steps(PolicyReader& r, Inherited parent);
  std::optional<Terms> terms(const json& value, const std::string& path, Inherited parent);
  LevelTerms level_terms(PolicyReader& r, const char* name, bool required, Inherited parent);
  // The reader of an optional object member of r: nullopt when it is absent or not an object
  // (then with policy.wrong_type).
  std::optional<PolicyReader> section(PolicyReader& r, const char* name);
  std::optional<OutOfProvince> out_of_province(PolicyReader& r, Inherited parent);
  std::map<FilingCategory, FilingCut> filing_cuts(PolicyReader& r, Inherited parent);
  std::optional<CriticalIllness> critical_illness(PolicyReader& r, Inherited parent);
  std::optional<SettingTerms> setting(const json& value, const std::string& path, Inherited parent);
  std::optional<PolicyVersion> version(const json& value, const std::string& path, Inherited parent,
                                       std::optional<Date>& from, std::optional<Date>& to,
                                       bool& dates_ok);
  void check_version_order(const std::vector<std::optional<Date>>& from,
                           const std::vector<std::optional<Date>>& to,
                           const std::vector<bool>& dates_ok, const std::string& base);

  template <typename F>
  std::optional<Figure<F>> figure(PolicyReader& r, const char* name, Inherited parent,
                                  std::optional<F> (*read)(const json&, const std::string&,
                                                           Errors&));

  Errors& errors_;
  const Bibliography* bibliography_;  // nullptr: no id resolves
  std::optional<Scheme> scheme_;
};

std::optional<LocalText> Parser::local_text(const json& value, const std::string& path) {
  if (!expect_object(value, path, errors_)) return std::nullopt;
  PolicyReader r(value, path, errors_);
  std::optional<std::string> zh, en;
  if (const json* v = r.field("zh-CN", true))
    zh = policy_detail::string_value(*v, r.path("zh-CN"), errors_);
  if (const json* v = r.field("en", true))
    en = policy_detail::string_value(*v, r.path("en"), errors_);
  r.reject_unknown_fields();
  if (!zh || !en) return std::nullopt;
  return LocalText{*zh, *en};
}

// A source is an id of data/sources.json (docs/sources.md) or, for a policy written where the
// bibliography is not at hand (a portal's own, a person's), an inline {title, url, published}.
std::optional<Source> Parser::source(const json& value, const std::string& path) {
  if (value.is_string()) {
    const std::string& id = value.get_ref<const std::string&>();
    const BibliographyEntry* entry = bibliography_ ? bibliography_->find(id) : nullptr;
    if (entry == nullptr) {
      errors_.push_back(
          make_error("policy.unknown_source", path, "（" + id + "）", "(" + id + ")"));
      return std::nullopt;
    }
    std::optional<std::string> title_en;
    if (entry->language != "en") title_en = entry->title_en;
    return Source{entry->title(), entry->url, entry->published, title_en};
  }
  if (!expect_object(value, path, errors_)) return std::nullopt;
  PolicyReader r(value, path, errors_);
  // Every way a field can be wrong adds an error; unknown fields do not keep the source from use.
  const std::size_t before = errors_.size();
  Source s;
  if (const json* v = r.field("title", true)) {
    if (const auto title = policy_detail::string_value(*v, r.path("title"), errors_)) {
      if (title->empty()) errors_.push_back(make_error("policy.missing_field", r.path("title")));
      s.title = *title;
    }
  }
  const json* url = nullptr;
  if (r.nullable("url", url) && url != nullptr) {
    const auto text = policy_detail::string_value(*url, r.path("url"), errors_);
    if (text && (text->rfind("https://", 0) == 0 || text->rfind("http://", 0) == 0) &&
        text->size() > 8) {
      s.url = *text;
    } else if (text) {
      errors_.push_back(make_error("policy.bad_url", r.path("url")));
    }
  }
  if (const json* v = r.field("title_en", false)) {
    if (const auto title = policy_detail::string_value(*v, r.path("title_en"), errors_)) {
      if (!title->empty()) s.title_en = *title;
    }
  }
  const json* published = nullptr;
  if (r.nullable("published", published) && published != nullptr) {
    s.published = policy_detail::date_value(*published, r.path("published"), errors_);
  }
  const bool ok = errors_.size() == before;
  r.reject_unknown_fields();
  if (!ok) return std::nullopt;
  return s;
}

Provenance Parser::provenance(PolicyReader& r, Inherited parent, Inherited& out) {
  Provenance p;
  out = parent;
  if (const json* v = r.field("source", false)) {
    p.source = source(*v, r.path("source"));
    if (p.source) out.has_url = p.source->url.has_value();
  }
  if (const json* v = r.field("confidence", false)) {
    if (const auto text = policy_detail::string_value(*v, r.path("confidence"), errors_)) {
      p.confidence = word_from_id<Confidence>(*text);
      if (p.confidence) {
        out.confidence = *p.confidence;
      } else {
        errors_.push_back(make_error("policy.bad_confidence", r.path("confidence")));
      }
    }
  }
  if (const json* v = r.field("notes", false)) p.notes = local_text(*v, r.path("notes"));
  if (const json* v = r.field("quote", false)) {
    if (auto text = policy_detail::string_value(*v, r.path("quote"), errors_)) {
      if (text->empty()) {
        errors_.push_back(make_error("policy.empty", r.path("quote")));
      } else {
        p.quote = std::move(*text);
      }
    }
  }
  // Only where this block changes its provenance, so one unsourced block gives one error.
  if ((p.source || p.confidence) && !out.has_url && out.confidence != Confidence::kLow) {
    errors_.push_back(make_error("policy.unsourced_not_low",
                                 p.confidence ? r.path("confidence") : r.path("source")));
  }
  return p;
}

template <typename F>
std::optional<Figure<F>> Parser::figure(PolicyReader& r, const char* name, Inherited parent,
                                        std::optional<F> (*read)(const json&, const std::string&,
                                                                 Errors&)) {
  const json* v = r.field(name, false);
  if (v == nullptr) return std::nullopt;
  const std::string path = r.path(name);
  // Either a bare number or {"value": n, "source": ..., "confidence": ..., "notes": ...}.
  if (!v->is_object()) {
    std::optional<F> value = read(*v, path, errors_);
    if (!value) return std::nullopt;
    return Figure<F>{*value, {}};
  }
  PolicyReader fr(*v, path, errors_);
  std::optional<F> value;
  if (const json* inner = fr.field("value", true)) value = read(*inner, fr.path("value"), errors_);
  Inherited mine;
  Provenance p = provenance(fr, parent, mine);
  fr.reject_unknown_fields();
  if (!value) return std::nullopt;
  return Figure<F>{*value, std::move(p)};
}

std::optional<MoneyFigure> Parser::money_figure(PolicyReader& r, const char* name,
                                                Inherited parent) {
  return figure<Money>(r, name, parent, policy_detail::money_value);
}

std::optional<RatioFigure> Parser::ratio_figure(PolicyReader& r, const char* name,
                                                Inherited parent) {
  return figure<BasisPoints>(r, name, parent, policy_detail::ratio_value);
}

std::vector<Band> Parser::bands(PolicyReader& r, const char* name, Inherited parent) {
  std::vector<Band> out;
  const json* list = r.field(name, false);
  const std::string path = r.path(name);
  if (list == nullptr || !expect_array(*list, path, errors_)) return out;
  if (list->empty()) {
    errors_.push_back(make_error("policy.empty", path));
    return out;
  }
  // Parsed ends of each band (nullopt: did not parse), and whether `to` was an explicit null.
  struct Ends {
    std::optional<Money> from;
    std::optional<Money> to;
    bool open = false;
    bool to_ok = false;
  };
  std::vector<Ends> ends(list->size());
  bool all_ok = true;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string bp = pointer_join(path, i);
    if (!expect_object((*list)[i], bp, errors_)) {
      all_ok = false;
      continue;
    }
    PolicyReader br((*list)[i], bp, errors_);
    Band band;
    std::optional<BasisPoints> ratio;
    if (const json* v = br.field("from_fen", true)) {
      ends[i].from = policy_detail::money_value(*v, br.path("from_fen"), errors_);
    }
    const json* to = nullptr;
    if (br.nullable("to_fen", to)) {
      if (to == nullptr) {
        ends[i].open = ends[i].to_ok = true;
      } else {
        ends[i].to = policy_detail::money_value(*to, br.path("to_fen"), errors_);
        ends[i].to_ok = ends[i].to.has_value();
      }
    }
    if (const json* v = br.field("fund_ratio_bp", true)) {
      ratio = policy_detail::ratio_value(*v, br.path("fund_ratio_bp"), errors_);
    }
    Inherited mine;
    band.provenance = provenance(br, parent, mine);
    br.reject_unknown_fields();
    if (!ends[i].from || !ends[i].to_ok || !ratio) {
      all_ok = false;
      continue;
    }
    band.from = *ends[i].from;
    band.to = ends[i].to;
    band.fund_ratio = *ratio;
    out.push_back(std::move(band));
  }

  // Shape: from 0, each band non-empty, each starting where the previous ended, the last open.
  const auto at = [&](std::size_t i, const char* key) {
    return pointer_join(pointer_join(path, i), key);
  };
  if (ends[0].from && *ends[0].from != Money::from_fen(0)) {
    errors_.push_back(make_error("policy.bands_gap", at(0, "from_fen")));
  }
  for (std::size_t i = 0; i < ends.size(); ++i) {
    const Ends& e = ends[i];
    if (e.from && e.to && *e.to <= *e.from) {
      errors_.push_back(make_error("policy.bands_not_increasing", at(i, "to_fen")));
    }
    if (i == 0) continue;
    const Ends& prev = ends[i - 1];
    if (prev.open) {
      errors_.push_back(make_error("policy.bands_open_before_last", at(i - 1, "to_fen")));
    } else if (e.from && prev.from && *e.from < *prev.from) {
      errors_.push_back(make_error("policy.bands_not_increasing", at(i, "from_fen")));
    } else if (e.from && prev.to && *e.from > *prev.to) {
      errors_.push_back(make_error("policy.bands_gap", at(i, "from_fen")));
    } else if (e.from && prev.to && *e.from < *prev.to) {
      errors_.push_back(make_error("policy.bands_overlap", at(i, "from_fen")));
    }
  }
  if (ends.back().to) {
    errors_.push_back(make_error("policy.bands_last_closed", at(ends.size() - 1, "to_fen")));
  }
  if (!all_ok) out.clear();
  return out;
}

// [{from_age, add_bp}] in increasing age: each a whole number of years, 0..150.
std::vector<AgeStep> Parser::age_steps(PolicyReader& r, Inherited parent) {
  std::vector<AgeStep> out;
  const json* list = r.field("age_steps", false);
  const std::string path = r.path("age_steps");
  if (list == nullptr || !expect_array(*list, path, errors_)) return out;
  if (list->empty()) errors_.push_back(make_error("policy.empty", path));
  bool all_ok = true;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string sp = pointer_join(path, i);
    if (!expect_object((*list)[i], sp, errors_)) {
      all_ok = false;
      continue;
    }
    PolicyReader sr((*list)[i], sp, errors_);
    AgeStep step;
    std::optional<int> age;
    if (const json* v = sr.field("from_age", true)) {
      if (!v->is_number_integer()) {
        policy_detail::wrong_type(errors_, sr.path("from_age"), "这里应是整数岁数。",
                                  "A whole number of years is expected here.");
      } else if (v->get<std::int64_t>() < 0 || v->get<std::int64_t>() > kMaxAge) {
        errors_.push_back(make_error("policy.age_out_of_range", sr.path("from_age")));
      } else {
        age = static_cast<int>(v->get<std::int64_t>());
      }
    }
    std::optional<BasisPoints> add;
    if (const json* v = sr.field("add_bp", true)) {
      add = policy_detail::ratio_value(*v, sr.path("add_bp"), errors_);
    }
    Inherited mine;
    step.provenance = provenance(sr, parent, mine);
    sr.reject_unknown_fields();
    if (!age || !add) {
      all_ok = false;
      continue;
    }
    if (!out.empty() && *age <= out.back().from_age) {
      errors_.push_back(make_error("policy.age_steps_not_increasing", sr.path("from_age")));
      all_ok = false;
    }
    step.from_age = *age;
    step.add = *add;
    out.push_back(std::move(step));
  }
  if (!all_ok) out.clear();
  return out;
}

std::optional<Terms> Parser::terms(const json& value, const std::string& path, Inherited parent) {
  if (!expect_object(value, path, errors_)) return std::nullopt;
  PolicyReader r(value, path, errors_);
  Terms t;
  Inherited mine;
  t.provenance = provenance(r, parent, mine);
  t.deductible = money_figure(r, "deductible_fen", mine);
  if (const json* list = r.field("deductible_by_admission_fen", false)) {
    const std::string lp = r.path("deductible_by_admission_fen");
    if (expect_array(*list, lp, errors_)) {
      if (list->empty()) errors_.push_back(make_error("policy.empty", lp));
      for (std::size_t i = 0; i < list->size(); ++i) {
        if (auto fen = policy_detail::money_value((*list)[i], pointer_join(lp, i), errors_)) {
          t.deductible_by_admission.push_back(MoneyFigure{*fen, {}});
        }
      }
    }
    if (t.deductible) {
      errors_.push_back(make_error("policy.conflicting_fields", lp));
    }
  }
  t.annual_deductible_max = money_figure(r, "annual_deductible_max_fen", mine);
  t.bands = bands(r, "bands", mine);
  t.class_b_self_first = ratio_figure(r, "class_b_self_first_bp", mine);
  t.age_steps = age_steps(r, mine);
  t.min_fund_share = ratio_figure(r, "min_fund_share_bp", mine);
  t.spending_ceiling = money_figure(r, "spending_ceiling_fen", mine);
  r.reject_unknown_fields();
  bool has_figure = false;
  for (const char* key :
       {"deductible_fen", "deductible_by_admission_fen", "annual_deductible_max_fen", "bands",
        "class_b_self_first_bp", "age_steps", "min_fund_share_bp", "spending_ceiling_fen"}) {
    has_figure = has_figure || value.contains(key);
  }
  if (!has_figure) errors_.push_back(make_error("policy.empty", path));
  return t;
}

LevelTerms Parser::level_terms(PolicyReader& r, const char* name, bool required, Inherited parent) {
  LevelTerms out;
  const json* levels = r.field(name, required);
  const std::string path = r.path(name);
  if (levels == nullptr || !expect_object(*levels, path, errors_)) return out;
  if (levels->empty()) errors_.push_back(make_error("policy.empty", path));
  for (const auto& level_item : levels->items()) {
    const std::string lp = pointer_join(path, level_item.key());
    const std::optional<Level> level = word_from_id<Level>(level_item.key());
    if (!level) {
      errors_.push_back(make_error("policy.unknown_level", lp));
      continue;
    }
    const json& by_employment = level_item.value();
    if (!expect_object(by_employment, lp, errors_)) continue;
    if (by_employment.empty()) errors_.push_back(make_error("policy.empty", lp));
    EmploymentTerms& target = out[*level];
    for (const auto& item : by_employment.items()) {
      const std::string ep = pointer_join(lp, item.key());
      const std::optional<Employment> employment = word_from_id<Employment>(item.key());
      if (!employment) {
        errors_.push_back(make_error("policy.unknown_employment", ep));
        continue;
      }
      if (*employment != Employment::kAll && scheme_ == Scheme::kResident) {
        errors_.push_back(make_error("policy.unknown_employment", ep,
                                     "城乡居民医保不分在职和退休，请用 all。",
                                     "The resident scheme has no working/retired split; use all."));
        continue;
      }
      if (*employment == Employment::kAll && by_employment.size() > 1) {
        errors_.push_back(make_error("policy.conflicting_fields", ep));
      }
      if (std::optional<Terms> t = terms(item.value(), ep, parent)) target[*employment] = *t;
    }
  }
  return out;
}

std::optional<PolicyReader> Parser::section(PolicyReader& r, const char* name) {
  const json* v = r.field(name, false);
  const std::string path = r.path(name);
  if (v == nullptr || !expect_object(*v, path, errors_)) return std::nullopt;
  return PolicyReader(*v, path, errors_);
}

std::optional<OutOfProvince> Parser::out_of_province(PolicyReader& r, Inherited parent) {
  std::optional<PolicyReader> o = section(r, "out_of_province");
  if (!o) return std::nullopt;
  OutOfProvince out;
  Inherited mine;
  out.provenance = provenance(*o, parent, mine);
  if (const json* list = o->field("applies_to", false)) {
    const std::string ap = o->path("applies_to");
    if (expect_array(*list, ap, errors_)) {
      if (list->empty()) errors_.push_back(make_error("policy.empty", ap));
      for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string ip = pointer_join(ap, i);
        if (const auto name = policy_detail::string_value((*list)[i], ip, errors_)) {
          if (const auto category = word_from_id<FilingCategory>(*name)) {
            out.applies_to.push_back(*category);
          } else {
            errors_.push_back(make_error("policy.unknown_filing_category", ip));
          }
        }
      }
    }
  }
  out.levels = level_terms(*o, "levels", true, mine);
  o->reject_unknown_fields();
  return out;
}

std::map<FilingCategory, FilingCut> Parser::filing_cuts(PolicyReader& r, Inherited parent) {
  std::map<FilingCategory, FilingCut> out;
  const json* v = r.field("filing_cuts", false);
  const std::string path = r.path("filing_cuts");
  if (v == nullptr || !expect_object(*v, path, errors_)) return out;
  if (v->empty()) errors_.push_back(make_error("policy.empty", path));
  for (const auto& item : v->items()) {
    const std::string cp = pointer_join(path, item.key());
    const std::optional<FilingCategory> category = word_from_id<FilingCategory>(item.key());
    if (!category) {
      errors_.push_back(make_error("policy.unknown_filing_category", cp));
      continue;
    }
    if (!expect_object(item.value(), cp, errors_)) continue;
    PolicyReader c(item.value(), cp, errors_);
    FilingCut cut;
    Inherited mine;
    cut.provenance = provenance(c, parent, mine);
    cut.ratio_cut = ratio_figure(c, "ratio_cut_bp", mine);
    cut.extra_self_first = ratio_figure(c, "extra_self_first_bp", mine);
    if (const json* lv = c.field("terms_level", false)) {
      if (const auto name = policy_detail::string_value(*lv, c.path("terms_level"), errors_)) {
        cut.terms_level = word_from_id<Level>(*name);
        if (!cut.terms_level) {
          errors_.push_back(make_error("policy.unknown_level", c.path("terms_level")));
        }
      }
    }
    c.reject_unknown_fields();
    if (!item.value().contains("ratio_cut_bp") && !item.value().contains("extra_self_first_bp") &&
        !item.value().contains("terms_level")) {
      errors_.push_back(make_error("policy.empty", cp));
    }
    out[*category] = std::move(cut);
  }
  return out;
}

std::optional<CriticalIllness> Parser::critical_illness(PolicyReader& r, Inherited parent) {
  std::optional<PolicyReader> c = section(r, "critical_illness");
  if (!c) return std::nullopt;
  CriticalIllness out;
  Inherited mine;
  out.provenance = provenance(*c, parent, mine);
  out.threshold = money_figure(*c, "threshold_fen", mine);
  out.bands = bands(*c, "bands", mine);
  out.cap = money_figure(*c, "cap_fen", mine);
  const json& v = c->whole();
  // null says the source states there is no cap; absent says nobody knows it.
  out.no_cap = v.contains("cap_fen") && v["cap_fen"].is_null();
  if (const json* f = c->field("bands_from", false)) {
    if (const auto word = policy_detail::string_value(*f, c->path("bands_from"), errors_)) {
      if (*word == "threshold") {
        out.bands_from_threshold = true;
      } else if (*word != "zero") {
        errors_.push_back(make_error("policy.unknown_bands_from", c->path("bands_from")));
      }
    }
  }
  if (const json* b = c->field("base", false)) {
    if (const auto word = policy_detail::string_value(*b, c->path("base"), errors_)) {
      if (*word == "person_share") {
        out.base = LayerBase::kPersonShare;
      } else if (*word == "above_fund") {
        out.base = LayerBase::kAboveFund;
      } else {
        errors_.push_back(make_error("policy.unknown_layer_base", c->path("base")));
      }
    }
  }
  c->reject_unknown_fields();
  if (!v.contains("threshold_fen") && !v.contains("bands") && !v.contains("cap_fen")) {
    errors_.push_back(make_error("policy.empty", c->base()));
  }
  return out;
}

std::optional<SettingTerms> Parser::setting(const json& value, const std::string& path,
                                            Inherited parent) {
  if (!expect_object(value, path, errors_)) return std::nullopt;
  PolicyReader r(value, path, errors_);
  SettingTerms s;
  Inherited mine;
  s.provenance = provenance(r, parent, mine);
  // Either table may stand alone: a source may give only the out-of-province row.
  s.levels = level_terms(r, "levels", !value.contains("out_of_province"), mine);
  s.out_of_province = out_of_province(r, mine);
  s.filing_cuts = filing_cuts(r, mine);
  s.annual_cap = money_figure(r, "annual_cap_fen", mine);
  s.critical_illness = critical_illness(r, mine);
  r.reject_unknown_fields();
  return s;
}

std::optional<PolicyVersion> Parser::version(const json& value, const std::string& path,
                                             Inherited parent, std::optional<Date>& from,
                                             std::optional<Date>& to, bool& dates_ok) {
  dates_ok = false;
  if (!expect_object(value, path, errors_)) return std::nullopt;
  PolicyReader r(value, path, errors_);
  PolicyVersion v;
  const std::size_t errors_before = errors_.size();

  const json* from_json = nullptr;
  const json* to_json = nullptr;
  const bool has_from = r.nullable("effective_from", from_json);
  const bool has_to = r.nullable("effective_to", to_json);
  bool from_ok = has_from, to_ok = has_to;
  if (from_json != nullptr) {
    from = policy_detail::date_value(*from_json, r.path("effective_from"), errors_);
    from_ok = from.has_value();
  }
  if (to_json != nullptr) {
    to = policy_detail::date_value(*to_json, r.path("effective_to"), errors_);
    to_ok = to.has_value();
  }
  dates_ok = from_ok && to_ok;
  if (from && to && *to < *from) {
    errors_.push_back(make_error("policy.dates_reversed", r.path("effective_to")));
    dates_ok = false;
  }
  v.effective_from = from;
  v.effective_to = to;

  if (const json* c = r.field("dates_confirmed", true)) {
    if (c->is_boolean()) {
      v.dates_confirmed = c->get<bool>();
      if (v.dates_confirmed && has_from && from_json == nullptr) {
        errors_.push_back(make_error("policy.unknown_date_confirmed", r.path("dates_confirmed")));
      }
    } else {
      policy_detail::wrong_type(errors_, r.path("dates_confirmed"), "这里应是 true 或 false。",
                                "true or false is expected here.");
    }
  }
  // Confidence is required on every version: it is what the page shows next to each figure.
  r.field("confidence", true);
  Inherited mine;
  Provenance p = provenance(r, parent, mine);
  v.source = p.source;
  v.notes = p.notes;
  v.quote = p.quote;
  if (p.confidence) v.confidence = *p.confidence;

  bool any_setting = false;
  for (Setting s : {Setting::kInpatient, Setting::kOutpatient, Setting::kChronicOutpatient}) {
    const char* name = word_id(s);
    if (const json* sv = r.field(name, false)) {
      any_setting = true;
      if (auto terms = setting(*sv, r.path(name), mine)) v.settings[s] = std::move(*terms);
    }
  }
  if (!any_setting) errors_.push_back(make_error("policy.empty", path));
  r.reject_unknown_fields();
  if (errors_.size() != errors_before) return std::nullopt;
  return v;
}

void Parser::check_version_order(const std::vector<std::optional<Date>>& from,
                                 const std::vector<std::optional<Date>>& to,
                                 const std::vector<bool>& dates_ok, const std::string& base) {
  for (std::size_t i = 1; i < from.size(); ++i) {
    if (!dates_ok[i] || !dates_ok[i - 1]) continue;
    const std::string at =
        pointer_join(pointer_join(pointer_join(base, "versions"), i), "effective_from");
    // Only the first version may have an unknown start: a later one would overlap it or come
    // before it, and nobody could tell which.
    if (!from[i] || (from[i - 1] && *from[i] < *from[i - 1])) {
      errors_.push_back(make_error("policy.versions_out_of_order", at));
    } else if (!to[i - 1] || *from[i] <= *to[i - 1]) {
      errors_.push_back(make_error("policy.overlapping_versions", at));
    }
  }
}

std::optional<Policy> Parser::policy(const json& doc, const std::string& base) {
  if (!expect_object(doc, base, errors_)) return std::nullopt;
  PolicyReader r(doc, base, errors_);
  Policy p;
  const std::size_t errors_before = errors_.size();

  if (const json* f = r.field("format", true)) {
    if (!f->is_number_integer() || *f != kPolicyFormat) {
      errors_.push_back(make_error("policy.unsupported_format", r.path("format")));
    }
  }
  if (const json* v = r.field("region", true)) {
    if (auto code = policy_detail::string_value(*v, r.path("region"), errors_)) {
      if (region_code_ok(*code)) {
        p.region = *code;
      } else {
        errors_.push_back(make_error("policy.bad_region", r.path("region")));
      }
    }
  }
  if (const json* v = r.field("scheme", true)) {
    if (auto name = policy_detail::string_value(*v, r.path("scheme"), errors_)) {
      scheme_ = word_from_id<Scheme>(*name);
      if (scheme_) {
        p.scheme = *scheme_;
      } else {
        errors_.push_back(make_error("policy.unknown_scheme", r.path("scheme")));
      }
    }
  }
  if (const json* v = r.field("name", true)) {
    if (auto name = local_text(*v, r.path("name"))) p.name = *name;
  }
  Inherited file_level;
  r.field("source", false);  // marked known; a missing one has its own code
  const auto source_it = doc.find("source");
  if (source_it == doc.end() || source_it->is_null()) {
    errors_.push_back(make_error("policy.missing_source", r.path("source")));
  } else if (auto s = source(*source_it, r.path("source"))) {
    p.source = *s;
    file_level.has_url = s->url.has_value();
  }
  if (const json* v = r.field("notes", false)) p.notes = local_text(*v, r.path("notes"));

  if (const json* list = r.field("versions", true)) {
    const std::string vp = r.path("versions");
    if (expect_array(*list, vp, errors_)) {
      if (list->empty()) errors_.push_back(make_error("policy.empty", vp));
      std::vector<std::optional<Date>> from(list->size()), to(list->size());
      std::vector<bool> dates_ok(list->size());
      for (std::size_t i = 0; i < list->size(); ++i) {
        bool ok = false;
        if (auto v = version((*list)[i], pointer_join(vp, i), file_level, from[i], to[i], ok)) {
          p.versions.push_back(std::move(*v));
        }
        dates_ok[i] = ok;
      }
      check_version_order(from, to, dates_ok, base);
    }
  }
  r.reject_unknown_fields();
  if (errors_.size() != errors_before) return std::nullopt;
  return p;
}

}  // namespace

bool policy_region_code_ok(std::string_view code) {
  return region_code_ok(code);
}

Result<Policy> parse_policy(const nlohmann::json& document, const std::string& base,
                            const Bibliography* bibliography) {
  Errors errors;
  Parser parser(errors, bibliography);
  std::optional<Policy> policy = parser.policy(document, base);
  if (!errors.empty() || !policy) return errors;
  return std::move(*policy);
}

Result<Policy> load_policy_file(std::string_view path, std::string_view text,
                                const Bibliography* bibliography) {
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    const std::string at = std::to_string(e.byte);
    return make_error("policy.malformed_json", "", "出错位置：第" + at + "字节。",
                      "The error is at byte " + at + ".");
  } catch (const json::out_of_range&) {
    // A number beyond double's range (1e400) throws out_of_range, not parse_error; it must not
    // escape the core's API.
    return make_error("policy.malformed_json", "", "其中有数字超出了可表示的范围。",
                      "A number in it is too large to represent.");
  }
  Result<Policy> policy = parse_policy(doc, "", bibliography);
  if (!policy) return policy;
  const std::string expected =
      "policies/" + policy->region + "/" + word_id(policy->scheme) + ".json";
  if (path != expected) {
    return make_error("policy.file_mismatch", "/region", "（应位于 " + expected + "）",
                      "(expected at " + expected + ")");
  }
  return policy;
}

}  // namespace medins
