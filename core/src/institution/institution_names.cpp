#include "institution/institution_names.hpp"

#include "common/text.hpp"
#include "region/pinyin.hpp"
#include "region/region.hpp"
#include "region/region_readings.hpp"

namespace medins {
namespace {

using name_match::NameChar;

// Readings of ASCII letters in names (CT, 3D): the letter itself, so "ct" finds "CT室".
constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyz";

char32_t decode(std::string_view ch) {
  const auto b = [&](std::size_t i) { return static_cast<unsigned char>(ch[i]); };
  switch (ch.size()) {
    case 2:
      return (b(0) & 0x1Fu) << 6 | (b(1) & 0x3Fu);
    case 3:
      return (b(0) & 0x0Fu) << 12 | (b(1) & 0x3Fu) << 6 | (b(2) & 0x3Fu);
    case 4:
      return (b(0) & 0x07u) << 18 | (b(1) & 0x3Fu) << 12 | (b(2) & 0x3Fu) << 6 | (b(3) & 0x3Fu);
    default:
      return b(0);
  }
}

// Brackets around a part of a name (（演示）, 【分院】) are not searched for, like separators.
bool is_bracket(std::string_view ch) {
  return ch == "(" || ch == ")" || ch == "[" || ch == "]" || ch == "\xE3\x80\x90" /* 【 */ ||
         ch == "\xE3\x80\x91" /* 】 */ || ch == "\xE3\x80\x8A" /* 《 */ ||
         ch == "\xE3\x80\x8B" /* 》 */;
}

// The characters of a search text with the dictionary's readings.
std::vector<NameChar> dictionary_chars(std::string_view text) {
  std::vector<NameChar> chars;
  for (std::size_t i = 0; i < text.size();) {
    const std::string_view ch = name_match::char_at(text, i);
    const std::size_t n = ch.size();
    std::string_view readings;
    if (n == 1 && ch[0] >= 'a' && ch[0] <= 'z') {
      readings = kLetters.substr(static_cast<std::size_t>(ch[0] - 'a'), 1);
    } else if (n > 1) {
      readings = char_readings(decode(ch));
    }
    chars.push_back({ch, readings});
    i += n;
  }
  return chars;
}

// Where the name spells its own place (乐亭县人民医院 in 乐亭县, or 乐亭 without the suffix), those
// characters take the place's readings from the region table, which add what the place is
// called locally (乐亭 lào) to the dictionary's.
void apply_place_readings(std::string_view text, std::vector<NameChar>& chars,
                          std::int32_t region) {
  for (const RegionRow* row = find_region(region); row != nullptr;
       row = row->parent_code() ? find_region(row->parent_code()) : nullptr) {
    // Per-character readings of the place name.
    std::string_view place = row->name();
    std::vector<std::string_view> readings;
    RegionReadings per_char(*row);
    for (std::size_t i = 0; i < place.size();) {
      const std::string_view ch = name_match::char_at(place, i);
      readings.push_back(per_char.next(ch));
      i += ch.size();
    }
    std::size_t place_chars = readings.size();
    std::size_t found = text.find(place);
    if (found == std::string_view::npos && place_chars > 2) {
      // Without the one-character suffix (县, 市, 区): 乐亭人民医院.
      const std::size_t last = place.size() - 1;
      std::size_t start = last;
      while (start > 0 && (static_cast<unsigned char>(place[start]) & 0xC0) == 0x80) --start;
      place = place.substr(0, start);
      --place_chars;
      found = text.find(place);
    }
    if (found == std::string_view::npos) continue;
    for (std::size_t c = 0; c < chars.size(); ++c) {
      if (chars[c].ch.data() != text.data() + found) continue;
      for (std::size_t k = 0; k < place_chars && c + k < chars.size(); ++k) {
        chars[c + k].readings = readings[k];
      }
      break;
    }
  }
}

}  // namespace

std::string institution_search_text(std::string_view name) {
  return name_match::fold(
      name, [](std::string_view ch) { return name_match::is_separator(ch) || is_bracket(ch); });
}

std::vector<NameChar> institution_name_chars(std::string_view text, std::int32_t region) {
  std::vector<NameChar> chars = dictionary_chars(text);
  apply_place_readings(text, chars, region);
  return chars;
}

}  // namespace medins
