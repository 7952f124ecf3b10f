#include "common/date.hpp"

namespace medins {
namespace {

// Day counting on a year that starts on 1 March, so the leap day is the last day of the year
// and month lengths repeat in a five-month 31/30/31/30/31 pattern. An "era" is 400 years
// (146097 days), after which the Gregorian calendar repeats exactly.
constexpr std::int64_t kDaysPerEra = 146097;
constexpr std::int64_t kDaysFromEraStartTo1970 = 719468;  // 0000-03-01 .. 1970-01-01

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

bool digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

bool Date::is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int Date::days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

Result<Date> Date::from_ymd(int year, int month, int day, const std::string& path) {
  if (year < 1 || year > 9999) return make_error("date.out_of_range", path);
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    return make_error("date.invalid", path);
  }
  return Date(year, month, day);
}

Result<Date> Date::parse_iso(std::string_view text, const std::string& path) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(text.substr(0, 4)) ||
      !digits(text.substr(5, 2)) || !digits(text.substr(8, 2))) {
    return make_error("date.bad_format", path);
  }
  return from_ymd(to_int(text.substr(0, 4)), to_int(text.substr(5, 2)), to_int(text.substr(8, 2)),
                  path);
}

std::string Date::to_iso() const {
  char buffer[11];
  const int parts[3] = {year_, month_, day_};
  const int widths[3] = {4, 2, 2};
  std::size_t pos = 0;
  for (int i = 0; i < 3; ++i) {
    if (i > 0) buffer[pos++] = '-';
    int v = parts[i];
    for (int w = widths[i] - 1; w >= 0; --w) {
      buffer[pos + static_cast<std::size_t>(w)] = static_cast<char>('0' + v % 10);
      v /= 10;
    }
    pos += static_cast<std::size_t>(widths[i]);
  }
  return std::string(buffer, pos);
}

std::int64_t Date::to_days() const {
  const std::int64_t y = year_ - (month_ <= 2 ? 1 : 0);
  const std::int64_t era = floor_div(y, 400);
  const std::int64_t year_of_era = y - era * 400;                             // [0, 399]
  const std::int64_t shifted_month = month_ > 2 ? month_ - 3 : month_ + 9;    // March = 0
  const std::int64_t day_of_year = (153 * shifted_month + 2) / 5 + day_ - 1;  // [0, 365]
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * kDaysPerEra + day_of_era - kDaysFromEraStartTo1970;
}

Date Date::from_days(std::int64_t days) {
  const std::int64_t z = days + kDaysFromEraStartTo1970;
  const std::int64_t era = floor_div(z, kDaysPerEra);
  const std::int64_t day_of_era = z - era * kDaysPerEra;  // [0, 146096]
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t shifted_month = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  const int month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return Date(year, month, day);
}

Result<Date> Date::add_months(int months, const std::string& path) const {
  const std::int64_t index = static_cast<std::int64_t>(year_) * 12 + (month_ - 1) + months;
  const std::int64_t year = floor_div(index, 12);
  const int month = static_cast<int>(index - year * 12) + 1;
  if (year < 1 || year > 9999) return make_error("date.out_of_range", path);
  const int y = static_cast<int>(year);
  const int last = days_in_month(y, month);
  return Date(y, month, day_ < last ? day_ : last);
}

int Date::age_on(Date birth, Date on) {
  int age = on.year_ - birth.year_;
  const bool before_birthday =
      on.month_ < birth.month_ || (on.month_ == birth.month_ && on.day_ < birth.day_);
  if (before_birthday) --age;
  return age;
}

}  // namespace medins
