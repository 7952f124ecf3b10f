// filing.validate: the application form as a person fills it in, every wrong field marked at
// once at its own pointer, and a clean, normalised copy when all is well.
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "medins/handle.hpp"

namespace medins {
namespace {

using nlohmann::json;

json good_form() {
  return {{"name", "张三"},
          {"id", "11010519491231002X"},
          {"mobile", "13800138000"},
          {"insured_region", "110105"},
          {"destination", "460200"},
          {"category", "resettled_retiree"},
          {"start_date", "2026-12-01"},
          {"contact_address", "海南省三亚市吉阳区迎宾路1号"},
          {"reason", "退休后随子女居住"},
          {"as_of", "2026-11-25"}};
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

TEST(FilingValidate, NameErrors) {
  EXPECT_EQ(with("name", "  "), (std::vector<CodeAt>{{"filing.name_empty", "/name"}}));
  EXPECT_EQ(with("name", "张三3"), (std::vector<CodeAt>{{"filing.name_bad_character", "/name"}}));
  EXPECT_EQ(with("name", "张三<b>"), (std::vector<CodeAt>{{"filing.name_bad_character", "/name"}}));
  EXPECT_EQ(with("name", "一二三四五六七八九十一二三四五六七八九十一"),
            (std::vector<CodeAt>{{"filing.name_too_long", "/name"}}));
  // Names of minorities and foreigners keep their marks.
  EXPECT_TRUE(validate([] {
                json f = good_form();
                f["name"] = "阿依古丽·买买提";
                return f;
              }())["ok"]
                  .get<bool>());
}

TEST(FilingValidate, NameTooLongSaysHowMany) {
  json form = good_form();
  form["name"] = std::string("ABCDEFGHIJKLMNOPQRSTUVW");
  const json r = validate(form);
  EXPECT_EQ(r["errors"][0]["message"]["en"],
            "A name can have at most 20 characters. This one has 23.");
}

TEST(FilingValidate, IdErrorsAreTheIdCheckErrorsAtId) {
  EXPECT_EQ(with("id", ""), (std::vector<CodeAt>{{"id.empty", "/id"}}));
  EXPECT_EQ(with("id", "1101051949123100"), (std::vector<CodeAt>{{"id.wrong_length", "/id"}}));
  EXPECT_EQ(with("id", "110105194912310021"), (std::vector<CodeAt>{{"id.bad_checksum", "/id"}}));
  EXPECT_EQ(with("id", "11010519491231002*"), (std::vector<CodeAt>{{"id.bad_character", "/id"}}));
}

TEST(FilingValidate, MobileErrors) {
  EXPECT_EQ(with("mobile", " "), (std::vector<CodeAt>{{"mobile.empty", "/mobile"}}));
  EXPECT_EQ(with("mobile", "12800138000"), (std::vector<CodeAt>{{"mobile.bad_format", "/mobile"}}));
  EXPECT_EQ(with("mobile", "1380013800"), (std::vector<CodeAt>{{"mobile.bad_format", "/mobile"}}));
  EXPECT_EQ(with("mobile", "010-12345678"),
            (std::vector<CodeAt>{{"mobile.bad_format", "/mobile"}}));
}

TEST(FilingValidate, PlaceErrors) {
  EXPECT_EQ(with("insured_region", "11010"),
            (std::vector<CodeAt>{{"region.bad_code", "/insured_region"}}));
  EXPECT_EQ(with("destination", "990000"),
            (std::vector<CodeAt>{{"region.unknown", "/destination"}}));
  EXPECT_EQ(with("destination", "110108"),
            (std::vector<CodeAt>{{"filing.same_city", "/destination"}}));
  EXPECT_EQ(with("insured_region", "710000"),
            (std::vector<CodeAt>{{"filing.outside_mainland", "/insured_region"}}));
}

TEST(FilingValidate, CategoryStartAddressAndReasonErrors) {
  EXPECT_EQ(with("category", "unfiled"),
            (std::vector<CodeAt>{{"filing.unknown_category", "/category"}}));
  EXPECT_EQ(with("start_date", "2026-02-30"),
            (std::vector<CodeAt>{{"date.invalid", "/start_date"}}));
  EXPECT_EQ(with("start_date", "2025-11-01"),
            (std::vector<CodeAt>{{"filing.start_too_early", "/start_date"}}));
  EXPECT_EQ(with("contact_address", ""),
            (std::vector<CodeAt>{{"filing.address_empty", "/contact_address"}}));
  EXPECT_EQ(with("contact_address", std::string(51, 'a')),
            (std::vector<CodeAt>{{"filing.address_too_long", "/contact_address"}}));
  EXPECT_EQ(with("contact_address", "三亚\n吉阳区"),
            (std::vector<CodeAt>{{"filing.text_bad_character", "/contact_address"}}));
  EXPECT_EQ(with("reason", std::string(31, 'a')),
            (std::vector<CodeAt>{{"filing.reason_too_long", "/reason"}}));
  // Broken UTF-8 cannot arrive through JSON; the QR test forges it (filing_qr_test.cpp).
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
