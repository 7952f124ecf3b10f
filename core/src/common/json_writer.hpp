// Answer text written directly, byte for byte as nlohmann::json::dump(-1, ' ', false, replace)
// writes the same value (the form every answer has: compact, keys in std::map order, UTF-8 as is,
// quote, backslash and control characters escaped). For the parts of an answer that are long and
// made of many small pieces, so that they need not become a json tree first; the writer's test
// holds it to dump()'s bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace medins {

// A JSON string. Text that is not valid UTF-8 is written as dump() writes it (U+FFFD for each
// broken sequence).
void append_json_string(std::string& out, std::string_view text);

// The characters of that string between its quotes, when `text` is valid UTF-8; otherwise
// nothing is appended and the answer is false (the replacement of a broken sequence depends on
// what follows it, so it is made only for a whole string). For a string written in pieces:
// pieces of valid UTF-8 escape as their concatenation does.
bool append_json_chars(std::string& out, std::string_view text);

void append_json_int(std::string& out, std::int64_t n);

// Any json value as every answer dumps it: compact, UTF-8 kept, broken UTF-8 replaced
// (dump(-1, ' ', false, replace): a string from the request with broken UTF-8 must not make the
// answer unprintable); the one place that form is spelt.
std::string json_text(const nlohmann::json& value);
void append_json(std::string& out, const nlohmann::json& value);

// `"key":`, the key written as a JSON string.
void append_json_key(std::string& out, std::string_view key);

}  // namespace medins
