// filing.plan: the category a person would be told at the agency window, from what they say
// about themselves; the validity dates they would count on a calendar; the errors that stop a
// plan; and the shipped rules, each with a source and a confidence.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "filing/filing_rules.hpp"
#include "medins/handle.hpp"

namespace medins {
namespace {

using nlohmann::json;

json plan(json request) {
  if (!request.contains("as_of")) request["as_of"] = "2026-11-25";
  if (!request.contains("start_date")) request["start_date"] = "2026-12-01";
  return json::parse(handle("filing.plan", request.dump()));
}

json person(const char* scheme, const char* employment) {
  return {{"scheme", scheme}, {"employment", employment}};
}

std::string category_of(const json& response) {
  EXPECT_TRUE(response.at("ok").get<bool>()) << response.dump();
  return response.value("/result/category/id"_json_pointer, std::string());
}

std::string first_error(const json& response) {
  EXPECT_FALSE(response.at("ok").get<bool>()) << response.dump();
  if (!response.contains("errors")) return "";
  return response["errors"][0]["code"].get<std::string>() + " at " +
         response["errors"][0]["path"].get<std::string>();
}

// 北京 朝阳 insured, going to 三亚 (another province).
json beijing_to_sanya(json facts, const char* employment = "working") {
  return {{"person", person("employee", employment)},
          {"insured_region", "110105"},
          {"destination", "460200"},
          {"facts", std::move(facts)}};
}

TEST(FilingPlan, RetireeWhoMovedHouseholdRegistrationIsResettled) {
  const json r = plan(beijing_to_sanya({{"household_registration_moved", true}}, "retired"));
  EXPECT_EQ(category_of(r), "resettled_retiree");
  EXPECT_EQ(r["result"]["category"]["group"], "long_term");
  EXPECT_EQ(r["result"]["category"]["name"]["zh-CN"], "异地安置退休人员");
  EXPECT_EQ(r["result"]["decision"]["by"], "facts");
  EXPECT_EQ(r["result"]["filing_needed"], "yes");
  EXPECT_EQ(r["result"]["relation"], "cross_province");
}

TEST(FilingPlan, WorkerWhoMovedHouseholdRegistrationIsALongTermResident) {
  // Resettlement is for retirees only; a working person registered there lives there.
  EXPECT_EQ(category_of(plan(beijing_to_sanya({{"household_registration_moved", true}}))),
            "long_term_resident");
}

TEST(FilingPlan, LivingThere180DaysOrAResidencePermitMakesALongTermResident) {
  EXPECT_EQ(category_of(plan(beijing_to_sanya({{"days_living_there", 180}}, "retired"))),
            "long_term_resident");
  EXPECT_EQ(category_of(plan(beijing_to_sanya({{"has_residence_permit", true}}))),
            "long_term_resident");
  // 179 days is not yet long-term: a winter in Sanya is temporary.
  EXPECT_EQ(category_of(plan(beijing_to_sanya({{"days_living_there", 179}}, "retired"))),
            "other_temporary");
}

TEST(FilingPlan, WorkerPostedByTheEmployerIsAPostedWorker) {
  const json r = plan(beijing_to_sanya({{"posted_by_employer", true}}));
  EXPECT_EQ(category_of(r), "posted_worker");
  // The posted worker's status ends when the employer stops paying contributions.
  EXPECT_EQ(r["result"]["notes"][0]["id"], "posted_worker_ends");
  // A retiree cannot be posted: the fact does not apply and the plan falls through.
  EXPECT_EQ(category_of(plan(beijing_to_sanya({{"posted_by_employer", true}}, "retired"))),
            "other_temporary");
}

TEST(FilingPlan, HospitalReferralIsAReferral) {
  const json r = plan(beijing_to_sanya({{"referred_by_hospital", true}}));
  EXPECT_EQ(category_of(r), "referral");
  EXPECT_EQ(r["result"]["settlement_ratio"]["max_cut_points"], 10);
  EXPECT_EQ(r["result"]["materials"][1]["id"], "referral_certificate");
}

TEST(FilingPlan, EmergencyCountsAsFiled) {
  const json r = plan(beijing_to_sanya({{"emergency", true}}));
  EXPECT_EQ(category_of(r), "emergency");
  EXPECT_EQ(r["result"]["filing_needed"], "treated_as_filed");
  EXPECT_EQ(r["result"]["treated_as_filed"]["basis"]["confidence"], "medium");
  // Nothing to bring in advance; some places ask for an emergency certificate later.
  ASSERT_EQ(r["result"]["materials"].size(), 1u);
  EXPECT_EQ(r["result"]["materials"][0]["when"], "at_settlement");
  EXPECT_EQ(r["result"]["materials"][0]["required"], "some_places");
}

TEST(FilingPlan, NoneOfTheFactsIsOtherTemporaryWithTheLargestCut) {
  const json r = plan(beijing_to_sanya(json::object()));
  EXPECT_EQ(category_of(r), "other_temporary");
  EXPECT_EQ(r["result"]["settlement_ratio"]["max_cut_points"], 20);
}

TEST(FilingPlan, LongTermIsPreferredOverATemporaryReason) {
  // Someone who lives there and is also referred files long-term: no ratio cut, no expiry.
  EXPECT_EQ(category_of(plan(beijing_to_sanya(
                {{"has_residence_permit", true}, {"referred_by_hospital", true}}))),
            "long_term_resident");
}

// The Beijing-to-Sanya request with a filing reason given directly instead of facts.
json with_reason(const char* reason) {
  json request = beijing_to_sanya(json::object());
  request.erase("facts");
  request["reason"] = reason;
  return request;
}

TEST(FilingPlan, AReasonGivenDirectlyIsUsed) {
  json request = with_reason("referral");
  const json r = plan(request);
  EXPECT_EQ(category_of(r), "referral");
  EXPECT_EQ(r["result"]["decision"]["by"], "reason");
}

TEST(FilingPlan, MaterialsOfferTheUndertakingInsteadOfAProof) {
  const json r = plan(beijing_to_sanya({{"has_residence_permit", true}}));
  const json& materials = r["result"]["materials"];
  ASSERT_EQ(materials.size(), 2u);
  EXPECT_EQ(materials[0]["id"], "identity");
  EXPECT_EQ(materials[0]["alternatives"][0]["id"], "social_security_card");
  EXPECT_EQ(materials[1]["id"], "residence_proof");
  EXPECT_EQ(materials[1]["alternatives"][0]["id"], "commitment_letter");
  EXPECT_EQ(materials[1]["alternatives"][0]["name"]["zh-CN"], "个人承诺书");
}

TEST(FilingPlan, ChannelsAreTheFiveNationalOnesAndProvincialApps) {
  const json r = plan(beijing_to_sanya(json::object()));
  std::vector<std::string> ids;
  for (const json& c : r["result"]["channels"]) {
    ids.push_back(c["id"]);
    EXPECT_FALSE(c["steps"].empty());
    EXPECT_EQ(c["steps_basis"]["confidence"], "low") << "the steps are generic";
  }
  EXPECT_EQ(ids,
            (std::vector<std::string>{"nhsa_app", "national_mini_program", "state_council_client",
                                      "agency_window", "phone", "provincial_app"}));
}

// Temporary validity: start + 6 months, a day past the month's end clamped to its last day.
std::string ends_on(const char* start, const char* as_of) {
  const json r = plan({{"person", person("employee", "working")},
                       {"insured_region", "110105"},
                       {"destination", "460200"},
                       {"reason", "other_temporary"},
                       {"start_date", start},
                       {"as_of", as_of}});
  EXPECT_TRUE(r["ok"].get<bool>()) << r.dump();
  return r.value("/result/validity/ends_on"_json_pointer, std::string());
}

TEST(FilingPlan, TemporaryValidityCountsSixCalendarMonths) {
  EXPECT_EQ(ends_on("2024-01-31", "2024-01-20"), "2024-07-31");
  EXPECT_EQ(ends_on("2023-08-31", "2023-08-01"), "2024-02-29");  // into a leap February
  EXPECT_EQ(ends_on("2024-08-31", "2024-08-01"), "2025-02-28");  // into a common February
  EXPECT_EQ(ends_on("2024-02-29", "2024-02-01"), "2024-08-29");
  EXPECT_EQ(ends_on("2026-12-01", "2026-11-25"), "2027-06-01");
}

TEST(FilingPlan, TemporaryValidityIsAMinimumWithItsBasis) {
  const json r = plan(beijing_to_sanya(json::object()));
  const json& v = r["result"]["validity"];
  EXPECT_EQ(v["kind"], "months");
  EXPECT_EQ(v["months"], 6);
  EXPECT_EQ(v["minimum"], true);
  EXPECT_EQ(v["basis"]["confidence"], "high");
  EXPECT_EQ(v["end_date_rule"]["basis"]["confidence"], "low");
}

TEST(FilingPlan, LongTermValidityLastsUntilChangedWithASixMonthChangeLimit) {
  const json r = plan(beijing_to_sanya({{"has_residence_permit", true}}));
  const json& v = r["result"]["validity"];
  EXPECT_EQ(v["kind"], "until_changed");
  EXPECT_FALSE(v.contains("ends_on"));
  EXPECT_EQ(v["change_limit"]["max_months"], 6);
  EXPECT_EQ(v["change_limit"]["basis"]["confidence"], "medium");
  EXPECT_TRUE(r["result"].contains("two_way_benefits"));
}

TEST(FilingPlan, AdmissionSpanningExpiryAndRetroactiveFilingCarryTheirConfidence) {
  const json r = plan(beijing_to_sanya(json::object()));
  EXPECT_EQ(r["result"]["admission_spanning_expiry"]["basis"]["confidence"], "medium");
  EXPECT_EQ(r["result"]["retroactive"][0]["id"], "before_discharge_settlement");
  EXPECT_EQ(r["result"]["retroactive"][1]["basis"]["confidence"], "high");
  EXPECT_EQ(r["result"]["without_filing"].size(), 3u);
}

TEST(FilingPlan, CoverageNamesProvinceAndCityButDoesNotDecide) {
  const json r = plan(beijing_to_sanya(json::object()));
  const json& c = r["result"]["coverage"];
  EXPECT_EQ(c["decided"], false);
  EXPECT_EQ(c["province"]["name"], "海南省");
  EXPECT_EQ(c["city"]["name"], "三亚市");
  // A whole province as destination has no city to name.
  json request = beijing_to_sanya(json::object());
  request["destination"] = "460000";
  EXPECT_TRUE(plan(request)["result"]["coverage"]["city"].is_null());
}

TEST(FilingPlan, InProvinceDefersToTheProvince) {
  // 长沙县 to 湘潭市: same province, another city.
  const json r = plan({{"person", person("resident", "working")},
                       {"insured_region", "430121"},
                       {"destination", "430300"},
                       {"facts", json::object()}});
  EXPECT_EQ(r["result"]["relation"], "in_province");
  EXPECT_EQ(r["result"]["filing_needed"], "check_with_province");
  EXPECT_EQ(r["result"]["in_province"]["basis"]["confidence"], "medium");
}

TEST(FilingPlan, SameCityNeedsNoFiling) {
  json request = beijing_to_sanya(json::object());
  request["destination"] = "110108";  // 海淀, the same city as 朝阳
  EXPECT_EQ(first_error(plan(request)), "filing.same_city at /destination");
}

TEST(FilingPlan, HongKongIsOutsideTheScheme) {
  json request = beijing_to_sanya(json::object());
  request["destination"] = "810000";
  EXPECT_EQ(first_error(plan(request)), "filing.outside_mainland at /destination");
}

TEST(FilingPlan, BadRegionCodesUseTheRegionErrors) {
  json request = beijing_to_sanya(json::object());
  request["insured_region"] = "1101";
  request["destination"] = "990000";
  const json r = plan(request);
  ASSERT_EQ(r["errors"].size(), 2u);
  EXPECT_EQ(r["errors"][0]["code"], "region.bad_code");
  EXPECT_EQ(r["errors"][1]["code"], "region.unknown");
  EXPECT_EQ(r["errors"][1]["path"], "/destination");
}

TEST(FilingPlan, ReasonMustBeGivenOneWay) {
  json request = beijing_to_sanya(json::object());
  request.erase("facts");
  EXPECT_EQ(first_error(plan(request)), "filing.missing_reason at /reason");
  request["facts"] = json::object();
  request["reason"] = "emergency";
  EXPECT_EQ(first_error(plan(request)), "filing.reason_and_facts at /facts");
}

TEST(FilingPlan, ReasonMustFitThePerson) {
  json request = with_reason("resettled_retiree");
  const json r = plan(request);
  EXPECT_EQ(first_error(r), "filing.category_not_for_person at /reason");
  EXPECT_EQ(r["errors"][0]["message"]["en"],
            "This filing category does not apply to you. (It is only for retired people.)");
  request["reason"] = "unfiled";
  EXPECT_EQ(first_error(plan(request)), "filing.unknown_category at /reason");
}

TEST(FilingPlan, PersonFieldsAreChecked) {
  json request = beijing_to_sanya({{"days", 3}});
  request["person"] = {{"scheme", "civil_servant"}, {"employment", "student"}};
  const json r = plan(request);
  std::vector<std::string> got;
  for (const json& e : r["errors"])
    got.push_back(e["code"].get<std::string>() + " " + e["path"].get<std::string>());
  EXPECT_EQ(got, (std::vector<std::string>{"policy.unknown_scheme /person/scheme",
                                           "filing.unknown_employment /person/employment",
                                           "request.unknown_field /facts/days"}));
}

TEST(FilingPlan, StartMoreThanAYearBeforeTodayIsRefusedButRecentPastIsRetroactive) {
  json request = beijing_to_sanya(json::object());
  request["start_date"] = "2025-11-24";
  request["as_of"] = "2026-11-25";
  EXPECT_EQ(first_error(plan(request)), "filing.start_too_early at /start_date");
  request["start_date"] = "2025-11-25";  // exactly 365 days back: still planned
  const json r = plan(request);
  EXPECT_EQ(r["result"]["starts_before_as_of"], true);
}

// Every rule of the answer names at least one source and a confidence.
void expect_every_basis_sourced(const json& node, const std::string& at, int& count) {
  if (node.is_object()) {
    for (const auto& item : node.items()) {
      if (item.key() == "basis" || item.key() == "steps_basis") {
        ++count;
        EXPECT_FALSE(item.value()["sources"].empty()) << at;
        EXPECT_TRUE(item.value()["sources"][0].contains("title")) << at;
        const std::string c = item.value()["confidence"];
        EXPECT_TRUE(c == "high" || c == "medium" || c == "low") << at;
      } else {
        expect_every_basis_sourced(item.value(), at + "/" + item.key(), count);
      }
    }
  } else if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) {
      expect_every_basis_sourced(node[i], at + "/" + std::to_string(i), count);
    }
  }
}

TEST(FilingPlan, EveryRuleInTheAnswerHasItsBasis) {
  int count = 0;
  expect_every_basis_sourced(plan(beijing_to_sanya({{"posted_by_employer", true}}))["result"], "",
                             count);
  EXPECT_GE(count, 25);
}

TEST(FilingRules, ShippedRulesPassTheirCheck) {
  const Result<json> rules = with_shipped_bibliography(load_filing_rules);
  ASSERT_TRUE(rules.ok()) << rules.errors().front().en << " at " << rules.errors().front().path;
  EXPECT_EQ(rules.value()["categories"].size(), 6u);
}

TEST(FilingRules, CheckCatchesUnsourcedRulesAndUnknownReferences) {
  json rules = with_shipped_bibliography(load_filing_rules).value();
  rules["admission_spanning_expiry"]["basis"] = {{"sources", {"medins_generic"}},
                                                 {"confidence", "medium"}};
  rules["categories"][0]["materials"][0]["id"] = "passport";
  rules["retroactive"][0]["basis"]["sources"] = {"nowhere"};
  rules["coverage"]["text"].erase("en");
  std::vector<std::string> paths;
  for (const Error& e : check_filing_rules(rules)) {
    EXPECT_EQ(e.code, "filing.rules_invalid");
    paths.push_back(e.path);
  }
  std::sort(paths.begin(), paths.end());
  EXPECT_EQ(paths, (std::vector<std::string>{"/admission_spanning_expiry/basis/confidence",
                                             "/categories/0/materials/0/id", "/coverage/text/en",
                                             "/retroactive/0/basis/sources/0"}));
}

}  // namespace
}  // namespace medins
