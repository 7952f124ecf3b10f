// The estimate op's refusals and warnings through handle(): each with its code and the pointer
// to the field to fix (the worked examples under tests/cases/estimate/ cover more).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "common/embedded_files.hpp"
#include "medins/handle.hpp"

namespace medins {
namespace {

using nlohmann::json;

json base_request() {
  return json::parse(R"({
    "on": "2025-06-01",
    "person": {"scheme": "employee", "employment": "working"},
    "insured_region": "140800",
    "treatment_region": "110105",
    "filing": {"category": "long_term_resident"},
    "visit": {"setting": "inpatient", "institution_level": 3,
              "admitted_on": "2025-05-25", "discharged_on": "2025-06-01"},
    "bill": {"lines": [{"name": "x", "amount_fen": 100000, "class": "A"}]},
    "policy": "140800/employee"
  })");
}

json call(const json& request) {
  return json::parse(handle("estimate", request.dump()));
}

std::vector<std::pair<std::string, std::string>> errors_of(const json& response) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const json& e : response.value("errors", json::array())) {
    out.emplace_back(e.at("code"), e.at("path"));
  }
  return out;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(EstimateErrors, TheBaseRequestIsAnswered) {
  const json r = call(base_request());
  ASSERT_TRUE(r.at("ok").get<bool>()) << r.dump();
  // 1,000 in scope, 600 deductible, 400 x 80% = 320.
  EXPECT_EQ(r["result"]["fund_pays_fen"], 32000);
  EXPECT_EQ(r["result"]["person_pays_fen"], 68000);
}

TEST(EstimateErrors, LinesAndTotalsTogether) {
  json q = base_request();
  q["bill"]["totals_fen"] = {{"A", 100}};
  EXPECT_EQ(errors_of(call(q)), (Pairs{{"estimate.lines_and_totals", "/bill/totals_fen"}}));
}

TEST(EstimateErrors, NoBillAtAll) {
  json q = base_request();
  q["bill"] = json::object();
  EXPECT_EQ(errors_of(call(q)), (Pairs{{"request.missing_field", "/bill/lines"}}));
}

TEST(EstimateErrors, YearToDateThatCannotBe) {
  json q = base_request();
  q["year_to_date"] = {{"eligible_fen", 100},
                       {"deductible_paid_fen", 200},
                       {"fund_paid_fen", 300},
                       {"critical_illness_paid_fen", 1}};
  EXPECT_EQ(
      errors_of(call(q)),
      (Pairs{{"estimate.year_to_date_inconsistent", "/year_to_date/deductible_paid_fen"},
             {"estimate.year_to_date_inconsistent", "/year_to_date/fund_paid_fen"},
             {"estimate.year_to_date_inconsistent", "/year_to_date/critical_illness_paid_fen"}}));
}

TEST(EstimateErrors, PolicyOfAnotherSchemeOrPlace) {
  json q = base_request();
  q["policy"] = "140800/resident";
  EXPECT_EQ(errors_of(call(q)), (Pairs{{"estimate.scheme_mismatch", "/policy"}}));
  q["policy"] = "110000/employee";
  EXPECT_EQ(errors_of(call(q)), (Pairs{{"estimate.region_mismatch", "/policy"}}));
  q["policy"] = "710000/employee";
  EXPECT_EQ(errors_of(call(q)), (Pairs{{"policy.not_found", "/policy"}}));
  q["policy"] = 12;
  EXPECT_EQ(errors_of(call(q)), (Pairs{{"request.wrong_type", "/policy"}}));
  q.erase("policy");
  EXPECT_EQ(errors_of(call(q)), (Pairs{{"request.missing_field", "/policy"}}));
}

TEST(EstimateErrors, UnknownNamesAndMissingFiling) {
  json q = base_request();
  q["person"]["employment"] = "student";
  q["visit"]["setting"] = "dental";
  q["visit"]["institution_level"] = 4;
  q.erase("filing");
  EXPECT_EQ(errors_of(call(q)), (Pairs{{"estimate.unknown_employment", "/person/employment"},
                                       {"estimate.unknown_setting", "/visit/setting"},
                                       {"request.out_of_range", "/visit/institution_level"},
                                       {"request.missing_field", "/filing"}}));
}

TEST(EstimateErrors, InpatientNeedsItsDatesAndPlacesMustBeKnown) {
  json q = base_request();
  q["visit"].erase("admitted_on");
  q["treatment_region"] = "999999";
  q["on"] = "2025-02-30";
  EXPECT_EQ(errors_of(call(q)), (Pairs{{"date.invalid", "/on"},
                                       {"region.unknown", "/treatment_region"},
                                       {"request.missing_field", "/visit/admitted_on"}}));
}

TEST(EstimateErrors, OverflowIsAnErrorNotAWrap) {
  json q = base_request();
  q["bill"]["lines"] = json::array();
  for (int i = 0; i < 2000; ++i) {
    q["bill"]["lines"].push_back({{"amount_fen", 1000000000000}, {"class", "A"}});
  }
  EXPECT_EQ(errors_of(call(q)), (Pairs{{"money.overflow", "/bill"}}));
}

TEST(EstimateWarnings, UnknownCapAndLateFilingAreSaid) {
  json q = base_request();
  q["insured_region"] = "110000";
  q["policy"] = "110000/employee";
  q["filing"]["filed_on"] = "2025-06-05";
  const json r = call(q);
  ASSERT_TRUE(r.at("ok").get<bool>()) << r.dump();
  const json& w = r["result"]["warnings"];
  ASSERT_EQ(w.size(), 2u) << w.dump();
  EXPECT_EQ(w[0]["code"], "estimate.filed_after_discharge");
  EXPECT_EQ(w[0]["path"], "/filing/filed_on");
  EXPECT_EQ(w[1]["code"], "estimate.cap_unknown");
  EXPECT_EQ(w[1]["path"], "/policy");
}

TEST(EstimateWarnings, ACutAboveTheNationalBoundIsWarnedInAnInlinePolicy) {
  json q = base_request();
  q["filing"] = {{"category", "referral"}};
  q["policy"] = json::parse(R"({
    "levels": {"3": {"all": {"deductible_fen": 60000,
                             "bands": [{"from_fen": 0, "to_fen": null, "fund_ratio_bp": 8000}]}}},
    "filing_cuts": {"referral": {"ratio_cut_bp": 1500}},
    "annual_cap_fen": 8000000})");
  const json r = call(q);
  ASSERT_TRUE(r.at("ok").get<bool>()) << r.dump();
  // 400 x (80% - 15 points = 65%) = 260: the policy's figure is applied, and questioned.
  EXPECT_EQ(r["result"]["fund_pays_fen"], 26000);
  const json& w = r["result"]["warnings"];
  ASSERT_EQ(w.size(), 1u) << w.dump();
  EXPECT_EQ(w[0]["code"], "estimate.cut_above_national_bound");
  EXPECT_EQ(w[0]["path"], "/policy/filing_cuts/referral/ratio_cut_bp");
}

}  // namespace
}  // namespace medins

namespace medins {
namespace {

std::string_view shipped_file(std::string_view path) {
  for (const EmbeddedFile& f : embedded_policy_files()) {
    if (f.path == path) return f.text;
  }
  return {};
}

// A portal may republish a shipped policy file as is (web/demo does): its sources are ids of our
// bibliography, which resolve for an inline policy too, so the answer is the named file's, to
// the fen. An id that is not in the bibliography is still refused, at its pointer.
TEST(EstimateInlinePolicy, AShippedFileSentInlineCitesTheBibliographyAndAnswersTheSame) {
  json named = base_request();
  json inline_request = base_request();
  inline_request["policy"] = json::parse(shipped_file("policies/140800/employee.json"));
  ASSERT_TRUE(inline_request["policy"].at("source").is_string());  // an id, not an object
  const json a = call(named);
  const json b = call(inline_request);
  ASSERT_EQ(b.at("ok"), true) << b.dump();
  EXPECT_EQ(b["result"]["fund_pays_fen"], a["result"]["fund_pays_fen"]);
  EXPECT_EQ(b["result"]["person_pays_fen"], a["result"]["person_pays_fen"]);
  EXPECT_EQ(b["result"]["explanation"].size(), a["result"]["explanation"].size());

  inline_request["policy"]["source"] = "no_such_source";
  EXPECT_EQ(errors_of(call(inline_request)), (Pairs{{"policy.unknown_source", "/policy/source"}}));
}

}  // namespace
}  // namespace medins
