// Properties of the estimate on generated bills over the frozen fixtures: the shares add up to
// the total, nothing is negative, caps hold, and spending more never lowers what the person pays.
#include <random>

#include <gtest/gtest.h>

#include "estimate_fixtures.hpp"

namespace medins {
namespace {

using namespace medins::testing;

struct Generated {
  const Policy* policy;
  EstimateInput input;
};

class Generator {
 public:
  explicit Generator(std::uint32_t seed) : rng_(seed) {}

  std::int64_t pick(std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng_);
  }

  // Amounts from a few fen to a few hundred thousand yuan, skewed small as real bills are.
  std::int64_t amount() {
    const std::int64_t scale[] = {100, 10000, 1000000, 10000000, 50000000};
    return pick(0, scale[pick(0, 4)]);
  }

  Generated next(const Policy& employee, const Policy& resident) {
    Generated g{pick(0, 1) == 0 ? &employee : &resident, {}};
    EstimateInput& in = g.input;
    const bool is_employee = g.policy == &employee;
    in.setting = is_employee && pick(0, 3) == 0 ? Setting::kOutpatient : Setting::kInpatient;
    in.level = in.setting == Setting::kOutpatient || !is_employee ? Level(pick(0, 2)) : Level::k3;
    in.employment = pick(0, 1) == 0 ? Employment::kWorking : Employment::kRetired;
    in.relation = RegionRelation(pick(0, 3));
    const std::int64_t f = pick(0, 6);
    // Every category the fixtures know, and "none".
    in.filing = f == 6 ? std::nullopt : std::optional<FilingCategory>(FilingCategory(f));
    const std::int64_t n = pick(0, 6);
    for (std::int64_t i = 0; i < n; ++i) {
      const auto c = ExpenseClass(pick(0, 2));
      std::optional<BasisPoints> self;
      // Only the employee fixture's working inpatient row has a class-B share of its own (not its
      // out-of-province row, which unfiled care across provinces uses).
      const bool policy_has_b = is_employee && in.setting == Setting::kInpatient &&
                                in.employment == Employment::kWorking &&
                                !(in.relation == RegionRelation::kCrossProvince && !in.filing);
      if (c == ExpenseClass::kB && (!policy_has_b || pick(0, 1) == 0)) {
        self = static_cast<BasisPoints>(pick(0, 3000));
      }
      in.lines.push_back(line(c, amount(), self));
    }
    YearToDate& y = in.year_to_date;
    y.eligible = Money::from_fen(pick(0, 1) == 0 ? 0 : amount());
    y.deductible_paid = Money::from_fen(pick(0, std::min<std::int64_t>(y.eligible.fen(), 300000)));
    y.fund_paid = Money::from_fen(pick(0, 1) == 0 ? pick(0, y.eligible.fen()) : pick(0, 60000000));
    if (y.eligible < y.fund_paid) y.eligible = y.fund_paid;
    y.admissions = pick(0, 4);
    y.critical_illness_base = Money::from_fen(pick(0, 1) == 0 ? 0 : amount());
    y.critical_illness_paid =
        Money::from_fen(pick(0, std::min<std::int64_t>(y.critical_illness_base.fen(), 40000000)));
    return g;
  }

 private:
  std::mt19937 rng_;
};

std::optional<Money> cap_of(const Policy& p, Setting s) {
  const SettingTerms& t = p.versions.front().settings.at(s);
  if (!t.annual_cap) return std::nullopt;
  return t.annual_cap->value;
}

void expect_invariants(const Policy& p, const EstimateInput& in, const Estimate& e) {
  EXPECT_EQ(e.fund_pays.fen() + e.critical_illness_pays.fen() + e.person_pays.fen(), e.total.fen());
  for (const Money m :
       {e.fund_pays, e.critical_illness_pays, e.person_pays, e.breakdown.class_c,
        e.breakdown.class_b_self, e.breakdown.filing_self_first, e.breakdown.deductible,
        e.breakdown.coinsurance, e.breakdown.over_cap, e.breakdown.over_ceiling}) {
    EXPECT_GE(m.fen(), 0);
  }
  // The breakdown is what the person would pay after the basic fund; the critical-illness layer
  // then pays part of it.
  const Breakdown& b = e.breakdown;
  EXPECT_EQ(b.class_c.fen() + b.class_b_self.fen() + b.filing_self_first.fen() +
                b.deductible.fen() + b.coinsurance.fen() + b.over_cap.fen() + b.over_ceiling.fen(),
            e.person_pays.fen() + e.critical_illness_pays.fen());
  EXPECT_EQ(e.slip.medfee_sumamt.fen(),
            e.slip.fulamt_ownpay_amt.fen() + e.slip.overlmt_selfpay.fen() +
                e.slip.preselfpay_amt.fen() + e.slip.inscp_scp_amt.fen());
  if (const std::optional<Money> cap = cap_of(p, in.setting)) {
    if (in.year_to_date.fund_paid <= *cap) EXPECT_LE(e.year_to_date.fund_paid.fen(), cap->fen());
    if (*cap <= in.year_to_date.fund_paid) EXPECT_EQ(e.fund_pays.fen(), 0);
  }
  const auto& ci = p.versions.front().settings.at(in.setting).critical_illness;
  if (ci && ci->cap && in.year_to_date.critical_illness_paid <= ci->cap->value) {
    EXPECT_LE(e.year_to_date.critical_illness_paid.fen(), ci->cap->value.fen());
  }
}

// `count` requests generated from `seed` (a failure repeats) against the two fixture policies,
// each handed to `check` with the generator, for variations of it.
template <typename Check>
void for_generated(std::uint32_t seed, int count, Check check) {
  const Policy employee = estimate_fixture("employee");
  const Policy resident = estimate_fixture("resident");
  Generator gen(seed);
  for (int i = 0; i < count; ++i) {
    SCOPED_TRACE(i);
    check(gen.next(employee, resident), gen);
  }
}

TEST(EstimateProperties, SharesAddUpNothingNegativeCapsHold) {
  int answered = 0;
  for_generated(20261125, 4000, [&](const Generated& g, Generator&) {
    const Result<Estimate> e = run(*g.policy, g.input);
    if (!e.ok()) {
      ADD_FAILURE() << e.errors().front().code << " " << e.errors().front().en;
      return;
    }
    ++answered;
    expect_invariants(*g.policy, g.input, e.value());
  });
  EXPECT_EQ(answered, 4000);
}

TEST(EstimateProperties, SpendingMoreNeverLowersWhatThePersonPays) {
  int compared = 0;
  for_generated(7, 3000, [&](const Generated& g, Generator& gen) {
    const Result<Estimate> before = run(*g.policy, g.input);
    if (!before.ok()) return;
    EstimateInput more = g.input;
    // Either one line grows, or a line is added.
    if (!more.lines.empty() && gen.pick(0, 1) == 0) {
      BillLine& l = more.lines[static_cast<std::size_t>(
          gen.pick(0, static_cast<std::int64_t>(more.lines.size()) - 1))];
      l.amount = Money::from_fen(l.amount.fen() + gen.pick(1, gen.pick(0, 1) ? 3 : 5000000));
    } else {
      more.lines.push_back(line(ExpenseClass(gen.pick(0, 2)), gen.amount(), BasisPoints{1000}));
      if (more.lines.back().expense_class != ExpenseClass::kB) more.lines.back().self_ratio = {};
    }
    const Result<Estimate> after = run(*g.policy, more);
    ASSERT_TRUE(after.ok());
    ++compared;
    EXPECT_GE(after->person_pays.fen(), before->person_pays.fen());
    EXPECT_GE(after->fund_pays.fen(), before->fund_pays.fen());
  });
  EXPECT_GT(compared, 2000);
}

}  // namespace
}  // namespace medins
