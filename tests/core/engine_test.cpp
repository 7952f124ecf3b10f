// An Engine answers exactly as handle() does, byte for byte, from data it loaded once: every
// worked example under tests/cases/, asked twice of one engine (nothing it holds may change
// between requests), as text and already parsed.
#include <filesystem>
#include <utility>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "json_case.hpp"
#include "medins/engine.hpp"
#include "medins/handle.hpp"
#include "medins/handle_parsed.hpp"

namespace medins {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string name;
  std::string op;
  std::string text;
};

std::vector<Case> cases() {
  std::vector<Case> out;
  // The request as the case runners send it (with its policy fixture, json_case.hpp).
  for (const fs::path& file : testing::json_case_files(MEDINS_CASES_DIR)) {
    const testing::JsonCase c = testing::read_json_case(file);
    out.push_back({file.string(), c.op, c.text});
  }
  return out;
}

TEST(Engine, AnswersEveryCaseAsHandleDoes) {
  const std::vector<Case> all = cases();
  ASSERT_GE(all.size(), 5u);
  const Engine engine = Engine::create();
  for (int round = 0; round < 2; ++round) {
    for (const Case& c : all) {
      SCOPED_TRACE(c.name);
      const std::string expected = handle(c.op, c.text);
      EXPECT_EQ(engine.handle(c.op, c.text), expected);
      const nlohmann::json parsed = nlohmann::json::parse(c.text, nullptr, false);
      if (!parsed.is_discarded()) {
        EXPECT_EQ(engine.handle_parsed(c.op, parsed), handle_parsed(c.op, parsed));
      }
    }
  }
}

TEST(Engine, CopiesShareTheDataAndAMovedFromEngineStillAnswers) {
  const char* request = R"({"region":"110000","scheme":"employee","on":"2026-11-25"})";
  Engine engine = Engine::create();
  const Engine copy = engine;
  EXPECT_EQ(copy.handle("policy.get", request), handle("policy.get", request));
  const Engine moved = std::move(engine);
  EXPECT_EQ(moved.handle("policy.get", request), handle("policy.get", request));
  // Using a moved-from engine is a bug in the caller, but it must not crash.
  const nlohmann::json answer = nlohmann::json::parse(engine.handle("policy.get", request));
  EXPECT_EQ(answer.at("errors").at(0).at("code"), "internal.error");
}

}  // namespace
}  // namespace medins
