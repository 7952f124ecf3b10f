// Civil dates in the proleptic Gregorian calendar, as ISO 8601 "YYYY-MM-DD" in and out.
// Filing validity, claim deadlines and ages are all counted in civil days and months; time
// zones never enter (the front end supplies "today" as the person's local date).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "medins/result.hpp"

namespace medins {

class Date {
 public:
  // Years 1..9999 only: enough for every policy and birth date, and it keeps ISO text 4 digits.
  static Result<Date> from_ymd(int year, int month, int day, const std::string& path);
  // Strict "YYYY-MM-DD": exactly ten characters, a real calendar day (date.bad_format,
  // date.invalid for 2023-02-29).
  static Result<Date> parse_iso(std::string_view text, const std::string& path);

  // 9999-12-31, the last day this type holds.
  static Date latest() { return Date(9999, 12, 31); }

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }

  std::string to_iso() const;

  // Days since 1970-01-01 (negative before).
  std::int64_t to_days() const;
  static Date from_days(std::int64_t days);

  // Signed number of days from `from` to `to`: days_between(2024-02-28, 2024-03-01) == 2.
  static std::int64_t days_between(Date from, Date to) { return to.to_days() - from.to_days(); }

  Date add_days(std::int64_t days) const { return from_days(to_days() + days); }

  // Adds calendar months; the day is clamped to the end of the target month, as every filing
  // office counts: 2024-01-31 + 1 month == 2024-02-29; 2023-08-31 + 6 months == 2024-02-29.
  // Fails with date.out_of_range outside years 1..9999.
  Result<Date> add_months(int months, const std::string& path) const;

  // Whole years of age on `on` for someone born on `birth` (a 29 February birthday counts as
  // reached on 1 March in non-leap years). Negative if `on` is before `birth`.
  static int age_on(Date birth, Date on);

  friend bool operator==(Date a, Date b) { return a.to_days() == b.to_days(); }
  friend bool operator!=(Date a, Date b) { return !(a == b); }
  friend bool operator<(Date a, Date b) { return a.to_days() < b.to_days(); }
  friend bool operator<=(Date a, Date b) { return a.to_days() <= b.to_days(); }
  friend bool operator>(Date a, Date b) { return b < a; }
  friend bool operator>=(Date a, Date b) { return b <= a; }

  static bool is_leap_year(int year);
  static int days_in_month(int year, int month);

 private:
  Date(int year, int month, int day) : year_(year), month_(month), day_(day) {}
  int year_ = 1970;
  int month_ = 1;
  int day_ = 1;
};

}  // namespace medins
