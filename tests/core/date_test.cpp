#include "common/date.hpp"

#include <utility>

#include <gtest/gtest.h>

namespace medins {
namespace {

Date d(const char* iso) {
  Result<Date> r = Date::parse_iso(iso, "/d");
  EXPECT_TRUE(r.ok()) << iso;
  return r ? r.value() : Date::latest();
}

std::string code_of(const char* iso) {
  Result<Date> r = Date::parse_iso(iso, "/d");
  EXPECT_FALSE(r.ok()) << iso;
  return r ? "" : r.errors().at(0).code;
}

TEST(DateIso, RoundTrips) {
  for (const char* iso : {"1949-12-31", "2024-02-29", "0001-01-01", "9999-12-31", "1970-01-01"}) {
    EXPECT_EQ(d(iso).to_iso(), iso);
  }
}

TEST(DateIso, RefusesBadText) {
  const std::pair<const char*, const char*> refused[] = {
      {"2024-2-29", "date.bad_format"},    {"2024/02/29", "date.bad_format"},
      {"20240229", "date.bad_format"},     {"", "date.bad_format"},
      {"2023-02-29", "date.invalid"},      {"1900-02-29", "date.invalid"},  // century, not leap
      {"2024-13-01", "date.invalid"},      {"2024-04-31", "date.invalid"},
      {"0000-01-01", "date.out_of_range"},
  };
  for (const auto& [iso, code] : refused) EXPECT_EQ(code_of(iso), code) << iso;
}

TEST(DateDays, DaysBetweenAcrossLeapDaysAndCenturies) {
  EXPECT_EQ(d("1970-01-01").to_days(), 0);
  EXPECT_EQ(Date::days_between(d("2024-02-28"), d("2024-03-01")), 2);
  EXPECT_EQ(Date::days_between(d("2023-02-28"), d("2023-03-01")), 1);
  EXPECT_EQ(Date::days_between(d("2000-01-01"), d("2001-01-01")), 366);
  EXPECT_EQ(Date::days_between(d("1900-01-01"), d("1901-01-01")), 365);
  EXPECT_EQ(Date::days_between(d("2026-11-25"), d("2026-01-01")), -328);
  // Every day from 1600 to 2400 survives to_days/from_days.
  for (std::int64_t n = d("1600-01-01").to_days(); n <= d("2400-12-31").to_days(); ++n) {
    ASSERT_EQ(Date::from_days(n).to_days(), n);
  }
}

TEST(DateMonths, AddMonthsClampsToTheEndOfTheMonth) {
  EXPECT_EQ(d("2024-01-31").add_months(1, "/d")->to_iso(), "2024-02-29");
  EXPECT_EQ(d("2023-01-31").add_months(1, "/d")->to_iso(), "2023-02-28");
  EXPECT_EQ(d("2023-08-31").add_months(6, "/d")->to_iso(), "2024-02-29");
  EXPECT_EQ(d("2026-05-15").add_months(6, "/d")->to_iso(), "2026-11-15");
  EXPECT_EQ(d("2026-03-31").add_months(-1, "/d")->to_iso(), "2026-02-28");
  EXPECT_EQ(d("2026-01-15").add_months(-13, "/d")->to_iso(), "2024-12-15");
  EXPECT_EQ(d("9999-12-01").add_months(1, "/d").errors().at(0).code, "date.out_of_range");
}

TEST(DateAge, WholeYears) {
  EXPECT_EQ(Date::age_on(d("1949-12-31"), d("2026-11-25")), 76);
  EXPECT_EQ(Date::age_on(d("1949-12-31"), d("2026-12-31")), 77);
  EXPECT_EQ(Date::age_on(d("1949-12-31"), d("2026-12-30")), 76);
  // Born on a leap day: the birthday counts from 1 March in other years.
  EXPECT_EQ(Date::age_on(d("2004-02-29"), d("2022-02-28")), 17);
  EXPECT_EQ(Date::age_on(d("2004-02-29"), d("2022-03-01")), 18);
  EXPECT_EQ(Date::age_on(d("2004-02-29"), d("2024-02-29")), 20);
}

}  // namespace
}  // namespace medins
