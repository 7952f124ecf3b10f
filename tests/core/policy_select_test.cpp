// Choosing the version in force on a day: effective_from and effective_to are both inclusive,
// an open end runs forever, an unknown start covers every earlier day.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "policy/policy_parse.hpp"
#include "policy_test_files.hpp"

namespace medins {
namespace {

Date day(const char* iso) {
  return Date::parse_iso(iso, "").value();
}

Policy fixture(const char* name) {
  return parse_policy(nlohmann::json::parse(testing::policy_fixture(name)), "").value();
}

// Which version (by index) is in force, -1 for none.
int version_index(const Policy& p, const char* iso) {
  const PolicyVersion* v = version_on(p, day(iso));
  return v == nullptr ? -1 : static_cast<int>(v - p.versions.data());
}

TEST(PolicySelect, BoundariesAreInclusive) {
  const Policy p = fixture("valid/330100-employee.json");
  EXPECT_EQ(version_index(p, "2023-12-31"), -1);  // before the first version
  EXPECT_EQ(version_index(p, "2024-01-01"), 0);   // effective_from of version 0
  EXPECT_EQ(version_index(p, "2024-07-15"), 0);
  EXPECT_EQ(version_index(p, "2024-12-31"), 0);  // effective_to of version 0
  EXPECT_EQ(version_index(p, "2025-01-01"), 1);  // effective_from of version 1
  EXPECT_EQ(version_index(p, "9999-12-31"), 1);  // open end
}

TEST(PolicySelect, GapBetweenVersionsHasNoVersion) {
  nlohmann::json doc = nlohmann::json::parse(testing::policy_fixture("valid/330100-employee.json"));
  doc["versions"][1]["effective_from"] = "2025-03-01";
  const Policy p = parse_policy(doc, "").value();
  EXPECT_EQ(version_index(p, "2025-01-01"), -1);
  EXPECT_EQ(version_index(p, "2025-02-28"), -1);
  EXPECT_EQ(version_index(p, "2025-03-01"), 1);
}

TEST(PolicySelect, UnknownStartCoversEveryEarlierDay) {
  const Policy p = fixture("valid/210500-employee-benxi-style-2022.json");
  EXPECT_EQ(version_index(p, "1990-01-01"), 0);
  EXPECT_EQ(version_index(p, "2026-03-01"), 0);
  EXPECT_FALSE(p.versions[0].dates_confirmed);
}

TEST(PolicySelect, UnknownStartWithAKnownEnd) {
  nlohmann::json doc =
      nlohmann::json::parse(testing::policy_fixture("valid/210500-employee-benxi-style-2022.json"));
  doc["versions"][0]["effective_to"] = "2022-12-31";
  const Policy p = parse_policy(doc, "").value();
  EXPECT_EQ(version_index(p, "2022-12-31"), 0);
  EXPECT_EQ(version_index(p, "2023-01-01"), -1);
}

}  // namespace
}  // namespace medins
