#include "estimate/personal_account.hpp"

#include <algorithm>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/embedded_files.hpp"

namespace medins {
namespace {

using nlohmann::json;

constexpr std::string_view kRulesFile = "estimate/personal_account.json";  // under data/

Error data_error(const std::string& path, const std::string& what) {
  return make_error("internal.error", "",
                    "（" + std::string(kRulesFile) + path + "：" + what + "）",
                    "(" + std::string(kRulesFile) + path + ": " + what + ")");
}

std::optional<Cited> cite(const json& node, const Bibliography& sources) {
  if (!node.contains("source") || !node["source"].is_string()) return std::nullopt;
  const BibliographyEntry* entry = sources.find(node["source"].get<std::string>());
  if (entry == nullptr) return std::nullopt;
  std::optional<std::string> title_en;
  if (entry->language != "en") title_en = entry->title_en;
  const std::optional<Confidence> confidence =
      word_from_id<Confidence>(node.value("confidence", std::string()));
  if (!confidence) return std::nullopt;
  std::optional<LocalText> notes;
  if (node.contains("says") && node["says"].is_object()) {
    notes = LocalText{node["says"].value("zh-CN", ""), node["says"].value("en", "")};
  }
  return Cited{Source{entry->title(), entry->url, entry->published, title_en}, *confidence, notes};
}

std::optional<AccountPartRule> part_rule(const json& parts, const char* name,
                                         const Bibliography& sources) {
  if (!parts.contains(name) || !parts[name].is_object()) return std::nullopt;
  const json& p = parts[name];
  if (!p.contains("account_may_pay")) return std::nullopt;
  const json& may = p["account_may_pay"];
  if (!may.is_null() && !may.is_boolean()) return std::nullopt;
  const std::optional<Cited> source = cite(p, sources);
  if (!source) return std::nullopt;
  return AccountPartRule{may.is_null() ? std::nullopt : std::optional<bool>(may.get<bool>()),
                         *source};
}

std::string yuan(Money m) {
  return m.to_yuan_string();
}

// One account pays what it may of `payable`, up to its balance.
Money take(Money balance, Money payable) {
  return std::min(balance, payable);
}

AccountPays pay(const AccountInput& in, Money person, Money payable) {
  AccountPays out;
  Money left = payable;
  Money own;
  if (in.balance) {
    own = take(*in.balance, left);
    left = Money::from_fen(left.fen() - own.fen());
    out.balc = Money::from_fen(in.balance->fen() - own.fen());
  }
  Money family;
  if (in.family) {
    family = take(in.family->balance, left);
    out.family_balc = Money::from_fen(in.family->balance.fen() - family.fen());
  }
  out.acct_pay = Money::from_fen(own.fen() + family.fen());
  out.acct_mulaid_pay = family;
  out.psn_cash_pay = Money::from_fen(person.fen() - out.acct_pay.fen());
  return out;
}

ExplanationStep step(const char* id, std::optional<Money> amount, std::string zh, std::string en,
                     std::optional<Cited> source = std::nullopt) {
  return ExplanationStep{id, amount, LocalText{std::move(zh), std::move(en)}, std::move(source)};
}

std::string relation_zh(const std::string& r) {
  if (r == "spouse") return "配偶";
  if (r == "parent") return "父母";
  return "子女";
}

std::string relation_en(const std::string& r) {
  if (r == "spouse") return "spouse";
  if (r == "parent") return "parent";
  return "child";
}

}  // namespace

Result<AccountRules> personal_account_rules(const Bibliography& sources) {
  for (const EmbeddedFile& file : embedded_data_files()) {
    if (file.path != kRulesFile) continue;
    const json doc = json::parse(file.text.begin(), file.text.end(), nullptr, false);
    if (!doc.is_object() || doc.value("format", 0) != 1) return data_error("", "format 1");
    AccountRules out;
    const json schemes = doc.value("schemes_with_account", json::array());
    for (const json& s : schemes) {
      const std::optional<Scheme> scheme =
          s.is_string() ? word_from_id<Scheme>(s.get<std::string>()) : std::nullopt;
      if (!scheme) return data_error("/schemes_with_account", "a scheme");
      out.schemes_with_account.push_back(*scheme);
    }
    const json parts = doc.value("parts", json::object());
    const std::optional<AccountPartRule> in_scope = part_rule(parts, "in_scope", sources);
    const std::optional<AccountPartRule> class_c = part_rule(parts, "class_c", sources);
    if (!in_scope) return data_error("/parts/in_scope", "account_may_pay, source, confidence");
    if (!class_c) return data_error("/parts/class_c", "account_may_pay, source, confidence");
    out.in_scope = *in_scope;
    out.class_c = *class_c;
    const json family = doc.value("family_aid", json::object());
    for (const json& r : family.value("relations", json::array())) {
      if (!r.is_string()) return data_error("/family_aid/relations", "strings");
      out.family_relations.push_back(r.get<std::string>());
    }
    const std::optional<Cited> family_source = cite(family, sources);
    if (!family_source) return data_error("/family_aid", "source, confidence");
    out.family_source = *family_source;
    return out;
  }
  return data_error("", "missing");
}

AccountSplit split_person_share(const Estimate& e, const AccountInput& in,
                                const AccountRules& rules) {
  AccountSplit out;
  const Money class_c = e.breakdown.class_c;
  // What is left of the person's share once class C is taken out is their in-scope share (the
  // critical-illness layer pays only in-scope parts).
  const Money in_scope = Money::from_fen(e.person_pays.fen() - class_c.fen());
  const bool in_scope_payable = rules.in_scope.may_pay.value_or(false);
  out.class_c_payable = in.pays_class_c ? in.pays_class_c : rules.class_c.may_pay;
  const Money base = in_scope_payable ? in_scope : Money();
  const Money with_c = Money::from_fen(base.fen() + class_c.fen());

  out.pays = pay(in, e.person_pays, out.class_c_payable.value_or(false) ? with_c : base);
  if (!out.class_c_payable) {
    AccountPays other = pay(in, e.person_pays, with_c);
    if (other.acct_pay != out.pays.acct_pay) out.if_class_c_payable = other;
  }

  const AccountPays& p = out.pays;
  out.steps.push_back(
      step("account_rule", in_scope,
           "个人账户可以支付政策范围内个人负担的部分" + yuan(in_scope) + "元。",
           "The personal account may pay the person's in-scope share, " + yuan(in_scope) + " yuan.",
           rules.in_scope.source));
  if (class_c.fen() > 0) {
    if (in.pays_class_c) {
      out.steps.push_back(
          step("account_class_c", class_c,
               *in.pays_class_c
                   ? "按您填写的当地规定，全自费部分" + yuan(class_c) + "元也可以用账户支付。"
                   : "按您填写的当地规定，全自费部分" + yuan(class_c) + "元不能用账户支付。",
               *in.pays_class_c ? "As you said of the local rule, the fully self-paid part, " +
                                      yuan(class_c) + " yuan, may also be paid from the account."
                                : "As you said of the local rule, the fully self-paid part, " +
                                      yuan(class_c) + " yuan, may not be paid from the account."));
    } else if (out.class_c_payable) {
      out.steps.push_back(step(
          "account_class_c", class_c,
          *out.class_c_payable ? "全自费部分" + yuan(class_c) + "元也可以用账户支付。"
                               : "全自费部分" + yuan(class_c) + "元不能用账户支付。",
          *out.class_c_payable
              ? "The fully self-paid part, " + yuan(class_c) + " yuan, may also be paid from it."
              : "The fully self-paid part, " + yuan(class_c) + " yuan, may not be paid from it.",
          rules.class_c.source));
    } else if (out.if_class_c_payable) {
      const Money more = Money::from_fen(out.if_class_c_payable->acct_pay.fen() - p.acct_pay.fen());
      out.steps.push_back(step(
          "account_class_c", class_c,
          "全自费部分" + yuan(class_c) +
              "元能不能用账户支付由当地规定，本估算按不能计算；如果当地允许，账户最多再多付" +
              yuan(more) + "元，现金相应少付。",
          "Whether the account may pay the fully self-paid part, " + yuan(class_c) +
              " yuan, is the insured place's rule; this estimate counts it as not payable. If it "
              "is, the account pays up to " +
              yuan(more) + " yuan more and cash that much less.",
          rules.class_c.source));
    }
  }
  if (in.balance) {
    const Money own = Money::from_fen(p.acct_pay.fen() - p.acct_mulaid_pay.fen());
    out.steps.push_back(step("account_own", own,
                             "您的个人账户余额" + yuan(*in.balance) + "元，支付" + yuan(own) +
                                 "元，余额剩" + yuan(*p.balc) + "元。",
                             "Your personal account holds " + yuan(*in.balance) +
                                 " yuan; it pays " + yuan(own) + " yuan, leaving " + yuan(*p.balc) +
                                 " yuan."));
  }
  if (in.family) {
    out.steps.push_back(step("account_family", p.acct_mulaid_pay,
                             "家庭共济：" + relation_zh(in.family->relation) + "的个人账户余额" +
                                 yuan(in.family->balance) + "元，支付" + yuan(p.acct_mulaid_pay) +
                                 "元，余额剩" + yuan(*p.family_balc) + "元。",
                             "Family mutual aid: your " + relation_en(in.family->relation) +
                                 "'s personal account holds " + yuan(in.family->balance) +
                                 " yuan; it pays " + yuan(p.acct_mulaid_pay) + " yuan, leaving " +
                                 yuan(*p.family_balc) + " yuan.",
                             rules.family_source));
  }
  out.steps.push_back(step("cash", p.psn_cash_pay,
                           "个人负担" + yuan(e.person_pays) + "元−账户支付" + yuan(p.acct_pay) +
                               "元=现金支付" + yuan(p.psn_cash_pay) + "元。",
                           "The person's share " + yuan(e.person_pays) + " − accounts " +
                               yuan(p.acct_pay) + " = cash " + yuan(p.psn_cash_pay) + " yuan."));
  return out;
}

}  // namespace medins
