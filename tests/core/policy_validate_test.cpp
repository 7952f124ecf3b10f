// The validator on frozen broken fixtures: each file under tests/data/policies/invalid/ is the
// valid fixture with one defect, and must give exactly the listed errors (code and pointer),
// in order. A last test makes sure every policy.* validation code has such a fixture.
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "medins/error.hpp"
#include "policy/policy_json.hpp"
#include "policy/policy_parse.hpp"
#include "policy_test_files.hpp"

namespace medins {
namespace {

using testing::policy_fixture;

std::string as_text(const Errors& errors) {
  std::string out;
  for (const Error& e : errors) out += e.code + " at \"" + e.path + "\"\n";
  return out;
}

const nlohmann::json& index() {
  static const nlohmann::json parsed =
      nlohmann::json::parse(policy_fixture("invalid/expected.json")).at("files");
  return parsed;
}

TEST(PolicyValidate, ValidFixturesLoadWithoutErrors) {
  for (const char* name :
       {"valid/330100-employee.json", "valid/210500-employee-benxi-style-2022.json"}) {
    SCOPED_TRACE(name);
    const nlohmann::json doc = nlohmann::json::parse(policy_fixture(name));
    const std::string expected_path = "policies/" + doc.at("region").get<std::string>() + "/" +
                                      doc.at("scheme").get<std::string>() + ".json";
    Result<Policy> p = load_policy_file(expected_path, policy_fixture(name));
    ASSERT_TRUE(p.ok()) << as_text(p.errors());
  }
}

TEST(PolicyValidate, EveryBrokenFixtureGivesExactlyItsErrors) {
  ASSERT_GE(index().size(), 40u);
  for (const auto& item : index().items()) {
    SCOPED_TRACE(item.key());
    const std::string load_as = item.value().value("load_as", "policies/330100/employee.json");
    Result<Policy> p = load_policy_file(load_as, policy_fixture("invalid/" + item.key()));
    ASSERT_FALSE(p.ok());
    std::string expected;
    for (const auto& e : item.value().at("errors")) {
      expected +=
          e.at("code").get<std::string>() + " at \"" + e.at("path").get<std::string>() + "\"\n";
    }
    EXPECT_EQ(as_text(p.errors()), expected);
  }
}

TEST(PolicyValidate, EveryValidationCodeHasABrokenFixture) {
  std::set<std::string> covered;
  for (const auto& item : index().items()) {
    for (const auto& e : item.value().at("errors")) covered.insert(e.at("code").get<std::string>());
  }
  // Lookup answers, not properties of a document: tested through policy.get.
  const std::set<std::string> lookups = {"policy.not_found", "policy.no_version_on_date"};
  for (const std::string& code : error_codes()) {
    if (code.rfind("policy.", 0) != 0 || lookups.count(code) != 0) continue;
    EXPECT_EQ(covered.count(code), 1u) << code << " has no fixture in tests/data/policies/invalid";
  }
}

TEST(PolicyValidate, ErrorsArePrefixedWithTheBase) {
  nlohmann::json doc = nlohmann::json::parse(policy_fixture("valid/330100-employee.json"));
  doc["versions"][1]["inpatient"]["levels"]["3"]["working"]["bands"][2]["from_fen"] = 4000001;
  Result<Policy> p = parse_policy(doc, "/policy");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(
      as_text(p.errors()),
      "policy.bands_gap at \"/policy/versions/1/inpatient/levels/3/working/bands/2/from_fen\"\n");
}

// Found by tests/fuzz/fuzz_policy: nlohmann throws out_of_range, not parse_error, for a number
// beyond double's range, and it escaped load_policy_file.
TEST(PolicyValidate, ANumberBeyondDoubleIsMalformedNotAnException) {
  Result<Policy> p = load_policy_file("policies/110000/employee.json", R"({"format": 1e400})");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(as_text(p.errors()), "policy.malformed_json at \"\"\n");
}

TEST(PolicyValidate, MessageOfAFloatAmountSaysFen) {
  nlohmann::json doc = nlohmann::json::parse(policy_fixture("valid/330100-employee.json"));
  doc["versions"][0]["inpatient"]["annual_cap_fen"] = 500000.0;
  Result<Policy> p = parse_policy(doc, "");
  ASSERT_FALSE(p.ok());
  ASSERT_EQ(p.errors().size(), 1u);
  EXPECT_EQ(p.errors()[0].en,
            "This policy field has the wrong type. A whole number of fen is expected here "
            "(1,300 yuan is 130000).");
}

TEST(PolicyValidate, ModelHoldsTheFiguresToTheFen) {
  Result<Policy> p = load_policy_file("policies/330100/employee.json",
                                      policy_fixture("valid/330100-employee.json"));
  ASSERT_TRUE(p.ok()) << as_text(p.errors());
  const PolicyVersion& v1 = p->versions.at(1);
  EXPECT_EQ(v1.effective_from->to_iso(), "2025-01-01");
  EXPECT_FALSE(v1.effective_to.has_value());
  const SettingTerms& in = v1.settings.at(Setting::kInpatient);
  const Terms& w = in.levels.at(Level::k3).at(Employment::kWorking);
  ASSERT_EQ(w.deductible_by_admission.size(), 2u);
  EXPECT_EQ(w.deductible_by_admission[0].value.fen(), 120000);
  EXPECT_EQ(w.deductible_by_admission[1].value.fen(), 60000);
  ASSERT_EQ(w.bands.size(), 3u);
  EXPECT_EQ(w.bands[1].from.fen(), 3000000);
  EXPECT_EQ(w.bands[1].to->fen(), 4000000);
  EXPECT_EQ(w.bands[1].fund_ratio, 9100);
  EXPECT_EQ(w.class_b_self_first->value, 1000);
  EXPECT_EQ(*w.class_b_self_first->provenance.confidence, Confidence::kMedium);
  EXPECT_EQ(*w.class_b_self_first->provenance.quote, "乙类药品个人先自付10%（测试用句）。");
  EXPECT_EQ(in.annual_cap->value.fen(), 60000000);
  EXPECT_EQ(in.annual_cap->provenance.source->url, "https://example.invalid/medins/cap");
  EXPECT_EQ(in.filing_cuts.at(FilingCategory::kOtherTemporary).extra_self_first->value, 1000);
  EXPECT_EQ(
      in.out_of_province->applies_to,
      (std::vector<FilingCategory>{FilingCategory::kOtherTemporary, FilingCategory::kUnfiled}));
  EXPECT_EQ(in.critical_illness->threshold->value.fen(), 2000000);
  const Terms& retired = in.levels.at(Level::k3).at(Employment::kRetired);
  EXPECT_FALSE(retired.provenance.source->url.has_value());
  EXPECT_EQ(*retired.provenance.confidence, Confidence::kLow);
}

TEST(PolicyValidate, WritingBackAndReadingAgainGivesTheSameDocument) {
  for (const char* name :
       {"valid/330100-employee.json", "valid/210500-employee-benxi-style-2022.json"}) {
    SCOPED_TRACE(name);
    Result<Policy> first = parse_policy(nlohmann::json::parse(policy_fixture(name)), "");
    ASSERT_TRUE(first.ok()) << as_text(first.errors());
    const nlohmann::json written = policy_to_json(first.value());
    Result<Policy> second = parse_policy(written, "");
    ASSERT_TRUE(second.ok()) << as_text(second.errors());
    EXPECT_EQ(policy_to_json(second.value()), written);
    // Nothing is lost on the way: the canonical form equals the fixture itself.
    EXPECT_EQ(written, nlohmann::json::parse(policy_fixture(name)));
  }
}

}  // namespace
}  // namespace medins
