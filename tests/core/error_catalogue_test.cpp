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
    const Error e = make_error(code, "/x");
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

TEST(ErrorCatalogue, UnknownCodeIsVisibleNotSilent) {
  EXPECT_FALSE(is_known_error_code("no.such_code"));
  const Error e = make_error("no.such_code", "");
  EXPECT_NE(e.en.find("no.such_code"), std::string::npos);
}

}  // namespace
}  // namespace medins
