#include "vocab/vocabulary.hpp"

#include <iterator>
#include <set>
#include <string>

#include "common/embedded_files.hpp"
#include "common/json_pointer.hpp"

namespace medins {
namespace {

using nlohmann::json;

// One table per list, in enum order, so an id and its value cannot drift apart. These are the
// only places in the core that spell the ids.
constexpr const char* kSchemes[] = {"employee", "resident"};
constexpr const char* kEmployments[] = {"working", "retired", "all"};
constexpr const char* kSettings[] = {"inpatient", "outpatient", "chronic_outpatient"};
constexpr const char* kLevels[] = {"1", "2", "3", "any", "3_city", "3_provincial"};
constexpr const char* kFilingCategories[] = {
    "resettled_retiree", "long_term_resident", "posted_worker", "referral",
    "emergency",         "other_temporary",    "unfiled",
};
constexpr const char* kConfidences[] = {"high", "medium", "low"};
constexpr const char* kVisitTypes[] = {"inpatient", "general_outpatient", "chronic_outpatient",
                                       "pharmacy", "emergency"};
constexpr const char* kEstimateFigures[] = {"filing_cut", "deductible", "fund_ratio", "annual_cap",
                                            "class_b_first_paid"};
constexpr const char* kAssumptionBases[] = {"national_bound", "places_we_know", "typical"};
// Setting's words as network keys, in Setting's order.
constexpr const char* kNetworkKeys[] = {"inpatient", "outpatient", "chronic"};
constexpr std::string_view kNotFiled = "none";

struct ListTable {
  const char* name;
  const char* const* ids;
  std::size_t count;
};
// In WordList order.
constexpr ListTable kLists[kWordListCount] = {
    {"scheme", kSchemes, std::size(kSchemes)},
    {"employment", kEmployments, std::size(kEmployments)},
    {"setting", kSettings, std::size(kSettings)},
    {"level", kLevels, std::size(kLevels)},
    {"filing_category", kFilingCategories, std::size(kFilingCategories)},
    {"confidence", kConfidences, std::size(kConfidences)},
    {"visit_type", kVisitTypes, std::size(kVisitTypes)},
    {"estimate_figure", kEstimateFigures, std::size(kEstimateFigures)},
    {"assumption_basis", kAssumptionBases, std::size(kAssumptionBases)},
};

const ListTable& table(WordList list) {
  return kLists[static_cast<std::size_t>(list)];
}

std::optional<std::size_t> index_of(const ListTable& t, std::string_view name) {
  for (std::size_t i = 0; i < t.count; ++i) {
    if (name == t.ids[i]) return i;
  }
  return std::nullopt;
}

Error invalid(const std::string& path, const std::string& what) {
  return make_error("vocabulary.invalid", path,
                    "（" + std::string(kVocabularyFile) + "：" + what + "）",
                    "(" + std::string(kVocabularyFile) + ": " + what + ")");
}

// {zh-CN, en}, both non-empty strings, nothing else.
std::optional<LocalText> read_text(const json& node, const std::string& at, Errors& errors) {
  const std::size_t before = errors.size();
  if (!node.is_object()) {
    errors.push_back(invalid(at, "a {zh-CN, en} text"));
    return std::nullopt;
  }
  for (const char* lang : {"zh-CN", "en"}) {
    const auto it = node.find(lang);
    if (it == node.end() || !it->is_string() || it->get_ref<const std::string&>().empty()) {
      errors.push_back(invalid(pointer_join(at, lang), "a text needs both zh-CN and en"));
    }
  }
  for (const auto& item : node.items()) {
    if (item.key() != "zh-CN" && item.key() != "en") {
      errors.push_back(invalid(pointer_join(at, item.key()), "not a language of the texts"));
    }
  }
  if (errors.size() != before) return std::nullopt;
  return LocalText{node.at("zh-CN").get<std::string>(), node.at("en").get<std::string>()};
}

}  // namespace

const char* network_key(Setting setting) {
  return kNetworkKeys[static_cast<std::size_t>(setting)];
}

std::optional<Setting> setting_from_network_key(std::string_view key) {
  for (std::size_t i = 0; i < std::size(kNetworkKeys); ++i) {
    if (key == kNetworkKeys[i]) return static_cast<Setting>(i);
  }
  return std::nullopt;
}

bool is_not_filed_word(std::string_view word) {
  return word == kNotFiled;
}

const char* word_list_name(WordList list) {
  return table(list).name;
}

std::size_t word_count(WordList list) {
  return table(list).count;
}

const char* word_name(WordList list, std::size_t index) {
  return table(list).ids[index];
}

std::optional<std::size_t> word_index(WordList list, std::string_view name) {
  return index_of(table(list), name);
}

const WordLabels& Vocabulary::labels(WordList list, std::size_t index) const {
  return lists_[static_cast<std::size_t>(list)].at(index);
}

Result<Vocabulary> read_vocabulary(const nlohmann::json& document) {
  if (!document.is_object()) return invalid("", "the document is not an object");
  Errors errors;
  if (document.value("format", 0) != 1) errors.push_back(invalid("/format", "format must be 1"));
  const auto lists = document.find("lists");
  if (lists == document.end() || !lists->is_object()) {
    errors.push_back(invalid("/lists", "an object of word lists is needed"));
    return errors;
  }
  Vocabulary out;
  std::set<std::string> known_lists;
  for (std::size_t l = 0; l < kWordListCount; ++l) {
    const ListTable& t = kLists[l];
    known_lists.insert(t.name);
    const std::string at = pointer_join("/lists", t.name);
    const auto list = lists->find(t.name);
    if (list == lists->end() || !list->is_array()) {
      errors.push_back(invalid(at, "a list of words is needed"));
      continue;
    }
    std::vector<std::optional<WordLabels>> found(t.count);
    std::vector<bool> listed(t.count, false);
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string item_at = pointer_join(at, i);
      const json& word = list->at(i);
      const std::string id =
          word.is_object() && word.contains("id") && word["id"].is_string() ? word["id"] : "";
      const std::optional<std::size_t> index = index_of(t, id);
      if (!index) {
        errors.push_back(invalid(pointer_join(item_at, "id"), "not a word of this list"));
        continue;
      }
      if (listed[*index]) {
        errors.push_back(invalid(pointer_join(item_at, "id"), "listed twice"));
        continue;
      }
      listed[*index] = true;
      for (const auto& field : word.items()) {
        if (field.key() != "id" && field.key() != "label" && field.key() != "in_sentence") {
          errors.push_back(invalid(pointer_join(item_at, field.key()), "not a field of a word"));
        }
      }
      const std::optional<LocalText> label =
          read_text(word.value("label", json()), pointer_join(item_at, "label"), errors);
      std::optional<LocalText> in_sentence = label;
      if (word.contains("in_sentence")) {
        in_sentence = read_text(word["in_sentence"], pointer_join(item_at, "in_sentence"), errors);
      }
      if (label && in_sentence) found[*index] = WordLabels{*label, *in_sentence};
    }
    for (std::size_t i = 0; i < t.count; ++i) {
      if (!listed[i]) errors.push_back(invalid(at, std::string("missing the word ") + t.ids[i]));
      if (found[i]) out.lists_[l].push_back(*found[i]);
    }
  }
  for (const auto& item : lists->items()) {
    if (known_lists.count(item.key()) == 0) {
      errors.push_back(invalid(pointer_join("/lists", item.key()), "not a list of the core"));
    }
  }
  if (!errors.empty()) return errors;
  return out;
}

Result<Vocabulary> load_vocabulary() {
  for (const EmbeddedFile& file : embedded_data_files()) {
    if (file.path != kVocabularyFile) continue;
    const json document = json::parse(file.text.begin(), file.text.end(), nullptr, false);
    if (document.is_discarded()) return invalid("", "not valid JSON");
    return read_vocabulary(document);
  }
  return invalid("", "not found");
}

nlohmann::json vocabulary_json(const Vocabulary& vocabulary) {
  json lists = json::object();
  for (std::size_t l = 0; l < kWordListCount; ++l) {
    const WordList list = static_cast<WordList>(l);
    json words = json::array();
    for (std::size_t i = 0; i < word_count(list); ++i) {
      const WordLabels& w = vocabulary.labels(list, i);
      words.push_back({{"id", word_name(list, i)},
                       {"label", local_text_json(w.label)},
                       {"in_sentence", local_text_json(w.in_sentence)}});
    }
    lists[word_list_name(list)] = std::move(words);
  }
  return json{{"lists", std::move(lists)}};
}

}  // namespace medins
