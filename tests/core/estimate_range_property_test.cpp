// The ranged estimate's promise (docs/estimate.md, "Ranged answers"): for any values of the
// unknown figures inside their stated ranges, the point estimate lies inside the stated range of
// every payer, and each end of a range is an answer some corner gives. Checked on generated bills
// over the frozen fixtures with figures taken out of them at random, for random inside values
// and every corner.
#include <random>

#include <gtest/gtest.h>

#include "estimate/estimate_range.hpp"
#include "estimate_fixtures.hpp"

namespace medins {
namespace {

using namespace medins::testing;

const Bibliography& bibliography() {
  static const Bibliography b = load_bibliography().value();
  return b;
}

// Ranges for every level and setting of both schemes, wide enough to reach every band, the cap
// and the floor of a ratio at 0 once cut.
PlacesWeKnow wide_table() {
  PlacesWeKnow t;
  for (const char* scheme : {"employee", "resident"}) {
    for (const char* setting : {"inpatient", "outpatient"}) {
      const std::string at = std::string(scheme) + "/" + setting + "/";
      for (const char* level : {"1", "2", "3"}) {
        t.ranges[at + level + "/deductible"] = KnownRange{0, 500000, 3};
        t.ranges[at + level + "/fund_ratio"] = KnownRange{1000, 10000, 3};
      }
      t.ranges[at + "unfiled/filing_cut"] = KnownRange{0, 6000, 2};
    }
  }
  return t;
}

// Takes figures out of a policy at random: filing cuts, deductibles, bands, class-B shares.
Policy with_holes(Policy p, std::mt19937& rng) {
  auto coin = [&] { return std::uniform_int_distribution<int>(0, 2)(rng) == 0; };
  for (auto& [setting, s] : p.versions.front().settings) {
    if (coin()) s.filing_cuts.clear();
    for (LevelTerms* levels :
         {&s.levels, s.out_of_province ? &s.out_of_province->levels : nullptr}) {
      if (levels == nullptr) continue;
      for (auto& [level, rows] : *levels) {
        for (auto& [employment, t] : rows) {
          if (coin()) {
            t.deductible.reset();
            t.deductible_by_admission.clear();
          }
          if (coin()) t.bands.clear();
          if (coin()) t.class_b_self_first.reset();
        }
      }
    }
  }
  return p;
}

EstimateInput random_input(std::mt19937& rng, bool employee) {
  auto pick = [&](std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
  };
  EstimateInput in;
  in.setting = employee && pick(0, 3) == 0 ? Setting::kOutpatient : Setting::kInpatient;
  in.level = Level(pick(0, 2));
  in.employment = pick(0, 1) == 0 ? Employment::kWorking : Employment::kRetired;
  in.relation = RegionRelation(pick(0, 3));
  const std::int64_t f = pick(0, 6);
  in.filing = f == 6 ? std::nullopt : std::optional<FilingCategory>(FilingCategory(f));
  const std::int64_t scale[] = {10000, 1000000, 10000000, 60000000};
  const std::int64_t n = pick(1, 4);
  for (std::int64_t i = 0; i < n; ++i) {
    const auto c = ExpenseClass(pick(0, 2));
    std::optional<BasisPoints> self;
    if (c == ExpenseClass::kB && pick(0, 2) == 0) self = static_cast<BasisPoints>(pick(0, 3000));
    in.lines.push_back(line(c, pick(0, scale[pick(0, 3)]), self));
  }
  YearToDate& y = in.year_to_date;
  y.eligible = Money::from_fen(pick(0, 1) == 0 ? 0 : pick(0, 30000000));
  y.deductible_paid = Money::from_fen(pick(0, std::min<std::int64_t>(y.eligible.fen(), 300000)));
  y.fund_paid = Money::from_fen(pick(0, 1) == 0 ? 0 : pick(0, 60000000));
  y.admissions = pick(0, 3);
  y.critical_illness_base = Money::from_fen(pick(0, 1) == 0 ? 0 : pick(0, 30000000));
  return in;
}

bool within(Money m, const MoneyRange& r) {
  return !(m < r.min) && !(r.max < m);
}

TEST(EstimateRangeProperties, EveryInsideValueAndCornerLiesWithinTheStatedRange) {
  const Policy employee = estimate_fixture("employee");
  const Policy resident = estimate_fixture("resident");
  const PlacesWeKnow table = wide_table();
  const RangeBasis basis{shipped_vocabulary(), national_rules(), table, &bibliography()};
  const PolicyPlace place{PolicyPlace::Shape::kDocument, "inline", ""};
  std::mt19937 rng(20261203);
  int ranged = 0;
  int checked = 0;
  int two_or_more = 0;
  for (int i = 0; i < 1500; ++i) {
    SCOPED_TRACE(i);
    const bool is_employee = i % 2 == 0;
    const Policy p = with_holes(is_employee ? employee : resident, rng);
    const EstimateInput in = random_input(rng, is_employee);
    const Result<RangedEstimate> r = estimate_range(p, 0, place, in, {}, basis);
    if (!r.ok() || r->point) continue;
    ++ranged;
    const RangedEstimate& range = r.value();
    if (range.assumptions.size() >= 2) ++two_or_more;
    EXPECT_LE(range.person.min.fen(), range.person.max.fen());
    EXPECT_EQ(range.person_most.person_pays.fen(), range.person.max.fen());
    EXPECT_EQ(range.person_least.person_pays.fen(), range.person.min.fen());
    // Random values inside every stated range, then every corner again, each as a figure the
    // person typed: the plain point estimate must fall inside.
    const std::size_t n = range.assumptions.size();
    const std::size_t corners = std::size_t{1} << n;
    for (std::size_t k = 0; k < 12 + corners; ++k) {
      KnownFigures typed;
      for (std::size_t a = 0; a < n; ++a) {
        const Assumption& as = range.assumptions[a];
        typed[as.figure] = k < 12
                               ? std::uniform_int_distribution<std::int64_t>(as.low, as.high)(rng)
                               : (((k - 12) >> a) & 1 ? as.high : as.low);
      }
      const Result<RangedEstimate> point = estimate_range(p, 0, place, in, typed, basis);
      ASSERT_TRUE(point.ok()) << point.errors().front().code;
      ASSERT_TRUE(point->assumptions.empty());
      const Estimate& e = point->point ? *point->point : point->person_most;
      ++checked;
      EXPECT_TRUE(within(e.fund_pays, range.fund))
          << e.fund_pays.fen() << " not in " << range.fund.min.fen() << ".."
          << range.fund.max.fen();
      EXPECT_TRUE(within(e.critical_illness_pays, range.critical_illness));
      EXPECT_TRUE(within(e.person_pays, range.person))
          << e.person_pays.fen() << " not in " << range.person.min.fen() << ".."
          << range.person.max.fen();
    }
  }
  EXPECT_GT(ranged, 300);
  EXPECT_GT(two_or_more, 50);
  EXPECT_GT(checked, 5000);
}

TEST(EstimateRangeProperties, TheAssumptionsComeLargestEffectFirstAndExplainTheRange) {
  const Policy employee = estimate_fixture("employee");
  const PlacesWeKnow table = wide_table();
  const RangeBasis basis{shipped_vocabulary(), national_rules(), table, &bibliography()};
  const PolicyPlace place{PolicyPlace::Shape::kDocument, "inline", ""};
  std::mt19937 rng(11);
  for (int i = 0; i < 400; ++i) {
    const Policy p = with_holes(employee, rng);
    const EstimateInput in = random_input(rng, true);
    const Result<RangedEstimate> r = estimate_range(p, 0, place, in, {}, basis);
    if (!r.ok() || r->point) continue;
    Money previous = Money::from_fen(std::numeric_limits<std::int64_t>::max());
    for (const Assumption& a : r->assumptions) {
      EXPECT_LE(a.effect.fen(), previous.fen());
      EXPECT_LE(a.effect.fen(), r->person.max.fen() - r->person.min.fen());
      EXPECT_LE(a.low, a.high);
      previous = a.effect;
    }
  }
}

}  // namespace
}  // namespace medins
