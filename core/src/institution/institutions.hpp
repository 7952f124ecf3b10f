// A portal-supplied list of designated institutions (定点医药机构), docs/institutions-format.md:
// read and checked here, every problem at once with a JSON Pointer into the file; searched by
// institution_search.hpp. Each entry holds exactly the institution facts eligibility.check takes
// (kind, networked per setting, level), so a search hit fills them without a question.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/date.hpp"
#include "institution/institution_code.hpp"
#include "medins/result.hpp"
#include "vocab/vocabulary.hpp"

namespace medins {

// Limits, each refused with its own code (docs/institutions-format.md says why these sizes).
constexpr std::size_t kMaxInstitutionsFileBytes = 8u << 20;  // institutions.too_large
constexpr std::size_t kMaxInstitutions = 20000;              // institutions.too_many
constexpr std::size_t kMaxInstitutionNameChars = 100;        // name, each alias
constexpr std::size_t kMaxInstitutionAddressChars = 200;     // address
constexpr std::size_t kMaxInstitutionAliases = 8;            // institutions.too_many_items
constexpr std::size_t kMaxInstitutionDiseases = 64;          // institutions.too_many_items
constexpr std::size_t kMaxSourceTextChars = 500;             // source.title, source.url
constexpr std::size_t kMaxInstitutionsErrors = 100;          // then institutions.more_errors

// Networked for direct settlement in one setting: a file says true, false or "unknown".
enum class Networked : std::uint8_t { kNo, kYes, kUnknown };
// One flag per Setting, in its order, keyed by network_key() in files and answers.
constexpr std::size_t kSettingCount = 3;

struct InstitutionEntry {
  std::string code;  // normalised (parse_institution_code)
  std::string name;
  std::vector<std::string> aliases;
  std::int32_t region = 0;  // a division of the region table
  InstitutionKind kind = InstitutionKind::kMedical;
  std::optional<Level> level;  // 1, 2 or 3 (一级/二级/三级), never kAny; hospitals only
  Networked networked[kSettingCount] = {Networked::kUnknown, Networked::kUnknown,
                                        Networked::kUnknown};
  std::vector<std::string> chronic_diseases;  // ids of data/eligibility/chronic_diseases.json
  std::optional<std::string> address;
};

struct InstitutionsSource {
  std::string title;
  std::optional<std::string> url;
  std::optional<Date> published;
  bool demo = false;  // fictional entries, for demonstrations and tests
};

struct InstitutionList {
  int version = 1;
  InstitutionsSource source;
  Date as_of = Date::latest();
  std::vector<InstitutionEntry> institutions;
};

// "hospital" (any medical institution, code H…) or "pharmacy" (retail pharmacy, code P…): the
// words of eligibility.check's institution.kind.
const char* institution_kind_word(InstitutionKind kind);
std::optional<InstitutionKind> institution_kind_from_word(std::string_view word);

// Reads a parsed file. `base` is the file's pointer in the request ("/institutions") or "" for a
// file on its own; `chronic_diseases` is data/eligibility/chronic_diseases.json (its "diseases"
// ids are the ones entries may list). Errors: institutions.*, institution.* for codes, region.*
// for regions; at most kMaxInstitutionsErrors, then institutions.more_errors.
Result<InstitutionList> parse_institutions(const nlohmann::json& document, const std::string& base,
                                           const nlohmann::json& chronic_diseases);

// Reads a file's text: institutions.too_large, institutions.malformed_json, then as above.
Result<InstitutionList> load_institutions_text(std::string_view text,
                                               const nlohmann::json& chronic_diseases);

}  // namespace medins
