// Runs every worked example under tests/cases/ through handle(). The Node test runs the same
// files through the wasm module and the CLI and demands identical bytes, so these three agree.
// The case format and its policy fixtures: json_case.hpp.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "json_case.hpp"
#include "medins/handle.hpp"

namespace medins {
namespace {

using testing::JsonCase;

TEST(JsonCases, EveryCaseGivesItsExpectedAnswer) {
  const std::vector<testing::fs::path> files = testing::json_case_files(MEDINS_CASES_DIR);
  ASSERT_GE(files.size(), 5u) << "no cases found under " << MEDINS_CASES_DIR;
  for (const testing::fs::path& file : files) {
    SCOPED_TRACE(file.string());
    const JsonCase c = testing::read_json_case(file);
    if (!c.problem.empty()) {
      ADD_FAILURE() << c.problem;
      continue;
    }
    const nlohmann::json response = nlohmann::json::parse(handle(c.op, c.text));
    std::string why;
    EXPECT_TRUE(testing::subset_matches(c.doc.at("expected"), response, "", why))
        << c.name << ": " << why << "\nresponse: " << response.dump();
  }
}

}  // namespace
}  // namespace medins
