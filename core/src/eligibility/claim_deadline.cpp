#include "eligibility/claim_deadline.hpp"

#include "eligibility/eligibility_rules.hpp"

namespace medins {

using nlohmann::json;

std::optional<ClaimRule> read_claim_rule(const json& object, const std::string& path,
                                         Errors& errors) {
  const std::size_t before = errors.size();
  RequestReader d(object, path, errors);
  ClaimRule rule{d.integer("months", 1, 120, false), d.integer("year_end_plus", 0, 5, false)};
  d.reject_unknown_fields();
  if (errors.size() != before) return std::nullopt;
  if (rule.months.has_value() == rule.year_end_plus.has_value()) {
    errors.push_back(make_error("eligibility.deadline_rule_conflict", path));
    return std::nullopt;
  }
  return rule;
}

Result<json> claim_deadline_json(const json& rules, std::optional<Date> anchor,
                                 const std::string& anchor_path, const RegionRow& insured,
                                 const std::optional<ClaimRule>& given, Date as_of) {
  const json& data = rules.at("manual_claim").at("deadline");
  json out;
  out["from"] = "discharge";
  out["anchor"] = anchor ? json(anchor->to_iso()) : json();
  std::optional<ClaimRule> rule = given;
  json rule_json;
  if (given) {
    rule_json = {{"source", "request"}};
  } else {
    // The place's own rule, else its city's, else its province's.
    const RegionRow* city = region_city(insured);
    for (std::int32_t code : {insured.code, city != nullptr ? city->code : insured.code,
                              insured.code / 10000 * 10000}) {
      if (rule) break;
      for (const json& p : rules.at("manual_claim").at("places")) {
        if (p.at("region") != std::to_string(code)) continue;
        const json& d = p.at("claim_deadline");
        rule = ClaimRule{
            d.contains("months") ? std::optional<std::int64_t>(d.at("months")) : std::nullopt,
            d.contains("year_end_plus") ? std::optional<std::int64_t>(d.at("year_end_plus"))
                                        : std::nullopt};
        rule_json = {{"source", "data"}, {"region", p.at("region")}};
        rule_json["basis"] = expand_eligibility_basis(rules, p.at("basis"));
        break;
      }
    }
  }
  out["known"] = rule.has_value();
  out["date"] = json();
  if (!rule) {
    out["rule"] = json();
    out["text"] = data.at("unknown").at("text");
  } else {
    if (rule->months) rule_json["months"] = *rule->months;
    if (rule->year_end_plus) rule_json["year_end_plus"] = *rule->year_end_plus;
    out["rule"] = std::move(rule_json);
    std::string zh;
    std::string en;
    if (rule->months) {
      zh = "按参保地规定，出院（或就诊）后" + std::to_string(*rule->months) + "个月内申请";
      en = "Under the insured place's rule, apply within " + std::to_string(*rule->months) +
           " months of discharge (or of the visit)";
    } else {
      const std::int64_t n = *rule->year_end_plus;
      zh = n == 0 ? "按参保地规定，在出院（或就诊）当年年底前申请"
                  : "按参保地规定，在出院（或就诊）后第" + std::to_string(n) + "年年底前申请";
      en = n == 0 ? "Under the insured place's rule, apply by the end of the year of discharge (or "
                    "of the visit)"
                  : "Under the insured place's rule, apply by the end of year " +
                        std::to_string(n) + " after discharge (or the visit)";
    }
    if (anchor) {
      Result<Date> last =
          rule->months ? anchor->add_months(static_cast<int>(*rule->months), anchor_path)
                       : Date::from_ymd(anchor->year() + static_cast<int>(*rule->year_end_plus), 12,
                                        31, anchor_path);
      if (!last) return std::move(last).errors();
      out["date"] = last->to_iso();
      out["days_left"] = Date::days_between(as_of, *last);
      zh += "，截止" + last->to_iso() + "。";
      en += ": by " + last->to_iso() + ".";
    } else {
      zh += "；出院后才能算出截止日期。";
      en += "; the last day can be counted once you are discharged.";
    }
    out["text"] = {{"zh-CN", zh}, {"en", en}};
  }
  out["range_seen"] = {
      {"text", data.at("range_seen").at("text")},
      {"patterns", data.at("range_seen").at("patterns")},
      {"basis", expand_eligibility_basis(rules, data.at("range_seen").at("basis"))},
      {"confidence", data.at("range_seen").at("basis").at("confidence")}};
  return out;
}

}  // namespace medins
