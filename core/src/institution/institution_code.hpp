// National medical insurance codes of designated institutions (医保信息业务编码, NHSA):
// a hospital or clinic is "H" + 6-digit division + 5-digit sequence, a retail pharmacy "P" + the
// same, 12 characters in all (H11010500001). The division tells where the institution is.
#pragma once

#include <string>
#include <string_view>

#include "medins/result.hpp"
#include "region/region.hpp"

namespace medins {

enum class InstitutionKind { kMedical, kPharmacy };

struct InstitutionCode {
  std::string code;  // normalised: ASCII, upper-case letter
  InstitutionKind kind;
  ResolvedRegion region;
  std::string sequence;  // the last five digits
};

// Accepts full-width characters, spaces and a lower-case letter, as typed.
// Errors at `path`: institution.empty, institution.wrong_length, institution.bad_kind (first
// character not H or P), institution.bad_character (the 11 after it not all digits), and the
// region errors of resolve_region for the division part.
Result<InstitutionCode> parse_institution_code(std::string_view text, const std::string& path);

}  // namespace medins
