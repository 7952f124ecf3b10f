// ledger.summarize (docs/ledger.md): the running totals of each year from the slips,
// that they are exactly what chaining the estimate gives, that an estimate built on them
// changes as settlements are recorded, claim stages and deadlines, and the refusals.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "ledger/ledger.hpp"
#include "medins/handle.hpp"

namespace medins {
namespace {

using nlohmann::json;

json call(const std::string& op, const json& request) {
  return json::parse(handle(op, request.dump()));
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

Pairs errors_of(const json& response) {
  Pairs out;
  for (const json& e : response.value("errors", json::array())) {
    out.emplace_back(e.at("code"), e.at("path"));
  }
  return out;
}

// A slip where everything in scope above the deductible is split fund / cash.
json slip(std::int64_t total, std::int64_t self_paid, std::int64_t first_paid,
          std::int64_t deductible, std::int64_t fund) {
  const std::int64_t in_scope = total - self_paid - first_paid;
  return {{"medfee_sumamt", total},       {"fulamt_ownpay_amt", self_paid},
          {"preselfpay_amt", first_paid}, {"inscp_scp_amt", in_scope},
          {"act_pay_dedc", deductible},   {"hifp_pay", fund},
          {"psn_cash_pay", total - fund}};
}

json settlement(const std::string& date, const std::string& setting, json s) {
  return {{"date", date}, {"setting", setting}, {"slip", std::move(s)}};
}

json ledger(json settlements, json claims = json::array(), const std::string& region = "110000",
            const std::string& scheme = "employee") {
  return {{"as_of", "2026-11-25"},
          {"insured_region", region},
          {"scheme", scheme},
          {"settlements", std::move(settlements)},
          {"claims", std::move(claims)}};
}

const json& year(const json& response, int y) {
  for (const json& entry : response.at("result").at("years")) {
    if (entry.at("year") == y) return entry;
  }
  throw std::runtime_error("no year " + std::to_string(y));
}

TEST(LedgerYearToDate, TwoYearsSeveralAdmissionsAndAnOutpatientVisit) {
  const json r =
      call("ledger.summarize",
           ledger(json::array({
               // 2025: two stays and one outpatient visit.
               settlement("2025-03-10", "inpatient", slip(1000000, 50000, 20000, 130000, 700000)),
               settlement("2025-07-02", "outpatient", slip(30000, 0, 0, 0, 15000)),
               settlement("2025-12-31", "inpatient", slip(500000, 0, 0, 65000, 400000)),
               // 2026: the first stay of the new year starts from zero again.
               settlement("2026-01-01", "inpatient", slip(200000, 10000, 0, 130000, 50000)),
           })));
  ASSERT_EQ(r.at("ok"), true) << r.dump();
  const json& y25 = year(r, 2025).at("year_to_date");
  // eligible: (1,000,000 − 50,000 − 20,000) + 30,000 + 500,000 = 1,460,000 fen.
  EXPECT_EQ(y25.at("eligible_fen"), 1460000);
  EXPECT_EQ(y25.at("deductible_paid_fen"), 195000);   // 1,300 + 650 yuan
  EXPECT_EQ(y25.at("fund_paid_fen"), 1115000);        // 7,000 + 150 + 4,000 yuan
  EXPECT_EQ(y25.at("admissions"), 2);                 // the outpatient visit is no admission
  EXPECT_EQ(y25.at("critical_illness_base_fen"), 0);  // employees: only over-cap spending
  const json& y26 = year(r, 2026).at("year_to_date");
  EXPECT_EQ(y26.at("eligible_fen"), 190000);
  EXPECT_EQ(y26.at("deductible_paid_fen"), 130000);
  EXPECT_EQ(y26.at("fund_paid_fen"), 50000);
  EXPECT_EQ(y26.at("admissions"), 1);
  // The months: March 2025 holds the first stay, split by who paid.
  const json& march = year(r, 2025).at("months").at(2);
  EXPECT_EQ(march.at("month"), "2025-03");
  EXPECT_EQ(march.at("total_fen"), 1000000);
  EXPECT_EQ(march.at("fund_fen"), 700000);
  EXPECT_EQ(march.at("cash_fen"), 300000);
  EXPECT_EQ(year(r, 2025).at("months").at(11).at("total_fen"), 500000);
  EXPECT_EQ(year(r, 2025).at("totals").at("total_fen"), 1530000);
  EXPECT_EQ(year(r, 2025).at("totals").at("settlements"), 3);
}

TEST(LedgerYearToDate, ResidentsCriticalIllnessBaseIsWhatTheFundLeftInScope) {
  LedgerSettlement s;
  s.date = Date::parse_iso("2026-02-03", "").value();
  s.slip.medfee_sumamt = Money::from_fen(100000);
  s.slip.inscp_scp_amt = Money::from_fen(90000);
  s.slip.act_pay_dedc = Money::from_fen(10000);
  s.slip.hifp_pay = Money::from_fen(60000);
  s.over_cap = Money::from_fen(500);
  EXPECT_EQ(ledger_year_to_date({s}, 2026, Scheme::kResident).critical_illness_base.fen(), 30000);
  EXPECT_EQ(ledger_year_to_date({s}, 2026, Scheme::kEmployee).critical_illness_base.fen(), 500);
  EXPECT_EQ(ledger_year_to_date({s}, 2025, Scheme::kResident).eligible.fen(), 0);
}

// The estimate's slip as the ledger records it: the person's share all paid in cash.
json slip_of(const json& estimate_result) {
  json s = estimate_result.at("slip");
  s.erase("fund_pay_sumamt");
  s.erase("psn_part_amt");
  s["psn_cash_pay"] = estimate_result.at("person_pays_fen");
  return s;
}

json estimate_request(const std::string& policy, const std::string& scheme, const std::string& on,
                      std::int64_t class_a_fen, const json& ytd) {
  json person = {{"scheme", scheme}};
  if (scheme == "employee") person["employment"] = "working";
  return {{"on", on},
          {"person", person},
          {"insured_region", policy.substr(0, 6)},
          {"treatment_region", "310104"},
          {"filing", {{"category", "long_term_resident"}}},
          {"visit",
           {{"setting", "inpatient"},
            {"institution_level", 3},
            {"admitted_on", on},
            {"discharged_on", on}}},
          {"bill",
           {{"lines", json::array({{{"amount_fen", class_a_fen}, {"class", "A"}},
                                   {{"amount_fen", 12345}, {"class", "C"}}})}}},
          {"year_to_date", ytd},
          {"policy", policy}};
}

// Chaining estimates over bills and summarising their slips give the same year, figure by
// figure: the ledger's derivation is the estimate's own arithmetic read back from the slip.
void expect_chain_equals_ledger(const std::string& policy, const std::string& scheme,
                                const std::vector<std::int64_t>& bills) {
  json ytd = json::object();
  json settlements = json::array();
  int day = 1;
  for (std::int64_t bill : bills) {
    char on[11];
    std::snprintf(on, sizeof on, "2025-%02d-15", day++);
    const json e = call("estimate", estimate_request(policy, scheme, on, bill, ytd));
    ASSERT_EQ(e.at("ok"), true) << e.dump();
    ytd = e.at("result").at("year_to_date");
    json s = settlement(on, "inpatient", slip_of(e.at("result")));
    // Employees' second-layer base is the spending over the fund's cap, which a slip may show.
    if (e.at("result").at("breakdown").at("over_cap_fen") != 0) {
      s["over_cap_fen"] = e.at("result").at("breakdown").at("over_cap_fen");
    }
    settlements.push_back(std::move(s));
  }
  const json r =
      call("ledger.summarize", ledger(settlements, json::array(), policy.substr(0, 6), scheme));
  ASSERT_EQ(r.at("ok"), true) << r.dump();
  EXPECT_EQ(year(r, 2025).at("year_to_date"), ytd) << policy;
}

TEST(LedgerYearToDate, BeijingTwoAdmissionsAcrossBandsEqualTheChainedEstimates) {
  // 45,000 then 10,000 in scope: the docs/estimate.md worked example (1,300 then 650).
  expect_chain_equals_ledger("110000/employee", "employee", {4500000, 1000000, 250000});
}

TEST(LedgerYearToDate, YunchengPastTheAnnualCapEqualTheChainedEstimates) {
  // Employees, cap 80,000: the third bill passes it (over_cap > 0).
  expect_chain_equals_ledger("140800/employee", "employee", {5000000, 3000000, 4000000});
  // Residents, cap 70,000: the critical-illness base is in scope less the fund.
  expect_chain_equals_ledger("140800/resident", "resident", {5000000, 4000000, 300000});
}

TEST(LedgerYearToDate, AnEstimateAfterRecordingASettlementUsesTheNewYear) {
  // Beijing: the first stay of the year pays the 1,300 deductible, a later one 650.
  const json first = call("estimate", estimate_request("110000/employee", "employee", "2026-05-01",
                                                       1000000, json::object()));
  ASSERT_EQ(first.at("ok"), true);
  EXPECT_EQ(first.at("result").at("breakdown").at("deductible_fen"), 130000);
  // Record that stay's slip in the ledger; the next estimate takes the ledger's year.
  const json r = call(
      "ledger.summarize",
      ledger(json::array({settlement("2026-05-01", "inpatient", slip_of(first.at("result")))})));
  ASSERT_EQ(r.at("ok"), true);
  const json ytd = year(r, 2026).at("year_to_date");
  EXPECT_EQ(ytd.at("admissions"), 1);
  EXPECT_EQ(ytd.at("eligible_fen"), 1000000);
  const json second =
      call("estimate", estimate_request("110000/employee", "employee", "2026-09-01", 1000000, ytd));
  ASSERT_EQ(second.at("ok"), true);
  EXPECT_EQ(second.at("result").at("breakdown").at("deductible_fen"), 65000);
  // 10,000 − 1,300 = 8,700 × 85% = 7,395.00 on the first; 10,000 − 650 = 9,350 × 85% on the
  // second (10,650–20,000 of the year, still below 30,000) = 7,947.50.
  EXPECT_EQ(first.at("result").at("fund_pays_fen"), 739500);
  EXPECT_EQ(second.at("result").at("fund_pays_fen"), 794750);
}

TEST(LedgerCap, KnownCapIsUsedAndLeftUnknownCapIsSaid) {
  const json r = call(
      "ledger.summarize",
      ledger(
          json::array({settlement("2026-04-01", "inpatient", slip(3000000, 0, 0, 60000, 2000000))}),
          json::array(), "140802", "employee"));
  ASSERT_EQ(r.at("ok"), true) << r.dump();
  const json& cap = year(r, 2026).at("cap");
  EXPECT_EQ(cap.at("known"), true);
  EXPECT_EQ(cap.at("cap_fen"), 8000000);
  EXPECT_EQ(cap.at("used_fen"), 2000000);
  EXPECT_EQ(cap.at("left_fen"), 6000000);
  EXPECT_EQ(cap.at("policy").at("id"), "140800/employee");
  EXPECT_TRUE(cap.contains("source"));
  // Beijing's shipped policy has no cap: it is said, and no figure is made up.
  const json b = call("ledger.summarize", ledger(json::array()));
  const json& bcap = year(b, 2026).at("cap");
  EXPECT_EQ(bcap.at("known"), false);
  EXPECT_TRUE(bcap.at("cap_fen").is_null());
  EXPECT_TRUE(bcap.at("left_fen").is_null());
  // A place with no policy at all.
  const json z = call("ledger.summarize", ledger(json::array(), json::array(), "710000"));
  EXPECT_EQ(year(z, 2026).at("cap").at("known"), false);
  EXPECT_TRUE(year(z, 2026).at("cap").at("policy").is_null());
}

json claim(json history, std::int64_t amount = 500000) {
  return {{"id", "c1"},
          {"treated_on", "2026-06-30"},
          {"amount_fen", amount},
          {"history", std::move(history)}};
}

json step(const std::string& stage, const std::string& date) {
  return {{"stage", stage}, {"date", date}};
}

TEST(LedgerClaims, StagesMoveForwardOnly) {
  EXPECT_EQ(next_claim_stages(ClaimStage::kPrepared),
            std::vector<ClaimStage>{ClaimStage::kSubmitted});
  EXPECT_EQ(next_claim_stages(ClaimStage::kUnderReview),
            (std::vector<ClaimStage>{ClaimStage::kPaid, ClaimStage::kRefused}));
  EXPECT_TRUE(next_claim_stages(ClaimStage::kPaid).empty());
  EXPECT_TRUE(next_claim_stages(ClaimStage::kRefused).empty());

  const json ok = call(
      "ledger.summarize",
      ledger(json::array(), json::array({claim(json::array(
                                {step("prepared", "2026-07-01"), step("submitted", "2026-07-05"),
                                 step("under_review", "2026-07-05")}))})));
  ASSERT_EQ(ok.at("ok"), true) << ok.dump();
  const json& c = ok.at("result").at("claims").at(0);
  EXPECT_EQ(c.at("stage"), "under_review");
  EXPECT_EQ(c.at("since"), "2026-07-05");
  EXPECT_EQ(c.at("next_stages"), json::array({"paid", "refused"}));
  EXPECT_EQ(c.at("open"), true);
  EXPECT_EQ(c.at("to_submit"), false);

  // Skipping a stage, going on after paid, and a date going back.
  EXPECT_EQ(
      errors_of(call(
          "ledger.summarize",
          ledger(json::array(), json::array({claim(json::array({step("prepared", "2026-07-01"),
                                                                step("paid", "2026-07-05")}))})))),
      (Pairs{{"ledger.claim_bad_transition", "/claims/0/history/1/stage"}}));
  EXPECT_EQ(
      errors_of(call("ledger.summarize",
                     ledger(json::array(),
                            json::array({claim(json::array(
                                {step("prepared", "2026-07-01"), step("submitted", "2026-07-02"),
                                 step("under_review", "2026-07-03"), step("refused", "2026-08-01"),
                                 step("submitted", "2026-08-02")}))})))),
      (Pairs{{"ledger.claim_bad_transition", "/claims/0/history/4/stage"}}));
  EXPECT_EQ(
      errors_of(call("ledger.summarize",
                     ledger(json::array(),
                            json::array({claim(json::array({step("prepared", "2026-07-05"),
                                                            step("submitted", "2026-07-01")}))})))),
      (Pairs{{"ledger.claim_date_backwards", "/claims/0/history/1/date"}}));
  EXPECT_EQ(
      errors_of(call("ledger.summarize",
                     ledger(json::array(),
                            json::array({claim(json::array({step("submitted", "2026-07-05")}))})))),
      (Pairs{{"ledger.claim_bad_transition", "/claims/0/history/0/stage"}}));
  EXPECT_EQ(
      errors_of(call(
          "ledger.summarize",
          ledger(json::array(), json::array({claim(json::array({step("lost", "2026-07-05")}))})))),
      (Pairs{{"ledger.claim_unknown_stage", "/claims/0/history/0/stage"}}));
  json paid_early = claim(json::array({step("prepared", "2026-07-01")}));
  paid_early["paid_fen"] = 100;
  EXPECT_EQ(errors_of(call("ledger.summarize", ledger(json::array(), json::array({paid_early})))),
            (Pairs{{"ledger.claim_amount_inconsistent", "/claims/0/paid_fen"}}));
}

TEST(LedgerClaims, DeadlineFromThePlacesRuleOrSaidUnknown) {
  const json open = claim(json::array({step("prepared", "2026-07-01")}));
  // No shipped rule for Beijing: known false, no date.
  const json unknown = call("ledger.summarize", ledger(json::array(), json::array({open})));
  ASSERT_EQ(unknown.at("ok"), true) << unknown.dump();
  const json& d = unknown.at("result").at("claims").at(0).at("deadline");
  EXPECT_EQ(d.at("known"), false);
  EXPECT_TRUE(d.at("date").is_null());
  EXPECT_EQ(unknown.at("result").at("claims").at(0).at("to_submit"), true);
  // The insured place's rule given: 6 months after 2026-06-30 is 2026-12-30, 35 days after
  // 2026-11-25.
  json request = ledger(json::array(), json::array({open}));
  request["insured_place_rules"] = {{"claim_deadline", {{"months", 6}}}};
  const json six = call("ledger.summarize", request);
  ASSERT_EQ(six.at("ok"), true) << six.dump();
  const json& c = six.at("result").at("claims").at(0);
  EXPECT_EQ(c.at("deadline").at("date"), "2026-12-30");
  EXPECT_EQ(c.at("deadline").at("days_left"), 35);
  EXPECT_EQ(c.at("overdue"), false);
  // Three months: 2026-09-30, 56 days ago.
  request["insured_place_rules"] = {{"claim_deadline", {{"months", 3}}}};
  const json late = call("ledger.summarize", request);
  EXPECT_EQ(late.at("result").at("claims").at(0).at("deadline").at("days_left"), -56);
  EXPECT_EQ(late.at("result").at("claims").at(0).at("overdue"), true);
  // Submitted: the deadline was met, no reminder.
  request["claims"] = json::array(
      {claim(json::array({step("prepared", "2026-07-01"), step("submitted", "2026-07-02")}))});
  const json met = call("ledger.summarize", request);
  EXPECT_EQ(met.at("result").at("claims").at(0).at("to_submit"), false);
  EXPECT_EQ(met.at("result").at("claims").at(0).at("overdue"), false);
}

TEST(LedgerErrors, FiguresThatDoNotAddUpBadDatesAndNegativeAmounts) {
  json parts = slip(100000, 0, 0, 0, 50000);
  parts["fulamt_ownpay_amt"] = 1;  // the parts now exceed the total by one fen
  json payers = slip(100000, 0, 0, 0, 50000);
  payers["psn_cash_pay"] = 49999;
  json fund = slip(100000, 0, 0, 60000, 50000);  // deductible + fund > in scope
  json negative = slip(100000, 0, 0, 0, 50000);
  negative["hifp_pay"] = -1;
  const json r =
      call("ledger.summarize",
           ledger(json::array({settlement("2026-02-30", "inpatient", slip(100, 0, 0, 0, 0)),
                               settlement("2026-03-01", "inpatient", parts),
                               settlement("2026-03-01", "inpatient", payers),
                               settlement("2026-03-01", "inpatient", fund),
                               settlement("2026-03-01", "inpatient", negative),
                               settlement("2026-12-01", "inpatient", slip(100, 0, 0, 0, 0))})));
  EXPECT_EQ(errors_of(r),
            (Pairs{{"date.invalid", "/settlements/0/date"},
                   {"ledger.slip_parts_mismatch", "/settlements/1/slip/medfee_sumamt"},
                   {"ledger.slip_payers_mismatch", "/settlements/2/slip/psn_cash_pay"},
                   {"ledger.slip_part_too_large", "/settlements/3/slip/hifp_pay"},
                   {"request.out_of_range", "/settlements/4/slip/hifp_pay"},
                   {"ledger.date_after_as_of", "/settlements/5/date"}}));
  // A deadline past the last day the calendar holds is refused at the claim's date.
  json edge =
      ledger(json::array(), json::array({claim(json::array({step("prepared", "9999-12-01")}))}));
  edge["as_of"] = "9999-12-31";
  edge["claims"][0]["treated_on"] = "9999-12-01";
  edge["insured_place_rules"] = {{"claim_deadline", {{"months", 6}}}};
  EXPECT_EQ(errors_of(call("ledger.summarize", edge)),
            (Pairs{{"date.out_of_range", "/claims/0/treated_on"}}));
  // A missing as_of does not hide the entries' own problems.
  json no_day = ledger(json::array({settlement("2026-03-01", "inpatient", parts)}));
  no_day.erase("as_of");
  EXPECT_EQ(errors_of(call("ledger.summarize", no_day)),
            (Pairs{{"request.missing_field", "/as_of"},
                   {"ledger.slip_parts_mismatch", "/settlements/0/slip/medfee_sumamt"}}));
  json twice = settlement("2026-03-01", "inpatient", slip(100, 0, 0, 0, 0));
  twice["id"] = "s1";
  EXPECT_EQ(errors_of(call("ledger.summarize", ledger(json::array({twice, twice})))),
            (Pairs{{"ledger.duplicate_id", "/settlements/1/id"}}));
}

}  // namespace
}  // namespace medins
