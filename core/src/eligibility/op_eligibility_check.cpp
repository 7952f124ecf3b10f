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
#include "common/request_reader.hpp"
#include "eligibility/claim_deadline.hpp"
#include "eligibility/eligibility.hpp"
#include "eligibility/eligibility_rules.hpp"
#include "eligibility/personal_account.hpp"
#include "filing/filing_rules.hpp"
#include "region/region_json.hpp"
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

json listed(const json& rules, const json& list, const Visit& visit) {
  json out = json::array();
  for (const json& item : list) {
    if (!for_visit(item, visit)) continue;
    json entry = text_block(rules, item);
    entry["id"] = item.at("id");
    entry["for"] = item.value("for", json::array({"all"}));
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace

Result<nlohmann::json> eligibility_check(const CoreData& data, const nlohmann::json& request) {
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
    if (until_from == "computed") {
      filing_echo["validity"] = expand_bases(
          filing_rules, filing_rules.at("validity").at("temporary").at("end_date_rule"));
    }
  }
  in.designated = institution->designated;
  const Setting setting = setting_of(visit->type, visit->admitted);
  in.networked = institution->networked[static_cast<std::size_t>(setting)];
  in.province_filing_required = in_province_filing_required;

  const EligibilityDecision decision = decide_eligibility(in);

  // ---- The answer.
  json out;
  const json& answers = rules.at("answers");
  out["route"] = decision.route ? json(route_name(*decision.route)) : json();
  out["summary"] = answers.at("routes")
                       .at(decision.route ? route_name(*decision.route) : "undecided")
                       .at("text");
  // How sure the route is: the least sure of its branches (they agree on it when it is set).
  if (decision.route) {
    Confidence least = Confidence::kHigh;
    for (const EligibilityBranch& b : decision.branches) {
      least = std::max(least, route_confidence(rules, b));
    }
    out["confidence"] = word_id(least);
  } else {
    out["confidence"] = json();
  }
  out["relation"] = region_relation_name(in.relation);
  out["insured"] = resolved_region_json(*insured, *insured_code);
  out["treatment"] = resolved_region_json(*treatment, *treatment_code);

  const std::vector<std::string> shared = shared_reasons(decision);
  json reasons = json::array();
  for (const std::string& id : shared) reasons.push_back(reason_json(rules, id));
  out["reasons"] = std::move(reasons);

  json checks = json::array();
  for (EligibilityFact fact : decision.unknown) {
    const std::string name = eligibility_fact_name(fact);
    const json& c = answers.at("checks").at(name);
    std::string path = "/institution/designated";
    if (fact == EligibilityFact::kNetworked)
      path = std::string("/institution/networked/") + network_key(setting);
    if (fact == EligibilityFact::kProvinceFilingRequired) {
      path = "/insured_place_rules/in_province_filing_required";
    }
    json check = text_block(rules, c);
    check["fact"] = name;
    check["path"] = path;
    check["how"] = c.at("how");
    checks.push_back(std::move(check));
  }
  out["checks"] = std::move(checks);
  json branches = json::array();
  bool shows = false;
  bool claims = false;
  for (const EligibilityBranch& b : decision.branches) {
    shows = shows || b.route == Route::kDirectSettlement || b.route == Route::kFileFirst;
    claims = claims || b.route == Route::kManualClaim;
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

  out["show"] = shows ? show_json(rules, *visit, voucher) : json();
  out["fallback"] = shows ? text_block(rules, answers.at("fallback")) : json();
  if (claims) {
    const json& mc = rules.at("manual_claim");
    Result<json> deadline = claim_deadline_json(
        rules, visit->admitted ? visit->discharged_on : std::optional<Date>(visit->starts_on),
        "/visit", *insured->region, claim_rule, *as_of);
    if (!deadline) return std::move(deadline).errors();
    out["manual_claim"] = {{"where", text_block(rules, mc.at("where"))},
                           {"who_submits", text_block(rules, mc.at("who_submits"))},
                           {"checklist", listed(rules, mc.at("checklist"), *visit)},
                           {"deadline", std::move(deadline).value()},
                           {"audits", listed(rules, mc.at("audits"), *visit)},
                           {"keep", listed(rules, mc.at("keep"), *visit)}};
  } else {
    out["manual_claim"] = json();
  }
  // A pharmacy purchase or an outpatient visit: can the personal account pay?
  if (const std::optional<PersonalAccountUse> account =
          personal_account_use(visit->type, scheme, decision)) {
    out["personal_account"] = {{"can_pay", account->can_pay ? json(*account->can_pay) : json()},
                               {"scheme", scheme ? json(word_id(*scheme)) : json()},
                               {"reason", reason_json(rules, account->reason)}};
  } else {
    out["personal_account"] = json();
  }

  json visit_echo = {
      {"type", word_id(visit->type)},
      {"setting", network_key(setting)},
      {"starts_on", visit->starts_on.to_iso()},
      {"discharged_on", visit->discharged_on ? json(visit->discharged_on->to_iso()) : json()},
      {"settled", in.settled},
      {"settled_from", visit->settled ? "request" : "dates"}};
  if (visit->disease) {
    const json* d = find_chronic_disease(rules, *visit->disease);
    json disease = {{"id", *visit->disease}};
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
  out["visit"] = std::move(visit_echo);
  out["filing"] = std::move(filing_echo);
  out["institution"] = {
      {"kind", institution->kind},
      {"designated", institution->designated ? json(*institution->designated) : json()},
      {"networked", in.networked ? json(*in.networked) : json()},
      {"level", institution->level ? json(*institution->level) : json()}};
  out["person"] = std::move(person);
  out["as_of"] = as_of->to_iso();
  out["data"] = {{"folder", "data/eligibility/"}, {"reviewed", rules.at("reasons").at("reviewed")}};
  return out;
}

}  // namespace medins::ops
