// Op estimate (docs/estimate.md): one bill under the insured place's policy -> what the fund, the
// critical-illness layer and the person pay, to the fen, with every step explained.
// Request and answer: docs/estimate.md.
#include <algorithm>

#include "api/ops.hpp"
#include "common/json_writer.hpp"
#include "estimate/estimate_range.hpp"
#include "estimate/estimate_request.hpp"
#include "estimate/personal_account.hpp"
#include "policy/policy_json.hpp"
#include "region/region_json.hpp"
#include "region/region_text.hpp"

namespace medins::ops {
namespace {

using nlohmann::json;

json cited_json(const Cited& c) {
  json out = source_to_json(c.source);
  out["confidence"] = word_id(c.confidence);
  if (c.notes) out["notes"] = local_text_json(*c.notes);
  return out;
}

json policy_json(const EstimateRequest& r, const Estimate& e) {
  const Policy& p = r.policy();
  const PolicyVersion& v = p.versions[r.version_index];
  json out = {{"id", r.place.id},
              {"region", p.region},
              {"scheme", word_id(p.scheme)},
              {"name", local_text_json(p.name)},
              {"source", source_to_json(v.source ? *v.source : p.source)},
              {"version",
               {{"effective_from", v.effective_from ? json(v.effective_from->to_iso()) : json()},
                {"effective_to", v.effective_to ? json(v.effective_to->to_iso()) : json()},
                {"dates_confirmed", v.dates_confirmed},
                {"confidence", word_id(v.confidence)}}},
              {"terms",
               {{"setting", word_id(r.input.setting)},
                {"level", word_id(e.terms.level)},
                {"employment", word_id(e.terms.employment)},
                {"out_of_province", e.terms.out_of_province},
                {"filing_category", e.terms.filing ? json(word_id(*e.terms.filing)) : json()}}}};
  if (e.terms.age) out["terms"]["age"] = *e.terms.age;
  if (!r.place.file.empty()) out["file"] = r.place.file;
  return out;
}

json slip_json(const Slip& s, Scheme scheme) {
  return {{"medfee_sumamt", s.medfee_sumamt.fen()},
          {"fulamt_ownpay_amt", s.fulamt_ownpay_amt.fen()},
          {"overlmt_selfpay", s.overlmt_selfpay.fen()},
          {"preselfpay_amt", s.preselfpay_amt.fen()},
          {"inscp_scp_amt", s.inscp_scp_amt.fen()},
          {"act_pay_dedc", s.act_pay_dedc.fen()},
          {"hifp_pay", s.hifp_pay.fen()},
          // 居民大病保险 for residents, 职工大额医疗费用补助 for employees.
          {scheme == Scheme::kResident ? "hifmi_pay" : "hifob_pay", s.critical_illness_pay.fen()},
          {"fund_pay_sumamt", s.fund_pay_sumamt.fen()},
          {"psn_part_amt", s.psn_part_amt.fen()}};
}

// The split of the person's share (docs/estimate.md "Who pays the person's share"): the slip's
// account fields, and the `account` block with the other end when the class-C rule is open.
void add_account(json& slip, json& out, const AccountSplit& a) {
  const AccountPays& p = a.pays;
  slip["acct_pay"] = p.acct_pay.fen();
  slip["acct_mulaid_pay"] = p.acct_mulaid_pay.fen();
  slip["psn_cash_pay"] = p.psn_cash_pay.fen();
  if (p.balc) slip["balc"] = p.balc->fen();
  json account = {{"acct_pay_fen", p.acct_pay.fen()},
                  {"acct_mulaid_pay_fen", p.acct_mulaid_pay.fen()},
                  {"psn_cash_pay_fen", p.psn_cash_pay.fen()},
                  {"balc_fen", p.balc ? json(p.balc->fen()) : json()},
                  {"family_balc_fen", p.family_balc ? json(p.family_balc->fen()) : json()},
                  {"class_c_payable", a.class_c_payable ? json(*a.class_c_payable) : json()}};
  if (a.if_class_c_payable) {
    const AccountPays& q = *a.if_class_c_payable;
    account["range"] = {
        {"acct_pay_fen", {{"min", p.acct_pay.fen()}, {"max", q.acct_pay.fen()}}},
        {"psn_cash_pay_fen", {{"min", q.psn_cash_pay.fen()}, {"max", p.psn_cash_pay.fen()}}}};
  }
  out["account"] = std::move(account);
}

// One explanation of an answer: the estimate's steps, then the account's when there are any.
struct Steps {
  const std::vector<ExplanationStep>* own;
  const std::optional<AccountSplit>* account;
};

// The estimate's steps, then the account's when there are any (written from both, not copied).
json steps_json(const Steps& explained) {
  const std::vector<ExplanationStep>& explanation = *explained.own;
  const std::optional<AccountSplit>& account = *explained.account;
  json steps = json::array();
  const std::size_t own = explanation.size();
  const std::size_t count = own + (account ? account->steps.size() : 0);
  for (std::size_t i = 0; i < count; ++i) {
    const ExplanationStep& s = i < own ? explanation[i] : account->steps[i - own];
    LocalText text = s.text();
    json step = {{"step", std::string(s.step)},
                 {"amount_fen", s.amount ? json(s.amount->fen()) : json()},
                 {"zh-CN", std::move(text.zh_cn)},
                 {"en", std::move(text.en)}};
    if (s.source) step["source"] = cited_json(*s.source);
    steps.push_back(std::move(step));
  }
  return steps;
}

json breakdown_json(const Breakdown& b) {
  return {{"class_c_fen", b.class_c.fen()},
          {"class_b_self_fen", b.class_b_self.fen()},
          {"filing_self_first_fen", b.filing_self_first.fen()},
          {"deductible_fen", b.deductible.fen()},
          {"coinsurance_fen", b.coinsurance.fen()},
          {"over_cap_fen", b.over_cap.fen()},
          {"over_ceiling_fen", b.over_ceiling.fen()}};
}

json range_json(const MoneyRange& r) {
  return {{"min", r.min.fen()}, {"max", r.max.fen()}};
}

// One end of a range: the figures the assumptions took there, and that estimate in full (its
// explanation is put in by the caller).
json end_json(const RangedEstimate& r, const Estimate& e, const std::vector<std::int64_t>& values,
              Scheme scheme, const std::optional<AccountSplit>& account) {
  json figures = json::object();
  for (std::size_t i = 0; i < r.assumptions.size(); ++i) {
    figures[word_id(r.assumptions[i].figure)] = values[i];
  }
  json out = {{"figures", std::move(figures)},
              {"fund_pays_fen", e.fund_pays.fen()},
              {"critical_illness_pays_fen", e.critical_illness_pays.fen()},
              {"person_pays_fen", e.person_pays.fen()},
              {"breakdown", breakdown_json(e.breakdown)},
              {"slip", slip_json(e.slip, scheme)},
              {"year_to_date", year_to_date_json(e.year_to_date)}};
  if (account) add_account(out["slip"], out, *account);
  return out;
}

json assumption_json(const Assumption& a) {
  json out = {{"figure", word_id(a.figure)},
              {"where", a.where},
              {"low", a.low},
              {"high", a.high},
              {"basis", word_id(a.basis)},
              {"source", cited_json(a.source)},
              {"effect_fen", a.effect.fen()}};
  if (a.basis == AssumptionBasis::kPlacesWeKnow) out["places"] = a.places;
  return out;
}

// What an answer is made from, handed to `finish` while the estimates it points into are alive:
// estimate() builds the json tree from it (the reference the tests hold the text to),
// estimate_text() writes the text.
struct Computed {
  const EstimateRequest& request;
  const RangedEstimate& ranged;
  // The request's warnings, then the estimate's (the point, or the end where the person pays
  // most: the same policy, so the same warnings but for the figures assumed).
  Errors warnings;
  // Who pays the person's share: the point's, or each end's (`least` only in a ranged answer).
  std::optional<AccountSplit> account;
  std::optional<AccountSplit> least_account;
};

json tree_of(const Computed& c) {
  const EstimateRequest& r = c.request;
  const RangedEstimate& ranged = c.ranged;
  json warnings = json::array();
  for (const Error& w : c.warnings) warnings.push_back(error_json(w));
  if (ranged.point) {
    const Estimate& e = *ranged.point;
    json out{{"on", r.on.to_iso()},
             {"total_fen", e.total.fen()},
             {"fund_pays_fen", e.fund_pays.fen()},
             {"critical_illness_pays_fen", e.critical_illness_pays.fen()},
             {"person_pays_fen", e.person_pays.fen()},
             {"breakdown", breakdown_json(e.breakdown)},
             {"slip", slip_json(e.slip, r.policy().scheme)},
             {"relation", region_relation_name(r.input.relation)},
             {"insured", resolved_region_json(r.insured, r.insured_code)},
             {"treatment", resolved_region_json(r.treatment, r.treatment_code)},
             {"policy", policy_json(r, e)},
             {"year_to_date", year_to_date_json(e.year_to_date)},
             {"warnings", std::move(warnings)}};
    if (c.account) add_account(out["slip"], out, *c.account);
    out["explanation"] = steps_json(Steps{&e.explanation, &c.account});
    return out;
  }
  // A ranged answer (docs/estimate.md): no point figures, the range, what it assumes, and both
  // ends in full.
  const Estimate& most = ranged.person_most;
  json assumptions = json::array();
  for (const Assumption& a : ranged.assumptions) assumptions.push_back(assumption_json(a));
  json most_end = end_json(ranged, most, ranged.person_most_values, r.policy().scheme, c.account);
  most_end["explanation"] = steps_json(Steps{&most.explanation, &c.account});
  json least_end = end_json(ranged, ranged.person_least, ranged.person_least_values,
                            r.policy().scheme, c.least_account);
  least_end["explanation"] = steps_json(Steps{&ranged.person_least.explanation, &c.least_account});
  return json{
      {"on", r.on.to_iso()},
      {"total_fen", most.total.fen()},
      {"range",
       {{"fund_pays_fen", range_json(ranged.fund)},
        {"critical_illness_pays_fen", range_json(ranged.critical_illness)},
        {"person_pays_fen", range_json(ranged.person)}}},
      {"assumptions", std::move(assumptions)},
      {"ends",
       {{"person_pays_most", std::move(most_end)}, {"person_pays_least", std::move(least_end)}}},
      {"relation", region_relation_name(r.input.relation)},
      {"insured", resolved_region_json(r.insured, r.insured_code)},
      {"treatment", resolved_region_json(r.treatment, r.treatment_code)},
      {"policy", policy_json(r, most)},
      {"warnings", std::move(warnings)}};
}

// The answer written as text, member by member in the order dump() gives the tree's keys
// (std::map order, so every object's members below are written alphabetically), compact: the
// bytes of tree_of(...).dump(), without a json tree, which was most of an estimate request.
class TextAnswer {
 public:
  explicit TextAnswer(std::string& out) : out_(out) {}

  void write(const Computed& c) {
    const EstimateRequest& r = c.request;
    const RangedEstimate& ranged = c.ranged;
    const Scheme scheme = r.policy().scheme;
    if (ranged.point) {
      const Estimate& e = *ranged.point;
      out_ += '{';
      if (c.account) {
        out_ += "\"account\":";
        account(*c.account);
        out_ += ',';
      }
      out_ += "\"breakdown\":";
      breakdown(e.breakdown);
      member("critical_illness_pays_fen", e.critical_illness_pays);
      out_ += ",\"explanation\":";
      steps(e.explanation, c.account);
      member("fund_pays_fen", e.fund_pays);
      out_ += ",\"insured\":";
      append_resolved_region_text(out_, r.insured, r.insured_code);
      out_ += ",\"on\":";
      date(r.on);
      member("person_pays_fen", e.person_pays);
      out_ += ",\"policy\":";
      policy(r, e);
      out_ += ",\"relation\":";
      append_json_string(out_, region_relation_name(r.input.relation));
      out_ += ",\"slip\":";
      slip(e.slip, scheme, c.account ? &c.account->pays : nullptr);
      member("total_fen", e.total);
      out_ += ",\"treatment\":";
      append_resolved_region_text(out_, r.treatment, r.treatment_code);
      out_ += ",\"warnings\":";
      warnings(c.warnings);
      out_ += ",\"year_to_date\":";
      year_to_date(e.year_to_date);
      out_ += '}';
      return;
    }
    const Estimate& most = ranged.person_most;
    out_ += "{\"assumptions\":[";
    for (std::size_t i = 0; i < ranged.assumptions.size(); ++i) {
      if (i > 0) out_ += ',';
      assumption(ranged.assumptions[i]);
    }
    out_ += "],\"ends\":{\"person_pays_least\":";
    end(ranged, ranged.person_least, ranged.person_least_values, scheme, c.least_account);
    out_ += ",\"person_pays_most\":";
    end(ranged, most, ranged.person_most_values, scheme, c.account);
    out_ += "},\"insured\":";
    append_resolved_region_text(out_, r.insured, r.insured_code);
    out_ += ",\"on\":";
    date(r.on);
    out_ += ",\"policy\":";
    policy(r, most);
    out_ += ",\"range\":{\"critical_illness_pays_fen\":";
    range(ranged.critical_illness);
    out_ += ",\"fund_pays_fen\":";
    range(ranged.fund);
    out_ += ",\"person_pays_fen\":";
    range(ranged.person);
    out_ += "},\"relation\":";
    append_json_string(out_, region_relation_name(r.input.relation));
    member("total_fen", most.total);
    out_ += ",\"treatment\":";
    append_resolved_region_text(out_, r.treatment, r.treatment_code);
    out_ += ",\"warnings\":";
    warnings(c.warnings);
    out_ += '}';
  }

 private:
  // `,"name":fen` (every member but an object's first).
  void member(const char* name, Money m) {
    out_ += ",\"";
    out_ += name;
    out_ += "\":";
    append_json_int(out_, m.fen());
  }
  void money_or_null(const std::optional<Money>& m) {
    if (m) {
      append_json_int(out_, m->fen());
    } else {
      out_ += "null";
    }
  }
  void boolean(bool b) { out_ += b ? "true" : "false"; }
  void date(const Date& d) { append_json_string(out_, d.to_iso()); }
  void date_or_null(const std::optional<Date>& d) {
    if (d) {
      date(*d);
    } else {
      out_ += "null";
    }
  }
  void local_text(const LocalText& t) {
    out_ += "{\"en\":";
    append_json_string(out_, t.en);
    out_ += ",\"zh-CN\":";
    append_json_string(out_, t.zh_cn);
    out_ += '}';
  }
  // source_to_json's members, without the braces: published, title, title_en?, url.
  void source_members(const Source& s) {
    out_ += "\"published\":";
    date_or_null(s.published);
    out_ += ",\"title\":";
    append_json_string(out_, s.title);
    if (s.title_en) {
      out_ += ",\"title_en\":";
      append_json_string(out_, *s.title_en);
    }
    out_ += ",\"url\":";
    if (s.url) {
      append_json_string(out_, *s.url);
    } else {
      out_ += "null";
    }
  }
  // cited_json: confidence, notes?, then the source's members.
  void cited(const Cited& c) {
    out_ += "{\"confidence\":";
    append_json_string(out_, word_id(c.confidence));
    if (c.notes) {
      out_ += ",\"notes\":";
      local_text(*c.notes);
    }
    out_ += ',';
    source_members(c.source);
    out_ += '}';
  }
  // A source many steps share is written once and copied.
  void step_source(const Cited* c) {
    for (const auto& [seen, at] : sources_) {
      if (seen == c) {
        // Copied from the answer itself, where it was written the first time. Room is made
        // first (growing as appending would: reserve() alone may grow by just what it is asked,
        // libc++'s does), so the copy reads from the buffer it writes into.
        if (out_.capacity() - out_.size() < at.second) {
          out_.reserve(std::max(out_.size() + at.second, 2 * out_.capacity()));
        }
        out_.append(out_.data() + at.first, at.second);
        return;
      }
    }
    const std::size_t from = out_.size();
    cited(*c);
    sources_.emplace_back(c, std::make_pair(from, out_.size() - from));
  }

  void breakdown(const Breakdown& b) {
    out_ += "{\"class_b_self_fen\":";
    append_json_int(out_, b.class_b_self.fen());
    member("class_c_fen", b.class_c);
    member("coinsurance_fen", b.coinsurance);
    member("deductible_fen", b.deductible);
    member("filing_self_first_fen", b.filing_self_first);
    member("over_cap_fen", b.over_cap);
    member("over_ceiling_fen", b.over_ceiling);
    out_ += '}';
  }
  // slip_json, with add_account's fields when `pays` is given.
  void slip(const Slip& s, Scheme scheme, const AccountPays* pays) {
    out_ += '{';
    if (pays != nullptr) {
      out_ += "\"acct_mulaid_pay\":";
      append_json_int(out_, pays->acct_mulaid_pay.fen());
      member("acct_pay", pays->acct_pay);
      out_ += ',';
    }
    out_ += "\"act_pay_dedc\":";
    append_json_int(out_, s.act_pay_dedc.fen());
    if (pays != nullptr && pays->balc) member("balc", *pays->balc);
    member("fulamt_ownpay_amt", s.fulamt_ownpay_amt);
    member("fund_pay_sumamt", s.fund_pay_sumamt);
    // 居民大病保险 for residents, 职工大额医疗费用补助 for employees.
    member(scheme == Scheme::kResident ? "hifmi_pay" : "hifob_pay", s.critical_illness_pay);
    member("hifp_pay", s.hifp_pay);
    member("inscp_scp_amt", s.inscp_scp_amt);
    member("medfee_sumamt", s.medfee_sumamt);
    member("overlmt_selfpay", s.overlmt_selfpay);
    member("preselfpay_amt", s.preselfpay_amt);
    if (pays != nullptr) member("psn_cash_pay", pays->psn_cash_pay);
    member("psn_part_amt", s.psn_part_amt);
    out_ += '}';
  }
  void min_max(Money min, Money max) {
    out_ += "{\"max\":";
    append_json_int(out_, max.fen());
    out_ += ",\"min\":";
    append_json_int(out_, min.fen());
    out_ += '}';
  }
  void range(const MoneyRange& r) { min_max(r.min, r.max); }
  // add_account's `account` block.
  void account(const AccountSplit& a) {
    const AccountPays& p = a.pays;
    out_ += "{\"acct_mulaid_pay_fen\":";
    append_json_int(out_, p.acct_mulaid_pay.fen());
    member("acct_pay_fen", p.acct_pay);
    out_ += ",\"balc_fen\":";
    money_or_null(p.balc);
    out_ += ",\"class_c_payable\":";
    if (a.class_c_payable) {
      boolean(*a.class_c_payable);
    } else {
      out_ += "null";
    }
    out_ += ",\"family_balc_fen\":";
    money_or_null(p.family_balc);
    member("psn_cash_pay_fen", p.psn_cash_pay);
    if (a.if_class_c_payable) {
      const AccountPays& q = *a.if_class_c_payable;
      out_ += ",\"range\":{\"acct_pay_fen\":";
      min_max(p.acct_pay, q.acct_pay);
      out_ += ",\"psn_cash_pay_fen\":";
      min_max(q.psn_cash_pay, p.psn_cash_pay);
      out_ += '}';
    }
    out_ += '}';
  }
  void year_to_date(const YearToDate& y) {
    out_ += "{\"admissions\":";
    append_json_int(out_, y.admissions);
    member("critical_illness_base_fen", y.critical_illness_base);
    member("critical_illness_paid_fen", y.critical_illness_paid);
    member("deductible_paid_fen", y.deductible_paid);
    member("eligible_fen", y.eligible);
    member("fund_paid_fen", y.fund_paid);
    out_ += '}';
  }
  // error_json: code, message {en, zh-CN}, path.
  void warnings(const Errors& list) {
    out_ += '[';
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Error& w = list[i];
      if (i > 0) out_ += ',';
      out_ += "{\"code\":";
      append_json_string(out_, w.code);
      out_ += ",\"message\":{\"en\":";
      append_json_string(out_, w.en);
      out_ += ",\"zh-CN\":";
      append_json_string(out_, w.zh_cn);
      out_ += "},\"path\":";
      append_json_string(out_, w.path);
      out_ += '}';
    }
    out_ += ']';
  }
  // policy_json: file?, id, name, region, scheme, source, terms, version.
  void policy(const EstimateRequest& r, const Estimate& e) {
    const Policy& p = r.policy();
    const PolicyVersion& v = p.versions[r.version_index];
    out_ += '{';
    if (!r.place.file.empty()) {
      out_ += "\"file\":";
      append_json_string(out_, r.place.file);
      out_ += ',';
    }
    out_ += "\"id\":";
    append_json_string(out_, r.place.id);
    out_ += ",\"name\":";
    local_text(p.name);
    out_ += ",\"region\":";
    append_json_string(out_, p.region);
    out_ += ",\"scheme\":";
    append_json_string(out_, word_id(p.scheme));
    out_ += ",\"source\":{";
    source_members(v.source ? *v.source : p.source);
    out_ += "},\"terms\":{";
    if (e.terms.age) {
      out_ += "\"age\":";
      append_json_int(out_, *e.terms.age);
      out_ += ',';
    }
    out_ += "\"employment\":";
    append_json_string(out_, word_id(e.terms.employment));
    out_ += ",\"filing_category\":";
    if (e.terms.filing) {
      append_json_string(out_, word_id(*e.terms.filing));
    } else {
      out_ += "null";
    }
    out_ += ",\"level\":";
    append_json_string(out_, word_id(e.terms.level));
    out_ += ",\"out_of_province\":";
    boolean(e.terms.out_of_province);
    out_ += ",\"setting\":";
    append_json_string(out_, word_id(r.input.setting));
    out_ += "},\"version\":{\"confidence\":";
    append_json_string(out_, word_id(v.confidence));
    out_ += ",\"dates_confirmed\":";
    boolean(v.dates_confirmed);
    out_ += ",\"effective_from\":";
    date_or_null(v.effective_from);
    out_ += ",\"effective_to\":";
    date_or_null(v.effective_to);
    out_ += "}}";
  }
  // The estimate's steps, then the account's when there are any; keys amount_fen, en, source?,
  // step, zh-CN.
  void steps(const std::vector<ExplanationStep>& own, const std::optional<AccountSplit>& account) {
    const std::size_t count = own.size() + (account ? account->steps.size() : 0);
    out_ += '[';
    for (std::size_t i = 0; i < count; ++i) {
      const ExplanationStep& step = i < own.size() ? own[i] : account->steps[i - own.size()];
      if (i > 0) out_ += ',';
      out_ += "{\"amount_fen\":";
      money_or_null(step.amount);
      out_ += ",\"en\":";
      step_text(step, false);
      if (step.source) {
        out_ += ",\"source\":";
        step_source(step.source.get());
      }
      out_ += ",\"step\":";
      append_json_string(out_, step.step);
      out_ += ",\"zh-CN\":";
      step_text(step, true);
      out_ += '}';
    }
    out_ += ']';
  }
  void step_text(const ExplanationStep& step, bool zh) { step.words.append_json(zh, out_); }
  // end_json with its explanation: account?, breakdown, critical_illness_pays_fen,
  // explanation, figures, fund_pays_fen, person_pays_fen, slip, year_to_date.
  void end(const RangedEstimate& r, const Estimate& e, const std::vector<std::int64_t>& values,
           Scheme scheme, const std::optional<AccountSplit>& account_split) {
    out_ += '{';
    if (account_split) {
      out_ += "\"account\":";
      account(*account_split);
      out_ += ',';
    }
    out_ += "\"breakdown\":";
    breakdown(e.breakdown);
    member("critical_illness_pays_fen", e.critical_illness_pays);
    out_ += ",\"explanation\":";
    steps(e.explanation, account_split);
    out_ += ",\"figures\":";
    figures(r, values);
    member("fund_pays_fen", e.fund_pays);
    member("person_pays_fen", e.person_pays);
    out_ += ",\"slip\":";
    slip(e.slip, scheme, account_split ? &account_split->pays : nullptr);
    out_ += ",\"year_to_date\":";
    year_to_date(e.year_to_date);
    out_ += '}';
  }
  // {figure: value}, sorted by the figure's word; a figure assumed twice keeps its last value,
  // as assigning into the tree did.
  void figures(const RangedEstimate& r, const std::vector<std::int64_t>& values) {
    std::vector<std::pair<std::string_view, std::int64_t>> sorted;
    for (std::size_t i = 0; i < r.assumptions.size(); ++i) {
      const std::string_view name = word_id(r.assumptions[i].figure);
      bool replaced = false;
      for (auto& [seen, value] : sorted) {
        if (seen == name) {
          value = values[i];
          replaced = true;
        }
      }
      if (!replaced) sorted.emplace_back(name, values[i]);
    }
    std::sort(sorted.begin(), sorted.end());
    out_ += '{';
    for (std::size_t i = 0; i < sorted.size(); ++i) {
      if (i > 0) out_ += ',';
      append_json_key(out_, sorted[i].first);
      append_json_int(out_, sorted[i].second);
    }
    out_ += '}';
  }
  // assumption_json: basis, effect_fen, figure, high, low, places?, source, where.
  void assumption(const Assumption& a) {
    out_ += "{\"basis\":";
    append_json_string(out_, word_id(a.basis));
    member("effect_fen", a.effect);
    out_ += ",\"figure\":";
    append_json_string(out_, word_id(a.figure));
    out_ += ",\"high\":";
    append_json_int(out_, a.high);
    out_ += ",\"low\":";
    append_json_int(out_, a.low);
    if (a.basis == AssumptionBasis::kPlacesWeKnow) {
      out_ += ",\"places\":";
      append_json_int(out_, a.places);
    }
    out_ += ",\"source\":";
    cited(a.source);
    out_ += ",\"where\":";
    append_json_string(out_, a.where);
    out_ += '}';
  }

  std::string& out_;
  // Each step source written so far: where in `out_` (offset, length).
  std::vector<std::pair<const Cited*, std::pair<std::size_t, std::size_t>>> sources_;
};

}  // namespace

Result<json> estimate_bounds(const CoreData& data, const json& request) {
  if (!request.is_object() || !request.empty()) {
    return make_error("request.unknown_field", "", "（这个操作不需要参数）",
                      "(this operation takes no fields)");
  }
  if (!data.places_we_know.get()) return data.places_we_know.get().errors();
  return places_we_know_json(data.places_we_know.get().value());
}

namespace {

// The answer computed, handed to `finish` while the estimates it points into are alive.
template <typename Answer, typename Finish>
Result<Answer> answer(const CoreData& data, const json& request, Finish finish) {
  // The national rules come from the filing rules; the shipped file is kept clean by a test.
  if (!data.national_rules.get()) {
    const Error& first = data.national_rules.get().errors().front();
    return make_error("internal.error", "", first.zh_cn, first.en);
  }
  Result<EstimateRequest> read = read_estimate_request(
      data.policies.get(), request, data.sources.get() ? &data.sources.get().value() : nullptr);
  if (!read) return std::move(read).errors();
  const EstimateRequest& r = read.value();
  if (!data.vocabulary.get()) {
    const Error& first = data.vocabulary.get().errors().front();
    return make_error("internal.error", "", first.zh_cn, first.en);
  }
  if (!data.places_we_know.get()) {
    const Error& first = data.places_we_know.get().errors().front();
    return make_error("internal.error", "", first.zh_cn, first.en);
  }
  const RangeBasis basis{data.vocabulary.get().value(), data.national_rules.get().value(),
                         data.places_we_know.get().value(),
                         data.sources.get() ? &data.sources.get().value() : nullptr};
  Result<RangedEstimate> result =
      estimate_range(r.policy(), r.version_index, r.place, r.input, r.known_figures, basis);
  if (!result) return std::move(result).errors();
  const RangedEstimate& ranged = result.value();

  // Who pays the person's share, when the request gave an account.
  std::optional<AccountRules> account_rules;
  if (r.account) {
    if (!data.sources.get()) return data.sources.get().errors();
    Result<AccountRules> rules = personal_account_rules(data.sources.get().value());
    if (!rules) return std::move(rules).errors();
    account_rules = std::move(rules).value();
  }
  const auto split = [&](const Estimate& e) -> std::optional<AccountSplit> {
    if (!r.account) return std::nullopt;
    return split_person_share(e, *r.account, *account_rules);
  };

  Computed c{r, ranged, r.warnings, std::nullopt, std::nullopt};
  const Estimate& shown = ranged.point ? *ranged.point : ranged.person_most;
  c.warnings.insert(c.warnings.end(), shown.warnings.begin(), shown.warnings.end());
  c.account = split(shown);
  if (!ranged.point) c.least_account = split(ranged.person_least);
  return finish(c);
}

}  // namespace

Result<json> estimate(const CoreData& data, const json& request) {
  return answer<json>(data, request, [](const Computed& c) -> Result<json> { return tree_of(c); });
}

Errors estimate_text(const CoreData& data, const json& request, std::string& out) {
  Result<bool> written = answer<bool>(data, request, [&out](const Computed& c) -> Result<bool> {
    out.reserve(out.size() + 16 * 1024);
    TextAnswer(out).write(c);
    return true;
  });
  if (!written) return std::move(written).errors();
  return {};
}

}  // namespace medins::ops
