// Op ledger.summarize (docs/ledger.md): the person's own ledger (settlement slips and manual
// claims, kept on the device) -> per insurance year the running totals the estimate builds on, the
// spending per month split by who paid, the fund's annual cap used so far, and for each claim
// its stage, the stages that may follow and the deadline. Request and answer: docs/ledger.md.
//
//   {as_of, insured_region, scheme, insured_place_rules?: {claim_deadline?},
//    settlements?: [{id?, date, place?, setting, slip: {...}, over_cap_fen?}],
//    claims?: [{id?, place?, treated_on, amount_fen, paid_fen?, history: [{stage, date}]}]}
#include <algorithm>
#include <cstdio>
#include <set>

#include "api/ops.hpp"
#include "common/json_pointer.hpp"
#include "common/request_reader.hpp"
#include "eligibility/claim_deadline.hpp"
#include "estimate/estimate_request.hpp"
#include "ledger/ledger.hpp"
#include "policy/policy_json.hpp"
#include "policy/policy_parse.hpp"

namespace medins::ops {
namespace {

using nlohmann::json;

// A person's lifetime of slips fits easily; more is a mistake or an attack on a phone's memory.
constexpr std::size_t kMaxSettlements = 5000;
constexpr std::size_t kMaxClaims = 1000;
constexpr std::size_t kMaxHistory = 20;
constexpr std::size_t kMaxTextBytes = 200;

struct Claim {
  std::string id;
  std::string place;
  Date treated_on = Date::latest();
  Money amount;
  std::optional<Money> paid;
  std::vector<ClaimStep> history;
};

struct Ledger {
  Date as_of = Date::latest();
  std::string insured_code;
  const RegionRow* insured = nullptr;
  Scheme scheme = Scheme::kEmployee;
  std::optional<ClaimRule> claim_rule;
  std::vector<LedgerSettlement> settlements;
  std::vector<std::string> settlement_ids;
  std::vector<Claim> claims;
};

void add_all(Errors& to, const Errors& from) {
  to.insert(to.end(), from.begin(), from.end());
}

// Optional short text (an id, the name of a hospital); too long is request.out_of_range.
std::string short_text(RequestReader& reader, const char* name, Errors& errors) {
  const std::optional<std::string> text = reader.string(name, false);
  if (!text) return "";
  if (text->size() > kMaxTextBytes) {
    errors.push_back(make_error("request.out_of_range", reader.path(name),
                                "最多" + std::to_string(kMaxTextBytes) + "个字节。",
                                "At most " + std::to_string(kMaxTextBytes) + " bytes."));
    return "";
  }
  return *text;
}

const json* list_field(RequestReader& reader, const char* name, std::size_t max, Errors& errors) {
  const json* list = reader.array(name, false);
  if (list != nullptr && list->size() > max) {
    errors.push_back(make_error("ledger.too_many_entries", reader.path(name),
                                "最多" + std::to_string(max) + "条。",
                                "At most " + std::to_string(max) + " entries."));
    return nullptr;
  }
  return list;
}

const json* object_item(const json& list, std::size_t i, const std::string& base, Errors& errors) {
  if (list[i].is_object()) return &list[i];
  errors.push_back(
      make_error("request.wrong_type", base, "这里应是一个对象。", "An object is expected here."));
  return nullptr;
}

void not_after(Date day, Date as_of, const std::string& path, Errors& errors) {
  if (as_of < day) {
    errors.push_back(make_error("ledger.date_after_as_of", path, "（" + as_of.to_iso() + "）",
                                "(" + as_of.to_iso() + ")"));
  }
}

std::optional<LedgerSettlement> read_settlement(const json& item, const std::string& base,
                                                Ledger& ledger, Errors& errors) {
  const std::size_t before = errors.size();
  RequestReader reader(item, base, errors);
  ledger.settlement_ids.push_back(short_text(reader, "id", errors));
  short_text(reader, "place", errors);  // the page's own label, checked but not needed here
  LedgerSettlement s;
  const std::optional<Date> date = reader.date("date");
  std::optional<Setting> setting;
  if (const std::optional<std::string> name = reader.string("setting")) {
    setting = word_from_id<Setting>(*name);
    if (!setting) errors.push_back(make_error("estimate.unknown_setting", reader.path("setting")));
  }
  const json* slip = reader.object("slip");
  s.over_cap = Money::from_fen(reader.integer("over_cap_fen", 0, kMaxPolicyFen, false).value_or(0));
  reader.reject_unknown_fields();
  if (slip != nullptr) {
    RequestReader f(*slip, reader.path("slip"), errors);
    auto fen = [&](const char* name, bool required = false) {
      return Money::from_fen(f.integer(name, 0, kMaxPolicyFen, required).value_or(0));
    };
    SlipFigures& v = s.slip;
    v.medfee_sumamt = fen("medfee_sumamt", true);
    v.fulamt_ownpay_amt = fen("fulamt_ownpay_amt");
    v.overlmt_selfpay = fen("overlmt_selfpay");
    v.preselfpay_amt = fen("preselfpay_amt");
    v.inscp_scp_amt = fen("inscp_scp_amt", true);
    v.act_pay_dedc = fen("act_pay_dedc");
    v.hifp_pay = fen("hifp_pay");
    // A slip shows one of the two, by scheme; either is the second layer's payment.
    v.critical_illness_pay = Money::from_fen(fen("hifmi_pay").fen() + fen("hifob_pay").fen());
    v.maf_pay = fen("maf_pay");
    v.other_funds =
        Money::from_fen(fen("cvlserv_pay").fen() + fen("hifes_pay").fen() + fen("oth_pay").fen());
    v.acct_pay = fen("acct_pay");
    v.psn_cash_pay = fen("psn_cash_pay");
    s.acct_mulaid_pay = fen("acct_mulaid_pay");
    if (const std::optional<std::int64_t> balc = f.integer("balc", 0, kMaxPolicyFen, false)) {
      s.balc = Money::from_fen(*balc);
    }
    // A family member's account pays inside acct_pay (docs/estimate.md): never more than it.
    if (v.acct_pay < s.acct_mulaid_pay) {
      errors.push_back(make_error("ledger.slip_part_too_large", f.path("acct_mulaid_pay"),
                                  "（家庭共济支付不能多于个人账户支付）",
                                  "(family mutual aid cannot exceed the account's payment)"));
    }
    f.reject_unknown_fields();
  }
  if (errors.size() != before || !date || !setting || slip == nullptr) return std::nullopt;
  s.date = *date;
  s.setting = *setting;
  not_after(s.date, ledger.as_of, reader.path("date"), errors);
  add_all(errors, check_slip(s, base));
  if (errors.size() != before) return std::nullopt;
  return s;
}

std::optional<Claim> read_claim(const json& item, const std::string& base, const Ledger& ledger,
                                Errors& errors) {
  const std::size_t before = errors.size();
  RequestReader reader(item, base, errors);
  Claim c;
  c.id = short_text(reader, "id", errors);
  c.place = short_text(reader, "place", errors);
  const std::optional<Date> treated_on = reader.date("treated_on");
  const std::optional<std::int64_t> amount = reader.integer("amount_fen", 0, kMaxPolicyFen);
  const std::optional<std::int64_t> paid = reader.integer("paid_fen", 0, kMaxPolicyFen, false);
  const json* history = reader.array("history");
  reader.reject_unknown_fields();
  if (history != nullptr && (history->empty() || history->size() > kMaxHistory)) {
    errors.push_back(make_error("request.out_of_range", reader.path("history"),
                                "应有1到" + std::to_string(kMaxHistory) + "步。",
                                "It must hold 1 to " + std::to_string(kMaxHistory) + " steps."));
    history = nullptr;
  }
  if (history != nullptr) {
    for (std::size_t i = 0; i < history->size(); ++i) {
      const std::string at = pointer_join(reader.path("history"), i);
      const json* step = object_item(*history, i, at, errors);
      if (step == nullptr) continue;
      RequestReader s(*step, at, errors);
      const std::optional<std::string> stage = s.string("stage");
      const std::optional<Date> date = s.date("date");
      s.reject_unknown_fields();
      std::optional<ClaimStage> parsed;
      if (stage) {
        parsed = claim_stage_from_name(*stage);
        if (!parsed) errors.push_back(make_error("ledger.claim_unknown_stage", s.path("stage")));
      }
      if (date) not_after(*date, ledger.as_of, s.path("date"), errors);
      if (parsed && date) c.history.push_back(ClaimStep{*parsed, *date});
    }
  }
  if (treated_on) not_after(*treated_on, ledger.as_of, reader.path("treated_on"), errors);
  if (errors.size() != before || !treated_on || !amount || history == nullptr) return std::nullopt;
  add_all(errors, check_claim_history(c.history, reader.path("history")));
  c.treated_on = *treated_on;
  c.amount = Money::from_fen(*amount);
  if (paid) {
    if (c.history.empty() || c.history.back().stage != ClaimStage::kPaid) {
      errors.push_back(make_error("ledger.claim_amount_inconsistent", reader.path("paid_fen"),
                                  "申请还没有到“已支付”（paid）。",
                                  "The claim has not reached paid."));
    } else if (*amount < *paid) {
      errors.push_back(make_error("ledger.claim_amount_inconsistent", reader.path("paid_fen"),
                                  "支付金额超过了申请金额。",
                                  "The amount paid is more than the amount claimed."));
    }
    c.paid = Money::from_fen(*paid);
  }
  if (errors.size() != before) return std::nullopt;
  return c;
}

void check_unique(const std::vector<std::string>& ids, const std::string& list_path,
                  Errors& errors) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (ids[i].empty()) continue;
    if (!seen.insert(ids[i]).second) {
      errors.push_back(make_error("ledger.duplicate_id",
                                  pointer_join(pointer_join(list_path, i), "id"),
                                  "（" + ids[i] + "）", "(" + ids[i] + ")"));
    }
  }
}

Result<Ledger> read_ledger(const json& request) {
  Errors errors;
  Ledger ledger;
  RequestReader reader(request, "", errors);
  const std::optional<Date> as_of = reader.date("as_of");
  if (const std::optional<std::string> code = reader.string("insured_region")) {
    ledger.insured_code = *code;
    Result<ResolvedRegion> r = resolve_region(*code, reader.path("insured_region"));
    if (r) {
      ledger.insured = r.value().region;
    } else {
      add_all(errors, r.errors());
    }
  }
  if (const std::optional<std::string> s = reader.string("scheme")) {
    const std::optional<Scheme> scheme = word_from_id<Scheme>(*s);
    if (scheme) {
      ledger.scheme = *scheme;
    } else {
      errors.push_back(make_error("policy.unknown_scheme", reader.path("scheme")));
    }
  }
  if (const json* rules = reader.object("insured_place_rules", false)) {
    RequestReader r(*rules, reader.path("insured_place_rules"), errors);
    if (const json* d = r.object("claim_deadline", false)) {
      ledger.claim_rule = read_claim_rule(*d, r.path("claim_deadline"), errors);
    }
    r.reject_unknown_fields();
  }
  const json* settlements = list_field(reader, "settlements", kMaxSettlements, errors);
  const json* claims = list_field(reader, "claims", kMaxClaims, errors);
  reader.reject_unknown_fields();
  // Without a valid as_of the entries are still read, so every problem shows at once; only the
  // "after today" check waits for a day to compare with.
  ledger.as_of = as_of.value_or(Date::latest());
  if (settlements != nullptr) {
    for (std::size_t i = 0; i < settlements->size(); ++i) {
      const std::string base = pointer_join("/settlements", i);
      const json* item = object_item(*settlements, i, base, errors);
      if (item == nullptr) {
        ledger.settlement_ids.emplace_back();
        continue;
      }
      std::optional<LedgerSettlement> s = read_settlement(*item, base, ledger, errors);
      // Kept in step with the ids even when refused, so that indexes stay the request's.
      ledger.settlements.push_back(s.value_or(LedgerSettlement{}));
    }
    check_unique(ledger.settlement_ids, "/settlements", errors);
  }
  if (claims != nullptr) {
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < claims->size(); ++i) {
      const std::string base = pointer_join("/claims", i);
      const json* item = object_item(*claims, i, base, errors);
      std::optional<Claim> c =
          item != nullptr ? read_claim(*item, base, ledger, errors) : std::nullopt;
      ids.push_back(c ? c->id
                      : (item != nullptr && item->contains("id") && (*item)["id"].is_string()
                             ? (*item)["id"].get<std::string>()
                             : std::string()));
      if (c) ledger.claims.push_back(std::move(*c));
    }
    check_unique(ids, "/claims", errors);
  }
  if (!errors.empty()) return errors;
  if (ledger.insured == nullptr) return make_error("internal.error", "");
  return ledger;
}

// ---- The answer ----------------------------------------------------------------------------

// Who paid, in the order the page stacks them.
struct Payers {
  SlipFigures sum;
  std::int64_t settlements = 0;

  void add(const SlipFigures& slip) {
    sum += slip;
    ++settlements;
  }
  json to_json() const {
    // The answer's name of each payer, in the order the page stacks them.
    static constexpr std::pair<const char*, Money SlipFigures::*> kPayers[] = {
        {"total_fen", &SlipFigures::medfee_sumamt},
        {"fund_fen", &SlipFigures::hifp_pay},
        {"critical_illness_fen", &SlipFigures::critical_illness_pay},
        {"assistance_fen", &SlipFigures::maf_pay},
        {"other_funds_fen", &SlipFigures::other_funds},
        {"account_fen", &SlipFigures::acct_pay},
        {"cash_fen", &SlipFigures::psn_cash_pay}};
    json out = {{"settlements", settlements}};
    for (const auto& [name, field] : kPayers) out[name] = (sum.*field).fen();
    return out;
  }
};

// The shipped policy for the insured place (the place, its prefecture, its province), as
// policy.get finds it.
const ShippedPolicy* find_policy(const CoreData& data, const std::string& code, Scheme scheme) {
  if (!data.policies.get()) return nullptr;
  for (const std::string& region : {code, code.substr(0, 4) + "00", code.substr(0, 2) + "0000"}) {
    if (const ShippedPolicy* p = find_shipped_policy(data.policies.get().value(), region, scheme)) {
      return p;
    }
  }
  return nullptr;
}

// The fund's annual cap of the year: the inpatient setting's `annual_cap_fen` of the version in
// force at the year's end (or on as_of for the current year). Never a figure the data lacks.
json cap_json(const ShippedPolicy* shipped, int year, Date as_of, Money fund_paid) {
  json out = {{"known", false},
              {"cap_fen", nullptr},
              {"used_fen", fund_paid.fen()},
              {"left_fen", nullptr},
              {"setting", word_id(Setting::kInpatient)},
              {"policy", nullptr}};
  if (shipped == nullptr) {
    out["text"] = {{"zh-CN", "本程序没有这个参保地的政策数据，不知道统筹基金的年度最高支付限额。"},
                   {"en",
                    "medins holds no policy for this insured place, so the fund's annual "
                    "cap is not known."}};
    return out;
  }
  const Policy& policy = shipped->policy;
  Date day = as_of;
  if (year < as_of.year()) day = Date::from_ymd(year, 12, 31, "").value();
  const PolicyVersion* version = version_on(policy, day);
  out["policy"] = {{"id", policy.region + "/" + word_id(policy.scheme)},
                   {"file", shipped->file},
                   {"name", local_text_json(policy.name)},
                   {"on", day.to_iso()}};
  const SettingTerms* terms = nullptr;
  if (version != nullptr) {
    const auto it = version->settings.find(Setting::kInpatient);
    if (it != version->settings.end()) terms = &it->second;
  }
  if (terms == nullptr || !terms->annual_cap) {
    out["text"] = {{"zh-CN", "政策数据里没有统筹基金的年度最高支付限额，无法算出还剩多少。"},
                   {"en",
                    "The policy data holds no annual cap for the fund, so what is left "
                    "cannot be counted."}};
    return out;
  }
  const MoneyFigure& cap = *terms->annual_cap;
  // The figure's own provenance, else its setting's, else the version's (docs/policy-format.md).
  const Source& source = cap.provenance.source      ? *cap.provenance.source
                         : terms->provenance.source ? *terms->provenance.source
                         : version->source          ? *version->source
                                                    : policy.source;
  const Confidence confidence = cap.provenance.confidence      ? *cap.provenance.confidence
                                : terms->provenance.confidence ? *terms->provenance.confidence
                                                               : version->confidence;
  const std::int64_t left = std::max<std::int64_t>(0, cap.value.fen() - fund_paid.fen());
  out["known"] = true;
  out["cap_fen"] = cap.value.fen();
  out["left_fen"] = left;
  out["source"] = source_to_json(source);
  out["confidence"] = word_id(confidence);
  const std::string c = cap.value.to_yuan_string();
  const std::string u = fund_paid.to_yuan_string();
  const std::string l = Money::from_fen(left).to_yuan_string();
  out["text"] = {
      {"zh-CN", "统筹基金年度最高支付限额" + c + "元，本年已支付" + u + "元，还剩" + l + "元。"},
      {"en", "The fund pays at most " + c + " yuan a year; it paid " + u + " yuan so far, " + l +
                 " yuan are left."}};
  return out;
}

json years_json(const CoreData& data, const Ledger& ledger) {
  std::set<int> years = {insurance_year(ledger.as_of)};
  for (const LedgerSettlement& s : ledger.settlements) years.insert(insurance_year(s.date));
  const ShippedPolicy* policy = find_policy(data, ledger.insured_code, ledger.scheme);
  json out = json::array();
  for (int year : years) {
    Payers total;
    Payers months[12];
    for (const LedgerSettlement& s : ledger.settlements) {
      if (insurance_year(s.date) != year) continue;
      total.add(s.slip);
      months[s.date.month() - 1].add(s.slip);
    }
    json month_list = json::array();
    for (int m = 0; m < 12; ++m) {
      json j = months[m].to_json();
      char label[8];
      std::snprintf(label, sizeof label, "%04d-%02d", year, m + 1);
      j["month"] = label;
      month_list.push_back(std::move(j));
    }
    const YearToDate ytd = ledger_year_to_date(ledger.settlements, year, ledger.scheme);
    // The own account's balance after each settlement that shows it, in date order (the
    // request's order for the same day): the balance over the year.
    std::vector<const LedgerSettlement*> with_balance;
    for (const LedgerSettlement& s : ledger.settlements) {
      if (insurance_year(s.date) == year && s.balc) with_balance.push_back(&s);
    }
    std::stable_sort(
        with_balance.begin(), with_balance.end(),
        [](const LedgerSettlement* a, const LedgerSettlement* b) { return a->date < b->date; });
    json balances = json::array();
    for (const LedgerSettlement* s : with_balance) {
      balances.push_back({{"date", s->date.to_iso()},
                          {"balc_fen", s->balc->fen()},
                          {"acct_pay_fen", s->slip.acct_pay.fen()},
                          {"acct_mulaid_pay_fen", s->acct_mulaid_pay.fen()}});
    }
    out.push_back({{"year", year},
                   {"from", std::to_string(year) + "-01-01"},
                   {"to", std::to_string(year) + "-12-31"},
                   {"year_to_date", year_to_date_json(ytd)},
                   {"totals", total.to_json()},
                   {"months", std::move(month_list)},
                   {"cap", cap_json(policy, year, ledger.as_of, ytd.fund_paid)}});
    if (!balances.empty()) out.back()["account_balance"] = std::move(balances);
  }
  return out;
}

Result<json> claims_json(const CoreData& data, const Ledger& ledger) {
  json out = json::array();
  if (ledger.claims.empty()) return out;
  if (!data.eligibility_rules.get()) return data.eligibility_rules.get().errors();
  const json& rules = data.eligibility_rules.get().value();
  for (std::size_t i = 0; i < ledger.claims.size(); ++i) {
    const Claim& c = ledger.claims[i];
    const ClaimStep& now = c.history.back();
    json next = json::array();
    for (ClaimStage s : next_claim_stages(now.stage)) next.push_back(claim_stage_name(s));
    Result<json> deadline = claim_deadline_json(
        rules, c.treated_on, pointer_join(pointer_join("/claims", i), "treated_on"),
        *ledger.insured, ledger.claim_rule, ledger.as_of);
    if (!deadline) return std::move(deadline).errors();
    json d = std::move(deadline).value();
    // The deadline is for handing the claim in: once submitted it is met.
    const bool to_submit = now.stage == ClaimStage::kPrepared;
    const bool open = now.stage != ClaimStage::kPaid && now.stage != ClaimStage::kRefused;
    const bool overdue = to_submit && d.contains("days_left") && d["days_left"].get<int>() < 0;
    json history = json::array();
    for (const ClaimStep& s : c.history) {
      history.push_back({{"stage", claim_stage_name(s.stage)}, {"date", s.date.to_iso()}});
    }
    out.push_back({{"index", i},
                   {"id", c.id},
                   {"place", c.place},
                   {"treated_on", c.treated_on.to_iso()},
                   {"amount_fen", c.amount.fen()},
                   {"paid_fen", c.paid ? json(c.paid->fen()) : json()},
                   {"stage", claim_stage_name(now.stage)},
                   {"since", now.date.to_iso()},
                   {"history", std::move(history)},
                   {"next_stages", std::move(next)},
                   {"open", open},
                   {"to_submit", to_submit},
                   {"overdue", overdue},
                   {"deadline", std::move(d)}});
  }
  return out;
}

}  // namespace

Result<json> ledger_summarize(const CoreData& data, const json& request) {
  Result<Ledger> read = read_ledger(request);
  if (!read) return std::move(read).errors();
  const Ledger& ledger = read.value();
  Result<json> claims = claims_json(data, ledger);
  if (!claims) return std::move(claims).errors();
  return json{{"as_of", ledger.as_of.to_iso()},
              {"insured_region", ledger.insured_code},
              {"scheme", word_id(ledger.scheme)},
              {"insurance_year",
               {{"basis", "calendar"},
                {"text",
                 {{"zh-CN", "按自然年（1月1日至12月31日）累计，以结算日期所在年份为准。"},
                  {"en",
                   "Counted per calendar year (1 January to 31 December), by the "
                   "settlement day."}}}}},
              {"years", years_json(data, ledger)},
              {"claims", std::move(claims).value()}};
}

}  // namespace medins::ops
