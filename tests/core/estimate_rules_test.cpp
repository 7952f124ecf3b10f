// The estimate's rules on the frozen fixtures, each figure worked out by hand in the comment
// above its check (docs/estimate.md gives the order of the steps).
#include <gtest/gtest.h>

#include "estimate_fixtures.hpp"

namespace medins {
namespace {

using namespace medins::testing;

// What the year had used before this bill (fen; earlier admissions).
YearToDate used(std::int64_t eligible, std::int64_t deductible_paid, std::int64_t fund_paid,
                std::int64_t admissions) {
  YearToDate y;
  y.eligible = Money::from_fen(eligible);
  y.deductible_paid = Money::from_fen(deductible_paid);
  y.fund_paid = Money::from_fen(fund_paid);
  y.admissions = admissions;
  return y;
}

// An employee at work, a tier-3 stay in the insured prefecture, one class-A line of 10,000 yuan.
Result<Estimate> tier3_stay_after(const YearToDate& year_to_date) {
  EstimateInput in = inpatient(Level::k3, Employment::kWorking, RegionRelation::kSamePrefecture,
                               std::nullopt, {line(ExpenseClass::kA, 1000000)});
  in.year_to_date = year_to_date;
  return run(estimate_fixture("employee"), in);
}

TEST(EstimateRules, AnnualDeductibleMaxLimitsASecondAdmission) {
  // Working, level 3: deductibles [1,300, 650], at most 1,950 a year; 1,500 already paid, so the
  // 2nd admission pays 450 of its 650. In scope 10,000 at cumulative 20,000..30,000:
  // 20,450..30,000 at 85% = 9,550 x 85% = 8,117.50.
  const Result<Estimate> e = tier3_stay_after(used(2000000, 150000, 0, 1));
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->breakdown.deductible.fen(), 45000);
  EXPECT_EQ(e->fund_pays.fen(), 811750);
  EXPECT_EQ(e->person_pays.fen(), 188250);
  EXPECT_EQ(e->year_to_date.deductible_paid.fen(), 195000);
}

TEST(EstimateRules, PolicyClassBShareAppliesWhenTheLineHasNone) {
  // Class B 1,000.05 x 10% (the policy's) = 100.005 -> 100.01; in scope 900.04, all under the
  // 1,300 deductible: the fund pays nothing.
  const Policy p = estimate_fixture("employee");
  const Result<Estimate> e =
      run(p, inpatient(Level::k3, Employment::kWorking, RegionRelation::kSamePrefecture,
                       std::nullopt, {line(ExpenseClass::kB, 100005)}));
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->breakdown.class_b_self.fen(), 10001);
  EXPECT_EQ(e->breakdown.deductible.fen(), 90004);
  EXPECT_EQ(e->fund_pays.fen(), 0);
}

// A policy without a class-B share and bill lines without theirs: each such line is named by
// where its share belongs in the request, a line by its place in bill.lines, a total by the
// bill's own self_ratio_bp; a class-B line of nothing asks for no share.
TEST(EstimateRules, AMissingClassBShareNamesWhereTheLineGivesIt) {
  Policy p = estimate_fixture("employee");
  for (auto& [setting, s] : p.versions.front().settings) {
    for (auto& [level, rows] : s.levels) {
      for (auto& [employment, t] : rows) t.class_b_self_first.reset();
    }
  }
  BillLine third = line(ExpenseClass::kB, 20000);
  third.index = 3;
  BillLine total = line(ExpenseClass::kB, 30000);
  total.index.reset();
  BillLine nothing = line(ExpenseClass::kB, 0);
  nothing.index = 4;
  const Result<Estimate> e = run(
      p, inpatient(Level::k3, Employment::kWorking, RegionRelation::kSamePrefecture, std::nullopt,
                   {line(ExpenseClass::kA, 10000), third, nothing,
                    line(ExpenseClass::kB, 5000, 1000), total}));
  ASSERT_FALSE(e.ok());
  std::vector<std::string> paths;
  for (const Error& error : e.errors()) {
    EXPECT_EQ(error.code, "estimate.no_class_b_ratio");
    paths.push_back(error.path);
  }
  EXPECT_EQ(paths,
            (std::vector<std::string>{"/bill/lines/3/self_ratio_bp", "/bill/self_ratio_bp"}));
}

TEST(EstimateRules, OutpatientDeductibleIsYearlyAndCountsWhatWasPaid) {
  // Outpatient: 1,800 a year, 1,000 already paid -> 800 due; 3,000 in scope: 2,200 x 50% =
  // 1,100 from the fund.
  const Policy p = estimate_fixture("employee");
  EstimateInput in = inpatient(Level::k2, std::nullopt, RegionRelation::kSameRegion, std::nullopt,
                               {line(ExpenseClass::kA, 300000)});
  in.setting = Setting::kOutpatient;
  in.year_to_date.eligible = Money::from_fen(100000);
  in.year_to_date.deductible_paid = Money::from_fen(100000);
  const Result<Estimate> e = run(p, in);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->breakdown.deductible.fen(), 80000);
  EXPECT_EQ(e->fund_pays.fen(), 110000);
  EXPECT_EQ(e->year_to_date.admissions, 0);
}

TEST(EstimateRules, CutFloorsAtZeroAndIsWarnedAboveTheNationalBound) {
  // Emergency: 85% - 90 points -> 0%, the fund pays nothing; 90 > 10 points is warned, and so is
  // referral's 15.
  const Policy p = estimate_fixture("employee");
  const Result<Estimate> e =
      run(p, inpatient(Level::k3, Employment::kWorking, RegionRelation::kCrossProvince,
                       FilingCategory::kEmergency, {line(ExpenseClass::kA, 1000000)}));
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->fund_pays.fen(), 0);
  ASSERT_EQ(e->warnings.size(), 2u);
  EXPECT_EQ(e->warnings[0].code, "estimate.cut_above_national_bound");
  EXPECT_EQ(e->warnings[0].path, "/policy/versions/0/inpatient/filing_cuts/referral/ratio_cut_bp");
  EXPECT_EQ(e->warnings[1].path, "/policy/versions/0/inpatient/filing_cuts/emergency/ratio_cut_bp");
}

TEST(EstimateRules, OtherTemporaryTakesBothTheFirstPaidShareAndTheCut) {
  // 10,000 in scope; 5% first = 500; 9,500 eligible; deductible 1,300; 8,200 x (85% - 20 =
  // 65%) = 5,330.
  const Policy p = estimate_fixture("employee");
  const Result<Estimate> e =
      run(p, inpatient(Level::k3, Employment::kWorking, RegionRelation::kInProvince,
                       FilingCategory::kOtherTemporary, {line(ExpenseClass::kA, 1000000)}));
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->breakdown.filing_self_first.fen(), 50000);
  EXPECT_EQ(e->fund_pays.fen(), 533000);
  EXPECT_EQ(e->slip.preselfpay_amt.fen(), 50000);
  EXPECT_EQ(e->slip.inscp_scp_amt.fen(), 950000);
}

TEST(EstimateRules, UnfiledCrossProvinceUsesTheOutOfProvinceTermsWithTheirOwnShare) {
  // out_of_province applies to unfiled: 2,000 deductible, 50%; unfiled 10% first-paid.
  // 10,000 -> 1,000 first, 9,000 eligible, 7,000 x 50% = 3,500.
  const Policy p = estimate_fixture("employee");
  const Result<Estimate> e =
      run(p, inpatient(Level::k3, Employment::kWorking, RegionRelation::kCrossProvince,
                       std::nullopt, {line(ExpenseClass::kA, 1000000)}));
  ASSERT_TRUE(e.ok());
  EXPECT_TRUE(e->terms.out_of_province);
  EXPECT_EQ(e->terms.level, Level::kAny);
  EXPECT_EQ(e->fund_pays.fen(), 350000);
}

TEST(EstimateRules, ResidentCriticalIllnessPaysAboveItsThreshold) {
  // Basic: 30,000 in scope, deductible 500, 29,500 x 70% = 20,650; the person's in-scope share
  // 9,350 is the critical-illness base, after 10,000 earlier: cumulative 10,000..19,350, above
  // the 15,000 threshold 4,350 x 60% = 2,610. Person 30,000 - 20,650 - 2,610 = 6,740.
  const Policy p = estimate_fixture("resident");
  EstimateInput in = inpatient(Level::k3, std::nullopt, RegionRelation::kSamePrefecture,
                               std::nullopt, {line(ExpenseClass::kA, 3000000)});
  in.year_to_date.critical_illness_base = Money::from_fen(1000000);
  const Result<Estimate> e = run(p, in);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->fund_pays.fen(), 2065000);
  EXPECT_EQ(e->critical_illness_pays.fen(), 261000);
  EXPECT_EQ(e->person_pays.fen(), 674000);
  EXPECT_EQ(e->slip.critical_illness_pay.fen(), 261000);
  EXPECT_EQ(e->year_to_date.critical_illness_base.fen(), 1935000);
}

TEST(EstimateRules, EmployeeSupplementPaysTheSpendingAboveTheFundsCap) {
  // Cap 500,000 with 499,000 paid: 1,000 left. Deductibles used up (1,950 paid). 10,000 at 95%:
  // the cap is reached after ceil((100,000 x 10,000 - 5,000) / 9,500) = 105,263 fen
  // (1,052.63 x 95% = 1,000.00); 8,947.37 above the cap, x 90% = 8,052.633 -> 8,052.63 from the
  // supplement. Person 10,000 - 1,000 - 8,052.63 = 947.37.
  const Result<Estimate> e = tier3_stay_after(used(60000000, 195000, 49900000, 2));
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->breakdown.deductible.fen(), 0);
  EXPECT_EQ(e->fund_pays.fen(), 100000);
  EXPECT_EQ(e->breakdown.over_cap.fen(), 894737);
  EXPECT_EQ(e->breakdown.coinsurance.fen(), 5263);
  EXPECT_EQ(e->critical_illness_pays.fen(), 805263);
  EXPECT_EQ(e->person_pays.fen(), 94737);
  EXPECT_EQ(e->year_to_date.fund_paid.fen(), 50000000);
}

TEST(EstimateRules, MissingTermsNameTheFigure) {
  const Policy p = estimate_fixture("employee");
  const Result<Estimate> e =
      run(p, inpatient(Level::k2, Employment::kWorking, RegionRelation::kSamePrefecture,
                       std::nullopt, {line(ExpenseClass::kA, 100)}));
  ASSERT_FALSE(e.ok());
  ASSERT_EQ(e.errors().size(), 1u);
  EXPECT_EQ(e.errors()[0].code, "estimate.unknown_terms");
  EXPECT_EQ(e.errors()[0].path, "/policy/versions/0/inpatient/levels/2");
  EXPECT_NE(e.errors()[0].en.find("tier-2"), std::string::npos) << e.errors()[0].en;
}

TEST(EstimatePointers, InlineShapesMapToTheRequest) {
  const std::string doc = "/versions/0/inpatient/levels/3/all/bands";
  EXPECT_EQ(policy_pointer({PolicyPlace::Shape::kShipped, "", ""}, doc), "/policy");
  EXPECT_EQ(policy_pointer({PolicyPlace::Shape::kDocument, "", ""}, doc), "/policy" + doc);
  EXPECT_EQ(policy_pointer({PolicyPlace::Shape::kVersion, "", ""}, doc),
            "/policy/inpatient/levels/3/all/bands");
  EXPECT_EQ(policy_pointer({PolicyPlace::Shape::kSetting, "", ""}, doc),
            "/policy/levels/3/all/bands");
  EXPECT_EQ(policy_pointer({PolicyPlace::Shape::kSetting, "", ""}, "/source"), "/policy");
}

}  // namespace
}  // namespace medins
