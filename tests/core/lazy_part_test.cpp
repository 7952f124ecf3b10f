// The shipped data is loaded part by part on first use (api/lazy_part.hpp): creating an Engine
// reads nothing, each part is read once however many copies and threads ask, and a broken part
// still stops only the ops that need it.
#include "api/lazy_part.hpp"

#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "api/core_data.hpp"
#include "api/ops.hpp"
#include "medins/engine.hpp"

namespace medins {
namespace {

TEST(LazyPart, LoadsOnFirstAskOnlyAndOnceForEveryCopy) {
  int loads = 0;
  const LazyPart<int> part([&loads]() -> Result<int> { return ++loads * 10; });
  const LazyPart<int> copy = part;
  EXPECT_EQ(loads, 0);
  EXPECT_EQ(copy.get().value(), 10);
  EXPECT_EQ(part.get().value(), 10);
  EXPECT_EQ(loads, 1);
}

TEST(LazyPart, ManyThreadsAskingAtOnceLoadItOnce) {
  std::atomic<int> loads{0};
  const LazyPart<std::string> part([&loads]() -> Result<std::string> {
    ++loads;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return std::string("rules");
  });
  std::vector<std::thread> threads;
  std::atomic<int> right{0};
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&] {
      if (part.get().value() == "rules") ++right;
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(loads.load(), 1);
  EXPECT_EQ(right.load(), 8);
}

TEST(LazyPart, AGivenValueOrErrorNeedsNoLoader) {
  const LazyPart<int> given = Result<int>(7);
  EXPECT_EQ(given.get().value(), 7);
  LazyPart<int> broken = 1;
  broken = make_error("internal.error", "");
  ASSERT_FALSE(broken.get().ok());
  EXPECT_EQ(broken.get().errors().front().code, "internal.error");
}

TEST(LazyPart, ACopyLoadsItsPartsAfterTheOriginalIsGone) {
  // The loaders hold copies of the parts they read, never a pointer into the CoreData: an
  // Engine copies its data to hold a policy, and the first Engine is then dropped.
  const CoreData copy = [] {
    const CoreData data = load_core_data();
    return CoreData(data);
  }();
  EXPECT_TRUE(copy.filing_rules.get().ok());
  EXPECT_TRUE(copy.national_rules.get().ok());
  EXPECT_TRUE(copy.why_failed.get().ok());
  EXPECT_TRUE(copy.places_we_know.get().ok());
  EXPECT_TRUE(copy.voucher.get().ok());
  EXPECT_TRUE(copy.vocabulary.get().ok());
}

TEST(LazyPart, ABrokenPartStopsOnlyItsOps) {
  CoreData data = load_core_data();
  data.filing_rules = make_error("filing.rules_invalid", "/categories", "（缺）", "(missing)");
  const Result<nlohmann::json> plan = ops::filing_plan(
      data, nlohmann::json::parse(R"({"insured_region": "140800", "treatment_region": "110105",
        "as_of": "2026-01-01", "person": {"scheme": "employee"}})"));
  ASSERT_FALSE(plan.ok());
  // internal.error, carrying the broken part's own words (as before the parts were lazy).
  EXPECT_EQ(plan.errors().front().code, "internal.error");
  EXPECT_NE(plan.errors().front().en.find("(missing)"), std::string::npos);
  const Result<nlohmann::json> id =
      ops::id_check(data, nlohmann::json{{"id", "11010519491231002X"}, {"as_of", "2026-01-01"}});
  EXPECT_TRUE(id.ok());
}

TEST(LazyPart, AnEngineHoldingAPolicyStillLoadsItsOtherParts) {
  // with_policy copies the data before any op has asked for the vocabulary or the why-failed
  // tree; they still load, from the copy, after the first Engine is gone.
  std::ifstream in(std::string(MEDINS_CASES_DIR) + "/../../data/policies/110000/employee.json");
  std::stringstream text;
  text << in.rdbuf();
  std::string answer;
  const Engine held = [&] {
    const Engine first = Engine::create();
    return first.with_policy("policies/110000/employee.json", text.str(), answer);
  }();
  ASSERT_NE(answer.find("\"ok\":true"), std::string::npos) << answer;
  EXPECT_NE(held.handle("meta.vocabulary", "{}").find("\"ok\":true"), std::string::npos);
  EXPECT_NE(held.handle("eligibility.why_failed", R"({"answers": {}, "as_of": "2026-11-25"})")
                .find("\"ok\":true"),
            std::string::npos);
}

}  // namespace
}  // namespace medins
