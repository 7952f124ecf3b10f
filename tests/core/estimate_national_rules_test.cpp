// The national rules the estimate applies, read once from data/filing/national.json: which
// categories keep the home ratio (group long_term) and how far a policy may cut each one
// (ratio.max_cut_points). Changing the file changes the estimate; breaking it is refused.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "api/core_data.hpp"
#include "api/ops.hpp"
#include "estimate_fixtures.hpp"

namespace medins {
namespace {

using namespace medins::testing;
using nlohmann::json;

const Bibliography& shipped_sources() {
  static const Bibliography sources = load_bibliography().value();
  return sources;
}

json shipped_filing_rules() {
  return load_filing_rules(shipped_sources()).value();
}

json& category(json& doc, const std::string& id) {
  for (json& c : doc["categories"]) {
    if (c["id"] == id) return c;
  }
  throw std::runtime_error("no category " + id);
}

// Cross-province, tier 3, working, 10,000 yuan of class A.
EstimateInput cross_province(FilingCategory filing) {
  return inpatient(Level::k3, Employment::kWorking, RegionRelation::kCrossProvince, filing,
                   {line(ExpenseClass::kA, 1000000)});
}

Result<Estimate> run_with(const NationalRules& rules, const EstimateInput& in) {
  const Policy p = estimate_fixture("employee");
  return estimate(p, p.versions.front(), PolicyPlace{PolicyPlace::Shape::kDocument, "inline", ""},
                  in, shipped_vocabulary(), rules);
}

TEST(EstimateNationalRules, ShippedFileGivesTheLongTermGroupAndTheBounds) {
  // national.json: the three long-term categories at 0 points; referral and emergency at most
  // 10 points, other temporary care 20; unfiled care is left to the insured place.
  const NationalRules& r = national_rules();
  EXPECT_TRUE(r.long_term(FilingCategory::kResettledRetiree));
  EXPECT_TRUE(r.long_term(FilingCategory::kLongTermResident));
  EXPECT_TRUE(r.long_term(FilingCategory::kPostedWorker));
  EXPECT_FALSE(r.long_term(FilingCategory::kReferral));
  EXPECT_FALSE(r.long_term(FilingCategory::kEmergency));
  EXPECT_FALSE(r.long_term(FilingCategory::kOtherTemporary));
  EXPECT_FALSE(r.long_term(FilingCategory::kUnfiled));
  EXPECT_EQ(r.cut_bound(FilingCategory::kPostedWorker), 0);
  EXPECT_EQ(r.cut_bound(FilingCategory::kReferral), 1000);
  EXPECT_EQ(r.cut_bound(FilingCategory::kEmergency), 1000);
  EXPECT_EQ(r.cut_bound(FilingCategory::kOtherTemporary), 2000);
  EXPECT_EQ(r.cut_bound(FilingCategory::kUnfiled), std::nullopt);
}

TEST(EstimateNationalRules, TheEngineReadsThemOnce) {
  const CoreData data = load_core_data();
  ASSERT_TRUE(data.national_rules.get().ok());
  EXPECT_EQ(data.national_rules.get()->cut_bound(FilingCategory::kOtherTemporary), 2000);
}

TEST(EstimateNationalRules, TheSettlementSourceIsTheBibliographysEntry) {
  const BibliographyEntry* entry = shipped_sources().find("nhsa_2022_22");
  ASSERT_NE(entry, nullptr);
  const Result<Source> s = national_settlement_source(shipped_sources());
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->title, entry->title());
  EXPECT_NE(s->title.find("医保发〔2022〕22号"), std::string::npos);
  EXPECT_EQ(s->url, entry->url);
  EXPECT_EQ(s->published, entry->published);
  ASSERT_TRUE(s->published.has_value());
  EXPECT_EQ(s->published->to_iso(), "2022-07-26");

  // The class C step and a long-term filer's "no cut" cite it, as the rules read it.
  Bibliography::Entries renamed = shipped_sources().entries();
  renamed.at("nhsa_2022_22").title_zh_cn = "22号文（测试）";
  const Result<Estimate> e = run_with(
      read_national_rules(shipped_filing_rules(), Bibliography(std::move(renamed))).value(),
      cross_province(FilingCategory::kLongTermResident));
  ASSERT_TRUE(e.ok());
  int citing = 0;
  for (const ExplanationStep& step : e->explanation) {
    if (step.source && step.source->source.title == "22号文（测试）") {
      ++citing;
      EXPECT_TRUE(step.step == "class_c" || step.step == "filing") << step.step;
    }
  }
  EXPECT_EQ(citing, 2);
}

TEST(EstimateNationalRules, ABoundRaisedInTheDataIsNoLongerWarned) {
  // The employee fixture cuts referral by 15 points and emergency by 90: both above the shipped
  // bound of 10, so both are warned. With the bounds raised to 15 and 90 in the data, neither is;
  // at 14 and 90, referral alone is.
  const Result<Estimate> shipped =
      run_with(national_rules(), cross_province(FilingCategory::kEmergency));
  ASSERT_TRUE(shipped.ok());
  EXPECT_EQ(shipped->warnings.size(), 2u);

  json doc = shipped_filing_rules();
  category(doc, "referral")["ratio"]["max_cut_points"] = 15u;
  category(doc, "emergency")["ratio"]["max_cut_points"] = 90u;
  const Result<NationalRules> raised = read_national_rules(doc, shipped_sources());
  ASSERT_TRUE(raised.ok());
  const Result<Estimate> e = run_with(raised.value(), cross_province(FilingCategory::kEmergency));
  ASSERT_TRUE(e.ok());
  EXPECT_TRUE(e->warnings.empty());

  category(doc, "referral")["ratio"]["max_cut_points"] = 14u;
  const Result<Estimate> one = run_with(read_national_rules(doc, shipped_sources()).value(),
                                        cross_province(FilingCategory::kEmergency));
  ASSERT_TRUE(one.ok());
  ASSERT_EQ(one->warnings.size(), 1u);
  EXPECT_EQ(one->warnings[0].code, "estimate.cut_above_national_bound");
  EXPECT_EQ(one->warnings[0].path,
            "/policy/versions/0/inpatient/filing_cuts/referral/ratio_cut_bp");
  EXPECT_NE(one->warnings[0].zh_cn.find("全国规定最多14个百分点"), std::string::npos);
}

TEST(EstimateNationalRules, TheLongTermGroupComesFromTheData) {
  // The fixture lists no cut for long_term_resident. As a long-term category it keeps the home
  // ratio: 10,000 - 1,300 deductible = 8,700 x 85% = 7,395. Put in the temporary group, it is a
  // category the policy gives no cut for, and the estimate names the missing figure.
  const Result<Estimate> shipped =
      run_with(national_rules(), cross_province(FilingCategory::kLongTermResident));
  ASSERT_TRUE(shipped.ok());
  EXPECT_EQ(shipped->fund_pays.fen(), 739500);

  json doc = shipped_filing_rules();
  category(doc, "long_term_resident")["group"] = "temporary";
  const Result<Estimate> e = run_with(read_national_rules(doc, shipped_sources()).value(),
                                      cross_province(FilingCategory::kLongTermResident));
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.errors().front().code, "estimate.unknown_terms");
  EXPECT_EQ(e.errors().front().path, "/policy/versions/0/inpatient/filing_cuts/long_term_resident");
}

TEST(EstimateNationalRules, ABrokenDocumentIsRefusedWithThePlaceToFix) {
  json missing_category = shipped_filing_rules();
  json& categories = missing_category["categories"];
  for (std::size_t i = 0; i < categories.size(); ++i) {
    if (categories[i]["id"] == "posted_worker") categories.erase(i);
  }
  const Result<NationalRules> a = read_national_rules(missing_category, shipped_sources());
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.errors().front().code, "filing.rules_invalid");
  EXPECT_EQ(a.errors().front().path, "/categories");
  EXPECT_NE(a.errors().front().en.find("posted_worker"), std::string::npos);

  json bad_bound = shipped_filing_rules();
  bad_bound["categories"][3]["ratio"]["max_cut_points"] = "ten";
  const Result<NationalRules> b = read_national_rules(bad_bound, shipped_sources());
  ASSERT_FALSE(b.ok());
  ASSERT_EQ(b.errors().size(), 1u);
  EXPECT_EQ(b.errors().front().path, "/categories/3/ratio/max_cut_points");

  Bibliography::Entries without = shipped_sources().entries();
  without.erase("nhsa_2022_22");
  const Result<NationalRules> c =
      read_national_rules(shipped_filing_rules(), Bibliography(std::move(without)));
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.errors().front().code, "sources.invalid");
  EXPECT_EQ(c.errors().front().path, "/nhsa_2022_22");
}

TEST(EstimateNationalRules, WithoutThemTheEstimateOpRefusesToAnswer) {
  CoreData data = load_core_data();
  data.national_rules =
      make_error("filing.rules_invalid", "/categories", "（缺类别）", "(no category)");
  const json request = json::parse(R"({
    "on": "2025-06-01",
    "person": {"scheme": "employee", "employment": "working"},
    "insured_region": "140800", "treatment_region": "110105",
    "filing": {"category": "long_term_resident"},
    "visit": {"setting": "inpatient", "institution_level": 3,
              "admitted_on": "2025-05-25", "discharged_on": "2025-06-01"},
    "bill": {"lines": [{"amount_fen": 100000, "class": "A"}]},
    "policy": "140800/employee"
  })");
  ASSERT_TRUE(ops::estimate(load_core_data(), request).ok());
  const Result<json> answer = ops::estimate(data, request);
  ASSERT_FALSE(answer.ok());
  EXPECT_EQ(answer.errors().front().code, "internal.error");
  EXPECT_NE(answer.errors().front().en.find("(no category)"), std::string::npos);
}

}  // namespace
}  // namespace medins
