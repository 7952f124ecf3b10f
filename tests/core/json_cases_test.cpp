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

// The estimate examples show the arithmetic; they run on test policies (policy_fixture or an
// inline policy), so correcting a figure in data/policies/ cannot change them. What the shipped
// files answer is pinned apart, in tests/shipped/. A policy id is left only where the example is
// about a bad id, and then the answer refuses the id itself.
TEST(JsonCases, NoEstimateExampleRunsOnTheShippedPolicies) {
  for (const testing::fs::path& file : testing::json_case_files(MEDINS_CASES_DIR)) {
    const JsonCase c = testing::read_json_case(file);
    if (c.op != "estimate" || !c.request.is_object() || !c.request.contains("policy")) continue;
    SCOPED_TRACE(file.string());
    if (c.request.at("policy").is_object()) continue;
    const nlohmann::json response = nlohmann::json::parse(handle(c.op, c.text));
    ASSERT_FALSE(response.at("ok").get<bool>()) << "answered from a shipped policy: use a fixture";
    bool id_refused = false;
    for (const nlohmann::json& e : response.at("errors")) {
      const bool about_the_id =
          e.at("code") == "estimate.bad_policy_id" || e.at("code") == "policy.not_found";
      id_refused = id_refused || (about_the_id && e.at("path") == "/policy");
    }
    EXPECT_TRUE(id_refused) << "runs on a shipped policy: name a policy_fixture instead";
  }
}

}  // namespace
}  // namespace medins
