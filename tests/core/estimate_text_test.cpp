// The estimate's answer written directly (ops::estimate_text, what handle() sends) is byte for
// byte the json tree's dump (ops::estimate), for every worked estimate and many variants of each:
// point and ranged answers, with and without an account, ages, levels, filing categories, a
// year already spent up to the caps, names that need escaping or are not UTF-8, older region
// codes, figures the person typed; and the refusals (the same errors at the same paths).
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "answer_bytes.hpp"
#include "api/core_data.hpp"
#include "api/ops.hpp"
#include "json_case.hpp"

namespace medins {
namespace {

using nlohmann::json;

using test::dumped;
using test::text_of;
using test::written;

std::vector<json> worked_estimates() {
  std::vector<json> out;
  for (const auto& file : testing::json_case_files(std::string(MEDINS_CASES_DIR))) {
    const testing::JsonCase c = testing::read_json_case(file);
    if (c.op != "estimate" || !c.problem.empty()) continue;
    const json request = json::parse(c.text, nullptr, false);
    if (request.is_object()) out.push_back(request);
  }
  return out;
}

// A bill of `n` lines of every class, named as people and hospitals write them, some names
// needing escapes and one not UTF-8.
json bill_lines(int n, bool with_ratio) {
  static const char* const kNames[] = {"",          "西药费",       "quote \" and \\ backslash",
                                       "tab\there", "\xE5\x8C\xBB", "broken \xE5\x8C",
                                       "床位费",    "\x01control"};
  json lines = json::array();
  for (int i = 0; i < n; ++i) {
    const char* cls = i % 3 == 0 ? "A" : i % 3 == 1 ? "B" : "C";
    json line = {{"amount_fen", 12345 + 98765 * i}, {"class", cls}};
    const char* name = kNames[i % 8];
    if (name[0] != '\0') line["name"] = name;
    if (with_ratio && cls[0] == 'B') line["self_ratio_bp"] = 500 + 1000 * (i % 3);
    lines.push_back(std::move(line));
  }
  return lines;
}

// Each worked estimate as it is, and varied in what changes the answer's shape or figures.
std::vector<json> requests() {
  std::vector<json> out;
  for (const json& base : worked_estimates()) {
    out.push_back(base);
    // Bills of several lengths, with and without their own class-B shares, and as totals.
    for (const int n : {1, 4, 17}) {
      for (const bool ratio : {false, true}) {
        json r = base;
        r["bill"] = {{"lines", bill_lines(n, ratio)}};
        out.push_back(std::move(r));
      }
    }
    {
      json r = base;
      r["bill"] = {{"totals_fen", {{"A", 2500000}, {"B", 700000}, {"C", 30000}}},
                   {"self_ratio_bp", 1500}};
      out.push_back(std::move(r));
    }
    // A year already spent: the deductible met, the fund near or past its cap, later admissions.
    for (const std::int64_t spent : {0LL, 5000000LL, 60000000LL}) {
      json r = base;
      r["year_to_date"] = {{"eligible_fen", spent},
                           {"deductible_paid_fen", spent / 50},
                           {"fund_paid_fen", spent / 2},
                           {"admissions", spent == 0 ? 0 : 2},
                           {"critical_illness_base_fen", spent / 3},
                           {"critical_illness_paid_fen", spent / 10}};
      out.push_back(std::move(r));
    }
    // Every hospital level, and each filing category (and none) where the request files.
    for (const json& level : {json(1), json(2), json(3), json("3_city"), json("3_provincial")}) {
      json r = base;
      if (r.contains("visit") && r["visit"].is_object()) r["visit"]["institution_level"] = level;
      out.push_back(std::move(r));
    }
    for (const char* category : {"none", "long_term_resident", "referral", "other_temporary",
                                 "emergency", "retired_elsewhere"}) {
      json r = base;
      r["filing"] = {{"category", category}, {"filed_on", "2024-12-01"}};
      out.push_back(std::move(r));
    }
    // The person: by age, by birth date, retired.
    for (const char* birth : {"1950-03-01", "1990-07-15", "2018-01-01"}) {
      json r = base;
      if (r.contains("person") && r["person"].is_object()) {
        r["person"].erase("age");
        r["person"]["birth_date"] = birth;
      }
      out.push_back(std::move(r));
    }
    {
      json r = base;
      if (r.contains("person") && r["person"].is_object() &&
          r["person"].value("scheme", "") == "employee") {
        r["person"]["employment"] = "retired";
      }
      out.push_back(std::move(r));
    }
    // An older insured code, which resolves to an ancestor: the answer names the code asked for.
    {
      json r = base;
      if (r.value("insured_region", "") == "110000") r["insured_region"] = "110103";
      out.push_back(std::move(r));
    }
    // Who pays the person's share: the own account, a family member's, the class-C rule known.
    for (int a = 0; a < 4; ++a) {
      json r = base;
      json account = json::object();
      if (a == 0 || a == 2) account["balance_fen"] = a == 0 ? 100000 : 0;
      if (a >= 1) account["family"] = {{"relation", "spouse"}, {"balance_fen", 2000000}};
      if (a == 3) account["pays_class_c"] = true;
      r["account"] = std::move(account);
      out.push_back(std::move(r));
    }
    // Figures the person typed from their notice (they narrow or replace a range).
    for (const json& known :
         {json{{"filing_cut", 1000}}, json{{"deductible", 80000}, {"class_b_first_paid", 1000}},
          json{{"fund_ratio", 7000}}}) {
      json r = base;
      r["known_figures"] = known;
      out.push_back(std::move(r));
    }
  }
  return out;
}

void expect_same_answers(const CoreData& data, std::size_t* answered, std::size_t* ranged,
                         std::size_t* accounts) {
  for (const json& request : requests()) {
    const Result<json> tree = ops::estimate(data, request);
    const Result<std::string> text = text_of(ops::estimate_text, data, request);
    ASSERT_EQ(written(text), dumped(tree)) << request.dump();
    if (!tree) {
      // Refused alike: every error, at the same path.
      ASSERT_EQ(tree.errors().size(), text.errors().size());
      for (std::size_t i = 0; i < tree.errors().size(); ++i) {
        EXPECT_EQ(tree.errors()[i].code, text.errors()[i].code);
        EXPECT_EQ(tree.errors()[i].path, text.errors()[i].path);
      }
      continue;
    }
    ++*answered;
    if (tree->contains("ends")) ++*ranged;
    if (tree->contains("account") ||
        (tree->contains("ends") && tree->at("ends").at("person_pays_most").contains("account"))) {
      ++*accounts;
    }
  }
}

TEST(EstimateText, EveryWorkedEstimateAndItsVariantsIsWrittenAsTheTreeDumps) {
  const CoreData data = load_core_data();
  std::size_t answered = 0;
  std::size_t ranged = 0;
  std::size_t accounts = 0;
  expect_same_answers(data, &answered, &ranged, &accounts);
  // The variants reached every shape of answer, many times over.
  EXPECT_GT(answered, 500u);
  EXPECT_GT(ranged, 50u);
  EXPECT_GT(accounts, 50u);
}

TEST(EstimateText, ANameThatIsNotUtf8IsWrittenAsTheTreeDumpsIt) {
  const CoreData data = load_core_data();
  const std::vector<json> worked = worked_estimates();
  ASSERT_FALSE(worked.empty());
  json r = worked.front();
  // A class-B line with its own share: its name is in the step that takes the share.
  r["bill"] = {
      {"lines",
       {{{"amount_fen", 100000}, {"class", "B"}, {"self_ratio_bp", 1000}, {"name", "bad \xC3"}}}}};
  const Result<json> tree = ops::estimate(data, r);
  ASSERT_TRUE(tree.ok()) << tree.errors().front().code;
  const std::string text = written(text_of(ops::estimate_text, data, r));
  EXPECT_EQ(text, dumped(tree));
  EXPECT_NE(text.find("bad \xEF\xBF\xBD"), std::string::npos);  // U+FFFD, as dump() replaces
}

}  // namespace
}  // namespace medins
