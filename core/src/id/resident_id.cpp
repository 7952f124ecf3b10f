#include "id/resident_id.hpp"

#include "common/text.hpp"

namespace medins {
namespace {

// GB 11643-1999 weights: 2^(17-i) mod 11 for positions i = 0..16, and the check character
// for each value of the weighted sum mod 11.
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int digits_value(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

char resident_id_check_char(std::string_view first17) {
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
  return kCheckChars[sum % 11];
}

Result<ResidentId> parse_resident_id(std::string_view text, Date today, const std::string& path) {
  std::string number;
  for (char c : normalise_full_width(text)) {
    if (c == ' ') continue;  // people group the digits when they copy them from a card
    number.push_back(c == 'x' ? 'X' : c);
  }
  if (number.empty()) return make_error("id.empty", path);
  if (number.size() != 18) {
    // Counted in characters the person typed (UTF-8 lead bytes), so a stray Chinese character
    // counts once, as on their screen.
    std::size_t typed = 0;
    for (char c : number) typed += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u ? 1 : 0;
    return make_error("id.wrong_length", path, "现在是" + std::to_string(typed) + "位。",
                      "This one has " + std::to_string(typed) + ".");
  }
  const std::string_view first17 = std::string_view(number).substr(0, 17);
  const char last = number[17];
  if (!all_digits(first17) || !((last >= '0' && last <= '9') || last == 'X')) {
    return make_error("id.bad_character", path);
  }

  Errors errors;
  if (number[0] == '0') errors.push_back(make_error("id.bad_region", path));
  Result<Date> birth =
      Date::from_ymd(digits_value(first17.substr(6, 4)), digits_value(first17.substr(10, 2)),
                     digits_value(first17.substr(12, 2)), path);
  if (!birth) {
    errors.push_back(make_error("id.bad_birth_date", path));
  } else if (birth.value() > today) {
    errors.push_back(make_error("id.birth_in_future", path));
  }
  const char expected = resident_id_check_char(first17);
  if (expected != last) {
    errors.push_back(make_error("id.bad_checksum", path));
  }
  if (!errors.empty()) return errors;

  const int sequence_last = first17[16] - '0';
  return ResidentId{number, number.substr(0, 6), birth.value(),
                    sequence_last % 2 == 1 ? Sex::kMale : Sex::kFemale};
}

}  // namespace medins
