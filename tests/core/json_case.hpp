// Reading a worked example (tests/cases/, tests/shipped/): the op and the request text a runner
// sends, and the subset rule its expected answer is matched by. tests/node/case_request.mjs and
// tests/node/subset.mjs do the same for the Node runner; the two must agree
// (docs/estimate.md, "Worked examples").
//
// A case file: {"name", "op", "request": {...} | "request_text": "raw text", "expected": {...},
// "policy_fixture"?}. A case may name a policy fixture, a file under tests/data/policies/
// ("policy_fixture": "estimate/140800-employee.json"): its content is put into the request as
// the inline policy "policy", so the example's arithmetic runs on frozen test data and does not
// move when the shipped data/policies/ are corrected.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "medins/handle.hpp"
#include "policy_test_files.hpp"

namespace medins::testing {

namespace fs = std::filesystem;

struct JsonCase {
  std::string name;
  std::string op;
  nlohmann::json doc;
  nlohmann::json request;  // the request object sent (fixture in place); null for request_text
  std::string text;        // the request text sent
  std::string problem;     // why the case file cannot be run as written; empty when it can
};

// Every .json file under dir, sorted, as the Node runner walks them.
inline std::vector<fs::path> json_case_files(const std::string& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

inline JsonCase read_json_case(const fs::path& file) {
  JsonCase c;
  std::ifstream in(file);
  c.doc = nlohmann::json::parse(in);
  c.name = c.doc.value("name", "");
  c.op = c.doc.at("op").get<std::string>();
  if (c.doc.contains("request_text")) {
    c.text = c.doc.at("request_text").get<std::string>();
    if (c.doc.contains("policy_fixture")) c.problem = "policy_fixture needs \"request\"";
    return c;
  }
  c.request = c.doc.at("request");
  if (c.doc.contains("policy_fixture")) {
    if (!c.request.is_object()) {
      c.problem = "policy_fixture needs \"request\" to be an object";
    } else if (c.request.contains("policy")) {
      c.problem = "the request has a policy and policy_fixture names one too";
    } else {
      const std::string text = policy_fixture(c.doc.at("policy_fixture").get<std::string>());
      const nlohmann::json fixture = nlohmann::json::parse(text, nullptr, false);
      if (fixture.is_discarded()) c.problem = "the policy fixture is missing or not JSON";
      c.request["policy"] = fixture;
    }
  }
  c.text = c.request.dump();
  return c;
}

// Each key "expected" names must be equal in the response; arrays element by element and in
// length. So error cases can name the code and path without repeating the message text.
inline bool subset_matches(const nlohmann::json& expected, const nlohmann::json& actual,
                           const std::string& at, std::string& why) {
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

// Every case under `dir` (at least 5) through handle(): each expected answer must be part of
// the response. `refuse` may turn a case away with a reason, which fails it; a case that cannot
// be read fails too.
inline void expect_every_case(const std::string& dir,
                              std::string (*refuse)(const JsonCase& c) = nullptr) {
  const std::vector<fs::path> files = json_case_files(dir);
  ASSERT_GE(files.size(), 5u) << "no cases found under " << dir;
  for (const fs::path& file : files) {
    SCOPED_TRACE(file.string());
    const JsonCase c = read_json_case(file);
    const std::string refused = !c.problem.empty() ? c.problem : refuse ? refuse(c) : "";
    if (!refused.empty()) {
      ADD_FAILURE() << refused;
      continue;
    }
    const nlohmann::json response = nlohmann::json::parse(handle(c.op, c.text));
    std::string why;
    EXPECT_TRUE(subset_matches(c.doc.at("expected"), response, "", why))
        << c.name << ": " << why << "\nresponse: " << response.dump();
  }
}

}  // namespace medins::testing
