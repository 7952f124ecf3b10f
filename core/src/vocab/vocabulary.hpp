// The domain's words, once: the insurance scheme, employment status, care setting, institution
// level, filing category, confidence mark and visit type, each an enum with a stable id (the
// word the request, the answer and every data file spell) and labels in zh-CN and English from
// data/vocabulary.json (docs/vocabulary.md).
//
// Ids live only here: other code compares enums, reads a word with `*_from_name` and writes one
// with `*_name`, so a word cannot be spelt two ways. Each op keeps its own error code for a word
// it does not know (policy.unknown_scheme, filing.unknown_employment, ...): those codes are API
// (docs/errors.md), and the vocabulary only says "not a word of this list".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/local_text.hpp"
#include "medins/result.hpp"

namespace medins {

enum class Scheme { kEmployee, kResident };  // 职工医保, 城乡居民医保
// 在职/退休 for the employee scheme; kAll when a policy's rows do not differ (always for
// residents). A person is never kAll: the ops that read a person accept working or retired.
enum class Employment { kWorking, kRetired, kAll };
enum class Setting { kInpatient, kOutpatient, kChronicOutpatient };  // 住院, 普通门诊, 门诊慢特病
// Institution level (一级/二级/三级); kAny when a policy's source does not split by level.
enum class Level { k1, k2, k3, kAny };
// The six filing categories of the national rules (data/filing/national.json), plus care
// nobody filed for, which policies price as a case of its own.
enum class FilingCategory {
  kResettledRetiree,
  kLongTermResident,
  kPostedWorker,
  kReferral,
  kEmergency,
  kOtherTemporary,
  kUnfiled,
};
// How sure a rule or figure is (docs/policy-format.md): low is shown as unconfirmed.
enum class Confidence { kHigh, kMedium, kLow };
// What kind of visit eligibility.check asks about.
enum class VisitType { kInpatient, kGeneralOutpatient, kChronicOutpatient, kPharmacy, kEmergency };

// Ids as written in requests, answers and data: "employee", "retired", "inpatient", "1",
// "referral", "low", "general_outpatient"...
const char* scheme_name(Scheme scheme);
const char* employment_name(Employment employment);
const char* setting_name(Setting setting);
const char* level_name(Level level);
const char* filing_category_name(FilingCategory category);
const char* confidence_name(Confidence confidence);
const char* visit_type_name(VisitType type);

// The value an id names, or nullopt for anything else (ids are case-sensitive).
std::optional<Scheme> scheme_from_name(std::string_view name);
std::optional<Employment> employment_from_name(std::string_view name);
std::optional<Setting> setting_from_name(std::string_view name);
std::optional<Level> level_from_name(std::string_view name);
std::optional<FilingCategory> filing_category_from_name(std::string_view name);
std::optional<Confidence> confidence_from_name(std::string_view name);
std::optional<VisitType> visit_type_from_name(std::string_view name);

// An institution's direct-settlement network is opened per setting, and the institution list
// and eligibility.check's institution.networked key it by a shorter word for the chronic
// setting: "inpatient", "outpatient", "chronic" (docs/institutions-format.md).
const char* network_key(Setting setting);
std::optional<Setting> setting_from_network_key(std::string_view key);

// An estimate request says "none" for care nobody filed for; policies say "unfiled", which a
// request does not accept (docs/estimate.md).
bool is_not_filed_word(std::string_view word);

// The lists, for code that goes over every word (the data check, meta.vocabulary, tests).
enum class WordList {
  kScheme,
  kEmployment,
  kSetting,
  kLevel,
  kFilingCategory,
  kConfidence,
  kVisitType,
};
constexpr std::size_t kWordListCount = 7;
const char* word_list_name(WordList list);  // "scheme", "filing_category": data/vocabulary.json
std::size_t word_count(WordList list);
const char* word_name(WordList list, std::size_t index);  // index: the enum value

// Which list an enum is.
template <typename E>
struct WordListOf;
template <>
struct WordListOf<Scheme> {
  static constexpr WordList kList = WordList::kScheme;
};
template <>
struct WordListOf<Employment> {
  static constexpr WordList kList = WordList::kEmployment;
};
template <>
struct WordListOf<Setting> {
  static constexpr WordList kList = WordList::kSetting;
};
template <>
struct WordListOf<Level> {
  static constexpr WordList kList = WordList::kLevel;
};
template <>
struct WordListOf<FilingCategory> {
  static constexpr WordList kList = WordList::kFilingCategory;
};
template <>
struct WordListOf<Confidence> {
  static constexpr WordList kList = WordList::kConfidence;
};
template <>
struct WordListOf<VisitType> {
  static constexpr WordList kList = WordList::kVisitType;
};

struct WordLabels {
  LocalText label;  // on its own, as a page offers it: "Tier 3", "Retiree resettled elsewhere"
  LocalText in_sentence;  // inside the estimate's sentences: "tier-3", "retiree resettled
                          // elsewhere"; the label when the data gives no other form
};

// The labels of data/vocabulary.json, read and checked once per Engine (api/core_data.hpp).
class Vocabulary {
 public:
  template <typename E>
  const WordLabels& labels(E value) const {
    return labels(WordListOf<E>::kList, static_cast<std::size_t>(value));
  }
  const WordLabels& labels(WordList list, std::size_t index) const;

 private:
  friend Result<Vocabulary> read_vocabulary(const nlohmann::json& document);
  std::vector<WordLabels> lists_[kWordListCount];
};

constexpr std::string_view kVocabularyFile = "vocabulary.json";  // under data/

// Reads a vocabulary document: every list with exactly its enum's ids, each once, each with a
// label (and, if any, an in-sentence form) in both languages. Errors: vocabulary.invalid, with a
// pointer into the document.
Result<Vocabulary> read_vocabulary(const nlohmann::json& document);

// data/vocabulary.json as compiled in, read as above (vocabulary.invalid also when it is missing
// or not JSON).
Result<Vocabulary> load_vocabulary();

// A label as answers carry it: {"zh-CN", "en"}.
nlohmann::json label_json(const LocalText& label);

// The vocabulary as meta.vocabulary answers it: {lists: {scheme: [{id, label, in_sentence}]...}},
// every list in enum order.
nlohmann::json vocabulary_json(const Vocabulary& vocabulary);

}  // namespace medins
