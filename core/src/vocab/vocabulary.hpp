// The domain's words, once: the insurance scheme, employment status, care setting, institution
// level, filing category, confidence mark and visit type, each an enum with a stable id (the
// word the request, the answer and every data file spell) and labels in zh-CN and English from
// data/vocabulary.json (docs/vocabulary.md).
//
// Ids live only here: other code compares enums, reads a word with `word_from_id<E>` and writes
// one with `word_id`, so a word cannot be spelt two ways. Each op keeps its own error code for a
// word it does not know (policy.unknown_scheme, filing.unknown_employment, ...): those codes are
// API (docs/errors.md), and the vocabulary only says "not a word of this list".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
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
// k3City and k3Provincial are tier-3 hospitals run by the city (市属三级) and by the province
// (省属三级), for policies that price them apart (蚌埠); elsewhere they are simply tier 3.
enum class Level { k1, k2, k3, kAny, k3City, k3Provincial };

// The level a finer tier belongs to (k3 for both kinds of tier 3), the level itself otherwise.
constexpr Level parent_level(Level level) {
  return level == Level::k3City || level == Level::k3Provincial ? Level::k3 : level;
}
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
// A figure of the policy an estimate may have to assume when nobody knows it (docs/estimate.md,
// ranged answers): the cut for temporary or unfiled care, the deductible, the fund's ratio, the
// annual cap, the class-B first-paid share.
enum class EstimateFigure { kFilingCut, kDeductible, kFundRatio, kAnnualCap, kClassBFirstPaid };
// Why an assumed figure lies where it is said to: a national bound on it, the lowest and highest
// among the places medins ships, or a published typical range.
enum class AssumptionBasis { kNationalBound, kPlacesWeKnow, kTypical };

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
  kEstimateFigure,
  kAssumptionBasis,
};
constexpr std::size_t kWordListCount = 9;
const char* word_list_name(WordList list);  // "scheme", "filing_category": data/vocabulary.json
std::size_t word_count(WordList list);
const char* word_name(WordList list, std::size_t index);  // index: the enum value

// The value at `index` of a list, or nullopt for anything else (ids are case-sensitive).
std::optional<std::size_t> word_index(WordList list, std::string_view name);

// The enums, in WordList order: an enum's list is its place here.
using WordEnums = std::tuple<Scheme, Employment, Setting, Level, FilingCategory, Confidence,
                             VisitType, EstimateFigure, AssumptionBasis>;

namespace detail {
template <typename E, std::size_t I = 0>
constexpr std::size_t word_enum_index() {
  static_assert(I < std::tuple_size_v<WordEnums>, "not an enum of the vocabulary");
  if constexpr (std::is_same_v<E, std::tuple_element_t<I, WordEnums>>) {
    return I;
  } else {
    return word_enum_index<E, I + 1>();
  }
}
}  // namespace detail

// Which list an enum is.
template <typename E>
constexpr WordList kListOf = static_cast<WordList>(detail::word_enum_index<E>());

// The id as written in requests, answers and data: word_id(Scheme::kEmployee) is "employee",
// word_id(Level::k3) "3", word_id(FilingCategory::kReferral) "referral".
template <typename E>
const char* word_id(E value) {
  return word_name(kListOf<E>, static_cast<std::size_t>(value));
}

// The value an id names, or nullopt for anything else: word_from_id<Setting>("inpatient").
template <typename E>
std::optional<E> word_from_id(std::string_view id) {
  const std::optional<std::size_t> i = word_index(kListOf<E>, id);
  if (!i) return std::nullopt;
  return static_cast<E>(*i);
}

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
    return labels(kListOf<E>, static_cast<std::size_t>(value));
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

// The vocabulary as meta.vocabulary answers it: {lists: {scheme: [{id, label, in_sentence}]...}},
// every list in enum order.
nlohmann::json vocabulary_json(const Vocabulary& vocabulary);

}  // namespace medins
