// Op estimate (docs/estimate.md): one bill under the insured place's policy -> what the fund, the
// critical-illness layer and the person pay, to the fen, with every step explained.
// Request and answer: docs/estimate.md.
#include "api/ops.hpp"
#include "common/json_writer.hpp"
#include "estimate/estimate_range.hpp"
#include "estimate/estimate_request.hpp"
#include "estimate/personal_account.hpp"
#include "policy/policy_json.hpp"
#include "region/region_json.hpp"

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
  const PolicyVersion& v = r.policy.versions[r.version_index];
  json out = {{"id", r.place.id},
              {"region", r.policy.region},
              {"scheme", word_id(r.policy.scheme)},
              {"name", local_text_json(r.policy.name)},
              {"source", source_to_json(v.source ? *v.source : r.policy.source)},
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

// The answer as a json tree but for its explanations, which are the bulk of it: at the top of a
// point answer (`end` null), in each end of a ranged one (`end` "person_pays_most" or
// "person_pays_least"). estimate() puts them into the tree; estimate_text() writes the tree and
// the explanations' text directly, in the place the tree's key order gives them.
struct Parts {
  json tree;
  struct Explanation {
    const char* end;
    Steps steps;
  };
  std::vector<Explanation> explanations;
};

// Writes the steps as steps_json() and dump() would: keys in order (amount_fen, en, source,
// step, zh-CN). A source many steps share is written once and copied.
class StepsWriter {
 public:
  void write(std::string& out, const Steps& s) {
    const std::vector<ExplanationStep>& own = *s.own;
    const std::size_t count = own.size() + (*s.account ? (*s.account)->steps.size() : 0);
    out += '[';
    for (std::size_t i = 0; i < count; ++i) {
      const ExplanationStep& step = i < own.size() ? own[i] : (*s.account)->steps[i - own.size()];
      if (i > 0) out += ',';
      out += "{\"amount_fen\":";
      if (step.amount) {
        append_json_int(out, step.amount->fen());
      } else {
        out += "null";
      }
      out += ",\"en\":";
      text(out, step, false);
      if (step.source) {
        out += ",\"source\":";
        out += source(step.source.get());
      }
      out += ",\"step\":";
      append_json_string(out, step.step);
      out += ",\"zh-CN\":";
      text(out, step, true);
      out += '}';
    }
    out += ']';
  }

 private:
  void text(std::string& out, const ExplanationStep& step, bool zh) {
    scratch_.clear();
    step.words.append_text(zh, scratch_);
    append_json_string(out, scratch_);
  }
  const std::string& source(const Cited* cited) {
    for (const auto& [seen, text] : sources_) {
      if (seen == cited) return text;
    }
    std::string text;
    append_json(text, cited_json(*cited));
    sources_.emplace_back(cited, std::move(text));
    return sources_.back().second;
  }
  std::string scratch_;
  std::vector<std::pair<const Cited*, std::string>> sources_;
};

// `object` with "explanation" among its keys, in the order dump() writes keys.
void write_explained(std::string& out, const json& object, const Steps& steps,
                     StepsWriter& writer) {
  out += '{';
  bool first = true;
  bool written = false;
  const auto explanation = [&] {
    if (!first) out += ',';
    first = false;
    append_json_key(out, "explanation");
    writer.write(out, steps);
    written = true;
  };
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (!written && it.key() > "explanation") explanation();
    if (!first) out += ',';
    first = false;
    append_json_key(out, it.key());
    append_json(out, it.value());
  }
  if (!written) explanation();
  out += '}';
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

// The answer's parts, handed to `finish` while the estimates they point into are alive.
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
      estimate_range(r.policy, r.version_index, r.place, r.input, r.known_figures, basis);
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

  json warnings = json::array();
  for (const Error& w : r.warnings) warnings.push_back(error_json(w));

  if (ranged.point) {
    const Estimate& e = *ranged.point;
    for (const Error& w : e.warnings) warnings.push_back(error_json(w));
    const std::optional<AccountSplit> account = split(e);
    json out{{"on", r.on.to_iso()},
             {"total_fen", e.total.fen()},
             {"fund_pays_fen", e.fund_pays.fen()},
             {"critical_illness_pays_fen", e.critical_illness_pays.fen()},
             {"person_pays_fen", e.person_pays.fen()},
             {"breakdown", breakdown_json(e.breakdown)},
             {"slip", slip_json(e.slip, r.policy.scheme)},
             {"relation", region_relation_name(r.input.relation)},
             {"insured", resolved_region_json(r.insured, r.insured_code)},
             {"treatment", resolved_region_json(r.treatment, r.treatment_code)},
             {"policy", policy_json(r, e)},
             {"year_to_date", year_to_date_json(e.year_to_date)},
             {"warnings", std::move(warnings)}};
    if (account) add_account(out["slip"], out, *account);
    return finish(Parts{std::move(out), {{nullptr, Steps{&e.explanation, &account}}}});
  }

  // A ranged answer (docs/estimate.md): no point figures, the range, what it assumes, and both
  // ends in full. The warnings are the end where the person pays most (the same policy, so the
  // same warnings but for the figures assumed).
  const Estimate& most = ranged.person_most;
  for (const Error& w : most.warnings) warnings.push_back(error_json(w));
  json assumptions = json::array();
  for (const Assumption& a : ranged.assumptions) assumptions.push_back(assumption_json(a));
  const std::optional<AccountSplit> most_account = split(most);
  const std::optional<AccountSplit> least_account = split(ranged.person_least);
  json out{{"on", r.on.to_iso()},
           {"total_fen", most.total.fen()},
           {"range",
            {{"fund_pays_fen", range_json(ranged.fund)},
             {"critical_illness_pays_fen", range_json(ranged.critical_illness)},
             {"person_pays_fen", range_json(ranged.person)}}},
           {"assumptions", std::move(assumptions)},
           {"ends",
            {{"person_pays_most",
              end_json(ranged, most, ranged.person_most_values, r.policy.scheme, most_account)},
             {"person_pays_least", end_json(ranged, ranged.person_least, ranged.person_least_values,
                                            r.policy.scheme, least_account)}}},
           {"relation", region_relation_name(r.input.relation)},
           {"insured", resolved_region_json(r.insured, r.insured_code)},
           {"treatment", resolved_region_json(r.treatment, r.treatment_code)},
           {"policy", policy_json(r, most)},
           {"warnings", std::move(warnings)}};
  return finish(
      Parts{std::move(out),
            {{"person_pays_most", Steps{&most.explanation, &most_account}},
             {"person_pays_least", Steps{&ranged.person_least.explanation, &least_account}}}});
}

}  // namespace

Result<json> estimate(const CoreData& data, const json& request) {
  return answer<json>(data, request, [](Parts parts) -> Result<json> {
    for (const Parts::Explanation& x : parts.explanations) {
      json& where = x.end == nullptr ? parts.tree : parts.tree["ends"][x.end];
      where["explanation"] = steps_json(x.steps);
    }
    return std::move(parts.tree);
  });
}

Result<std::string> estimate_text(const CoreData& data, const json& request) {
  return answer<std::string>(data, request, [](const Parts& parts) -> Result<std::string> {
    std::string out;
    out.reserve(64 * 1024);
    StepsWriter writer;
    if (parts.explanations.size() == 1 && parts.explanations[0].end == nullptr) {
      write_explained(out, parts.tree, parts.explanations[0].steps, writer);
      return out;
    }
    // A ranged answer: the explanations are in "ends", one per end.
    out += '{';
    bool first = true;
    for (auto it = parts.tree.begin(); it != parts.tree.end(); ++it) {
      if (!first) out += ',';
      first = false;
      append_json_key(out, it.key());
      if (it.key() != "ends") {
        append_json(out, it.value());
        continue;
      }
      out += '{';
      bool first_end = true;
      for (auto end = it.value().begin(); end != it.value().end(); ++end) {
        if (!first_end) out += ',';
        first_end = false;
        append_json_key(out, end.key());
        const Parts::Explanation* x = nullptr;
        for (const Parts::Explanation& e : parts.explanations) {
          if (e.end != nullptr && end.key() == e.end) x = &e;
        }
        if (x == nullptr) {
          append_json(out, end.value());
        } else {
          write_explained(out, end.value(), x->steps, writer);
        }
      }
      out += '}';
    }
    out += '}';
    return out;
  });
}

}  // namespace medins::ops
