// The shipped eligibility rules (data/eligibility/) load clean, hold the ten chronic diseases
// with their confidence, and the checker catches what a careless edit would break.
#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "eligibility/eligibility.hpp"
#include "eligibility/eligibility_rules.hpp"
#include "eligibility/personal_account.hpp"

namespace medins {
namespace {

using nlohmann::json;

json shipped() {
  Result<json> rules = with_shipped_bibliography(load_eligibility_rules);
  EXPECT_TRUE(rules.ok()) << (rules ? ""
                                    : rules.errors().front().en + " at " +
                                          rules.errors().front().path);
  return rules ? rules.value() : json();
}

TEST(EligibilityRules, ShippedFilesLoadClean) {
  const json rules = shipped();
  for (const char* file : {"sources", "reasons", "chronic_diseases", "manual_claim", "answers"}) {
    EXPECT_TRUE(rules.contains(file)) << file;
  }
  for (std::size_t i = 0; i < kEligibilityReasonCount; ++i) {
    EXPECT_NE(find_eligibility_reason(rules, kEligibilityReasonIds[i]), nullptr)
        << kEligibilityReasonIds[i];
  }
  for (std::size_t i = 0; i < kPersonalAccountReasonCount; ++i) {
    EXPECT_NE(find_eligibility_reason(rules, kPersonalAccountReasonIds[i]), nullptr)
        << kPersonalAccountReasonIds[i];
  }
  // No reason in the data that neither the decision nor the personal-account answer gives: it
  // would be dead text.
  EXPECT_EQ(rules["reasons"]["reasons"].size(),
            kEligibilityReasonCount + kPersonalAccountReasonCount);
}

TEST(EligibilityRules, TenChronicDiseasesFiveConfirmedFiveNot) {
  const json rules = shipped();
  const json& diseases = rules["chronic_diseases"]["diseases"];
  ASSERT_EQ(diseases.size(), 10u);
  int national = 0;
  int added = 0;
  for (const json& d : diseases) (d["group"] == "national_2021" ? national : added)++;
  EXPECT_EQ(national, 5);
  EXPECT_EQ(added, 5);
  const json& groups = rules["chronic_diseases"]["groups"];
  EXPECT_EQ(groups["national_2021"]["basis"]["confidence"], "high");
  EXPECT_EQ(groups["added_2024"]["basis"]["confidence"], "low");
  // How sure the data is lives in the basis, which pages mark in their one vocabulary; a name
  // that said it too would say it twice, in other words.
  EXPECT_EQ(groups["added_2024"]["name"]["en"].get<std::string>().find("nconfirmed"),
            std::string::npos);
  EXPECT_EQ(groups["added_2024"]["name"]["zh-CN"].get<std::string>().find("核实"),
            std::string::npos);
  EXPECT_EQ(find_chronic_disease(rules, "uremia_dialysis")->at("name")["zh-CN"], "尿毒症透析");
}

TEST(EligibilityRules, LawArticlesAreCitedByTitleAndArticleAtMediumConfidence) {
  const json rules = shipped();
  const json& law = rules["sources"]["sources"]["social_insurance_law"];
  EXPECT_NE(law["title"].get<std::string>().find("社会保险法"), std::string::npos);
  EXPECT_EQ(law["confidence"], "medium");
  const json basis = expand_eligibility_basis(
      rules, find_eligibility_reason(rules, "direct_settlement")->at("basis"));
  EXPECT_EQ(basis["sources"][0]["article"], "第二十九条");
  EXPECT_EQ(basis["sources"][0]["confidence"], "medium");
}

TEST(EligibilityRules, NoClaimDeadlineFigureIsShippedWithoutASource) {
  const json rules = shipped();
  EXPECT_TRUE(rules["manual_claim"]["places"].empty());
  EXPECT_EQ(rules["manual_claim"]["deadline"]["range_seen"]["basis"]["confidence"], "low");
}

std::vector<std::string> problems(const json& rules) {
  std::vector<std::string> out;
  for (const Error& e : check_eligibility_rules(rules)) {
    EXPECT_EQ(e.code, "eligibility.rules_invalid");
    out.push_back(e.en.substr(e.en.find('(')) + " at " + e.path);
  }
  return out;
}

TEST(EligibilityRules, CheckerCatchesBrokenData) {
  const json good = shipped();
  ASSERT_TRUE(problems(good).empty());
  struct Case {
    const char* what;
    json rules;
    std::string problem;
  };
  std::vector<Case> cases;
  auto edit = [&](const char* what, const std::function<void(json&)>& f, std::string problem) {
    json r = good;
    f(r);
    cases.push_back({what, std::move(r), std::move(problem)});
  };
  edit(
      "a file missing", [](json& r) { r.erase("answers"); },
      "(eligibility/answers.json: missing, or not an object) at ");
  edit(
      "a text missing its English", [](json& r) { r["reasons"]["reasons"][0]["text"].erase("en"); },
      "(eligibility/reasons.json: a text needs both zh-CN and en) at /reasons/0/text/en");
  edit(
      "an unknown source id",
      [](json& r) { r["reasons"]["reasons"][0]["basis"]["sources"][0] = "nowhere"; },
      "(eligibility/reasons.json: not a source id of sources.json) at /reasons/0/basis/sources/0");
  edit(
      "an unsourced rule marked medium",
      [](json& r) { r["reasons"]["reasons"][0]["basis"]["sources"] = {"medins_generic"}; },
      "(eligibility/reasons.json: a source without an address allows only low) at "
      "/reasons/0/basis/confidence");
  edit(
      "a law citation without its article",
      [](json& r) {
        r["reasons"]["reasons"][2]["basis"]["sources"][0] = {{"id", "social_insurance_law"}};
      },
      "(eligibility/reasons.json: a cited source names its article) at "
      "/reasons/2/basis/sources/0/article");
  edit(
      "a reason the decision gives is missing",
      [](json& r) { r["reasons"]["reasons"].erase(r["reasons"]["reasons"].begin()); },
      "(eligibility/reasons.json: the decision gives same_city, which is missing) at /reasons");
  edit(
      "a duplicate disease",
      [](json& r) { r["chronic_diseases"]["diseases"][1]["id"] = "hypertension"; },
      "(eligibility/chronic_diseases.json: a unique id other than \"other\") at /diseases/1/id");
  edit(
      "a disease in no group",
      [](json& r) { r["chronic_diseases"]["diseases"][0]["group"] = "2030"; },
      "(eligibility/chronic_diseases.json: national_2021 or added_2024) at /diseases/0/group");
  edit(
      "a deadline pattern both ways",
      [](json& r) {
        r["manual_claim"]["deadline"]["range_seen"]["patterns"][0]["year_end_plus"] = 1;
      },
      "(eligibility/manual_claim.json: exactly one of months and year_end_plus) at "
      "/deadline/range_seen/patterns/0");
  edit(
      "a place rule with a bad region",
      [](json& r) {
        r["manual_claim"]["places"] =
            json::array({{{"region", "1100"},
                          {"claim_deadline", {{"from", "discharge"}, {"months", 12}}},
                          {"basis", {{"sources", {"dcn_faq"}}, {"confidence", "medium"}}}}});
      },
      "(eligibility/manual_claim.json: a 6-digit region code) at /places/0/region");
  edit(
      "a checklist item for nobody",
      [](json& r) { r["manual_claim"]["checklist"][0]["for"] = {"tourists"}; },
      "(eligibility/manual_claim.json: a list of all/inpatient/outpatient/emergency/agent) at "
      "/checklist/0/for");
  edit(
      "a route sentence missing", [](json& r) { r["answers"]["routes"].erase("file_first"); },
      "(eligibility/answers.json: a {zh-CN, en} text is needed) at /routes/file_first/text");
  edit(
      "a check without the words for its \"no\" branch",
      [](json& r) { r["answers"]["checks"]["networked"].erase("no"); },
      "(eligibility/answers.json: a {zh-CN, en} text is needed) at /checks/networked/no");
  edit(
      "a branch condition without its slot",
      [](json& r) { r["answers"]["branch"]["if"]["en"] = "If:"; },
      "(eligibility/answers.json: needs the slot {given}) at /branch/if/en");
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    const std::vector<std::string> found = problems(c.rules);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found.front(), c.problem);
  }
}

TEST(EligibilityRules, CheckerSurvivesNonsense) {
  EXPECT_FALSE(check_eligibility_rules(json(42)).empty());
  EXPECT_FALSE(check_eligibility_rules(json::object()).empty());
  json rules = shipped();
  rules["manual_claim"] = {{"format", 1}, {"checklist", 3}, {"deadline", "soon"}, {"places", {7}}};
  rules["answers"] = {{"format", 1}, {"routes", json::array()}};
  EXPECT_FALSE(check_eligibility_rules(rules).empty());
}

}  // namespace
}  // namespace medins
