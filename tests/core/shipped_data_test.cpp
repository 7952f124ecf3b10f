// What the shipped data/ answers, pinned: every case under tests/shipped/ through handle(), as
// the worked examples are run (json_case.hpp; the Node test shipped_data.test.mjs runs them
// through the wasm module and the CLI). A failure here means the shipped data changed: if on
// purpose, update the pinned answer in the same change as the data (tests/shipped/README.md).
#include <set>
#include <string>
#include <string_view>
#include <vector>

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

// Every figure of a shipped policy can be checked against its page by a reviewer: the figure, or a
// block around it inside its setting, carries a `quote` (the source's own sentence), or a `notes`
// there says why there is none (docs/policy-format.md, "Per-figure provenance"). A figure is any
// key ending in `_fen` or `_bp` that holds a value; an open band end (`to_fen: null`) is none.
bool is_figure_key(std::string_view key) {
  const auto ends_with = [key](std::string_view tail) {
    return key.size() >= tail.size() && key.substr(key.size() - tail.size()) == tail;
  };
  return ends_with("_fen") || ends_with("_bp");
}

bool explains_itself(const nlohmann::json& block) {
  return block.is_object() && (block.contains("quote") || block.contains("notes"));
}

void collect_unquoted(const nlohmann::json& node, bool covered, const std::string& path,
                      std::vector<std::string>& out) {
  if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) {
      collect_unquoted(node[i], covered, path + "/" + std::to_string(i), out);
    }
    return;
  }
  if (!node.is_object()) return;
  covered = covered || explains_itself(node);
  for (const auto& [key, value] : node.items()) {
    if (key == "quote" || key == "notes" || key == "source") continue;
    const std::string at = path + "/" + key;
    if (is_figure_key(key)) {
      if (!value.is_null() && !covered && !explains_itself(value)) out.push_back(at);
    } else {
      collect_unquoted(value, covered, at, out);
    }
  }
}

// The figures of one policy file with neither a quote nor a note, as JSON pointers.
std::vector<std::string> unquoted_figures(const nlohmann::json& policy) {
  std::vector<std::string> out;
  const nlohmann::json& versions = policy.at("versions");
  for (std::size_t v = 0; v < versions.size(); ++v) {
    for (const char* setting : {"inpatient", "outpatient", "chronic_outpatient"}) {
      if (!versions[v].contains(setting)) continue;
      // Only blocks inside the setting count: a file's or version's note is about dates and
      // scope, not about one figure.
      collect_unquoted(versions[v].at(setting), false,
                       "/versions/" + std::to_string(v) + "/" + setting, out);
    }
  }
  return out;
}

TEST(ShippedData, EveryPolicyFigureHasAQuoteOrANote) {
  std::size_t files = 0;
  for (const EmbeddedFile& f : embedded_policy_files()) {
    ++files;
    const nlohmann::json policy = nlohmann::json::parse(f.text);
    for (const std::string& at : unquoted_figures(policy)) {
      ADD_FAILURE() << f.path << ": " << at << " has no quote and no note saying why";
    }
  }
  EXPECT_GT(files, 0u);
}

TEST(ShippedData, AFigureWithoutQuoteOrNoteIsFound) {
  const nlohmann::json policy = nlohmann::json::parse(R"({"versions": [{"inpatient": {
    "annual_cap_fen": 100, "levels": {"any": {"all": {"quote": "起付标准200元",
    "deductible_fen": 20000, "bands": [{"from_fen": 0, "to_fen": null, "fund_ratio_bp": 9000}]}}},
    "critical_illness": {"cap_fen": {"value": 5, "notes": {"zh-CN": "x", "en": "x"}},
                         "threshold_fen": 7}}}]})");
  EXPECT_EQ(unquoted_figures(policy),
            (std::vector<std::string>{"/versions/0/inpatient/annual_cap_fen",
                                      "/versions/0/inpatient/critical_illness/threshold_fen"}));
}

}  // namespace
}  // namespace medins
