// The estimate's answer written directly (ops::estimate_text, what handle() sends) is byte for
// byte the json tree's dump (ops::estimate), for every worked estimate: point and ranged answers,
// with and without an account, and the refusals.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "api/core_data.hpp"
#include "api/ops.hpp"
#include "json_case.hpp"

namespace medins {
namespace {

using nlohmann::json;

TEST(EstimateText, EveryWorkedEstimateIsWrittenAsTheTreeDumps) {
  const CoreData data = load_core_data();
  std::size_t answers = 0;
  std::size_t ranged = 0;
  for (const auto& file : testing::json_case_files(std::string(MEDINS_CASES_DIR))) {
    const testing::JsonCase c = testing::read_json_case(file);
    if (c.op != "estimate" || !c.problem.empty()) continue;
    const json request = json::parse(c.text, nullptr, false);
    if (!request.is_object()) continue;
    SCOPED_TRACE(file.string());
    const Result<json> tree = ops::estimate(data, request);
    const Result<std::string> text = ops::estimate_text(data, request);
    ASSERT_EQ(tree.ok(), text.ok());
    if (!tree.ok()) {
      ASSERT_EQ(tree.errors().size(), text.errors().size());
      for (std::size_t i = 0; i < tree.errors().size(); ++i) {
        EXPECT_EQ(tree.errors()[i].code, text.errors()[i].code);
        EXPECT_EQ(tree.errors()[i].path, text.errors()[i].path);
      }
      continue;
    }
    EXPECT_EQ(text.value(), tree.value().dump(-1, ' ', false, json::error_handler_t::replace));
    ++answers;
    if (tree.value().contains("ends")) ++ranged;
  }
  EXPECT_GT(answers, 20u);  // the worked examples were read
  EXPECT_GT(ranged, 2u);
}

}  // namespace
}  // namespace medins
