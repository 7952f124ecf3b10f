#include "common/money.hpp"

#include <charconv>
#include <cstdlib>

#include "common/text.hpp"

namespace medins {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool strip_prefix(std::string_view& s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  s.remove_prefix(prefix.size());
  return true;
}

bool strip_suffix(std::string_view& s, std::string_view suffix) {
  if (s.size() < suffix.size() || s.substr(s.size() - suffix.size()) != suffix) return false;
  s.remove_suffix(suffix.size());
  return true;
}

// Integer part with optional thousands separators: "1234" or "1,234,567" (groups of exactly
// three after the first). Returns the digits alone, or an error code.
const char* integer_digits(std::string_view s, std::string& digits) {
  if (s.empty()) return "money.bad_format";
  if (s.find(',') == std::string_view::npos) {
    for (char c : s) {
      if (!is_digit(c)) return "money.bad_format";
    }
    digits.assign(s);
    return nullptr;
  }
  std::size_t group_start = 0;
  bool first = true;
  while (true) {
    const std::size_t comma = s.find(',', group_start);
    const std::string_view group = s.substr(group_start, comma - group_start);
    for (char c : group) {
      if (!is_digit(c)) return "money.bad_format";
    }
    const bool size_ok = first ? (!group.empty() && group.size() <= 3) : group.size() == 3;
    if (!size_ok) return "money.bad_grouping";
    digits.append(group);
    if (comma == std::string_view::npos) return nullptr;
    group_start = comma + 1;
    first = false;
  }
}

}  // namespace

Result<Money> Money::parse_yuan(std::string_view text, const std::string& path) {
  const std::string normalised = normalise_full_width(text);
  std::string_view s = trim_ascii(normalised);
  if (s.empty()) return make_error("money.empty", path);

  bool negative = false;
  if (strip_prefix(s, "-")) negative = true;
  // Currency marks people copy from receipts: "¥" (U+00A5), "￥" (U+FFE5), and the unit "元".
  if (!strip_prefix(s, "\xC2\xA5")) strip_prefix(s, "\xEF\xBF\xA5");
  strip_suffix(s, "\xE5\x85\x83");
  s = trim_ascii(s);
  if (!negative && strip_prefix(s, "-")) negative = true;

  const std::size_t dot = s.find('.');
  const std::string_view int_part = s.substr(0, dot);
  const std::string_view frac_part =
      dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
  if (dot != std::string_view::npos && frac_part.empty())
    return make_error("money.bad_format", path);
  for (char c : frac_part) {
    if (!is_digit(c)) return make_error("money.bad_format", path);
  }
  if (frac_part.size() > 2) return make_error("money.too_precise", path);

  std::string digits;
  if (const char* code = integer_digits(int_part, digits)) return make_error(code, path);
  digits.append(frac_part);
  digits.append(2 - frac_part.size(), '0');

  // The magnitude in unsigned, so that INT64_MIN fen (which to_yuan_string prints) reads back:
  // its magnitude is one more than INT64_MAX.
  std::uint64_t magnitude = 0;
  for (char c : digits) {
    if (__builtin_mul_overflow(magnitude, 10u, &magnitude) ||
        __builtin_add_overflow(magnitude, static_cast<unsigned>(c - '0'), &magnitude)) {
      return make_error("money.overflow", path);
    }
  }
  const std::uint64_t limit = std::uint64_t{INT64_MAX} + (negative ? 1 : 0);
  if (magnitude > limit) return make_error("money.overflow", path);
  return Money(static_cast<std::int64_t>(negative ? std::uint64_t{0} - magnitude : magnitude));
}

std::string Money::to_yuan_string() const {
  std::string out;
  append_yuan(out);
  return out;
}

void Money::append_yuan(std::string& out) const {
  // Work on the magnitude in unsigned so that INT64_MIN prints correctly.
  const bool negative = fen_ < 0;
  const std::uint64_t magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(fen_)
                                           : static_cast<std::uint64_t>(fen_);
  char text[32];
  char* end = text;
  if (negative) *end++ = '-';
  end = std::to_chars(end, text + sizeof text, magnitude / 100).ptr;
  *end++ = '.';
  const unsigned cents = static_cast<unsigned>(magnitude % 100);
  *end++ = static_cast<char>('0' + cents / 10);
  *end++ = static_cast<char>('0' + cents % 10);
  out.append(text, end);
}

Result<Money> Money::plus(Money other, const std::string& path) const {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(fen_, other.fen_, &sum)) return make_error("money.overflow", path);
  return Money(sum);
}

Result<Money> Money::minus(Money other, const std::string& path) const {
  std::int64_t difference = 0;
  if (__builtin_sub_overflow(fen_, other.fen_, &difference)) {
    return make_error("money.overflow", path);
  }
  return Money(difference);
}

Result<Money> Money::times_bp(BasisPoints bp, const std::string& path) const {
  std::int64_t product = 0;
  if (__builtin_mul_overflow(fen_, static_cast<std::int64_t>(bp), &product)) {
    return make_error("money.overflow", path);
  }
  // Half-up on the magnitude: q = (|p| + 5000) / 10000, sign restored afterwards.
  const bool negative = product < 0;
  const std::uint64_t magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(product)
                                           : static_cast<std::uint64_t>(product);
  const std::uint64_t rounded = (magnitude / 10000) + (magnitude % 10000 >= 5000 ? 1 : 0);
  const auto fen = static_cast<std::int64_t>(rounded);
  return Money(negative ? -fen : fen);
}

}  // namespace medins
