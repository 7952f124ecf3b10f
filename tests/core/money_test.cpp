#include "common/money.hpp"

#include <cstdint>
#include <limits>
#include <utility>

#include <gtest/gtest.h>

namespace medins {
namespace {

std::int64_t fen_of(const char* text) {
  Result<Money> m = Money::parse_yuan(text, "/amount");
  EXPECT_TRUE(m.ok()) << text;
  return m ? m->fen() : -1;
}

std::string code_of(const char* text) {
  Result<Money> m = Money::parse_yuan(text, "/amount");
  EXPECT_FALSE(m.ok()) << text;
  if (m) return "";
  EXPECT_EQ(m.errors().at(0).path, "/amount");
  return m.errors().at(0).code;
}

// What people type (plain and decimal yuan, thousands separators, full-width digits from
// Chinese input methods, currency marks), and the fen it is read as.
TEST(MoneyParse, ReadsWhatPeopleType) {
  const std::pair<const char*, std::int64_t> typed[] = {
      {"1234.5", 123450},   {"1234.56", 123456},
      {"0.01", 1},          {"0", 0},
      {"  12.30 ", 1230},   {"-5", -500},
      {"1,234.50", 123450}, {"12,345,678", 1234567800},
      {"１２３４", 123400}, {"１，２３４．５", 123450},
      {"¥1234", 123400},    {"￥88.8", 8880},
      {"300元", 30000},
  };
  for (const auto& [text, fen] : typed) EXPECT_EQ(fen_of(text), fen) << text;
}

// What cannot be read exactly is refused, with the code that says why.
TEST(MoneyParse, RefusesWhatItCannotReadExactly) {
  const std::pair<const char*, const char*> refused[] = {
      {"12,34", "money.bad_grouping"},
      {"1234,567", "money.bad_grouping"},
      {",123", "money.bad_grouping"},
      {"1,,234", "money.bad_grouping"},
      {"", "money.empty"},
      {"   ", "money.empty"},
      {"1.234", "money.too_precise"},
      {"12a", "money.bad_format"},
      {"1.", "money.bad_format"},
      {".5", "money.bad_format"},
      {"1e5", "money.bad_format"},
      {"--1", "money.bad_format"},
      {"一百", "money.bad_format"},
  };
  for (const auto& [text, code] : refused) EXPECT_EQ(code_of(text), code) << text;
}

TEST(MoneyParse, OverflowIsAnErrorNotAWrap) {
  // INT64_MAX fen is 92233720368547758.07 yuan.
  EXPECT_EQ(fen_of("92233720368547758.07"), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(code_of("92233720368547758.08"), "money.overflow");
  EXPECT_EQ(code_of("999999999999999999999"), "money.overflow");
}

// Found by tests/fuzz/fuzz_money: INT64_MIN fen printed as text that did not parse back.
TEST(MoneyParse, EveryPrintedAmountParsesBack) {
  EXPECT_EQ(fen_of("-92233720368547758.08"), std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(code_of("-92233720368547758.09"), "money.overflow");
  EXPECT_EQ(fen_of("-92233720368547758.07"), -std::numeric_limits<std::int64_t>::max());
}

TEST(MoneyFormat, TwoDecimalsAlways) {
  EXPECT_EQ(Money::from_fen(123450).to_yuan_string(), "1234.50");
  EXPECT_EQ(Money::from_fen(7).to_yuan_string(), "0.07");
  EXPECT_EQ(Money::from_fen(-7).to_yuan_string(), "-0.07");
  EXPECT_EQ(Money::from_fen(std::numeric_limits<std::int64_t>::min()).to_yuan_string(),
            "-92233720368547758.08");
}

TEST(MoneyFormat, AppendedAfterWhatTheTextHolds) {
  std::string text = "total ";
  Money::from_fen(std::numeric_limits<std::int64_t>::max()).append_yuan(text);
  text += ", ";
  Money::from_fen(-100).append_yuan(text);
  EXPECT_EQ(text, "total 92233720368547758.07, -1.00");
}

TEST(MoneyTimesBp, RoundsHalfUpToTheFen) {
  // 123.45 yuan * 33.33% = 41.145885 yuan -> 41.15
  EXPECT_EQ(Money::from_fen(12345).times_bp(3333, "/x")->fen(), 4115);
  // 0.05 yuan * 10% = 0.005 yuan: exactly half a fen rounds up.
  EXPECT_EQ(Money::from_fen(5).times_bp(1000, "/x")->fen(), 1);
  // 0.04 yuan * 10% = 0.004 yuan rounds down.
  EXPECT_EQ(Money::from_fen(4).times_bp(1000, "/x")->fen(), 0);
  // Negative amounts round half away from zero, mirroring positives.
  EXPECT_EQ(Money::from_fen(-5).times_bp(1000, "/x")->fen(), -1);
  EXPECT_EQ(Money::from_fen(10000).times_bp(10000, "/x")->fen(), 10000);
  EXPECT_EQ(Money::from_fen(10000).times_bp(0, "/x")->fen(), 0);
}

TEST(MoneyTimesBp, OverflowIsAnError) {
  Result<Money> r =
      Money::from_fen(std::numeric_limits<std::int64_t>::max() / 2).times_bp(7000, "/fund");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.errors().at(0).code, "money.overflow");
  EXPECT_EQ(r.errors().at(0).path, "/fund");
}

TEST(MoneyArithmetic, CheckedPlusAndMinus) {
  EXPECT_EQ(Money::from_fen(150).plus(Money::from_fen(250), "/x")->fen(), 400);
  EXPECT_EQ(Money::from_fen(150).minus(Money::from_fen(250), "/x")->fen(), -100);
  const Money max = Money::from_fen(std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(max.plus(Money::from_fen(1), "/x").errors().at(0).code, "money.overflow");
  const Money min = Money::from_fen(std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(min.minus(Money::from_fen(1), "/x").errors().at(0).code, "money.overflow");
}

}  // namespace
}  // namespace medins
