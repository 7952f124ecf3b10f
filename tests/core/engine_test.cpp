// An Engine answers exactly as handle() does, byte for byte, from data it loaded once: every
// worked example under tests/cases/, asked twice of one engine (nothing it holds may change
// between requests), as text and already parsed.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <utility>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

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
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(MEDINS_CASES_DIR)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<Case> out;
  for (const fs::path& file : files) {
    std::ifstream in(file);
    const nlohmann::json c = nlohmann::json::parse(in);
    out.push_back({file.string(), c.at("op").get<std::string>(),
                   c.contains("request_text") ? c.at("request_text").get<std::string>()
                                              : c.at("request").dump()});
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
