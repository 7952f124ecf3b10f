// handle() as every front end sees it: whole JSON responses, byte for byte.
#include "medins/handle.hpp"

#include <optional>
#include <random>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "medins/handle_parsed.hpp"

namespace medins {
namespace {

nlohmann::json call(const std::string& op, const std::string& request) {
  const std::string out = handle(op, request);
  nlohmann::json parsed = nlohmann::json::parse(out, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << out;
  return parsed;
}

std::vector<std::string> codes(const nlohmann::json& response) {
  std::vector<std::string> out;
  for (const auto& e : response.at("errors")) out.push_back(e.at("code").get<std::string>());
  return out;
}

TEST(Handle, IdCheckAnswerIsExactBytes) {
  EXPECT_EQ(
      handle("id.check", R"({"id":"11010519491231002X","as_of":"2026-11-25"})"),
      R"({"ok":true,"result":{"age":76,"birth_date":"1949-12-31","id":"11010519491231002X",)"
      R"("region":{"code":"110105","exact":true,"full_name":"北京市 › 朝阳区",)"
      R"j("full_name_en":"Chaoyang (朝阳区), Beijing","level":"county","name":"朝阳区",)j"
      R"j("name_en":"Chaoyang (朝阳区)","note":"province_direct","path":[{"code":"110000",)j"
      R"j("level":"province","name":"北京市","name_en":"Beijing (北京市)"},{"code":"110105",)j"
      R"j("level":"county","name":"朝阳区","name_en":"Chaoyang (朝阳区)"}],)j"
      R"("province_code":"110000"},"region_code":"110105","sex":"female"}})");
}

TEST(Handle, ErrorCarriesCodePathAndBothLanguages) {
  EXPECT_EQ(
      handle("id.check", R"({"id":"110105194912310021","as_of":"2026-11-25"})"),
      R"({"errors":[{"code":"id.bad_checksum","message":{"en":"The last character (the )"
      R"(check digit) does not match; one character is probably wrong. Please check each )"
      R"(one.","zh-CN":"身份证号码的最后一位（校验码）对不上，可能有一位填错了，请逐位核对。"},)"
      R"("path":"/id"}],"ok":false})");
}

TEST(Handle, ReportsEveryErrorOfARequest) {
  const nlohmann::json r =
      call("id.check", R"({"id":"110105194902300021","as_of":"2026-13-01","idd":1})");
  EXPECT_EQ(codes(r), (std::vector<std::string>{"date.invalid", "request.unknown_field",
                                                "id.bad_birth_date", "id.bad_checksum"}));
  EXPECT_EQ(r["errors"][0]["path"], "/as_of");
  EXPECT_EQ(r["errors"][1]["path"], "/idd");
}

TEST(Handle, MissingAndWronglyTypedFields) {
  const nlohmann::json r = call("id.check", R"({"id":18})");
  EXPECT_EQ(codes(r), (std::vector<std::string>{"request.wrong_type", "request.missing_field"}));
  EXPECT_EQ(r["errors"][0]["path"], "/id");
  EXPECT_EQ(r["errors"][1]["path"], "/as_of");
}

TEST(Handle, UnknownFieldPointerEscapesSlashAndTilde) {
  const nlohmann::json r =
      call("id.check", R"({"id":"11010519491231002X","as_of":"2026-11-25","a/b~c":0})");
  EXPECT_EQ(r["errors"][0]["path"], "/a~1b~0c");
}

TEST(Handle, RefusesBadRequestsWithoutCrashing) {
  EXPECT_EQ(codes(call("id.check", "{")), std::vector<std::string>{"request.malformed_json"});
  EXPECT_EQ(codes(call("id.check", "")), std::vector<std::string>{"request.malformed_json"});
  EXPECT_EQ(codes(call("id.check", "[1,2]")), std::vector<std::string>{"request.not_object"});
  EXPECT_EQ(codes(call("id.check", "null")), std::vector<std::string>{"request.not_object"});
  EXPECT_EQ(codes(call("no.such", "{}")), std::vector<std::string>{"request.unknown_op"});
  EXPECT_EQ(codes(call("id.check", std::string(kMaxRequestBytes + 1, ' '))),
            std::vector<std::string>{"request.too_large"});
  // Deep nesting within the size limit is refused before parsing.
  EXPECT_EQ(codes(call("id.check", std::string(500000, '[') + std::string(500000, ']'))),
            std::vector<std::string>{"request.too_deep"});
  // 64 levels are fine (then refused for what they are); 65 are not.
  EXPECT_EQ(codes(call("id.check", std::string(64, '[') + std::string(64, ']'))),
            std::vector<std::string>{"request.not_object"});
  EXPECT_EQ(codes(call("id.check", std::string(65, '[') + std::string(65, ']'))),
            std::vector<std::string>{"request.too_deep"});
  // Brackets inside strings do not count.
  EXPECT_FALSE(json_nesting_exceeds(R"({"a":"[[[[[[\"[[[["})", 2));
  EXPECT_TRUE(json_nesting_exceeds(R"({"a":[[{"b":1}]]})", 3));
}

// The scan a byte at a time, as json_nesting_exceeds was written before it passed plain bytes by
// table look-up: the reference the table scan is held to.
bool nesting_exceeds_bytewise(std::string_view text, std::size_t max) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

// Texts of brackets, quotes, backslashes and plain bytes (the bytes a bracket becomes with 0x20
// set or cleared among them), each bracket and escape at every position of an 8-byte word.
TEST(Handle, NestingIsCountedAsByteByByteWhereverTheBracketsFall) {
  static constexpr char kAlphabet[] = "[]{}\"\\a;=\x7B\x5B\xE4\xB8\xAD \x00\xFB\xDB";
  const std::string alphabet(kAlphabet, sizeof kAlphabet - 1);
  std::mt19937 rng(20261204);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<std::size_t> plain(0, 12);
  std::size_t exceeded = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const std::size_t length = 1 + static_cast<std::size_t>(n % 90);
    while (text.size() < length) {
      text += alphabet[pick(rng)];
      text.append(plain(rng), 'x');  // runs long enough to be passed a word at a time
    }
    for (std::size_t max : {0, 1, 2, 3, 5}) {
      const bool expected = nesting_exceeds_bytewise(text, max);
      ASSERT_EQ(json_nesting_exceeds(text, max), expected) << max << " " << text;
      exceeded += expected ? 1 : 0;
    }
  }
  // Both answers are common, so that neither is the only one compared.
  EXPECT_GT(exceeded, 10000u);
  EXPECT_LT(exceeded, 90000u);
}

TEST(Handle, MalformedJsonSaysWhere) {
  const nlohmann::json r = call("id.check", R"({"id": })");
  EXPECT_EQ(r["errors"][0]["message"]["en"],
            "The request is not valid JSON. The error is at byte 8.");
}

TEST(Handle, BrokenUtf8InTheRequestStillGivesPrintableJson) {
  const std::string out = handle("id.check", "{\"id\":\"\xff\",\"as_of\":\"2026-11-25\"}");
  // nlohmann refuses invalid UTF-8 inside strings while parsing.
  EXPECT_EQ(codes(nlohmann::json::parse(out)), std::vector<std::string>{"request.malformed_json"});
}

TEST(Handle, MetaVersionListsOps) {
  const nlohmann::json r = call("meta.version", "{}");
  EXPECT_EQ(r["result"]["version"], version());
  EXPECT_EQ(r["result"]["ops"], nlohmann::json(op_names()));
  EXPECT_NE(std::find(op_names().begin(), op_names().end(), "id.check"), op_names().end());
}

// Found by fuzz_request (2026-11-25, a 10-minute run): nlohmann's reader takes a NUL byte as the
// end of the input, so "1" + NUL + anything read as the number 1. Text with a NUL is not JSON.
TEST(Handle, NulByteMakesTheTextMalformedWhateverFollows) {
  const std::string text("1\0\0{\"a\":[[[[0]]]]}", 18);
  const nlohmann::json answer = call("id.check", text);
  ASSERT_FALSE(answer["ok"].get<bool>());
  EXPECT_EQ(answer["errors"][0]["code"], "request.malformed_json");
  EXPECT_NE(answer["errors"][0]["message"]["en"].get<std::string>().find("byte 2"),
            std::string::npos);
  EXPECT_EQ(nul_byte_at(text), std::optional<std::size_t>(1));
  EXPECT_EQ(nul_byte_at("{}"), std::nullopt);
}

}  // namespace
}  // namespace medins
