#include "common/json_writer.hpp"

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

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::size_t start = out.size();
  out += '"';
  // Bytes written as they are go out in runs, one append per run rather than one per byte: a
  // std::string push_back is a call of its own in the wasm build (Emscripten's libc++ is built
  // for size), and most of an answer's text needs no escaping.
  std::size_t run = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    const char c = text[at];
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      const std::size_t length = utf8_length(text, at);
      if (length == 0) {
        // Broken UTF-8: the serializer's own replacement, for the whole string.
        out.resize(start);
        out += json_text(nlohmann::json(std::string(text)));
        return;
      }
      at += length;
      continue;
    }
    if (u >= 0x20 && c != '"' && c != '\\') {
      ++at;
      continue;
    }
    out.append(text.data() + run, at - run);
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
    run = ++at;
  }
  out.append(text.data() + run, at - run);
  out += '"';
}

void append_json_int(std::string& out, std::int64_t n) {
  out += std::to_string(n);
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
