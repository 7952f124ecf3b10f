// Every error code the core can produce is in the catalogue with both languages, and listed in
// docs/errors.md, so a portal or a person can look any code up.
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "medins/error.hpp"

namespace medins {
namespace {

TEST(ErrorCatalogue, EveryCodeHasBothMessagesAndIsUnique) {
  std::set<std::string> seen;
  for (const std::string& code : error_codes()) {
    EXPECT_TRUE(seen.insert(code).second) << "duplicate code " << code;
    // Found by the lookup (which searches the codes in sorted order), not the unknown-code text.
    EXPECT_TRUE(is_known_error_code(code)) << code;
    const Error e = make_error(code, "/x");
    EXPECT_EQ(e.en.find("unknown error code"), std::string::npos) << code;
    EXPECT_FALSE(e.zh_cn.empty()) << code;
    EXPECT_FALSE(e.en.empty()) << code;
    EXPECT_EQ(e.path, "/x");
    EXPECT_NE(code.find('.'), std::string::npos) << "codes are dotted: " << code;
  }
  EXPECT_GE(seen.size(), 20u);
}

TEST(ErrorCatalogue, EveryCodeIsDocumented) {
  std::ifstream doc(MEDINS_ERRORS_DOC);
  ASSERT_TRUE(doc.is_open()) << MEDINS_ERRORS_DOC;
  std::stringstream text;
  text << doc.rdbuf();
  for (const std::string& code : error_codes()) {
    EXPECT_NE(text.str().find("`" + code + "`"), std::string::npos)
        << code << " is missing from docs/errors.md";
  }
}

TEST(ErrorCatalogue, ACodeGetsItsOwnWords) {
  const Error e = make_error("id.bad_region", "/id");
  EXPECT_EQ(e.code, "id.bad_region");
  EXPECT_EQ(e.zh_cn, "身份证号码前6位的地区代码格式不对。");
  EXPECT_EQ(e.en, "The region code in the first 6 characters is not in a valid form.");
  // Codes that sort next to each other, and prefixes of real codes, are told apart.
  EXPECT_FALSE(is_known_error_code("id.bad_regio"));
  EXPECT_FALSE(is_known_error_code("id.bad_regionx"));
  EXPECT_FALSE(is_known_error_code(""));
}

TEST(ErrorCatalogue, UnknownCodeIsVisibleNotSilent) {
  EXPECT_FALSE(is_known_error_code("no.such_code"));
  const Error e = make_error("no.such_code", "");
  EXPECT_NE(e.en.find("no.such_code"), std::string::npos);
}

}  // namespace
}  // namespace medins
