// Runs every worked example under tests/cases/ through handle(). The Node test runs the same
// files through the wasm module and the CLI and demands identical bytes, so these three agree.
//
// A case file: {"name", "op", "request": {...} | "request_text": "raw text", "expected": {...}}.
// "expected" is matched as a subset: each key it names must be equal in the response (arrays
// element by element, same length), so error cases can name the code and path without
// repeating the message text that handle_test pins once.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "medins/handle.hpp"

namespace medins {
namespace {

namespace fs = std::filesystem;

bool subset_matches(const nlohmann::json& expected, const nlohmann::json& actual, std::string at,
                    std::string& why) {
  if (expected.is_object()) {
    if (!actual.is_object()) return why = at + ": expected an object", false;
    for (const auto& item : expected.items()) {
      if (!actual.contains(item.key())) return why = at + "/" + item.key() + ": missing", false;
      if (!subset_matches(item.value(), actual.at(item.key()), at + "/" + item.key(), why)) {
        return false;
      }
    }
    return true;
  }
  if (expected.is_array()) {
    if (!actual.is_array() || actual.size() != expected.size()) {
      return why = at + ": expected " + expected.dump() + ", got " + actual.dump(), false;
    }
    for (std::size_t i = 0; i < expected.size(); ++i) {
      if (!subset_matches(expected[i], actual[i], at + "/" + std::to_string(i), why)) return false;
    }
    return true;
  }
  if (expected != actual) {
    return why = at + ": expected " + expected.dump() + ", got " + actual.dump(), false;
  }
  return true;
}

std::vector<fs::path> case_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(MEDINS_CASES_DIR)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(JsonCases, EveryCaseGivesItsExpectedAnswer) {
  const std::vector<fs::path> files = case_files();
  ASSERT_GE(files.size(), 5u) << "no cases found under " << MEDINS_CASES_DIR;
  for (const fs::path& file : files) {
    SCOPED_TRACE(file.string());
    std::ifstream in(file);
    const nlohmann::json c = nlohmann::json::parse(in);
    const std::string request = c.contains("request_text") ? c.at("request_text").get<std::string>()
                                                           : c.at("request").dump();
    const nlohmann::json response =
        nlohmann::json::parse(handle(c.at("op").get<std::string>(), request));
    std::string why;
    EXPECT_TRUE(subset_matches(c.at("expected"), response, "", why))
        << c.value("name", "") << ": " << why << "\nresponse: " << response.dump();
  }
}

}  // namespace
}  // namespace medins
