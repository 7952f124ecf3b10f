// A pharmacy purchase or an outpatient visit elsewhere: can the employees' personal account
// (个人账户) pay? What a person would check at the counter: yes / no / it depends, and the one
// reason that says why, with its basis and the "unconfirmed" mark.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "medins/handle.hpp"

namespace medins {
namespace {

using nlohmann::json;

json check(const json& request) {
  return json::parse(handle("eligibility.check", request.dump()));
}

// 北京 朝阳 insured, buying medicine in 三亚 on 24 November 2026 with a temporary filing from
// 1 October, at a designated pharmacy networked for outpatient costs.
json pharmacy(const char* scheme) {
  json r = {{"insured_region", "110105"},
            {"treatment_region", "460200"},
            {"filing", {{"category", "other_temporary"}, {"filed_on", "2026-10-01"}}},
            {"visit", {{"type", "pharmacy"}, {"visit_on", "2026-11-24"}}},
            {"institution",
             {{"kind", "pharmacy"}, {"designated", true}, {"networked", {{"outpatient", true}}}}},
            {"as_of", "2026-11-25"}};
  if (scheme != nullptr) r["person"] = {{"scheme", scheme}};
  return r;
}

json with(json request, const json& patch) {
  request.merge_patch(patch);
  return request;
}

std::string reason(const json& result) {
  return result.at("personal_account").at("reason").at("code");
}

TEST(PersonalAccount, EmployeeAtANetworkedPharmacyPaysFromTheAccountAtTheCounter) {
  const json r = check(pharmacy("employee"))["result"];
  EXPECT_EQ(r["route"], "direct_settlement");
  EXPECT_EQ(r["personal_account"]["can_pay"], true);
  EXPECT_EQ(r["personal_account"]["scheme"], "employee");
  EXPECT_EQ(reason(r), "eligibility.reason.personal_account_at_counter");
  // No official text was read here: the line is marked unconfirmed, in both languages.
  const json& line = r["personal_account"]["reason"];
  EXPECT_TRUE(line["unconfirmed"].get<bool>());
  EXPECT_NE(line["text"]["zh-CN"].get<std::string>().find("个人账户"), std::string::npos);
  EXPECT_NE(line["text"]["en"].get<std::string>().find("personal account"), std::string::npos);
  EXPECT_EQ(line["basis"]["sources"][0]["id"], "gov_2021_14");
}

TEST(PersonalAccount, ResidentsHaveNoPersonalAccount) {
  const json r = check(pharmacy("resident"))["result"];
  EXPECT_EQ(r["route"], "direct_settlement");
  EXPECT_EQ(r["personal_account"]["can_pay"], false);
  EXPECT_EQ(reason(r), "eligibility.reason.personal_account_resident_none");
}

TEST(PersonalAccount, PharmacyNotNetworkedPayYourselfThenClaim) {
  const json r = check(with(pharmacy("employee"),
                            {{"institution", {{"networked", {{"outpatient", false}}}}}}))["result"];
  EXPECT_EQ(r["route"], "manual_claim");
  EXPECT_EQ(r["personal_account"]["can_pay"], false);
  EXPECT_EQ(reason(r), "eligibility.reason.personal_account_not_at_counter");
  EXPECT_FALSE(r["manual_claim"].is_null());
}

TEST(PersonalAccount, OutpatientVisitNotYetFiledCanUseTheAccountOnceFiled) {
  const json r =
      check(with(pharmacy("employee"),
                 {{"filing", nullptr},
                  {"visit", {{"type", "general_outpatient"}, {"visit_on", "2026-11-25"}}},
                  {"institution", {{"kind", "hospital"}}}}))["result"];
  EXPECT_EQ(r["route"], "file_first");
  EXPECT_TRUE(r["personal_account"]["can_pay"].is_null());
  EXPECT_EQ(reason(r), "eligibility.reason.personal_account_after_filing");
}

TEST(PersonalAccount, NetworkNotKnownItDependsOnTheNetwork) {
  const json r =
      check(with(pharmacy("employee"),
                 {{"institution", {{"networked", {{"outpatient", nullptr}}}}}}))["result"];
  EXPECT_TRUE(r["route"].is_null());
  EXPECT_TRUE(r["personal_account"]["can_pay"].is_null());
  EXPECT_EQ(reason(r), "eligibility.reason.personal_account_if_networked");
}

TEST(PersonalAccount, SchemeNotSaidOnlyEmployeesHaveOne) {
  const json r = check(pharmacy(nullptr))["result"];
  EXPECT_TRUE(r["personal_account"]["can_pay"].is_null());
  EXPECT_TRUE(r["personal_account"]["scheme"].is_null());
  EXPECT_EQ(reason(r), "eligibility.reason.personal_account_employee_only");
}

TEST(PersonalAccount, NotAskedForAHospitalStay) {
  const json r = check(with(
      pharmacy("employee"),
      {{"visit",
        {{"type", "inpatient"},
         {"visit_on", nullptr},
         {"admitted_on", "2026-11-01"},
         {"discharged_on", "2026-11-20"}}},
       {"institution", {{"kind", "hospital"}, {"networked", {{"inpatient", true}}}}}}))["result"];
  EXPECT_EQ(r["route"], "direct_settlement");
  EXPECT_TRUE(r["personal_account"].is_null());
}

TEST(PersonalAccount, AnUnknownSchemeIsAFieldError) {
  const json r = check(with(pharmacy("employee"), {{"person", {{"scheme", "private"}}}}));
  EXPECT_FALSE(r["ok"].get<bool>());
  EXPECT_EQ(r["errors"][0]["code"], "policy.unknown_scheme");
  EXPECT_EQ(r["errors"][0]["path"], "/person/scheme");
}

// Serious illness while travelling: the manual-claim answer carries the claim packet's parts,
// who hands it in and what to keep for an audit, beside the guarantor's certificate.
TEST(ClaimPacket, SeriousIllnessWhileTravellingHasWhoSubmitsAndWhatToKeep) {
  const json r = check(
      {{"insured_region", "110105"},
       {"treatment_region", "460200"},
       {"visit",
        {{"type", "emergency"}, {"admitted_on", "2026-11-01"}, {"discharged_on", "2026-11-20"}}},
       {"institution", {{"kind", "hospital"}, {"designated", false}}},
       {"insured_place_rules", {{"claim_deadline", {{"months", 6}}}}},
       {"as_of", "2026-11-25"}})["result"];
  ASSERT_EQ(r["route"], "manual_claim");
  const json& m = r["manual_claim"];
  EXPECT_NE(m["who_submits"]["text"]["zh-CN"].get<std::string>().find("代办"), std::string::npos);
  EXPECT_EQ(m["who_submits"]["confidence"], "medium");
  std::vector<std::string> keep;
  for (const json& k : m["keep"]) keep.push_back(k["id"]);
  EXPECT_EQ(keep, (std::vector<std::string>{"keep_records", "keep_photos", "keep_invoices"}));
  EXPECT_EQ(m["deadline"]["date"], "2027-05-20");
  bool guarantor = false;
  for (const json& c : m["checklist"]) guarantor = guarantor || c["id"] == "guarantor_certificate";
  EXPECT_TRUE(guarantor);
}

}  // namespace
}  // namespace medins
