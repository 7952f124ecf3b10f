#include "common/json_writer.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace medins {
namespace {

// The length of the valid UTF-8 sequence starting at text[at], or 0 when it is not one (overlong
// forms, surrogates and code points above U+10FFFF are not valid, as for nlohmann's serializer).
std::size_t utf8_length(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  if (byte(at + 1) < low || byte(at + 1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (byte(at + i) < 0x80 || byte(at + i) > 0xBF) return 0;
  }
  return length;
}

// Whether any of the 8 bytes of `w` needs more than copying: a control character, a quote, a
// backslash, or a byte of a multi-byte UTF-8 sequence (which is checked one sequence at a time).
// Bit tricks on one 64-bit word ("has a zero byte"), so runs of plain text are passed 8 bytes
// at a time.
bool word_needs_care(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  const auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const std::uint64_t below_space = (w - 0x20 * kOnes) & ~w & kHighs;  // exact when no high bit
  return ((w & kHighs) | below_space | has_zero(w ^ ('"' * kOnes)) |
          has_zero(w ^ ('\\' * kOnes))) != 0;
}

}  // namespace

bool append_json_chars(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::size_t start = out.size();
  // Runs of bytes written as they are (printable ASCII but quote and backslash, and valid UTF-8)
  // are appended whole: an answer is mostly such text, and a byte at a time was most of the
  // writer's time (in the wasm build each push_back was a call of its own).
  std::size_t run = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    if (text.size() - at >= 8) {
      std::uint64_t w = 0;
      std::memcpy(&w, text.data() + at, 8);
      if (!word_needs_care(w)) {
        at += 8;
        continue;
      }
    }
    const char c = text[at];
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      // A run of multi-byte characters (Chinese text, most of an answer) is checked sequence
      // after sequence, without going back to the 8-byte test, which never passes on them.
      do {
        const std::size_t length = utf8_length(text, at);
        if (length == 0) {
          out.resize(start);
          return false;
        }
        at += length;
      } while (at < text.size() && static_cast<unsigned char>(text[at]) >= 0x80);
      continue;
    }
    if (u >= 0x20 && c != '"' && c != '\\') {
      ++at;
      continue;
    }
    out.append(text, run, at - run);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out += kHex[u >> 4];
        out += kHex[u & 0xF];
    }
    ++at;
    run = at;
  }
  out.append(text, run, text.size() - run);
  return true;
}

void append_json_string(std::string& out, std::string_view text) {
  const std::size_t start = out.size();
  out += '"';
  if (append_json_chars(out, text)) {
    out += '"';
    return;
  }
  // Broken UTF-8: the serializer's own replacement, for the whole string.
  out.resize(start);
  out += json_text(nlohmann::json(std::string(text)));
}

void append_json_int(std::string& out, std::int64_t n) {
  // Written in place: no string per number (an estimate answer has a few hundred).
  char digits[24];
  const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, n);
  out.append(digits, r.ptr);
}

std::string json_text(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void append_json(std::string& out, const nlohmann::json& value) {
  out += json_text(value);
}

void append_json_key(std::string& out, std::string_view key) {
  append_json_string(out, key);
  out += ':';
}

}  // namespace medins
