// json_nesting_exceeds (medins/handle.hpp): the bracket count every request and batch line goes
// through before it is parsed.
#include <array>
#include <cstdint>
#include <string_view>

#include "medins/handle.hpp"

namespace medins {
namespace {

// The bytes the scan stops at: inside a string a quote or a backslash, outside one a quote or a
// bracket. Everything else is passed over by one table look-up a byte; testing 8 bytes at a time
// did not pay here, as outside strings a request stops the scan every few bytes.
using StopTable = std::array<bool, 256>;

constexpr StopTable stops(std::string_view at) {
  StopTable table{};
  for (const char c : at) table[static_cast<unsigned char>(c)] = true;
  return table;
}

constexpr StopTable kInString = stops("\"\\");
constexpr StopTable kOutside = stops("\"[]{}");

}  // namespace

bool json_nesting_exceeds(std::string_view text, std::size_t max) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const std::size_t n = text.size();
  std::size_t depth = 0;
  std::size_t i = 0;
  while (i < n) {
    while (i < n && !kOutside[byte(i)]) ++i;
    if (i == n) break;
    const char c = text[i++];
    if (c == '"') {
      // A string, to its closing quote; an escaped character cannot end it.
      while (i < n) {
        while (i < n && !kInString[byte(i)]) ++i;
        if (i == n) break;
        if (text[i] == '"') {
          ++i;
          break;
        }
        i += 2;
      }
    } else if (c == '[' || c == '{') {
      if (++depth > max) return true;
    } else if (depth > 0) {
      --depth;
    }
  }
  return false;
}

}  // namespace medins
