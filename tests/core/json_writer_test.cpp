// The direct writer writes what nlohmann's dump() writes for the same value, byte for byte.
#include "common/json_writer.hpp"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace medins {
namespace {

std::string dumped(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST(JsonWriter, StringsAreWrittenAsDumpWritesThem) {
  // Its length from the array, not counted by hand: the NUL inside stops strlen.
  static constexpr char kControls[] = "nul \0 and \x01 \x1f \x7f";
  const std::vector<std::string> texts = {
      "",
      "plain",
      "医疗费用总额1300.00元。",
      "quote \" backslash \\ slash /",
      "\b\f\n\r\t",
      std::string(kControls, sizeof kControls - 1),
      "emoji \xF0\x9F\x98\x80 and U+10FFFF \xF4\x8F\xBF\xBF",
      // Broken UTF-8: a lone continuation, a truncated sequence, an overlong form, a surrogate,
      // beyond U+10FFFF, a bad lead byte.
      "lone \x80 byte",
      "cut \xE5\x8C",
      "overlong \xC0\xAF and \xE0\x80\xAF",
      "surrogate \xED\xA0\x80",
      "too high \xF4\x90\x80\x80",
      "bad lead \xFF",
  };
  for (const std::string& text : texts) {
    std::string out;
    append_json_string(out, text);
    EXPECT_EQ(out, dumped(nlohmann::json(text))) << text;
  }
}

// Plain text is passed 8 bytes at a time: each byte that needs care, at every position of a
// string longer than two words, and at its ends, is still written as dump() writes it.
TEST(JsonWriter, EveryByteThatNeedsCareIsFoundWhereverItIs) {
  const std::vector<std::string> specials = {
      "\"",           "\\",       std::string(1, '\0'), "\x01", "\x1f",     "\n",  "\x7f", " ",
      "\xE5\x8C\xBB", "\xC3\xA9", "\xF0\x9F\x98\x80",   "\x80", "\xE5\x8C", "\xFF"};
  for (const std::string& special : specials) {
    for (std::size_t at = 0; at <= 19; ++at) {
      std::string text(19, 'a');
      text.insert(at, special);
      std::string out = "prefix";
      append_json_string(out, text);
      EXPECT_EQ(out, "prefix" + dumped(nlohmann::json(text))) << at << " " << text;
    }
  }
}

// Many strings made of the pieces where a writer can go wrong (runs of plain bytes cut by escapes,
// control characters, multi-byte characters and broken sequences at either end), each appended
// after text already in the output: the writer that copies plain runs whole must write what
// dump() writes, byte for byte, as the one that went byte by byte did.
TEST(JsonWriter, ManyMixedStringsAreWrittenAsDumpWritesThem) {
  const std::vector<std::string> pieces = {"a",
                                           "plain text ",
                                           "\"",
                                           "\\",
                                           "/",
                                           "\n",
                                           "\t",
                                           "\x01",
                                           "\x1f",
                                           "\x7f",
                                           std::string(1, '\0'),
                                           "中",
                                           "医疗费用",
                                           "\xC2\xA9",
                                           "\xF0\x9F\x98\x80",
                                           "\xE2\x80\xBA",
                                           "\x80",
                                           "\xE5\x8C",
                                           "\xFF",
                                           "\xED\xA0\x80",
                                           "\xC0\xAF"};
  std::mt19937 random(20261203);
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> count(0, 12);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (int n = count(random); n > 0; --n) text += pieces[piece(random)];
    std::string out = "{\"k\":";
    append_json_string(out, text);
    EXPECT_EQ(out, "{\"k\":" + dumped(nlohmann::json(text))) << i;
    if (HasFailure()) break;
  }
}

TEST(JsonWriter, KeysNumbersAndValues) {
  std::string out = "{";
  append_json_key(out, "amount_fen");
  append_json_int(out, -123456789012);
  out += ',';
  append_json_key(out, "source");
  append_json(out, nlohmann::json{{"title", "标题"}, {"url", nullptr}});
  out += '}';
  EXPECT_EQ(out, dumped(nlohmann::json{{"amount_fen", -123456789012},
                                       {"source", {{"title", "标题"}, {"url", nullptr}}}}));
}

}  // namespace
}  // namespace medins
