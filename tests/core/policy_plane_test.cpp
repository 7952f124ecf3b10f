// The policies as a data plane: policy.coverage lists what it is given or what the Engine holds,
// validating every given file with the one parser; Engine::with_policy takes one fetched file
// (the web page's path: its module embeds none) and answers from it as from a shipped one.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "common/embedded_files.hpp"
#include "medins/engine.hpp"
#include "medins/handle.hpp"

namespace medins {
namespace {

using json = nlohmann::json;

std::string shipped_text(std::string_view path) {
  for (const EmbeddedFile& f : embedded_policy_files()) {
    if (f.path == path) return std::string(f.text);
  }
  return {};
}

TEST(PolicyCoverage, ListsEveryShippedPolicyWithPlaceProvinceSettingsAndDates) {
  const json r = json::parse(handle("policy.coverage", "{}"));
  ASSERT_TRUE(r["ok"]) << r.dump();
  const json& list = r["result"]["policies"];
  EXPECT_EQ(r["result"]["count"], list.size());
  EXPECT_EQ(list.size(), embedded_policy_files().size());
  const json* beijing = nullptr;
  for (const json& p : list) {
    if (p["id"] == "110000/employee") beijing = &p;
  }
  ASSERT_NE(beijing, nullptr) << r.dump();
  EXPECT_EQ((*beijing)["region_name"], "北京市");
  EXPECT_EQ((*beijing)["province"]["code"], "110000");
  EXPECT_EQ((*beijing)["province"]["name"], "北京市");
  EXPECT_EQ((*beijing)["file"], "policies/110000/employee.json");
  EXPECT_TRUE((*beijing)["settings"].is_array() && !(*beijing)["settings"].empty());
  EXPECT_TRUE((*beijing)["confidence"].is_string());
  EXPECT_TRUE((*beijing)["versions"].is_array());
}

TEST(PolicyCoverage, GivenFilesAreValidatedAndTheirPlaceChecked) {
  const json beijing = json::parse(shipped_text("policies/110000/employee.json"));
  json request = {{"policies", json::array({{{"file", "policies/110000/employee.json"},
                                             {"policy", beijing}}})}};
  json r = json::parse(handle("policy.coverage", request.dump()));
  ASSERT_TRUE(r["ok"]) << r.dump();
  EXPECT_EQ(r["result"]["policies"][0]["id"], "110000/employee");

  // In the wrong place: policy.file_mismatch at the file name.
  request["policies"][0]["file"] = "policies/110000/resident.json";
  r = json::parse(handle("policy.coverage", request.dump()));
  ASSERT_FALSE(r["ok"]);
  EXPECT_EQ(r["errors"][0]["code"], "policy.file_mismatch");
  EXPECT_EQ(r["errors"][0]["path"], "/policies/0/file");

  // A broken figure: the parser's error, at its pointer under the entry.
  json broken = beijing;
  broken["versions"][0]["confidence"] = "certain";
  request = {
      {"policies", json::array({{{"file", "policies/110000/employee.json"}, {"policy", broken}}})}};
  r = json::parse(handle("policy.coverage", request.dump()));
  ASSERT_FALSE(r["ok"]);
  EXPECT_EQ(r["errors"][0]["code"], "policy.bad_confidence");
  EXPECT_EQ(r["errors"][0]["path"], "/policies/0/policy/versions/0/confidence");
  EXPECT_FALSE(r["errors"][0]["message"]["zh-CN"].get<std::string>().empty());
}

TEST(EngineWithPolicy, AFetchedFileIsCheckedAndThenAnswersPolicyGet) {
  const Engine engine = Engine::create();
  std::string answer;
  const std::string path = "policies/110000/employee.json";
  const Engine with = engine.with_policy(path, shipped_text(path), answer);
  const json a = json::parse(answer);
  ASSERT_TRUE(a["ok"]) << answer;
  EXPECT_EQ(a["result"]["file"], path);
  const std::string get = R"({"region": "110105", "scheme": "employee", "on": "2025-06-01"})";
  EXPECT_EQ(with.handle("policy.get", get), engine.handle("policy.get", get));
  // Held once, however often it is handed over.
  const Engine twice = with.with_policy(path, shipped_text(path), answer);
  EXPECT_EQ(twice.handle("policy.list", "{}"), engine.handle("policy.list", "{}"));
}

TEST(EngineWithPolicy, ABrokenOrMisplacedFileIsRefusedWithStructuredErrors) {
  const Engine engine = Engine::create();
  std::string answer;
  engine.with_policy("policies/110000/employee.json", "{\"format\": 1,", answer);
  json a = json::parse(answer);
  ASSERT_FALSE(a["ok"]);
  EXPECT_EQ(a["errors"][0]["code"], "policy.malformed_json");
  EXPECT_FALSE(a["errors"][0]["message"]["en"].get<std::string>().empty());

  const Engine same = engine.with_policy("policies/120000/employee.json",
                                         shipped_text("policies/110000/employee.json"), answer);
  a = json::parse(answer);
  ASSERT_FALSE(a["ok"]);
  EXPECT_EQ(a["errors"][0]["code"], "policy.file_mismatch");
  // What it held before is untouched.
  EXPECT_EQ(same.handle("policy.list", "{}"), engine.handle("policy.list", "{}"));
}

}  // namespace
}  // namespace medins
