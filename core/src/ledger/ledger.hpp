// The personal ledger (docs/ledger.md): the settlements a person has had (the figures of each
// settlement slip, 结算单) and the manual claims they are making, kept on the device. From it
// the core derives, per insurance year, the running totals the estimate builds on
// (YearToDate), and for each claim where it stands and what may come next. Pure logic on typed
// input; reading the request and the JSON answer are op_ledger_summarize.cpp; docs/ledger.md
// says how each running total follows from the slip's fields.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/date.hpp"
#include "common/money.hpp"
#include "estimate/estimate.hpp"
#include "medins/error.hpp"
#include "policy/policy.hpp"

namespace medins {

// The boxes of a settlement slip the ledger keeps, in fen, under the national interface's names
// (医疗保障信息平台 接口规范; docs/sources.md). The first four add up to the total; so do the
// payers (fund, critical illness, assistance, other funds, personal account, cash).
struct SlipFigures {
  Money medfee_sumamt;      // 医疗费总额
  Money fulamt_ownpay_amt;  // 全自费金额
  Money overlmt_selfpay;    // 超限价自费
  Money preselfpay_amt;     // 先行自付
  Money inscp_scp_amt;      // 符合政策范围金额
  Money act_pay_dedc;       // 实际支付起付线
  Money hifp_pay;           // 统筹基金支付
  Money critical_illness_pay;  // hifmi_pay 居民大病保险 / hifob_pay 职工大额医疗费用补助
  Money maf_pay;               // 医疗救助
  Money other_funds;  // cvlserv_pay + hifes_pay + oth_pay (公务员补助、企业补充、其他)
  Money acct_pay;     // 个人账户支付
  Money psn_cash_pay;  // 个人现金支付
};

// Slips added field by field: a year's or a month's totals. The request reader bounds every
// amount and the number of settlements, so the sums stay far inside int64 fen.
SlipFigures& operator+=(SlipFigures& total, const SlipFigures& slip);

struct LedgerSettlement {
  Date date = Date::latest();  // the settlement day (a stay: the discharge settlement)
  Setting setting = Setting::kInpatient;
  SlipFigures slip;
  // In-scope spending after the basic fund reached its annual cap (超封顶线), when the slip
  // shows it: the base of the employees' large-expense supplement. 0 when not given.
  Money over_cap;
  // How the person's share was paid, beyond the payers above: of acct_pay, what a family
  // member's account paid (家庭共济, acct_mulaid_pay), and the own account's balance after this
  // settlement (balc), when the slip shows it. They feed no total: the balance is tracked alone.
  Money acct_mulaid_pay;
  std::optional<Money> balc;
};

// Calendar years: no insurance year other than the calendar year is found in the sources
// (docs/sources.md; every policy's 年度 caps and deductibles), so docs/ledger.md takes 1 January.
inline int insurance_year(Date day) {
  return day.year();
}

// The running totals of `year` from the settlements dated in it, exactly as chaining the
// estimate over the same bills gives them (docs/ledger.md, "From the slip to the year"):
//   eligible_fen += inscp_scp_amt, deductible_paid_fen += act_pay_dedc,
//   fund_paid_fen += hifp_pay, admissions += 1 per inpatient settlement,
//   critical_illness_base_fen += inscp_scp_amt - hifp_pay (residents) or over_cap (employees),
//   critical_illness_paid_fen += hifmi_pay / hifob_pay.
YearToDate ledger_year_to_date(const std::vector<LedgerSettlement>& settlements, int year,
                               Scheme scheme);

// The slip's own arithmetic: the four parts add up to the total, the payers add up to the
// total, the deductible and the fund come out of the in-scope amount. Errors
// (ledger.slip_parts_mismatch, ledger.slip_payers_mismatch, ledger.slip_part_too_large) point
// into the settlement at `settlement_path` ("/settlements/0"), at the slip's interface names.
Errors check_slip(const LedgerSettlement& s, const std::string& settlement_path);

enum class ClaimStage { kPrepared, kSubmitted, kUnderReview, kPaid, kRefused };

const char* claim_stage_name(ClaimStage stage);
std::optional<ClaimStage> claim_stage_from_name(const std::string& name);

// prepared -> submitted -> under_review -> paid | refused; nothing after paid or refused.
std::vector<ClaimStage> next_claim_stages(ClaimStage stage);

struct ClaimStep {
  ClaimStage stage = ClaimStage::kPrepared;
  Date date = Date::latest();
};

// A claim's history: it starts prepared, each change is one the stage allows, and dates never go
// back. Errors (ledger.claim_bad_transition, ledger.claim_date_backwards) point at
// `history_path`/N/stage or /date.
Errors check_claim_history(const std::vector<ClaimStep>& history, const std::string& history_path);

}  // namespace medins
