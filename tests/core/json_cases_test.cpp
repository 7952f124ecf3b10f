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
  testing::expect_every_case(MEDINS_CASES_DIR);
}

}  // namespace
}  // namespace medins
