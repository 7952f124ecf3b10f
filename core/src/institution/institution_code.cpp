#include "institution/institution_code.hpp"

#include <algorithm>

#include "common/text.hpp"

namespace medins {

Result<InstitutionCode> parse_institution_code(std::string_view text, const std::string& path) {
  std::string code;
  for (char c : normalise_full_width(text)) {
    if (c == ' ') continue;
    code.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  if (code.empty()) return make_error("institution.empty", path);
  if (code.size() != 12) return make_error("institution.wrong_length", path);
  if (code[0] != 'H' && code[0] != 'P') return make_error("institution.bad_kind", path);
  if (!std::all_of(code.begin() + 1, code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return make_error("institution.bad_character", path);
  }
  Result<ResolvedRegion> region = resolve_region(std::string_view(code).substr(1, 6), path);
  if (!region) return std::move(region).errors();
  return InstitutionCode{code,
                         code[0] == 'H' ? InstitutionKind::kMedical : InstitutionKind::kPharmacy,
                         region.value(), code.substr(7)};
}

}  // namespace medins
