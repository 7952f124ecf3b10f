// filing.plan for people who move to live elsewhere without household registration or a
// residence permit there: the personal undertaking (个人承诺书) makes them long-term residents,
// the day they started living there is checked for typos, and the answer says which categories
// were checked and what would change the answer.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "medins/handle.hpp"

namespace medins {
namespace {

using nlohmann::json;

// A retired employee insured in 上海 (黄浦), moving to live with a child in 深圳 (福田), with no
// household registration or residence permit there, asked on 2026-11-25.
json retiree_to_shenzhen(json facts) {
  return {{"person", {{"scheme", "employee"}, {"employment", "retired"}}},
          {"insured_region", "310101"},
          {"destination", "440304"},
          {"facts", std::move(facts)},
          {"start_date", "2026-12-02"},
          {"as_of", "2026-11-25"}};
}

json plan(const json& request) {
  return json::parse(handle("filing.plan", request.dump()));
}

std::vector<std::string> error_codes(const json& response) {
  std::vector<std::string> out;
  EXPECT_FALSE(response["ok"].get<bool>()) << response.dump();
  for (const json& e : response.value("errors", json::array())) {
    out.push_back(e["code"].get<std::string>() + " at " + e["path"].get<std::string>());
    EXPECT_FALSE(e["message"]["zh-CN"].get<std::string>().empty());
    EXPECT_FALSE(e["message"]["en"].get<std::string>().empty());
  }
  return out;
}

TEST(FilingUndertaking, RetireeWhoSignsTheUndertakingIsALongTermResident) {
  const json r = plan(
      retiree_to_shenzhen({{"will_sign_undertaking", true}, {"living_there_since", "2026-12-02"}}));
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  EXPECT_EQ(r["result"]["category"]["id"], "long_term_resident");
  EXPECT_EQ(r["result"]["category"]["name"]["zh-CN"], "异地长期居住人员");
  EXPECT_EQ(r["result"]["validity"]["kind"], "until_changed");
  EXPECT_FALSE(r["result"]["validity"].contains("ends_on"));
  EXPECT_EQ(r["result"]["settlement_ratio"]["max_cut_points"], 0);
  // The undertaking is what they bring instead of a residence proof.
  const json& proof = r["result"]["materials"][1];
  EXPECT_EQ(proof["id"], "residence_proof");
  EXPECT_EQ(proof["alternatives"][0]["id"], "commitment_letter");
  EXPECT_EQ(r["result"]["decision"]["facts"]["will_sign_undertaking"], true);
}

TEST(FilingUndertaking, WithoutTheUndertakingTheWhyNamesWhatWasCheckedAndWhatWouldChange) {
  const json r = plan(retiree_to_shenzhen({{"living_there_since", "2026-12-02"}}));
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  EXPECT_EQ(r["result"]["category"]["id"], "other_temporary");
  const json& checked = r["result"]["decision"]["checked"];
  // Posted workers are not checked for a retiree; the others in the data's order.
  std::vector<std::string> ids;
  for (const json& c : checked) ids.push_back(c["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"resettled_retiree", "long_term_resident", "referral",
                                           "emergency"}));
  const json& long_term = checked[1];
  EXPECT_EQ(long_term["name"]["zh-CN"], "异地长期居住人员");
  EXPECT_EQ(long_term["join"], "or");
  std::vector<std::string> unmet;
  for (const json& u : long_term["unmet"]) unmet.push_back(u["fact"]);
  EXPECT_EQ(unmet, (std::vector<std::string>{"household_registration_moved", "has_residence_permit",
                                             "days_living_there", "will_sign_undertaking"}));
  EXPECT_EQ(long_term["unmet"][3]["said"]["zh-CN"], "不签个人承诺书");
  EXPECT_EQ(long_term["unmet"][3]["change"]["zh-CN"], "签个人承诺书");
  // A resettled retiree needs the household registration only: being retired is met.
  ASSERT_EQ(checked[0]["unmet"].size(), 1u);
  EXPECT_EQ(checked[0]["unmet"][0]["fact"], "household_registration_moved");
  EXPECT_EQ(checked[0]["join"], "and");
}

TEST(FilingUndertaking, DaysAreCountedFromTheDayTheyStartedLivingThere) {
  json r = plan(retiree_to_shenzhen({{"living_there_since", "2026-05-29"}}));  // 180 days
  EXPECT_EQ(r["result"]["category"]["id"], "long_term_resident");
  EXPECT_EQ(r["result"]["decision"]["facts"]["days_living_there"], 180);
  r = plan(retiree_to_shenzhen({{"living_there_since", "2026-05-30"}}));  // 179 days
  EXPECT_EQ(r["result"]["category"]["id"], "other_temporary");
}

TEST(FilingUndertaking, AMistypedYearForLivingThereSinceIsAnErrorNotATemporaryFiling) {
  EXPECT_EQ(
      error_codes(plan(retiree_to_shenzhen({{"living_there_since", "2099-12-02"}}))),
      (std::vector<std::string>{"filing.living_since_too_late at /facts/living_there_since"}));
  EXPECT_EQ(
      error_codes(plan(retiree_to_shenzhen({{"living_there_since", "1826-12-02"}}))),
      (std::vector<std::string>{"filing.living_since_too_early at /facts/living_there_since"}));
  // A planned move up to a year ahead is fine.
  EXPECT_TRUE(plan(retiree_to_shenzhen({{"living_there_since", "2027-11-25"}}))["ok"].get<bool>());
  EXPECT_EQ(
      error_codes(plan(retiree_to_shenzhen({{"living_there_since", "2027-11-26"}}))),
      (std::vector<std::string>{"filing.living_since_too_late at /facts/living_there_since"}));
  EXPECT_EQ(error_codes(plan(retiree_to_shenzhen(
                {{"living_there_since", "2026-01-01"}, {"days_living_there", 300}}))),
            (std::vector<std::string>{"filing.living_since_and_days at /facts/days_living_there"}));
}

TEST(FilingUndertaking, AStartYearsAheadIsRefused) {
  json request = retiree_to_shenzhen({{"will_sign_undertaking", true}});
  request["start_date"] = "2035-01-01";
  EXPECT_EQ(error_codes(plan(request)),
            (std::vector<std::string>{"filing.start_too_late at /start_date"}));
  request["start_date"] = "2028-11-24";  // 730 days ahead: unusual, but possible
  EXPECT_TRUE(plan(request)["ok"].get<bool>());
  request["start_date"] = "2028-11-25";
  EXPECT_EQ(error_codes(plan(request)),
            (std::vector<std::string>{"filing.start_too_late at /start_date"}));
}

}  // namespace
}  // namespace medins
