#include "estimate/national_rules.hpp"

#include <set>
#include <string>

#include "common/json_pointer.hpp"
#include "filing/filing_rules.hpp"

namespace medins {
namespace {

using nlohmann::json;

// The id of 医保发〔2022〕22号 in the bibliography.
constexpr const char* kSettlementSourceId = "nhsa_2022_22";

// The six categories a filing-rules document must define; kUnfiled is not one of them.
constexpr FilingCategory kFiledCategories[] = {
    FilingCategory::kResettledRetiree, FilingCategory::kLongTermResident,
    FilingCategory::kPostedWorker,     FilingCategory::kReferral,
    FilingCategory::kEmergency,        FilingCategory::kOtherTemporary,
};

Error invalid(const std::string& path, const std::string& what) {
  const std::string file(kFilingRulesFile);
  return make_error("filing.rules_invalid", path, "（" + file + "：" + what + "）",
                    "(" + file + ": " + what + ")");
}

}  // namespace

bool NationalRules::long_term(FilingCategory category) const {
  const auto it = categories.find(category);
  return it != categories.end() && it->second.long_term;
}

std::optional<BasisPoints> NationalRules::cut_bound(FilingCategory category) const {
  const auto it = categories.find(category);
  if (it == categories.end()) return std::nullopt;
  return it->second.max_cut;
}

Result<Source> national_settlement_source(const Bibliography& sources) {
  const BibliographyEntry* entry = sources.find(kSettlementSourceId);
  if (entry == nullptr) {
    const std::string file(kSourcesFile);
    return make_error("sources.invalid", pointer_join("", kSettlementSourceId),
                      "（" + file + "：估算引用这一来源）",
                      "(" + file + ": the estimate cites this source)");
  }
  std::optional<std::string> title_en;
  if (entry->language != "en") title_en = entry->title_en;
  return Source{entry->title(), entry->url, entry->published, title_en};
}

Result<NationalRules> read_national_rules(const json& filing_rules, const Bibliography& sources) {
  Errors errors;
  NationalRules rules;
  std::set<FilingCategory> seen;
  const auto categories = filing_rules.find("categories");
  for (std::size_t i = 0;
       categories != filing_rules.end() && categories->is_array() && i < categories->size(); ++i) {
    const json& c = categories->at(i);
    const std::optional<FilingCategory> id =
        c.is_object() && c.contains("id") && c["id"].is_string()
            ? word_from_id<FilingCategory>(c["id"].get<std::string>())
            : std::nullopt;
    if (!id || *id == FilingCategory::kUnfiled) continue;  // the rules' own checker says so
    seen.insert(*id);
    const json* max_cut =
        c.contains("ratio") && c["ratio"].is_object() && c["ratio"].contains("max_cut_points")
            ? &c["ratio"]["max_cut_points"]
            : nullptr;
    if (max_cut == nullptr || !max_cut->is_number_unsigned() ||
        max_cut->get<std::uint64_t>() > 100) {
      errors.push_back(invalid(
          pointer_join(pointer_join(pointer_join("/categories", i), "ratio"), "max_cut_points"),
          "a whole number of points, at most 100"));
      continue;
    }
    rules.categories[*id] = NationalCategoryRule{
        c.value("group", "") == "long_term", static_cast<BasisPoints>(max_cut->get<int>() * 100)};
  }
  for (FilingCategory category : kFiledCategories) {
    if (seen.count(category) == 0) {
      errors.push_back(invalid("/categories", std::string("the category ") + word_id(category) +
                                                  " is needed by the estimate"));
    }
  }
  Result<Source> source = national_settlement_source(sources);
  if (!source) {
    for (const Error& e : source.errors()) errors.push_back(e);
  } else {
    rules.settlement_source = std::move(source).value();
  }
  if (!errors.empty()) return errors;
  return rules;
}

}  // namespace medins
