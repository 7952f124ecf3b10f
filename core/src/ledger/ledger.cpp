#include "ledger/ledger.hpp"

#include "common/enum_names.hpp"
#include "common/json_pointer.hpp"

namespace medins {
namespace {

Money sum(std::initializer_list<Money> parts) {
  std::int64_t total = 0;
  // Every part is at most kMaxPolicyFen (the reader's bound), so a dozen never overflow.
  for (Money m : parts) total += m.fen();
  return Money::from_fen(total);
}

std::string yuan(Money m) {
  return m.to_yuan_string();
}

}  // namespace

SlipFigures& operator+=(SlipFigures& total, const SlipFigures& slip) {
  for (Money SlipFigures::*field :
       {&SlipFigures::medfee_sumamt, &SlipFigures::fulamt_ownpay_amt, &SlipFigures::overlmt_selfpay,
        &SlipFigures::preselfpay_amt, &SlipFigures::inscp_scp_amt, &SlipFigures::act_pay_dedc,
        &SlipFigures::hifp_pay, &SlipFigures::critical_illness_pay, &SlipFigures::maf_pay,
        &SlipFigures::other_funds, &SlipFigures::acct_pay, &SlipFigures::psn_cash_pay}) {
    total.*field = Money::from_fen((total.*field).fen() + (slip.*field).fen());
  }
  return total;
}

YearToDate ledger_year_to_date(const std::vector<LedgerSettlement>& settlements, int year,
                               Scheme scheme) {
  SlipFigures total;
  std::int64_t admissions = 0;
  std::int64_t ci_base = 0;
  for (const LedgerSettlement& s : settlements) {
    if (insurance_year(s.date) != year) continue;
    total += s.slip;
    if (s.setting == Setting::kInpatient) ++admissions;
    // The estimate's base of the second layer (docs/estimate.md): residents' in-scope share
    // left after the fund (deductible + coinsurance + over cap); employees' spending over the
    // fund's cap.
    ci_base += scheme == Scheme::kResident ? s.slip.inscp_scp_amt.fen() - s.slip.hifp_pay.fen()
                                           : s.over_cap.fen();
  }
  YearToDate y;
  y.eligible = total.inscp_scp_amt;
  y.deductible_paid = total.act_pay_dedc;
  y.fund_paid = total.hifp_pay;
  y.admissions = admissions;
  y.critical_illness_base = Money::from_fen(ci_base);
  y.critical_illness_paid = total.critical_illness_pay;
  return y;
}

Errors check_slip(const LedgerSettlement& s, const std::string& settlement_path) {
  Errors errors;
  const SlipFigures& f = s.slip;
  const std::string slip = pointer_join(settlement_path, "slip");
  const Money parts =
      sum({f.fulamt_ownpay_amt, f.overlmt_selfpay, f.preselfpay_amt, f.inscp_scp_amt});
  if (parts != f.medfee_sumamt) {
    errors.push_back(
        make_error("ledger.slip_parts_mismatch", pointer_join(slip, "medfee_sumamt"),
                   "全自费、超限价自费、先行自付和符合政策范围金额合计" + yuan(parts) +
                       "元，医疗费总额是" + yuan(f.medfee_sumamt) + "元。",
                   "Fully self-paid, over the price cap, first paid and in scope add up to " +
                       yuan(parts) + " yuan; the total is " + yuan(f.medfee_sumamt) + " yuan."));
  }
  const Money payers = sum(
      {f.hifp_pay, f.critical_illness_pay, f.maf_pay, f.other_funds, f.acct_pay, f.psn_cash_pay});
  if (payers != f.medfee_sumamt) {
    errors.push_back(make_error(
        "ledger.slip_payers_mismatch", pointer_join(slip, "psn_cash_pay"),
        "各方支付合计" + yuan(payers) + "元，医疗费总额是" + yuan(f.medfee_sumamt) + "元。",
        "The payers add up to " + yuan(payers) + " yuan; the total is " + yuan(f.medfee_sumamt) +
            " yuan."));
  }
  // The deductible and the fund's payment are parts of the in-scope amount.
  const Money in_fund = sum({f.act_pay_dedc, f.hifp_pay});
  if (f.inscp_scp_amt < in_fund) {
    errors.push_back(make_error(
        "ledger.slip_part_too_large", pointer_join(slip, "hifp_pay"),
        "起付线" + yuan(f.act_pay_dedc) + "元加统筹基金支付" + yuan(f.hifp_pay) +
            "元，超过了符合政策范围金额" + yuan(f.inscp_scp_amt) + "元。",
        "The deductible " + yuan(f.act_pay_dedc) + " plus the fund's " + yuan(f.hifp_pay) +
            " yuan exceed the in-scope amount of " + yuan(f.inscp_scp_amt) + " yuan."));
  } else if (s.over_cap.fen() > f.inscp_scp_amt.fen() - in_fund.fen()) {
    errors.push_back(make_error("ledger.slip_part_too_large",
                                pointer_join(settlement_path, "over_cap_fen"),
                                "超封顶线金额不能超过符合政策范围金额减去起付线和统筹基金支付。",
                                "Over the cap cannot exceed the in-scope amount less the "
                                "deductible and the fund's payment."));
  }
  return errors;
}

const char* claim_stage_name(ClaimStage stage) {
  static constexpr const char* kNames[] = {"prepared", "submitted", "under_review", "paid",
                                           "refused"};
  return enum_name(stage, kNames);
}

std::optional<ClaimStage> claim_stage_from_name(const std::string& name) {
  for (ClaimStage s : {ClaimStage::kPrepared, ClaimStage::kSubmitted, ClaimStage::kUnderReview,
                       ClaimStage::kPaid, ClaimStage::kRefused}) {
    if (name == claim_stage_name(s)) return s;
  }
  return std::nullopt;
}

std::vector<ClaimStage> next_claim_stages(ClaimStage stage) {
  switch (stage) {
    case ClaimStage::kPrepared:
      return {ClaimStage::kSubmitted};
    case ClaimStage::kSubmitted:
      return {ClaimStage::kUnderReview};
    case ClaimStage::kUnderReview:
      return {ClaimStage::kPaid, ClaimStage::kRefused};
    case ClaimStage::kPaid:
    case ClaimStage::kRefused:
      return {};
  }
  return {};
}

Errors check_claim_history(const std::vector<ClaimStep>& history, const std::string& history_path) {
  Errors errors;
  for (std::size_t i = 0; i < history.size(); ++i) {
    const std::string at = pointer_join(history_path, i);
    const ClaimStep& step = history[i];
    if (i == 0) {
      if (step.stage != ClaimStage::kPrepared) {
        errors.push_back(make_error("ledger.claim_bad_transition", pointer_join(at, "stage"),
                                    "申请从“准备中”（prepared）开始。",
                                    "A claim starts as prepared."));
      }
      continue;
    }
    const ClaimStep& before = history[i - 1];
    bool allowed = false;
    for (ClaimStage next : next_claim_stages(before.stage)) allowed = allowed || next == step.stage;
    if (!allowed) {
      const std::string from = claim_stage_name(before.stage);
      const std::string to = claim_stage_name(step.stage);
      errors.push_back(make_error("ledger.claim_bad_transition", pointer_join(at, "stage"),
                                  "（" + from + " → " + to + "）", "(" + from + " → " + to + ")"));
    }
    if (step.date < before.date) {
      errors.push_back(
          make_error("ledger.claim_date_backwards", pointer_join(at, "date"),
                     "（" + before.date.to_iso() + " 之后是 " + step.date.to_iso() + "）",
                     "(" + step.date.to_iso() + " after " + before.date.to_iso() + ")"));
    }
  }
  return errors;
}

}  // namespace medins
