// eligibility.check: the route a visit settles by and every reason, as a table of situations a
// person brings to the counter; then the deadline, the checklist, what to show, the unknown
// facts and the errors. A last test makes sure the table gives every reason code at least once.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "eligibility/eligibility.hpp"
#include "medins/handle.hpp"

namespace medins {
namespace {

using nlohmann::json;

json check(const json& request) {
  return json::parse(handle("eligibility.check", request.dump()));
}

// 北京 朝阳 insured, treated in 三亚 (another province), 25 November 2026; a designated hospital
// networked for everything, a temporary filing from 1 October, a stay 1–20 November.
json base() {
  return {{"insured_region", "110105"},
          {"treatment_region", "460200"},
          {"filing", {{"category", "other_temporary"}, {"filed_on", "2026-10-01"}}},
          {"visit",
           {{"type", "inpatient"}, {"admitted_on", "2026-11-01"}, {"discharged_on", "2026-11-20"}}},
          {"institution",
           {{"kind", "hospital"},
            {"designated", true},
            {"networked", {{"inpatient", true}, {"outpatient", true}, {"chronic", true}}}}},
          {"voucher_activated", true},
          {"as_of", "2026-11-25"}};
}

json outpatient(const char* type, const char* day) {
  // Nulls remove the stay's dates of base() when merged in.
  return {{"type", type}, {"visit_on", day}, {"admitted_on", nullptr}, {"discharged_on", nullptr}};
}

json with(json request, const json& patch) {
  request.merge_patch(patch);
  return request;
}

std::vector<std::string> reason_ids(const json& result) {
  std::vector<std::string> ids;
  for (const json& r : result.at("reasons")) {
    const std::string code = r.at("code");
    ids.push_back(code.substr(std::string("eligibility.reason.").size()));
  }
  return ids;
}

struct Row {
  const char* name;
  json request;
  const char* route;  // "" for undecided (null)
  std::vector<std::string> reasons;
};

std::vector<Row> table() {
  const json unfiled = {{"filing", nullptr}};
  const json in_hospital = {{"visit", {{"discharged_on", nullptr}}}};
  std::vector<Row> rows = {
      {"filed, networked stay settles directly",
       base(),
       "direct_settlement",
       {"cross_province", "networked", "filed_valid", "temporary_ratio_cut", "direct_settlement"}},
      {"long-term filing keeps the home ratio",
       with(base(), {{"filing", {{"category", "resettled_retiree"}, {"filed_on", "2025-01-01"}}}}),
       "direct_settlement",
       {"cross_province", "networked", "filed_valid", "long_term_same_ratio", "direct_settlement"}},
      {"unfiled emergency admission is treated as filed",
       with(base(), {{"filing", nullptr}, {"visit", {{"type", "emergency"}}}}),
       "direct_settlement",
       {"cross_province", "networked", "emergency_treated_as_filed", "temporary_ratio_cut",
        "direct_settlement"}},
      {"unfiled emergency without admission settles as outpatient",
       with(base(), {{"filing", nullptr},
                     {"visit", outpatient("emergency", "2026-11-24")},
                     {"institution", {{"networked", {{"inpatient", false}}}}}}),
       "direct_settlement",
       {"cross_province", "networked", "emergency_treated_as_filed", "temporary_ratio_cut",
        "direct_settlement"}},
      {"filing expiring mid-stay still settles the stay",
       with(base(), {{"filing", {{"valid_until", "2026-11-10"}}}}),
       "direct_settlement",
       {"cross_province", "networked", "filing_expires_mid_stay", "temporary_ratio_cut",
        "direct_settlement"}},
      {"filing ended before admission, bill paid: manual claim",
       with(base(), {{"filing", {{"valid_until", "2026-10-15"}}}}),
       "manual_claim",
       {"cross_province", "networked", "filing_expired", "not_filed_self_paid"}},
      {"filing ended before admission, still in hospital: file first",
       with(with(base(), {{"filing", {{"valid_until", "2026-10-15"}}}}), in_hospital),
       "file_first",
       {"cross_province", "networked", "filing_expired", "not_filed"}},
      {"non-designated hospital: not covered",
       with(base(), {{"institution", {{"designated", false}}}}),
       "not_covered",
       {"cross_province", "not_designated"}},
      {"emergency at a non-designated hospital: manual claim, unconfirmed",
       with(base(), {{"visit", {{"type", "emergency"}}}, {"institution", {{"designated", false}}}}),
       "manual_claim",
       {"cross_province", "not_designated_emergency"}},
      {"hospital not networked for inpatient care: manual claim",
       with(base(), {{"institution", {{"networked", {{"inpatient", false}}}}}}),
       "manual_claim",
       {"cross_province", "not_networked", "temporary_ratio_cut"}},
      {"networked pharmacy settles at the counter",
       with(base(), {{"visit", outpatient("pharmacy", "2026-11-24")},
                     {"institution", {{"kind", "pharmacy"}}}}),
       "direct_settlement",
       {"cross_province", "pharmacy_networked", "filed_valid", "temporary_ratio_cut",
        "direct_settlement"}},
      {"pharmacy not networked: pay, then claim",
       with(base(),
            {{"visit", outpatient("pharmacy", "2026-11-24")},
             {"institution", {{"kind", "pharmacy"}, {"networked", {{"outpatient", false}}}}}}),
       "manual_claim",
       {"cross_province", "pharmacy_not_networked", "temporary_ratio_cut"}},
      {"chronic disease not on the national list: manual claim",
       with(base(), {{"visit",
                      {{"type", "chronic_outpatient"},
                       {"visit_on", "2026-11-24"},
                       {"disease", "other"},
                       {"admitted_on", nullptr},
                       {"discharged_on", nullptr}}}}),
       "manual_claim",
       {"cross_province", "chronic_not_in_national_list", "chronic_recognition"}},
      {"filing made before the discharge settlement: settles directly",
       with(with(base(), {{"filing", {{"filed_on", "2026-11-15"}}}}), in_hospital),
       "direct_settlement",
       {"cross_province", "networked", "filed_before_settlement", "temporary_ratio_cut",
        "direct_settlement"}},
      {"filing made after paying at discharge: manual claim",
       with(base(), {{"filing", {{"filed_on", "2026-11-24"}}}}),
       "manual_claim",
       {"cross_province", "networked", "filed_after_settlement"}},
      {"no filing, still in hospital: file first",
       with(with(base(), unfiled), in_hospital),
       "file_first",
       {"cross_province", "networked", "not_filed"}},
      {"no filing, discharge is today: there may still be time to file",
       with(base(), {{"filing", nullptr}, {"visit", {{"discharged_on", "2026-11-25"}}}}),
       "file_first",
       {"cross_province", "networked", "not_filed"}},
      {"no filing, paid already (said so): manual claim",
       with(with(base(), unfiled),
            {{"visit", {{"discharged_on", "2026-11-25"}, {"settled", true}}}}),
       "manual_claim",
       {"cross_province", "networked", "not_filed_self_paid"}},
      {"no filing, outpatient visit next week: file first",
       with(base(),
            {{"filing", nullptr}, {"visit", outpatient("general_outpatient", "2026-12-01")}}),
       "file_first",
       {"cross_province", "networked", "not_filed"}},
      {"no filing, outpatient visit last week: manual claim",
       with(base(),
            {{"filing", nullptr}, {"visit", outpatient("general_outpatient", "2026-11-18")}}),
       "manual_claim",
       {"cross_province", "networked", "not_filed_self_paid"}},
      {"filing for Guangdong, treated in Hainan",
       with(with(base(), {{"filing", {{"area", "440000"}}}}), in_hospital),
       "file_first",
       {"cross_province", "networked", "filing_other_area", "not_filed"}},
      {"filing for Hainan province covers 三亚",
       with(base(), {{"filing", {{"area", "460000"}}}}),
       "direct_settlement",
       {"cross_province", "networked", "filed_valid", "temporary_ratio_cut", "direct_settlement"}},
      {"filing starts after a planned outpatient visit",
       with(base(), {{"filing", {{"filed_on", "2026-12-05"}}},
                     {"visit", outpatient("general_outpatient", "2026-11-30")}}),
       "file_first",
       {"cross_province", "networked", "filing_not_yet_valid", "not_filed"}},
      {"same city, designated: local settlement, no filing",
       with(base(), {{"treatment_region", "110108"}, {"filing", nullptr}}),
       "direct_settlement",
       {"same_city", "direct_settlement"}},
      {"same city, not designated: not covered",
       with(base(), {{"treatment_region", "110108"}, {"institution", {{"designated", false}}}}),
       "not_covered",
       {"same_city", "not_designated"}},
      {"in-province, filed: settles directly, no cross-province ratio cut",
       with(base(), {{"insured_region", "430102"}, {"treatment_region", "430302"}}),
       "direct_settlement",
       {"in_province", "networked", "filed_valid", "direct_settlement"}},
      {"in-province, no filing, province needs none",
       with(base(), {{"insured_region", "430102"},
                     {"treatment_region", "430302"},
                     {"filing", nullptr},
                     {"insured_place_rules", {{"in_province_filing_required", false}}}}),
       "direct_settlement",
       {"in_province", "networked", "in_province_no_filing_needed", "direct_settlement"}},
      {"in-province, no filing, province needs one, still in hospital",
       with(with(base(), {{"insured_region", "430102"},
                          {"treatment_region", "430302"},
                          {"filing", nullptr},
                          {"insured_place_rules", {{"in_province_filing_required", true}}}}),
            in_hospital),
       "file_first",
       {"in_province", "networked", "not_filed"}},
      {"in-province, no filing, province rule unknown: undecided",
       with(with(base(), {{"insured_region", "430102"},
                          {"treatment_region", "430302"},
                          {"filing", nullptr}}),
            in_hospital),
       "",
       {"in_province", "networked"}},
      {"designation unknown, but the decision does not need the network: undecided",
       with(base(), {{"institution", {{"designated", nullptr}}}}),
       "",
       {"cross_province"}},
      {"not designated, network unknown: not covered either way",
       with(base(), {{"institution", {{"designated", false}, {"networked", nullptr}}}}),
       "not_covered",
       {"cross_province", "not_designated"}},
  };
  return rows;
}

TEST(EligibilityCheck, EachSituationGivesItsRouteAndReasons) {
  for (const Row& row : table()) {
    SCOPED_TRACE(row.name);
    const json r = check(row.request);
    ASSERT_TRUE(r.at("ok").get<bool>()) << r.dump();
    const json& result = r.at("result");
    if (*row.route == '\0') {
      EXPECT_TRUE(result.at("route").is_null()) << result.at("route");
      EXPECT_FALSE(result.at("checks").empty());
      EXPECT_GE(result.at("branches").size(), 2u);
    } else {
      EXPECT_EQ(result.at("route"), row.route);
      EXPECT_TRUE(result.at("checks").empty());
      EXPECT_TRUE(result.at("branches").empty());
    }
    EXPECT_EQ(reason_ids(result), row.reasons);
  }
}

// The five diseases settled directly since 2021 [H] and the five reported for 2024 [L]: the
// latter still settle, but the answer says "unconfirmed" and the route's confidence is low.
TEST(EligibilityCheck, EachOfTheTenChronicDiseases) {
  const std::vector<std::pair<const char*, bool>> diseases = {
      {"hypertension", false},
      {"diabetes", false},
      {"cancer_outpatient_chemo_radiotherapy", false},
      {"uremia_dialysis", false},
      {"organ_transplant_anti_rejection", false},
      {"copd", true},
      {"rheumatoid_arthritis", true},
      {"coronary_heart_disease", true},
      {"viral_hepatitis", true},
      {"ankylosing_spondylitis", true}};
  for (const auto& [disease, added_2024] : diseases) {
    SCOPED_TRACE(disease);
    const json r = check(with(base(), {{"visit",
                                        {{"type", "chronic_outpatient"},
                                         {"disease", disease},
                                         {"visit_on", "2026-11-24"},
                                         {"admitted_on", nullptr},
                                         {"discharged_on", nullptr}}}}));
    ASSERT_TRUE(r.at("ok").get<bool>()) << r.dump();
    const json& result = r.at("result");
    EXPECT_EQ(result.at("route"), "direct_settlement");
    const std::string list =
        added_2024 ? "chronic_added_2024_unconfirmed" : "chronic_national_2021";
    EXPECT_EQ(reason_ids(result), (std::vector<std::string>{
                                      "cross_province", list, "chronic_recognition", "networked",
                                      "filed_valid", "temporary_ratio_cut", "direct_settlement"}));
    EXPECT_EQ(result.at("confidence"), added_2024 ? "low" : "medium");
    EXPECT_EQ(result.at("visit").at("setting"), "chronic");
    EXPECT_EQ(result.at("visit").at("disease").at("group"),
              added_2024 ? "added_2024" : "national_2021");
    EXPECT_EQ(result.at("visit").at("disease").at("unconfirmed"), added_2024);
    EXPECT_EQ(result.at("reasons")[1].at("unconfirmed"), added_2024);
  }
}

TEST(EligibilityCheck, ChronicNetworkFlagIsTheOneThatCounts) {
  const json r = check(with(base(), {{"visit",
                                      {{"type", "chronic_outpatient"},
                                       {"disease", "diabetes"},
                                       {"visit_on", "2026-11-24"},
                                       {"admitted_on", nullptr},
                                       {"discharged_on", nullptr}}},
                                     {"institution", {{"networked", {{"chronic", false}}}}}}));
  EXPECT_EQ(r["result"]["route"], "manual_claim");
  EXPECT_EQ(r["result"]["institution"]["networked"], false);
}

TEST(EligibilityCheck, UnknownFactsBecomeChecksWithBranchesNotGuesses) {
  const json r =
      check(with(base(), {{"institution", {{"designated", nullptr}, {"networked", nullptr}}}}));
  const json& result = r.at("result");
  EXPECT_TRUE(result.at("route").is_null());
  EXPECT_TRUE(result.at("confidence").is_null());
  EXPECT_EQ(result["summary"]["en"].get<std::string>().rfind("A few things need checking", 0), 0u);
  ASSERT_EQ(result.at("checks").size(), 2u);
  EXPECT_EQ(result["checks"][0]["fact"], "designated");
  EXPECT_EQ(result["checks"][0]["path"], "/institution/designated");
  EXPECT_NE(result["checks"][0]["how"]["zh-CN"].get<std::string>().find("国家医保服务平台APP"),
            std::string::npos);
  EXPECT_EQ(result["checks"][1]["fact"], "networked");
  EXPECT_EQ(result["checks"][1]["path"], "/institution/networked/inpatient");
  ASSERT_EQ(result.at("branches").size(), 3u);
  EXPECT_EQ(result["branches"][0]["given"], (json{{"designated", true}, {"networked", true}}));
  EXPECT_EQ(result["branches"][0]["route"], "direct_settlement");
  EXPECT_EQ(result["branches"][1]["given"], (json{{"designated", true}, {"networked", false}}));
  EXPECT_EQ(result["branches"][1]["route"], "manual_claim");
  EXPECT_EQ(result["branches"][2]["given"], (json{{"designated", false}}));
  EXPECT_EQ(result["branches"][2]["route"], "not_covered");
  // Both the counter and the claim are prepared for.
  EXPECT_FALSE(result.at("show").is_null());
  EXPECT_FALSE(result.at("manual_claim").is_null());
}

std::vector<std::string> codes_of(const json& reasons) {
  std::vector<std::string> out;
  for (const json& r : reasons) out.push_back(r.at("code"));
  return out;
}

// "Don't know" about the network: the answer's reasons are what holds either way; "networked"
// and "not networked" each stay in their own branch, under its condition in words, never side
// by side as reasons of one answer.
TEST(EligibilityCheck, AnUnknownFactNeverGivesBothOfItsAnswersAsReasons) {
  const json r = check(with(base(), {{"institution", {{"networked", nullptr}}}}));
  const json& result = r.at("result");
  EXPECT_TRUE(result.at("route").is_null());
  EXPECT_EQ(reason_ids(result),
            (std::vector<std::string>{"cross_province", "temporary_ratio_cut"}));
  ASSERT_EQ(result.at("branches").size(), 2u);
  const json& yes = result["branches"][0];
  EXPECT_EQ(yes["if"]["zh-CN"], "如果这家机构已开通异地就医直接结算：");
  EXPECT_EQ(yes["if"]["en"], "If the institution is networked for direct settlement:");
  EXPECT_EQ(yes["route"], "direct_settlement");
  EXPECT_EQ(yes["confidence"], "medium");
  EXPECT_EQ(
      codes_of(yes["own_reasons"]),
      (std::vector<std::string>{"eligibility.reason.networked", "eligibility.reason.filed_valid",
                                "eligibility.reason.direct_settlement"}));
  EXPECT_FALSE(yes["own_reasons"][0]["basis"]["sources"].empty());
  const json& no = result["branches"][1];
  EXPECT_EQ(no["if"]["zh-CN"], "如果这家机构没有开通异地就医直接结算：");
  EXPECT_EQ(no["route"], "manual_claim");
  EXPECT_EQ(codes_of(no["own_reasons"]),
            (std::vector<std::string>{"eligibility.reason.not_networked"}));
  // How to find out comes with it.
  ASSERT_EQ(result.at("checks").size(), 1u);
  EXPECT_NE(result["checks"][0]["how"]["zh-CN"].get<std::string>().find("异地联网定点医药机构"),
            std::string::npos);
}

// The other facts a person may not know give the same shape: no reason of one branch among the
// answer's reasons, and each condition said in words (two facts joined).
TEST(EligibilityCheck, EveryUnknownFactKeepsItsReasonsInItsBranches) {
  const std::vector<json> requests = {
      with(base(), {{"institution", {{"designated", nullptr}}}}),
      with(base(), {{"institution", {{"designated", nullptr}, {"networked", nullptr}}}}),
      with(
          with(base(),
               {{"insured_region", "430102"}, {"treatment_region", "430302"}, {"filing", nullptr}}),
          {{"visit", {{"discharged_on", nullptr}}}}),
  };
  for (const json& request : requests) {
    SCOPED_TRACE(request.dump());
    const json result = check(request).at("result");
    ASSERT_GE(result.at("branches").size(), 2u);
    const std::vector<std::string> shared = codes_of(result.at("reasons"));
    for (const json& b : result.at("branches")) {
      for (const std::string& own : codes_of(b.at("own_reasons"))) {
        EXPECT_EQ(std::find(shared.begin(), shared.end(), own), shared.end()) << own;
      }
      EXPECT_EQ(b.at("own_reasons").size() + shared.size(), b.at("reasons").size());
      EXPECT_EQ(b["if"]["zh-CN"].get<std::string>().rfind("如果", 0), 0u);
    }
  }
  const json two =
      check(with(base(), {{"institution", {{"designated", nullptr}, {"networked", nullptr}}}}))
          .at("result");
  EXPECT_EQ(two["branches"][1]["if"]["zh-CN"],
            "如果这家机构是医保定点，并且这家机构没有开通异地就医直接结算：");
  EXPECT_EQ(two["branches"][2]["if"]["en"], "If the institution is not designated:");
  EXPECT_EQ(codes_of(two["branches"][2]["own_reasons"]),
            (std::vector<std::string>{"eligibility.reason.not_designated"}));
}

TEST(EligibilityCheck, FilingValidityIsComputedFromTheFilingDataWhenNotGiven) {
  const json r = check(base());
  EXPECT_EQ(r["result"]["filing"]["valid_until"], "2027-04-01");
  EXPECT_EQ(r["result"]["filing"]["valid_until_from"], "computed");
  EXPECT_EQ(r["result"]["filing"]["validity"]["basis"]["confidence"], "low");
  const json lt = check(with(base(), {{"filing", {{"category", "posted_worker"}}}}));
  EXPECT_TRUE(lt["result"]["filing"]["valid_until"].is_null());
  EXPECT_EQ(lt["result"]["filing"]["valid_until_from"], "until_changed");
}

// ---- The deadline ---------------------------------------------------------------------------

json manual(json patch = json::object()) {
  json r = with(base(), {{"institution", {{"networked", {{"inpatient", false}}}}}});
  return with(r, patch);
}

json deadline_of(const json& request) {
  const json r = check(request);
  EXPECT_TRUE(r.at("ok").get<bool>()) << r.dump();
  return r["result"]["manual_claim"]["deadline"];
}

TEST(EligibilityDeadline, NotKnownForThisPlaceGivesTheRangeSeenNotAFigure) {
  const json d = deadline_of(manual());
  EXPECT_FALSE(d.at("known").get<bool>());
  EXPECT_TRUE(d.at("date").is_null());
  EXPECT_TRUE(d.at("rule").is_null());
  EXPECT_EQ(d.at("anchor"), "2026-11-20");
  EXPECT_EQ(d["range_seen"]["patterns"].size(), 3u);
  EXPECT_EQ(d["range_seen"]["confidence"], "low");
}

TEST(EligibilityDeadline, ComputedFromDischargeUnderTheInsuredPlacesRule) {
  struct Case {
    const char* discharged;
    json rule;
    const char* date;
  };
  const std::vector<Case> cases = {
      {"2026-11-20", {{"months", 12}}, "2027-11-20"},
      {"2026-08-31", {{"months", 6}}, "2027-02-28"},  // end-of-month clamp
      {"2027-08-31", {{"months", 6}}, "2028-02-29"},  // leap year
      {"2026-11-20", {{"year_end_plus", 1}}, "2027-12-31"},
      {"2026-03-02", {{"year_end_plus", 0}}, "2026-12-31"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.date);
    const json d = deadline_of(
        manual({{"visit", {{"admitted_on", "2026-01-05"}, {"discharged_on", c.discharged}}},
                {"insured_place_rules", {{"claim_deadline", c.rule}}}}));
    EXPECT_TRUE(d.at("known").get<bool>());
    EXPECT_EQ(d.at("date"), c.date);
    EXPECT_EQ(d["rule"]["source"], "request");
    EXPECT_NE(d["text"]["en"].get<std::string>().find(c.date), std::string::npos);
  }
}

TEST(EligibilityDeadline, DaysLeftAndStillInHospital) {
  const json d =
      deadline_of(manual({{"insured_place_rules", {{"claim_deadline", {{"months", 1}}}}}}));
  EXPECT_EQ(d.at("date"), "2026-12-20");
  EXPECT_EQ(d.at("days_left"), 25);
  const json open =
      deadline_of(manual({{"visit", {{"discharged_on", nullptr}}},
                          {"insured_place_rules", {{"claim_deadline", {{"months", 12}}}}}}));
  EXPECT_TRUE(open.at("known").get<bool>());
  EXPECT_TRUE(open.at("date").is_null());
  EXPECT_TRUE(open.at("anchor").is_null());
}

TEST(EligibilityDeadline, OutpatientCountsFromTheVisitDay) {
  const json d =
      deadline_of(with(base(), {{"visit", outpatient("general_outpatient", "2026-11-18")},
                                {"filing", nullptr},
                                {"insured_place_rules", {{"claim_deadline", {{"months", 6}}}}}}));
  EXPECT_EQ(d.at("anchor"), "2026-11-18");
  EXPECT_EQ(d.at("date"), "2027-05-18");
}

// ---- The checklist, audits and what to show ------------------------------------------------

std::vector<std::string> ids(const json& list) {
  std::vector<std::string> out;
  for (const json& item : list) out.push_back(item.at("id"));
  return out;
}

TEST(EligibilityClaim, ChecklistFitsTheVisit) {
  const json stay = check(manual())["result"]["manual_claim"];
  EXPECT_EQ(ids(stay["checklist"]),
            (std::vector<std::string>{"card_copy", "application_form", "discharge_or_diagnosis",
                                      "expense_list", "invoice", "bank_account",
                                      "filing_or_referral_proof", "agent_id"}));
  EXPECT_EQ(ids(stay["audits"]),
            (std::vector<std::string>{"pre_evaluation", "on_site_audit", "post_surgery_photos",
                                      "medical_history_files"}));
  const json visit = check(with(base(), {{"visit", outpatient("general_outpatient", "2026-11-18")},
                                         {"filing", nullptr}}))["result"]["manual_claim"];
  EXPECT_EQ(ids(visit["checklist"]),
            (std::vector<std::string>{"card_copy", "application_form", "discharge_or_diagnosis",
                                      "expense_list", "invoice", "prescriptions", "bank_account",
                                      "filing_or_referral_proof", "agent_id"}));
  EXPECT_EQ(ids(visit["audits"]),
            (std::vector<std::string>{"pre_evaluation", "on_site_audit", "medical_history_files"}));
  // Serious illness while travelling: the guarantor's certificate and the hospital records.
  const json emergency = check(with(base(), {{"visit", {{"type", "emergency"}}},
                                             {"institution", {{"designated", false}}}}))["result"];
  const std::vector<std::string> e = ids(emergency["manual_claim"]["checklist"]);
  EXPECT_NE(std::find(e.begin(), e.end(), "guarantor_certificate"), e.end());
  EXPECT_NE(std::find(e.begin(), e.end(), "hospital_records"), e.end());
  EXPECT_TRUE(emergency["show"].is_null());
}

TEST(EligibilityClaim, NoClaimSectionWhenItSettlesDirectly) {
  const json r = check(base())["result"];
  EXPECT_TRUE(r["manual_claim"].is_null());
  EXPECT_FALSE(r["fallback"].is_null());
}

TEST(EligibilityShow, VoucherOrCardAtTheRightMoments) {
  const json stay = check(base())["result"]["show"];
  EXPECT_EQ(ids(stay["when"]), (std::vector<std::string>{"admission", "discharge"}));
  EXPECT_EQ(ids(stay["what"]), (std::vector<std::string>{"voucher"}));
  const json no_voucher = check(with(base(), {{"voucher_activated", false}}))["result"]["show"];
  EXPECT_EQ(ids(no_voucher["what"]), (std::vector<std::string>{"card", "activate_voucher"}));
  const json unknown = check(with(base(), {{"voucher_activated", nullptr}}))["result"]["show"];
  EXPECT_EQ(ids(unknown["what"]), (std::vector<std::string>{"voucher", "card"}));
  const json pharmacy =
      check(with(base(), {{"visit", outpatient("pharmacy", "2026-11-24")},
                          {"institution", {{"kind", "pharmacy"}}}}))["result"]["show"];
  EXPECT_EQ(ids(pharmacy["when"]), (std::vector<std::string>{"settlement"}));
  const json clinic = check(
      with(base(), {{"visit", outpatient("general_outpatient", "2026-11-24")}}))["result"]["show"];
  EXPECT_EQ(ids(clinic["when"]), (std::vector<std::string>{"registration", "settlement"}));
  // Filing first: what to show once filed.
  const json file_first = check(with(with(base(), {{"filing", nullptr}}),
                                     {{"visit", {{"discharged_on", nullptr}}}}))["result"];
  EXPECT_EQ(file_first["route"], "file_first");
  EXPECT_FALSE(file_first["show"].is_null());
}

TEST(EligibilityCheck, ReasonsCarryCodeTextsBasisAndTheLawArticle) {
  const json r = check(base())["result"];
  const json& cross = r["reasons"][0];
  EXPECT_EQ(cross["code"], "eligibility.reason.cross_province");
  EXPECT_FALSE(cross["text"]["zh-CN"].get<std::string>().empty());
  EXPECT_FALSE(cross["text"]["en"].get<std::string>().empty());
  const json& law = cross["basis"]["sources"][0];
  EXPECT_EQ(law["id"], "social_insurance_law");
  EXPECT_EQ(law["article"], "第二十九条");
  EXPECT_EQ(law["confidence"], "medium");
  const json nd = check(with(base(), {{"institution", {{"designated", false}}}}))["result"];
  EXPECT_EQ(nd["reasons"][1]["basis"]["sources"][0]["article"], "第二十八条");
}

// ---- Errors ---------------------------------------------------------------------------------

std::vector<std::string> errors_of(const json& request) {
  const json r = check(request);
  EXPECT_FALSE(r.at("ok").get<bool>()) << r.dump();
  std::vector<std::string> out;
  for (const json& e : r.value("errors", json::array())) {
    out.push_back(e.at("code").get<std::string>() + " at " + e.at("path").get<std::string>());
  }
  return out;
}

TEST(EligibilityErrors, EachInputProblemHasItsCodeAndPath) {
  struct Case {
    json patch;
    std::vector<std::string> errors;
  };
  const std::vector<Case> cases = {
      {{{"visit", {{"type", "dental"}}}}, {"eligibility.unknown_visit_type at /visit/type"}},
      {{{"visit",
         {{"type", "chronic_outpatient"},
          {"disease", "gout"},
          {"visit_on", "2026-11-24"},
          {"admitted_on", nullptr},
          {"discharged_on", nullptr}}}},
       {"eligibility.unknown_disease at /visit/disease"}},
      {{{"visit",
         {{"type", "chronic_outpatient"},
          {"visit_on", "2026-11-24"},
          {"admitted_on", nullptr},
          {"discharged_on", nullptr}}}},
       {"request.missing_field at /visit/disease"}},
      {{{"visit", {{"disease", "diabetes"}}}},
       {"eligibility.field_not_for_visit at /visit/disease"}},
      {{{"visit", {{"visit_on", "2026-11-01"}}}},
       {"eligibility.field_not_for_visit at /visit/visit_on"}},
      {{{"visit", {{"type", "general_outpatient"}, {"visit_on", "2026-11-01"}}}},
       {"eligibility.field_not_for_visit at /visit/admitted_on",
        "eligibility.field_not_for_visit at /visit/discharged_on"}},
      {{{"visit", {{"type", "emergency"}, {"visit_on", "2026-11-01"}}}},
       {"eligibility.visit_dates_conflict at /visit/visit_on"}},
      {{{"visit", {{"admitted_on", nullptr}}}}, {"request.missing_field at /visit/admitted_on"}},
      {{{"visit", {{"discharged_on", "2026-10-31"}}}},
       {"eligibility.dates_reversed at /visit/discharged_on"}},
      {{{"filing", {{"valid_until", "2026-09-30"}}}},
       {"eligibility.dates_reversed at /filing/valid_until"}},
      {{{"filing", {{"category", "tourist"}}}}, {"filing.unknown_category at /filing/category"}},
      {{{"institution", {{"kind", "clinic"}}}},
       {"eligibility.unknown_institution_kind at /institution/kind"}},
      {{{"institution", {{"kind", "pharmacy"}}}},
       {"eligibility.kind_mismatch at /institution/kind"}},
      {{{"institution", {{"level", "4"}}}}, {"eligibility.unknown_level at /institution/level"}},
      {{{"insured_place_rules", {{"claim_deadline", {{"months", 6}, {"year_end_plus", 1}}}}}},
       {"eligibility.deadline_rule_conflict at /insured_place_rules/claim_deadline"}},
      {{{"insured_place_rules", {{"claim_deadline", {{"months", 0}}}}}},
       {"request.out_of_range at /insured_place_rules/claim_deadline/months"}},
      {{{"treatment_region", "810000"}}, {"filing.outside_mainland at /treatment_region"}},
      {{{"person", {{"scheme", "private"}}}}, {"policy.unknown_scheme at /person/scheme"}},
      {{{"institution", {{"networked", {{"dental", true}}}}}},
       {"request.unknown_field at /institution/networked/dental"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.patch.dump());
    EXPECT_EQ(errors_of(with(base(), c.patch)), c.errors);
  }
}

TEST(EligibilityErrors, EveryProblemAtOnce) {
  const json request = {{"insured_region", "1101"},
                        {"visit", {{"type", "inpatient"}, {"admitted_on", "2026-02-30"}}},
                        {"institution", {{"kind", "clinic"}}},
                        {"as_of", "today"},
                        {"extra", 1}};
  EXPECT_EQ(
      errors_of(request),
      (std::vector<std::string>{
          "request.missing_field at /treatment_region", "date.invalid at /visit/admitted_on",
          "eligibility.unknown_institution_kind at /institution/kind", "date.bad_format at /as_of",
          "request.unknown_field at /extra", "region.bad_code at /insured_region"}));
}

// Every reason the decision can give appears in some situation of the tests above.
TEST(EligibilityCheck, TheTableCoversEveryReasonCode) {
  std::set<std::string> given;
  for (const Row& row : table()) {
    const json r = check(row.request);
    for (const std::string& id : reason_ids(r.at("result"))) given.insert(id);
  }
  given.insert("chronic_national_2021");           // EachOfTheTenChronicDiseases
  given.insert("chronic_added_2024_unconfirmed");  // EachOfTheTenChronicDiseases
  for (std::size_t i = 0; i < kEligibilityReasonCount; ++i) {
    EXPECT_EQ(given.count(kEligibilityReasonIds[i]), 1u) << kEligibilityReasonIds[i];
  }
}

}  // namespace
}  // namespace medins
