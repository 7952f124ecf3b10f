// The 18-character citizen identity number of GB 11643-1999: a 6-digit region code, an 8-digit
// birth date, a 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
// character (0-9 or X).
#pragma once

#include <string>
#include <string_view>

#include "common/date.hpp"
#include "medins/result.hpp"

namespace medins {

enum class Sex { kMale, kFemale };

struct ResidentId {
  std::string number;       // normalised: ASCII, upper-case X
  std::string region_code;  // first 6 digits, as written (historical codes stay valid)
  Date birth_date;
  Sex sex;
};

// The MOD 11-2 check character for the first 17 digits (which must all be ASCII digits).
char resident_id_check_char(std::string_view first17);

// Checks `text` as a resident ID: length, characters, birth date (a real day, not after
// `today`), check character. Full-width characters, spaces and a lower-case x are accepted and
// normalised, because that is how IDs arrive from phones. All problems found are reported, each
// with `path`.
Result<ResidentId> parse_resident_id(std::string_view text, Date today, const std::string& path);

}  // namespace medins
