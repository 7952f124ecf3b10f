// Op eligibility.check: before or after a visit away from the insured place, which route the
// bill settles by (direct_settlement, manual_claim, not_covered, file_first), every reason as a
// coded, bilingual, cited line, what to show at the counter, and for a manual claim the papers,
// the deadline and the audits that may follow. The decision is eligibility.hpp; the texts and
// sources are data/eligibility/*.json; docs/eligibility.md describes request and answer.
//
//   {person?: {scheme, employment?}, insured_region, treatment_region,
//    filing?: {category, filed_on, valid_until?, area?},
//    visit: {type, disease?, admitted_on? | visit_on?, discharged_on?, settled?},
//    institution: {kind, designated?, networked?: {inpatient?, outpatient?, chronic?}, level?},
//    voucher_activated?, insured_place_rules?: {in_province_filing_required?,
//    claim_deadline?: {months | year_end_plus}}, as_of}
// person.scheme decides whether a pharmacy purchase or outpatient visit can use the personal
// account (personal_account.hpp).
#include <algorithm>

#include "api/ops.hpp"
#include "common/object_text.hpp"
#include "common/request_reader.hpp"
#include "eligibility/claim_deadline.hpp"
#include "eligibility/eligibility.hpp"
#include "eligibility/eligibility_parts.hpp"
#include "eligibility/eligibility_rules.hpp"
#include "eligibility/personal_account.hpp"
#include "filing/filing_rules.hpp"
#include "region/region_json.hpp"
#include "region/region_text.hpp"
#include "vocab/person_read.hpp"
#include "vocab/vocabulary.hpp"

namespace medins::ops {
namespace {

using nlohmann::json;

// Which network flag of the institution a visit needs.
Setting setting_of(VisitType type, bool admitted) {
  if (admitted) return Setting::kInpatient;
  return type == VisitType::kChronicOutpatient ? Setting::kChronicOutpatient : Setting::kOutpatient;
}

struct Visit {
  VisitType type = VisitType::kInpatient;
  bool admitted = false;
  Date starts_on = Date::latest();
  std::optional<Date> discharged_on;
  std::optional<bool> settled;
  std::optional<std::string> disease;  // a data id or "other"
};

struct Filing {
  std::string category;
  Date filed_on = Date::latest();
  std::optional<Date> valid_until;
  std::optional<ResolvedRegion> area;
};

bool outside_mainland(const RegionRow& region) {
  const RegionRow* province = find_region(region.code / 10000 * 10000);
  const RegionNote note = province != nullptr ? province->note : region.note;
  return note == RegionNote::kSar || note == RegionNote::kTaiwan;
}

std::optional<ResolvedRegion> read_place(const std::optional<std::string>& code,
                                         const std::string& path, Errors& errors) {
  if (!code) return std::nullopt;
  Result<ResolvedRegion> r = resolve_region(*code, path);
  if (!r) {
    for (const Error& e : r.errors()) errors.push_back(e);
    return std::nullopt;
  }
  // Hong Kong, Macao and Taiwan are outside the mainland's basic medical insurance.
  if (outside_mainland(*r->region)) {
    errors.push_back(make_error("filing.outside_mainland", path));
    return std::nullopt;
  }
  return r.value();
}

// The route does not depend on who the person is; the scheme says whether there is a personal
// account to pay with (employees only).
std::optional<Scheme> read_eligibility_person(const json* object, Errors& errors, json& echo) {
  if (object == nullptr) return std::nullopt;
  const PersonRead p = read_person(*object, {false, "filing.unknown_employment", false}, errors);
  echo = {{"scheme", p.scheme_text ? json(*p.scheme_text) : json()},
          {"employment", p.employment_text ? json(*p.employment_text) : json()}};
  return p.scheme;
}

std::optional<Visit> read_visit(const json* object, const json& rules, Errors& errors) {
  if (object == nullptr) return std::nullopt;
  const std::size_t before = errors.size();
  RequestReader reader(*object, "/visit", errors);
  const std::optional<std::string> type_name = reader.string("type");
  const std::optional<std::string> disease = reader.string("disease", false);
  const std::optional<Date> admitted_on = reader.date("admitted_on", false);
  const std::optional<Date> visit_on = reader.date("visit_on", false);
  const std::optional<Date> discharged_on = reader.date("discharged_on", false);
  const std::optional<bool> settled = reader.boolean("settled", false);
  reader.reject_unknown_fields();
  if (!type_name) return std::nullopt;
  const std::optional<VisitType> type = word_from_id<VisitType>(*type_name);
  if (!type) {
    errors.push_back(make_error("eligibility.unknown_visit_type", reader.path("type")));
    return std::nullopt;
  }
  // Missing, not merely unreadable (the reader has reported a bad date already).
  auto absent = [&](const char* field) {
    const auto it = object->find(field);
    return it == object->end() || it->is_null();
  };
  auto not_for_visit = [&](const char* field) {
    errors.push_back(make_error("eligibility.field_not_for_visit", reader.path(field)));
  };
  Visit v;
  v.type = *type;
  v.settled = settled;
  // A stay has an admission (and maybe a discharge); every other visit has one day. An
  // emergency is either, as it turned out.
  if (*type == VisitType::kEmergency && admitted_on && visit_on) {
    errors.push_back(make_error("eligibility.visit_dates_conflict", reader.path("visit_on")));
  }
  v.admitted =
      *type == VisitType::kInpatient || (*type == VisitType::kEmergency && !absent("admitted_on"));
  if (v.admitted) {
    if (absent("admitted_on")) {
      errors.push_back(make_error("request.missing_field", reader.path("admitted_on")));
    }
    if (visit_on && *type != VisitType::kEmergency) not_for_visit("visit_on");
    if (admitted_on && discharged_on && *discharged_on < *admitted_on) {
      errors.push_back(make_error("eligibility.dates_reversed", reader.path("discharged_on")));
    }
    if (admitted_on) v.starts_on = *admitted_on;
    v.discharged_on = discharged_on;
  } else {
    if (absent("visit_on") && !(*type == VisitType::kEmergency && !absent("admitted_on"))) {
      errors.push_back(make_error("request.missing_field", reader.path("visit_on")));
    }
    if (admitted_on && *type != VisitType::kEmergency) not_for_visit("admitted_on");
    if (discharged_on) not_for_visit("discharged_on");
    if (visit_on) v.starts_on = *visit_on;
  }
  if (*type == VisitType::kChronicOutpatient) {
    if (absent("disease")) {
      errors.push_back(make_error("request.missing_field", reader.path("disease")));
    } else if (disease && *disease != "other" && find_chronic_disease(rules, *disease) == nullptr) {
      errors.push_back(make_error("eligibility.unknown_disease", reader.path("disease")));
    }
    v.disease = disease;
  } else if (disease) {
    not_for_visit("disease");
  }
  if (errors.size() != before) return std::nullopt;
  return v;
}

std::optional<Filing> read_filing(const json* object, const json& filing_rules, Errors& errors) {
  if (object == nullptr) return std::nullopt;
  const std::size_t before = errors.size();
  RequestReader reader(*object, "/filing", errors);
  const std::optional<std::string> category = reader.string("category");
  const std::optional<Date> filed_on = reader.date("filed_on");
  const std::optional<Date> valid_until = reader.date("valid_until", false);
  const std::optional<std::string> area = reader.string("area", false);
  reader.reject_unknown_fields();
  if (category && find_filing_category(filing_rules, *category) == nullptr) {
    errors.push_back(make_error("filing.unknown_category", reader.path("category")));
  }
  if (filed_on && valid_until && *valid_until < *filed_on) {
    errors.push_back(make_error("eligibility.dates_reversed", reader.path("valid_until")));
  }
  const std::optional<ResolvedRegion> resolved = read_place(area, reader.path("area"), errors);
  if (errors.size() != before || !category || !filed_on) return std::nullopt;
  return Filing{*category, *filed_on, valid_until, resolved};
}

struct Institution {
  std::string kind;
  std::optional<bool> designated;
  std::optional<bool> networked[3];  // by Setting
  std::optional<std::string> level;  // a Level but kAny, echoed as given
};

std::optional<Institution> read_institution(const json* object, Errors& errors) {
  if (object == nullptr) return std::nullopt;
  const std::size_t before = errors.size();
  RequestReader reader(*object, "/institution", errors);
  Institution out;
  const std::optional<std::string> kind = reader.string("kind");
  out.designated = reader.boolean("designated", false);
  if (const json* networked = reader.object("networked", false)) {
    RequestReader n(*networked, reader.path("networked"), errors);
    for (std::size_t s = 0; s < std::size(out.networked); ++s) {
      out.networked[s] = n.boolean(network_key(static_cast<Setting>(s)), false);
    }
    n.reject_unknown_fields();
  }
  out.level = reader.string("level", false);
  reader.reject_unknown_fields();
  if (kind && *kind != "hospital" && *kind != "pharmacy") {
    errors.push_back(make_error("eligibility.unknown_institution_kind", reader.path("kind")));
  }
  // An institution has a level; kAny is a policy's word for not splitting by level.
  const std::optional<Level> level = out.level ? word_from_id<Level>(*out.level) : std::nullopt;
  if (out.level && (!level || *level == Level::kAny)) {
    errors.push_back(make_error("eligibility.unknown_level", reader.path("level")));
  }
  if (errors.size() != before || !kind) return std::nullopt;
  out.kind = *kind;
  return out;
}

std::optional<ClaimRule> read_place_rules(const json* object, std::optional<bool>& in_province,
                                          Errors& errors) {
  if (object == nullptr) return std::nullopt;
  RequestReader reader(*object, "/insured_place_rules", errors);
  in_province = reader.boolean("in_province_filing_required", false);
  const json* deadline = reader.object("claim_deadline", false);
  reader.reject_unknown_fields();
  if (deadline == nullptr) return std::nullopt;
  return read_claim_rule(*deadline, reader.path("claim_deadline"), errors);
}

// ---- The answer ----------------------------------------------------------------------------

// A basis's confidence mark (checked on load, so always a word of the vocabulary).
Confidence confidence_of(const json& basis) {
  return word_from_id<Confidence>(basis.at("confidence").get_ref<const std::string&>())
      .value_or(Confidence::kLow);
}

json reason_json(const json& rules, const std::string& id) {
  const json& r = *find_eligibility_reason(rules, id);
  const Confidence confidence = confidence_of(r.at("basis"));
  return {{"code", "eligibility.reason." + id},
          {"text", r.at("text")},
          {"basis", expand_eligibility_basis(rules, r.at("basis"))},
          {"confidence", word_id(confidence)},
          {"unconfirmed", confidence == Confidence::kLow}};
}

// How sure one branch's route is: the least sure of the reasons that decide it (Confidence runs
// from high to low, so the least sure is the greatest).
Confidence route_confidence(const json& rules, const EligibilityBranch& branch) {
  Confidence least = Confidence::kHigh;
  for (const EligibilityReason& r : branch.reasons) {
    if (!r.decisive) continue;
    least = std::max(least, confidence_of(find_eligibility_reason(rules, r.id)->at("basis")));
  }
  return least;
}

// The reasons every branch gives, in the order of the first: when a fact is unknown, only these
// are the answer's reasons; the others belong to their branch ("if networked: …"), never side by
// side with their opposites.
std::vector<std::string> shared_reasons(const EligibilityDecision& decision) {
  std::vector<std::string> out;
  for (const EligibilityReason& r : decision.branches.front().reasons) {
    bool everywhere = true;
    for (const EligibilityBranch& b : decision.branches) {
      bool has = false;
      for (const EligibilityReason& x : b.reasons) has = has || x.id == r.id;
      everywhere = everywhere && has;
    }
    if (everywhere) out.push_back(r.id);
  }
  return out;
}

// A branch's condition in words, from the answers to its checks: "如果这家机构是医保定点，并且…：".
json branch_condition(const json& answers, const EligibilityBranch& branch) {
  json out = json::object();
  for (const char* language : {"zh-CN", "en"}) {
    std::string given;
    for (std::size_t i = 0; i < branch.given.size(); ++i) {
      const auto& [fact, value] = branch.given[i];
      if (i > 0) given += answers.at("branch").at("and").at(language).get<std::string>();
      given += answers.at("checks")
                   .at(eligibility_fact_name(fact))
                   .at(value ? "yes" : "no")
                   .at(language)
                   .get<std::string>();
    }
    std::string line = answers.at("branch").at("if").at(language);
    const std::string slot = "{given}";
    line.replace(line.find(slot), slot.size(), given);  // the loader checks the slot is there
    out[language] = std::move(line);
  }
  return out;
}

json text_block(const json& rules, const json& block) {
  json out = {{"text", block.at("text")}};
  if (block.contains("basis")) {
    out["basis"] = expand_eligibility_basis(rules, block.at("basis"));
    out["confidence"] = block.at("basis").at("confidence");
  }
  return out;
}

json show_json(const json& rules, const Visit& visit, std::optional<bool> voucher) {
  const json& show = rules.at("answers").at("show");
  json when = json::array();
  std::vector<const char*> moments;
  if (visit.admitted) {
    moments = {"admission", "discharge"};
  } else if (visit.type == VisitType::kPharmacy) {
    moments = {"settlement"};
  } else {
    moments = {"registration", "settlement"};
  }
  for (const char* m : moments) when.push_back({{"id", m}, {"text", show.at("moments").at(m)}});
  json what = json::array();
  auto add = [&](const char* id) {
    json item = text_block(rules, show.at(id));
    item["id"] = id;
    what.push_back(std::move(item));
  };
  if (voucher == true) {
    add("voucher");
  } else if (voucher == false) {
    add("card");
    add("activate_voucher");
  } else {
    add("voucher");
    add("card");
  }
  json keep = text_block(rules, show.at("keep_papers"));
  return {{"when", std::move(when)},
          {"what", std::move(what)},
          {"voucher_activated", voucher ? json(*voucher) : json()},
          {"keep_papers", std::move(keep)}};
}

bool for_visit(const json& item, const Visit& visit) {
  if (!item.contains("for")) return true;
  for (const json& a : item.at("for")) {
    const std::string who = a;
    if (who == "all" || who == "agent") return true;
    if (who == "inpatient" && visit.admitted) return true;
    if (who == "outpatient" && !visit.admitted) return true;
    if (who == "emergency" && visit.type == VisitType::kEmergency) return true;
  }
  return false;
}

json listed_entry(const json& rules, const json& item) {
  json entry = text_block(rules, item);
  entry["id"] = item.at("id");
  entry["for"] = item.value("for", json::array({"all"}));
  return entry;
}

json listed(const json& rules, const json& list, const Visit& visit) {
  json out = json::array();
  for (const json& item : list) {
    if (for_visit(item, visit)) out.push_back(listed_entry(rules, item));
  }
  return out;
}

// What a request decides, before any of the answer is written: both writers below read it.
struct Checked {
  const json* rules = nullptr;
  const json* filing_rules = nullptr;
  json person;
  std::string insured_code;
  std::string treatment_code;
  ResolvedRegion insured;
  ResolvedRegion treatment;
  Visit visit;
  Institution institution;
  std::optional<Scheme> scheme;
  std::optional<bool> voucher;
  std::optional<ClaimRule> claim_rule;
  Date as_of = Date::latest();
  EligibilityInput in;
  Setting setting = Setting::kInpatient;
  // The filing as read, without "validity": the rule for a computed end date, which each writer
  // adds (validity_computed).
  json filing_echo;
  bool validity_computed = false;
  EligibilityDecision decision;
};

Result<Checked> check_request(const CoreData& data, const nlohmann::json& request) {
  const Result<json>& loaded = data.eligibility_rules.get();
  const Result<json>& filing_loaded = data.filing_rules.get();
  const Result<Vocabulary>& words = data.vocabulary.get();
  if (!loaded || !filing_loaded || !words) {
    const Error& first = (!loaded          ? loaded.errors()
                          : !filing_loaded ? filing_loaded.errors()
                                           : words.errors())
                             .front();
    return make_error("internal.error", "", first.zh_cn, first.en);
  }
  const json& rules = loaded.value();
  const json& filing_rules = filing_loaded.value();

  Errors errors;
  RequestReader reader(request, "", errors);
  json person = json();
  const std::optional<Scheme> scheme =
      read_eligibility_person(reader.object("person", false), errors, person);
  const std::optional<std::string> insured_code = reader.string("insured_region");
  const std::optional<std::string> treatment_code = reader.string("treatment_region");
  const std::optional<Filing> filing =
      read_filing(reader.object("filing", false), filing_rules, errors);
  const std::optional<Visit> visit = read_visit(reader.object("visit"), rules, errors);
  const std::optional<Institution> institution =
      read_institution(reader.object("institution"), errors);
  const std::optional<bool> voucher = reader.boolean("voucher_activated", false);
  std::optional<bool> in_province_filing_required;
  const std::optional<ClaimRule> claim_rule = read_place_rules(
      reader.object("insured_place_rules", false), in_province_filing_required, errors);
  const std::optional<Date> as_of = reader.date("as_of");
  reader.reject_unknown_fields();
  const std::optional<ResolvedRegion> insured =
      read_place(insured_code, reader.path("insured_region"), errors);
  const std::optional<ResolvedRegion> treatment =
      read_place(treatment_code, reader.path("treatment_region"), errors);
  if (visit && institution) {
    // A pharmacy purchase happens at a pharmacy; everything else at a hospital or clinic.
    const bool pharmacy_visit = visit->type == VisitType::kPharmacy;
    if (pharmacy_visit != (institution->kind == "pharmacy")) {
      errors.push_back(make_error("eligibility.kind_mismatch", "/institution/kind"));
    }
  }
  if (!errors.empty() || !insured || !treatment || !visit || !institution || !as_of) return errors;

  // ---- Typed inputs for the decision.
  EligibilityInput in;
  in.relation = relate_regions(*insured->region, *treatment->region);
  in.visit = visit->type;
  in.admitted = visit->admitted;
  in.starts_on = visit->starts_on;
  in.discharged_on = visit->discharged_on;
  // Without a word from the person, a bill counts as settled once the stay ended (or the visit
  // day passed) before as_of: on the day itself there may still be time to file.
  const Date last_day =
      visit->admitted ? visit->discharged_on.value_or(Date::latest()) : visit->starts_on;
  in.settled = visit->settled.value_or(last_day < *as_of);
  if (visit->disease) {
    const json* d = find_chronic_disease(rules, *visit->disease);
    in.chronic = d == nullptr                        ? ChronicGroup::kOther
                 : d->at("group") == "national_2021" ? ChronicGroup::kNational2021
                                                     : ChronicGroup::kAdded2024;
  }
  json filing_echo = json();
  if (filing) {
    const json& category = *find_filing_category(filing_rules, filing->category);
    FilingState f;
    f.long_term = category.at("group") == "long_term";
    f.filed_on = filing->filed_on;
    std::string until_from = "request";
    f.valid_until = filing->valid_until;
    if (!f.valid_until && !f.long_term) {
      // The national minimum (data/filing/national.json); the receipt's own date wins.
      const int months = filing_rules.at("validity").at("temporary").at("months");
      Result<Date> end = filing->filed_on.add_months(months, "/filing/filed_on");
      if (!end) return std::move(end).errors();
      f.valid_until = end.value();
      until_from = "computed";
    } else if (!f.valid_until) {
      until_from = "until_changed";
    }
    if (filing->area) {
      const RegionRow& area = *filing->area->region;
      const RegionRelation r = relate_regions(area, *treatment->region);
      f.covers_place = r == RegionRelation::kSameRegion || r == RegionRelation::kSamePrefecture ||
                       (area.level == RegionLevel::kProvince && r == RegionRelation::kInProvince);
    }
    in.filing = f;
    filing_echo = {
        {"category", filing->category},
        {"group", category.at("group")},
        {"name",
         local_text_json(words->labels(*word_from_id<FilingCategory>(filing->category)).label)},
        {"filed_on", filing->filed_on.to_iso()},
        {"valid_until", f.valid_until ? json(f.valid_until->to_iso()) : json()},
        {"valid_until_from", until_from},
        {"covers_treatment_place", f.covers_place ? json(*f.covers_place) : json()}};
  }
  in.designated = institution->designated;
  const Setting setting = setting_of(visit->type, visit->admitted);
  in.networked = institution->networked[static_cast<std::size_t>(setting)];
  in.province_filing_required = in_province_filing_required;

  Checked c;
  c.rules = &rules;
  c.filing_rules = &filing_rules;
  c.person = std::move(person);
  c.insured_code = *insured_code;
  c.treatment_code = *treatment_code;
  c.insured = *insured;
  c.treatment = *treatment;
  c.visit = *visit;
  c.institution = *institution;
  c.scheme = scheme;
  c.voucher = voucher;
  c.claim_rule = claim_rule;
  c.as_of = *as_of;
  c.in = in;
  c.setting = setting;
  c.validity_computed = filing_echo.is_object() && filing_echo.at("valid_until_from") == "computed";
  c.filing_echo = std::move(filing_echo);
  c.decision = decide_eligibility(in);
  return c;
}

json filing_validity_json(const json& filing_rules) {
  return expand_bases(filing_rules,
                      filing_rules.at("validity").at("temporary").at("end_date_rule"));
}

std::string check_path(EligibilityFact fact, Setting setting) {
  if (fact == EligibilityFact::kNetworked) {
    return std::string("/institution/networked/") + network_key(setting);
  }
  if (fact == EligibilityFact::kProvinceFilingRequired) {
    return "/insured_place_rules/in_province_filing_required";
  }
  return "/institution/designated";
}

// Where the answer shows the show-at-the-counter block and the claim papers.
struct Shown {
  bool shows = false;
  bool claims = false;
};

Shown shown(const EligibilityDecision& decision) {
  Shown out;
  for (const EligibilityBranch& b : decision.branches) {
    out.shows = out.shows || b.route == Route::kDirectSettlement || b.route == Route::kFileFirst;
    out.claims = out.claims || b.route == Route::kManualClaim;
  }
  return out;
}

std::optional<Confidence> answer_confidence(const json& rules,
                                            const EligibilityDecision& decision) {
  if (!decision.route) return std::nullopt;
  // How sure the route is: the least sure of its branches (they agree on it when it is set).
  Confidence least = Confidence::kHigh;
  for (const EligibilityBranch& b : decision.branches) {
    least = std::max(least, route_confidence(rules, b));
  }
  return least;
}

json visit_echo_json(const json& rules, const Checked& c) {
  const Visit& visit = c.visit;
  json visit_echo = {
      {"type", word_id(visit.type)},
      {"setting", network_key(c.setting)},
      {"starts_on", visit.starts_on.to_iso()},
      {"discharged_on", visit.discharged_on ? json(visit.discharged_on->to_iso()) : json()},
      {"settled", c.in.settled},
      {"settled_from", visit.settled ? "request" : "dates"}};
  if (visit.disease) {
    const json* d = find_chronic_disease(rules, *visit.disease);
    json disease = {{"id", *visit.disease}};
    if (d != nullptr) {
      const json& group =
          rules.at("chronic_diseases").at("groups").at(d->at("group").get<std::string>());
      disease["name"] = d->at("name");
      disease["group"] = d->at("group");
      disease["group_name"] = group.at("name");
      disease["basis"] = expand_eligibility_basis(rules, group.at("basis"));
      disease["confidence"] = group.at("basis").at("confidence");
      disease["unconfirmed"] = confidence_of(group.at("basis")) == Confidence::kLow;
    } else {
      disease["group"] = "other";
    }
    visit_echo["disease"] = std::move(disease);
  }
  return visit_echo;
}

json institution_echo_json(const Checked& c) {
  const Institution& institution = c.institution;
  return {{"kind", institution.kind},
          {"designated", institution.designated ? json(*institution.designated) : json()},
          {"networked", c.in.networked ? json(*c.in.networked) : json()},
          {"level", institution.level ? json(*institution.level) : json()}};
}

json data_json(const json& rules) {
  return {{"folder", "data/eligibility/"}, {"reviewed", rules.at("reasons").at("reviewed")}};
}

}  // namespace

}  // namespace medins::ops

namespace medins {

EligibilityParts make_eligibility_parts(const nlohmann::json& rules,
                                        const nlohmann::json& filing_rules) {
  using ops::json;
  EligibilityParts parts;
  parts.rules = &rules;
  parts.filing_rules = &filing_rules;
  for (const json& r : rules.at("reasons").at("reasons")) {
    const std::string id = r.at("id");
    parts.reasons.emplace(id, json_text(ops::reason_json(rules, id)));
  }
  const json& answers = rules.at("answers");
  for (const auto& [name, block] : answers.at("checks").items()) {
    ObjectText check = ObjectText::members_of(ops::text_block(rules, block));
    check.set("fact", name);
    check.set("how", block.at("how"));
    parts.checks.emplace(name, std::move(check));
  }
  for (const auto& [route, block] : answers.at("routes").items()) {
    parts.route_summaries.emplace(route, json_text(block.at("text")));
  }
  const json& show = answers.at("show");
  for (const auto& [moment, text] : show.at("moments").items()) {
    parts.show_moments.emplace(moment, json_text({{"id", moment}, {"text", text}}));
  }
  for (const char* id : {"voucher", "card", "activate_voucher"}) {
    json item = ops::text_block(rules, show.at(id));
    item["id"] = id;
    parts.show_what.emplace(id, json_text(item));
  }
  parts.keep_papers = json_text(ops::text_block(rules, show.at("keep_papers")));
  parts.fallback = json_text(ops::text_block(rules, answers.at("fallback")));
  const json& mc = rules.at("manual_claim");
  parts.claim_where = json_text(ops::text_block(rules, mc.at("where")));
  parts.claim_who_submits = json_text(ops::text_block(rules, mc.at("who_submits")));
  auto listed = [&rules](const json& list) {
    std::vector<EligibilityListedText> out;
    for (const json& item : list) out.push_back({&item, json_text(ops::listed_entry(rules, item))});
    return out;
  };
  parts.claim_checklist = listed(mc.at("checklist"));
  parts.claim_audits = listed(mc.at("audits"));
  parts.claim_keep = listed(mc.at("keep"));
  parts.filing_validity = json_text(ops::filing_validity_json(filing_rules));
  parts.data = json_text(ops::data_json(rules));
  return parts;
}

}  // namespace medins

namespace medins::ops {

// The answer as a json tree: what eligibility_check_text writes, kept as the reference its test
// compares with.
Result<nlohmann::json> eligibility_check(const CoreData& data, const nlohmann::json& request) {
  Result<Checked> checked = check_request(data, request);
  if (!checked) return std::move(checked).errors();
  const Checked& c = checked.value();
  const json& rules = *c.rules;
  const EligibilityDecision& decision = c.decision;
  const Visit& visit = c.visit;

  json out;
  const json& answers = rules.at("answers");
  out["route"] = decision.route ? json(route_name(*decision.route)) : json();
  out["summary"] = answers.at("routes")
                       .at(decision.route ? route_name(*decision.route) : "undecided")
                       .at("text");
  const std::optional<Confidence> confidence = answer_confidence(rules, decision);
  out["confidence"] = confidence ? json(word_id(*confidence)) : json();
  out["relation"] = region_relation_name(c.in.relation);
  out["insured"] = resolved_region_json(c.insured, c.insured_code);
  out["treatment"] = resolved_region_json(c.treatment, c.treatment_code);

  const std::vector<std::string> shared = shared_reasons(decision);
  json reasons = json::array();
  for (const std::string& id : shared) reasons.push_back(reason_json(rules, id));
  out["reasons"] = std::move(reasons);

  json checks = json::array();
  for (EligibilityFact fact : decision.unknown) {
    const std::string name = eligibility_fact_name(fact);
    const json& block = answers.at("checks").at(name);
    json check = text_block(rules, block);
    check["fact"] = name;
    check["path"] = check_path(fact, c.setting);
    check["how"] = block.at("how");
    checks.push_back(std::move(check));
  }
  out["checks"] = std::move(checks);
  json branches = json::array();
  for (const EligibilityBranch& b : decision.branches) {
    if (decision.unknown.empty()) continue;
    json given = json::object();
    for (const auto& [fact, value] : b.given) given[eligibility_fact_name(fact)] = value;
    json codes = json::array();
    json own = json::array();
    for (const EligibilityReason& r : b.reasons) {
      codes.push_back("eligibility.reason." + r.id);
      if (std::find(shared.begin(), shared.end(), r.id) == shared.end()) {
        own.push_back(reason_json(rules, r.id));
      }
    }
    branches.push_back({{"given", std::move(given)},
                        {"if", branch_condition(answers, b)},
                        {"route", route_name(b.route)},
                        {"summary", answers.at("routes").at(route_name(b.route)).at("text")},
                        {"confidence", word_id(route_confidence(rules, b))},
                        {"reasons", std::move(codes)},
                        {"own_reasons", std::move(own)}});
  }
  out["branches"] = std::move(branches);

  const Shown show = shown(decision);
  out["show"] = show.shows ? show_json(rules, visit, c.voucher) : json();
  out["fallback"] = show.shows ? text_block(rules, answers.at("fallback")) : json();
  if (show.claims) {
    const json& mc = rules.at("manual_claim");
    Result<json> deadline = claim_deadline_json(
        rules, visit.admitted ? visit.discharged_on : std::optional<Date>(visit.starts_on),
        "/visit", *c.insured.region, c.claim_rule, c.as_of);
    if (!deadline) return std::move(deadline).errors();
    out["manual_claim"] = {{"where", text_block(rules, mc.at("where"))},
                           {"who_submits", text_block(rules, mc.at("who_submits"))},
                           {"checklist", listed(rules, mc.at("checklist"), visit)},
                           {"deadline", std::move(deadline).value()},
                           {"audits", listed(rules, mc.at("audits"), visit)},
                           {"keep", listed(rules, mc.at("keep"), visit)}};
  } else {
    out["manual_claim"] = json();
  }
  // A pharmacy purchase or an outpatient visit: can the personal account pay?
  if (const std::optional<PersonalAccountUse> account =
          personal_account_use(visit.type, c.scheme, decision)) {
    out["personal_account"] = {{"can_pay", account->can_pay ? json(*account->can_pay) : json()},
                               {"scheme", c.scheme ? json(word_id(*c.scheme)) : json()},
                               {"reason", reason_json(rules, account->reason)}};
  } else {
    out["personal_account"] = json();
  }
  out["visit"] = visit_echo_json(rules, c);
  out["filing"] = c.filing_echo;
  if (c.validity_computed) out["filing"]["validity"] = filing_validity_json(*c.filing_rules);
  out["institution"] = institution_echo_json(c);
  out["person"] = c.person;
  out["as_of"] = c.as_of.to_iso();
  out["data"] = data_json(rules);
  return out;
}

namespace {

std::string array_text(const std::vector<const std::string*>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    out += *items[i];
  }
  out += ']';
  return out;
}

// The listed items that apply to the visit, from their texts written once.
std::string listed_text(const std::vector<EligibilityListedText>& list, const Visit& visit) {
  std::vector<const std::string*> items;
  for (const EligibilityListedText& item : list) {
    if (for_visit(*item.item, visit)) items.push_back(&item.text);
  }
  return array_text(items);
}

std::string show_text(const EligibilityParts& parts, const Visit& visit,
                      std::optional<bool> voucher) {
  std::vector<const std::string*> when;
  if (visit.admitted) {
    when = {&parts.show_moments.at("admission"), &parts.show_moments.at("discharge")};
  } else if (visit.type == VisitType::kPharmacy) {
    when = {&parts.show_moments.at("settlement")};
  } else {
    when = {&parts.show_moments.at("registration"), &parts.show_moments.at("settlement")};
  }
  std::vector<const std::string*> what;
  if (voucher == true) {
    what = {&parts.show_what.at("voucher")};
  } else if (voucher == false) {
    what = {&parts.show_what.at("card"), &parts.show_what.at("activate_voucher")};
  } else {
    what = {&parts.show_what.at("voucher"), &parts.show_what.at("card")};
  }
  ObjectText out;
  out.set_text("when", array_text(when));
  out.set_text("what", array_text(what));
  out.set("voucher_activated", voucher ? json(*voucher) : json());
  out.set_held("keep_papers", parts.keep_papers);
  return out.text();
}

}  // namespace

// The same answer written as text: the rules' texts with their sources come from the Engine's
// EligibilityParts, serialised once; only what the request decides is dumped per request.
Errors eligibility_check_text(const CoreData& data, const nlohmann::json& request,
                              std::string& text) {
  Result<Checked> checked = check_request(data, request);
  if (!checked) return std::move(checked).errors();
  const Checked& c = checked.value();
  const json& rules = *c.rules;
  // Parts written from other rules than the ones read (a CoreData changed by hand) are written
  // afresh; a broken parts loader falls back the same way.
  const Result<EligibilityParts>& held = data.eligibility_parts.get();
  std::optional<EligibilityParts> fresh;
  if (!held || held->rules != c.rules || held->filing_rules != c.filing_rules) {
    fresh = make_eligibility_parts(*c.rules, *c.filing_rules);
  }
  const EligibilityParts& parts = fresh ? *fresh : held.value();
  const EligibilityDecision& decision = c.decision;
  const Visit& visit = c.visit;

  ObjectText out;
  const json& answers = rules.at("answers");
  out.set("route", decision.route ? json(route_name(*decision.route)) : json());
  out.set_held("summary", parts.route_summaries.at(decision.route ? route_name(*decision.route)
                                                                  : "undecided"));
  const std::optional<Confidence> confidence = answer_confidence(rules, decision);
  out.set("confidence", confidence ? json(word_id(*confidence)) : json());
  out.set("relation", region_relation_name(c.in.relation));
  std::string insured;
  append_resolved_region_text(insured, c.insured, c.insured_code);
  out.set_text("insured", std::move(insured));
  std::string treatment;
  append_resolved_region_text(treatment, c.treatment, c.treatment_code);
  out.set_text("treatment", std::move(treatment));

  const std::vector<std::string> shared = shared_reasons(decision);
  std::vector<const std::string*> reasons;
  for (const std::string& id : shared) reasons.push_back(&parts.reasons.at(id));
  out.set_text("reasons", array_text(reasons));

  std::vector<std::string> checks;
  for (EligibilityFact fact : decision.unknown) {
    ObjectText check = parts.checks.at(eligibility_fact_name(fact));
    check.set("path", check_path(fact, c.setting));
    checks.push_back(check.text());
  }
  std::vector<const std::string*> check_items;
  for (const std::string& t : checks) check_items.push_back(&t);
  out.set_text("checks", array_text(check_items));

  std::vector<std::string> branches;
  for (const EligibilityBranch& b : decision.branches) {
    if (decision.unknown.empty()) continue;
    json given = json::object();
    for (const auto& [fact, value] : b.given) given[eligibility_fact_name(fact)] = value;
    json codes = json::array();
    std::vector<const std::string*> own;
    for (const EligibilityReason& r : b.reasons) {
      codes.push_back("eligibility.reason." + r.id);
      if (std::find(shared.begin(), shared.end(), r.id) == shared.end()) {
        own.push_back(&parts.reasons.at(r.id));
      }
    }
    ObjectText branch;
    branch.set("given", given);
    branch.set("if", branch_condition(answers, b));
    branch.set("route", route_name(b.route));
    branch.set_held("summary", parts.route_summaries.at(route_name(b.route)));
    branch.set("confidence", word_id(route_confidence(rules, b)));
    branch.set("reasons", codes);
    branch.set_text("own_reasons", array_text(own));
    branches.push_back(branch.text());
  }
  std::vector<const std::string*> branch_items;
  for (const std::string& t : branches) branch_items.push_back(&t);
  out.set_text("branches", array_text(branch_items));

  const Shown show = shown(decision);
  out.set_text("show", show.shows ? show_text(parts, visit, c.voucher) : "null");
  out.set_text("fallback", show.shows ? parts.fallback : "null");
  if (show.claims) {
    Result<json> deadline = claim_deadline_json(
        rules, visit.admitted ? visit.discharged_on : std::optional<Date>(visit.starts_on),
        "/visit", *c.insured.region, c.claim_rule, c.as_of);
    if (!deadline) return std::move(deadline).errors();
    ObjectText claim;
    claim.set_held("where", parts.claim_where);
    claim.set_held("who_submits", parts.claim_who_submits);
    claim.set_text("checklist", listed_text(parts.claim_checklist, visit));
    claim.set("deadline", deadline.value());
    claim.set_text("audits", listed_text(parts.claim_audits, visit));
    claim.set_text("keep", listed_text(parts.claim_keep, visit));
    out.set_text("manual_claim", claim.text());
  } else {
    out.set_text("manual_claim", "null");
  }
  if (const std::optional<PersonalAccountUse> account =
          personal_account_use(visit.type, c.scheme, decision)) {
    ObjectText use;
    use.set("can_pay", account->can_pay ? json(*account->can_pay) : json());
    use.set("scheme", c.scheme ? json(word_id(*c.scheme)) : json());
    use.set_held("reason", parts.reasons.at(account->reason));
    out.set_text("personal_account", use.text());
  } else {
    out.set_text("personal_account", "null");
  }
  out.set("visit", visit_echo_json(rules, c));
  if (c.validity_computed) {
    ObjectText filing = ObjectText::members_of(c.filing_echo);
    filing.set_held("validity", parts.filing_validity);
    out.set_text("filing", filing.text());
  } else {
    out.set("filing", c.filing_echo);
  }
  out.set("institution", institution_echo_json(c));
  out.set("person", c.person);
  out.set("as_of", c.as_of.to_iso());
  out.set_held("data", parts.data);
  out.append_to(text);
  return {};
}

}  // namespace medins::ops
