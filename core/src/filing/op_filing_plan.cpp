// Op filing.plan: from the person, the two places, the reason (or the facts that decide it) and
// the dates, everything needed to file (异地就医备案): the category, materials, channels with
// steps, validity with its end date, what happens without a filing, retroactive filing and
// admissions spanning expiry. Every rule comes from data/filing/national.json with its sources
// and confidence (docs/filing.md).
//
//   {person: {scheme, employment}, insured_region, destination,
//    reason | facts: {household_registration_moved, has_residence_permit,
//                     living_there_since | days_living_there, will_sign_undertaking,
//                     posted_by_employer, referred_by_hospital, emergency},
//    start_date, as_of}
#include <algorithm>

#include "api/ops.hpp"
#include "common/object_text.hpp"
#include "filing/filing_application.hpp"
#include "filing/filing_plan_parts.hpp"
#include "filing/filing_rules.hpp"
#include "region/region_json.hpp"
#include "region/region_text.hpp"
#include "vocab/person_read.hpp"

namespace medins::ops {
namespace {

using nlohmann::json;

// Input checks against typos, not policy: a lifetime of days is the most anyone can have lived
// anywhere, and a move planned more than a year ahead is not the filing at hand.
constexpr std::int64_t kMaxDaysLivingThere = 54750;
constexpr std::int64_t kMaxDaysUntilMoving = 365;

struct Person {
  Scheme scheme = Scheme::kEmployee;
  Employment employment = Employment::kWorking;  // working or retired
};

std::optional<Person> read_filing_person(const json* object, Errors& errors) {
  if (object == nullptr) return std::nullopt;
  const PersonRead p = read_person(*object, {true, "filing.unknown_employment", false}, errors);
  if (!p.complete) return std::nullopt;
  return Person{*p.scheme, *p.employment};
}

// The facts a person answered; a question not answered counts as "no" (docs/filing.md). The
// time living there comes as a count of days or as the day it began (counted to as_of, and
// checked against typos: a start more than a year ahead or beyond a lifetime back).
std::optional<FilingFacts> read_facts(const json* object, const std::optional<Date>& as_of,
                                      Errors& errors) {
  if (object == nullptr) return std::nullopt;
  const std::size_t before = errors.size();
  RequestReader reader(*object, "/facts", errors);
  FilingFacts facts;
  for (const char* name :
       {"household_registration_moved", "has_residence_permit", "will_sign_undertaking",
        "posted_by_employer", "referred_by_hospital", "emergency"}) {
    facts[name] = reader.boolean(name, false).value_or(false) ? 1 : 0;
  }
  // A lifetime of days is the most anyone can have lived anywhere.
  const std::optional<std::int64_t> days =
      reader.integer("days_living_there", 0, kMaxDaysLivingThere, false);
  const std::optional<Date> since = reader.date("living_there_since", false);
  reader.reject_unknown_fields();
  if (since && object->contains("days_living_there")) {
    errors.push_back(make_error("filing.living_since_and_days", "/facts/days_living_there"));
  } else if (since && as_of) {
    const std::int64_t lived = Date::days_between(*since, *as_of);
    if (-lived > kMaxDaysUntilMoving) {
      errors.push_back(make_error("filing.living_since_too_late", "/facts/living_there_since"));
    } else if (lived > kMaxDaysLivingThere) {
      errors.push_back(make_error("filing.living_since_too_early", "/facts/living_there_since"));
    }
    facts["days_living_there"] = std::max<std::int64_t>(0, lived);
  } else {
    facts["days_living_there"] = days.value_or(0);
  }
  if (errors.size() != before) return std::nullopt;
  return facts;
}

bool present(const json& request, const char* name) {
  const auto it = request.find(name);
  return it != request.end() && !it->is_null();
}

// The employment status a category is only for ("requires", checked on load), if any.
std::optional<Employment> required_employment(const json& category) {
  const auto it = category.find("requires");
  if (it == category.end()) return std::nullopt;
  return word_from_id<Employment>(it->at("employment").get_ref<const std::string&>());
}

bool fits(const json& category, const Person& person) {
  const std::optional<Employment> required = required_employment(category);
  return !required || *required == person.employment;
}

// What a request decides, before any of the answer is written: both writers below read it.
struct Plan {
  const json* rules = nullptr;
  const Vocabulary* words = nullptr;
  Person person;
  FilingPlaces places;
  std::string insured;
  std::string destination;
  const json* category = nullptr;
  json decision;
  Date start = Date::latest();
  Date as_of = Date::latest();
  std::optional<Date> ends_on;  // temporary filings only
};

Result<Plan> decide_plan(const CoreData& data, const nlohmann::json& request) {
  Errors errors;
  RequestReader reader(request, "", errors);
  const std::optional<Person> person = read_filing_person(reader.object("person"), errors);
  const std::optional<std::string> insured = reader.string("insured_region");
  const std::optional<std::string> destination = reader.string("destination");
  const std::optional<std::string> reason = reader.string("reason", false);
  const json* facts_object = reader.object("facts", false);
  const std::optional<Date> start = reader.date("start_date");
  const std::optional<Date> as_of = reader.date("as_of");
  const std::optional<FilingFacts> given_facts = read_facts(facts_object, as_of, errors);
  reader.reject_unknown_fields();

  // The reason is said in one of two ways, never both: they could disagree.
  if (present(request, "reason") && present(request, "facts")) {
    errors.push_back(make_error("filing.reason_and_facts", "/facts"));
  } else if (!present(request, "reason") && !present(request, "facts")) {
    errors.push_back(make_error("filing.missing_reason", "/reason"));
  }
  const Result<json>& loaded = data.filing_rules.get();
  const Result<Vocabulary>& words = data.vocabulary.get();
  if (!loaded || !words) {
    const Error& first = (!loaded ? loaded.errors() : words.errors()).front();
    return make_error("internal.error", "", first.zh_cn, first.en);
  }
  const json& rules = loaded.value();
  const json* chosen = nullptr;
  if (reason) {
    chosen = find_filing_category(rules, *reason);
    if (chosen == nullptr) {
      errors.push_back(make_error("filing.unknown_category", "/reason"));
    } else if (person && !fits(*chosen, *person)) {
      const bool retired = required_employment(*chosen) == Employment::kRetired;
      errors.push_back(make_error(
          "filing.category_not_for_person", "/reason",
          retired ? "（只适用于已退休人员）" : "（只适用于在职人员）",
          retired ? "(It is only for retired people.)" : "(It is only for working people.)"));
    }
  }
  const std::optional<FilingPlaces> places =
      check_filing_places(insured, "/insured_region", destination, "/destination", errors);
  if (start && as_of) check_filing_start(*start, *as_of, "/start_date", errors);
  if (!errors.empty() || !person || !places || !start || !as_of) return errors;

  // Decide: the first category, in the data's order, whose condition holds. Long-term
  // categories come first: they keep the home ratio and do not expire.
  json decision;
  if (chosen != nullptr) {
    decision = {{"by", "reason"}};
  } else {
    FilingFacts facts = *given_facts;
    // The person's employment status is a yes/no fact named by its word.
    for (Employment e : {Employment::kRetired, Employment::kWorking}) {
      facts[word_id(e)] = person->employment == e ? 1 : 0;
    }
    // The categories tried before the chosen one, each with what did not hold and what would
    // change it: the answer's "why" names the rules it checked, not just "none applies".
    json checked = json::array();
    for (const json& c : rules.at("categories")) {
      if (!fits(c, *person)) continue;
      if (filing_condition_holds(c.at("decide_when"), facts)) {
        chosen = &c;
        break;
      }
      const std::string cid = c.at("id");
      checked.push_back(
          {{"id", cid},
           {"name", local_text_json(words->labels(*word_from_id<FilingCategory>(cid)).label)},
           {"join", c.at("decide_when").contains("all") ? "and" : "or"},
           {"unmet", explain_unmet(rules, c, facts)}});
    }
    json used = json::object();
    for (const auto& [name, value] : facts) {
      if (name == "days_living_there") {
        used[name] = value;
      } else {
        used[name] = value != 0;
      }
    }
    decision = {{"by", "facts"}, {"facts", std::move(used)}, {"checked", std::move(checked)}};
  }
  decision["rule"] = chosen->at("decision_rule");
  Plan plan;
  plan.rules = &rules;
  plan.words = &words.value();
  plan.person = *person;
  plan.places = *places;
  plan.insured = *insured;
  plan.destination = *destination;
  plan.category = chosen;  // the last category always holds (checked with the data)
  plan.decision = std::move(decision);
  plan.start = *start;
  plan.as_of = *as_of;
  if (chosen->at("group") == "temporary") {
    const int months = rules.at("validity").at("temporary").at("months");
    Result<Date> end = start->add_months(months, "/start_date");
    if (!end) return std::move(end).errors();
    plan.ends_on = end.value();
  }
  return plan;
}

json person_json(const Person& person) {
  return {{"scheme", word_id(person.scheme)}, {"employment", word_id(person.employment)}};
}

const char* filing_needed(const Plan& plan) {
  if (plan.places.relation != RegionRelation::kCrossProvince) return "check_with_province";
  return plan.category->contains("treated_as_filed") ? "treated_as_filed" : "yes";
}

std::string resolved_region_text(const ResolvedRegion& resolved, std::string_view requested) {
  std::string out;
  append_resolved_region_text(out, resolved, requested);
  return out;
}

// Which area the filing covers: the destination's province or its city, as the insured place's
// system decides; both are named so the page can show the choice.
void add_coverage_places(ObjectText& coverage, const Plan& plan) {
  const RegionRow& dest = *plan.places.destination.region;
  coverage.set("unit", "province_or_city");
  coverage.set("decided", false);
  std::string province;
  append_region_text(province, *find_region(dest.code / 10000 * 10000), nullptr);
  coverage.set_text("province", std::move(province));
  std::string city = "null";
  if (const RegionRow* row = region_city(dest)) {
    city.clear();
    append_region_text(city, *row, nullptr);
  }
  coverage.set_text("city", std::move(city));
}

void add_dates(ObjectText& validity, const Plan& plan) {
  validity.set("starts_on", plan.start.to_iso());
  if (plan.ends_on) validity.set("ends_on", plan.ends_on->to_iso());
}

}  // namespace

// The answer as a json tree: what filing_plan_text writes, kept as the reference its test
// compares with.
Result<nlohmann::json> filing_plan(const CoreData& data, const nlohmann::json& request) {
  Result<Plan> decided = decide_plan(data, request);
  if (!decided) return std::move(decided).errors();
  const Plan& plan = decided.value();
  const json& rules = *plan.rules;
  const json& category = *plan.category;
  const std::string group = category.at("group");

  json out;
  out["person"] = person_json(plan.person);
  out["insured"] = resolved_region_json(plan.places.insured, plan.insured);
  out["destination"] = resolved_region_json(plan.places.destination, plan.destination);
  out["relation"] = region_relation_name(plan.places.relation);
  out["category"] = filing_category_json(rules, category, *plan.words);
  out["decision"] = plan.decision;
  out["filing_needed"] = filing_needed(plan);
  if (plan.places.relation != RegionRelation::kCrossProvince) {
    out["in_province"] = expand_bases(rules, rules.at("in_province"));
  }
  if (category.contains("treated_as_filed")) {
    out["treated_as_filed"] = expand_bases(rules, category.at("treated_as_filed"));
  }
  const RegionRow& dest = *plan.places.destination.region;
  json coverage = expand_bases(rules, rules.at("coverage"));
  coverage["unit"] = "province_or_city";
  coverage["decided"] = false;
  coverage["province"] = region_json(*find_region(dest.code / 10000 * 10000));
  const RegionRow* city = region_city(dest);
  coverage["city"] = city != nullptr ? region_json(*city) : json();
  out["coverage"] = std::move(coverage);
  out["materials"] = filing_materials_json(rules, category);
  out["channels"] = expand_bases(rules, rules.at("channels"));
  json validity = expand_bases(rules, rules.at("validity").at(group));
  validity["starts_on"] = plan.start.to_iso();
  if (plan.ends_on) validity["ends_on"] = plan.ends_on->to_iso();
  if (group != "temporary") {
    out["two_way_benefits"] = expand_bases(rules, rules.at("long_term_two_way"));
  }
  out["validity"] = std::move(validity);
  out["settlement_ratio"] = expand_bases(rules, category.at("ratio"));
  if (category.contains("notes")) out["notes"] = expand_bases(rules, category.at("notes"));
  out["without_filing"] = expand_bases(rules, rules.at("without_filing"));
  out["retroactive"] = expand_bases(rules, rules.at("retroactive"));
  out["admission_spanning_expiry"] = expand_bases(rules, rules.at("admission_spanning_expiry"));
  out["start_date"] = plan.start.to_iso();
  out["as_of"] = plan.as_of.to_iso();
  out["starts_before_as_of"] = plan.start < plan.as_of;
  out["data"] = {{"file", std::string(kFilingRulesFile)}, {"reviewed", rules.at("reviewed")}};
  return out;
}

// The same answer written as text: the fixed parts come from the Engine's FilingPlanParts,
// serialised once, and only what the request decides is dumped per request.
Errors filing_plan_text(const CoreData& data, const nlohmann::json& request, std::string& text) {
  Result<Plan> decided = decide_plan(data, request);
  if (!decided) return std::move(decided).errors();
  const Plan& plan = decided.value();
  // Parts written from other rules than the ones read (a CoreData changed by hand) are written
  // afresh; a broken parts loader falls back the same way.
  const Result<FilingPlanParts>& held = data.filing_plan_parts.get();
  std::optional<FilingPlanParts> fresh;
  if (!held || held->rules != plan.rules || held->words != plan.words) {
    fresh = make_filing_plan_parts(*plan.rules, *plan.words);
  }
  const FilingPlanParts& parts = fresh ? *fresh : held.value();
  const FilingCategoryText& category =
      parts.categories.at(plan.category->at("id").get_ref<const std::string&>());
  const std::string& group = plan.category->at("group").get_ref<const std::string&>();

  ObjectText out;
  out.set("person", person_json(plan.person));
  out.set_text("insured", resolved_region_text(plan.places.insured, plan.insured));
  out.set_text("destination", resolved_region_text(plan.places.destination, plan.destination));
  out.set("relation", region_relation_name(plan.places.relation));
  out.set_held("category", category.category);
  out.set("decision", plan.decision);
  out.set("filing_needed", filing_needed(plan));
  if (plan.places.relation != RegionRelation::kCrossProvince) {
    out.set_held("in_province", parts.in_province);
  }
  if (category.treated_as_filed) out.set_held("treated_as_filed", *category.treated_as_filed);
  ObjectText coverage = parts.coverage;
  add_coverage_places(coverage, plan);
  out.set_text("coverage", coverage.text());
  out.set_held("materials", category.materials);
  out.set_held("channels", parts.channels);
  ObjectText validity = parts.validity.at(group);
  add_dates(validity, plan);
  if (group != "temporary") out.set_held("two_way_benefits", parts.two_way_benefits);
  out.set_text("validity", validity.text());
  out.set_held("settlement_ratio", category.settlement_ratio);
  if (category.notes) out.set_held("notes", *category.notes);
  out.set_held("without_filing", parts.without_filing);
  out.set_held("retroactive", parts.retroactive);
  out.set_held("admission_spanning_expiry", parts.admission_spanning_expiry);
  out.set("start_date", plan.start.to_iso());
  out.set("as_of", plan.as_of.to_iso());
  out.set("starts_before_as_of", plan.start < plan.as_of);
  out.set_held("data", parts.data);
  out.append_to(text);
  return {};
}

}  // namespace medins::ops
