// What the shipped data/ answers, pinned: every case under tests/shipped/ through handle(), as
// the worked examples are run (json_case.hpp; the Node test shipped_data.test.mjs runs them
// through the wasm module and the CLI). A failure here means the shipped data changed: if on
// purpose, update the pinned answer in the same change as the data (tests/shipped/README.md).
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "common/embedded_files.hpp"
#include "json_case.hpp"
#include "medins/handle.hpp"

namespace medins {
namespace {

using testing::JsonCase;

TEST(ShippedData, EveryCaseGivesItsPinnedAnswer) {
  testing::expect_every_case(MEDINS_SHIPPED_CASES_DIR, [](const JsonCase& c) -> std::string {
    // A test policy here would pin nothing about the shipped files.
    return c.doc.contains("policy_fixture") ? "no policy_fixture in tests/shipped/" : "";
  });
}

// Each shipped policy file has at least one estimate pinned on it, so no correction of a real
// figure goes unnoticed by this suite.
TEST(ShippedData, EveryShippedPolicyHasAnEstimatePinned) {
  std::set<std::string> pinned;
  for (const testing::fs::path& file : testing::json_case_files(MEDINS_SHIPPED_CASES_DIR)) {
    const JsonCase c = testing::read_json_case(file);
    if (c.op != "estimate") continue;
    const nlohmann::json response = nlohmann::json::parse(handle(c.op, c.text));
    if (response.at("ok").get<bool>()) {
      pinned.insert(response.at("result").at("policy").value("file", ""));
    }
  }
  for (const EmbeddedFile& f : embedded_policy_files()) {
    EXPECT_EQ(pinned.count(std::string(f.path)), 1u) << f.path << " has no estimate pinned";
  }
}

}  // namespace
}  // namespace medins
