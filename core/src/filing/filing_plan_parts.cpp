#include "filing/filing_plan_parts.hpp"

#include <utility>

#include "common/local_text.hpp"
#include "filing/filing_rules.hpp"

namespace medins {

using nlohmann::json;

nlohmann::json filing_materials_json(const nlohmann::json& rules, const nlohmann::json& category) {
  const json& catalogue = rules.at("materials");
  auto named = [&](const std::string& id) {
    const json& m = catalogue.at(id);
    return json{{"id", id}, {"name", m.at("name")}, {"basis", expand_bases(rules, m)["basis"]}};
  };
  json out = json::array();
  for (const json& item : category.at("materials")) {
    const std::string id = item.at("id");
    json entry = named(id);
    entry["when"] = item.value("when", "before_filing");
    entry["required"] = item.value("required", "always");
    // Either what the material itself accepts (a social security card for an ID card) or what
    // the category allows instead (a personal undertaking for a residence proof).
    json alternatives = json::array();
    for (const json& alt : catalogue.at(id).value("alternatives", json::array())) {
      alternatives.push_back(named(alt.get<std::string>()));
    }
    for (const json& alt : item.value("or", json::array())) {
      alternatives.push_back(named(alt.get<std::string>()));
    }
    entry["alternatives"] = std::move(alternatives);
    out.push_back(std::move(entry));
  }
  return out;
}

nlohmann::json filing_category_json(const nlohmann::json& rules, const nlohmann::json& category,
                                    const Vocabulary& words) {
  const std::string id = category.at("id");
  return {{"id", id},
          {"group", category.at("group")},
          {"name", local_text_json(words.labels(*word_from_id<FilingCategory>(id)).label)},
          {"definition", category.at("definition")},
          {"basis", expand_bases(rules, category)["basis"]}};
}

FilingPlanParts make_filing_plan_parts(const nlohmann::json& rules, const Vocabulary& words) {
  FilingPlanParts parts;
  parts.rules = &rules;
  parts.words = &words;
  auto expanded = [&rules](const json& block) { return json_text(expand_bases(rules, block)); };
  for (const json& c : rules.at("categories")) {
    FilingCategoryText text;
    text.category = json_text(filing_category_json(rules, c, words));
    text.materials = json_text(filing_materials_json(rules, c));
    text.settlement_ratio = expanded(c.at("ratio"));
    if (c.contains("notes")) text.notes = expanded(c.at("notes"));
    if (c.contains("treated_as_filed")) text.treated_as_filed = expanded(c.at("treated_as_filed"));
    parts.categories.emplace(c.at("id").get<std::string>(), std::move(text));
  }
  parts.in_province = expanded(rules.at("in_province"));
  parts.coverage = ObjectText::members_of(expand_bases(rules, rules.at("coverage")));
  for (const auto& [group, block] : rules.at("validity").items()) {
    if (block.is_object())
      parts.validity.emplace(group, ObjectText::members_of(expand_bases(rules, block)));
  }
  parts.channels = expanded(rules.at("channels"));
  parts.two_way_benefits = expanded(rules.at("long_term_two_way"));
  parts.without_filing = expanded(rules.at("without_filing"));
  parts.retroactive = expanded(rules.at("retroactive"));
  parts.admission_spanning_expiry = expanded(rules.at("admission_spanning_expiry"));
  parts.data =
      json_text({{"file", std::string(kFilingRulesFile)}, {"reviewed", rules.at("reviewed")}});
  return parts;
}

}  // namespace medins
