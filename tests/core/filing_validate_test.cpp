// filing.validate: the application form as a person fills it in, every wrong field marked at
// once at its own pointer, and a clean, normalised copy when all is well.
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "filing_form.hpp"
#include "medins/handle.hpp"

namespace medins {
namespace {

using nlohmann::json;

json good_form() {
  return filing_form("2026-12-01", "2026-11-25");
}

json validate(const json& form) {
  return json::parse(handle("filing.validate", form.dump()));
}

using CodeAt = std::pair<std::string, std::string>;

std::vector<CodeAt> errors_of(const json& response) {
  std::vector<CodeAt> out;
  EXPECT_FALSE(response["ok"].get<bool>()) << response.dump();
  for (const json& e : response.value("errors", json::array())) {
    out.emplace_back(e["code"], e["path"]);
    EXPECT_FALSE(e["message"]["zh-CN"].get<std::string>().empty());
    EXPECT_FALSE(e["message"]["en"].get<std::string>().empty());
  }
  return out;
}

// The form with one field replaced.
std::vector<CodeAt> with(const char* field, const json& value) {
  json form = good_form();
  form[field] = value;
  return errors_of(validate(form));
}

// Each case: the form with `field` replaced by `value` is refused with exactly `code`, at the
// field.
struct OneError {
  const char* field;
  json value;
  const char* code;
};
void expect_one_error_each(std::initializer_list<OneError> cases) {
  for (const OneError& c : cases) {
    EXPECT_EQ(with(c.field, c.value), (std::vector<CodeAt>{{c.code, std::string("/") + c.field}}))
        << c.field << " = " << c.value.dump();
  }
}

TEST(FilingValidate, AGoodFormComesBackNormalised) {
  json form = good_form();
  form["name"] = "　张三 ";              // ideographic space from an input method
  form["id"] = "110105 19491231 002x";   // grouped, lower-case x
  form["mobile"] = "+86 138-0013-8000";  // international form with dashes
  form["contact_address"] = "海南省三亚市吉阳区迎宾路１号";  // full-width digit
  const json r = validate(form);
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  const json& app = r["result"]["application"];
  EXPECT_EQ(app["name"], "张三");
  EXPECT_EQ(app["id"], "11010519491231002X");
  EXPECT_EQ(app["mobile"], "13800138000");
  EXPECT_EQ(app["contact_address"], "海南省三亚市吉阳区迎宾路1号");
  EXPECT_EQ(r["result"]["category"]["name"]["zh-CN"], "异地安置退休人员");
  EXPECT_EQ(r["result"]["destination"]["full_name"], "海南省 › 三亚市");
  EXPECT_EQ(r["result"]["relation"], "cross_province");
}

TEST(FilingValidate, ReasonIsOptional) {
  json form = good_form();
  form.erase("reason");
  const json r = validate(form);
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  EXPECT_EQ(r["result"]["application"]["reason"], "");
}

TEST(FilingValidate, EachWrongFieldIsMarkedAtItsOwnPointer) {
  expect_one_error_each({
      // Names (minorities and foreigners keep their marks: below).
      {"name", "  ", "filing.name_empty"},
      {"name", "张三3", "filing.name_bad_character"},
      {"name", "张三<b>", "filing.name_bad_character"},
      {"name", "一二三四五六七八九十一二三四五六七八九十一", "filing.name_too_long"},
      // The number checks of id.check, at /id.
      {"id", "", "id.empty"},
      {"id", "1101051949123100", "id.wrong_length"},
      {"id", "110105194912310021", "id.bad_checksum"},
      {"id", "11010519491231002*", "id.bad_character"},
      // Mobile numbers.
      {"mobile", " ", "mobile.empty"},
      {"mobile", "12800138000", "mobile.bad_format"},
      {"mobile", "1380013800", "mobile.bad_format"},
      {"mobile", "010-12345678", "mobile.bad_format"},
      // Places.
      {"insured_region", "11010", "region.bad_code"},
      {"destination", "990000", "region.unknown"},
      {"destination", "110108", "filing.same_city"},
      {"insured_region", "710000", "filing.outside_mainland"},
      // Category, start, address and reason. Broken UTF-8 cannot arrive through JSON; the QR test
      // forges it (filing_qr_test.cpp).
      {"category", "unfiled", "filing.unknown_category"},
      {"start_date", "2026-02-30", "date.invalid"},
      {"start_date", "2025-11-01", "filing.start_too_early"},
      {"contact_address", "", "filing.address_empty"},
      {"contact_address", std::string(51, 'a'), "filing.address_too_long"},
      {"contact_address", "三亚\n吉阳区", "filing.text_bad_character"},
      {"reason", std::string(31, 'a'), "filing.reason_too_long"},
  });
}

TEST(FilingValidate, NamesOfMinoritiesAndForeignersKeepTheirMarks) {
  json form = good_form();
  form["name"] = "阿依古丽·买买提";
  EXPECT_TRUE(validate(form)["ok"].get<bool>());
}

// Emoji and symbols only get into a name by mistake (or mischief) and would go on into the
// printout and the QR code; letters of any script and the marks inside names stay valid.
TEST(FilingValidate, EmojiAndSymbolsAreRefusedInNamesAndEmojiInFreeText) {
  expect_one_error_each({
      {"name", "王秀英😀", "filing.name_bad_character"},
      {"name", "王秀英❤", "filing.name_bad_character"},
      {"name", "王秀英★", "filing.name_bad_character"},
      {"name", "王秀英©", "filing.name_bad_character"},
      {"name", "王秀英→", "filing.name_bad_character"},
      {"name", "王秀英\u200d", "filing.name_bad_character"},
      {"name", "王秀英【】", "filing.name_bad_character"},
      {"contact_address", "三亚市吉阳区迎宾路1号🏠", "filing.text_bad_character"},
      {"reason", "随子女生活👨‍👩‍👧", "filing.text_bad_character"},
      {"start_date", "2035-01-01", "filing.start_too_late"},
  });
  for (const char* name : {"阿依古丽·买买提", "Müller-Lüdenscheidt", "O'Brien", "Nguyễn Văn An",
                           "ئابدۇللا", "マリア・テレサ", "Анна Петрова", "扎西•顿珠"}) {
    json form = good_form();
    form["name"] = name;
    EXPECT_TRUE(validate(form)["ok"].get<bool>()) << name;
  }
}

TEST(FilingValidate, NameTooLongSaysHowMany) {
  json form = good_form();
  form["name"] = std::string("ABCDEFGHIJKLMNOPQRSTUVW");
  const json r = validate(form);
  EXPECT_EQ(r["errors"][0]["message"]["en"],
            "A name can have at most 20 characters. This one has 23.");
}

TEST(FilingValidate, EveryProblemIsReportedAtOnce) {
  const json r = validate({{"name", ""},
                           {"id", "110105194912310021"},
                           {"mobile", "123"},
                           {"insured_region", "110105"},
                           {"destination", "110108"},
                           {"category", "holiday"},
                           {"start_date", 20261201},
                           {"contact_address", " "},
                           {"as_of", "2026-11-25"},
                           {"phone", "x"}});
  EXPECT_EQ(errors_of(r), (std::vector<CodeAt>{{"request.wrong_type", "/start_date"},
                                               {"request.unknown_field", "/phone"},
                                               {"filing.name_empty", "/name"},
                                               {"id.bad_checksum", "/id"},
                                               {"mobile.bad_format", "/mobile"},
                                               {"filing.same_city", "/destination"},
                                               {"filing.unknown_category", "/category"},
                                               {"filing.address_empty", "/contact_address"}}));
}

TEST(FilingValidate, MissingFieldsAreNamed) {
  const json r = validate({{"as_of", "2026-11-25"}});
  std::vector<std::string> paths;
  for (const CodeAt& e : errors_of(r)) {
    EXPECT_EQ(e.first, "request.missing_field");
    paths.push_back(e.second);
  }
  EXPECT_EQ(paths,
            (std::vector<std::string>{"/name", "/id", "/mobile", "/insured_region", "/destination",
                                      "/category", "/start_date", "/contact_address"}));
}

}  // namespace
}  // namespace medins
