// Money: an amount in integer fen (1 yuan = 100 fen). Every figure the core computes is exact to
// the fen; there is no floating point anywhere in money arithmetic.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "medins/result.hpp"

namespace medins {

// A ratio in basis points: 10000 bp = 100%. Policy ratios (70%, 85.5%) are exact in bp.
using BasisPoints = std::int32_t;

class Money {
 public:
  constexpr Money() = default;
  static constexpr Money from_fen(std::int64_t fen) { return Money(fen); }

  // Parses a yuan amount as people write it:
  //   "1234.5", "1,234.50", "¥1234", "1234元", " 12.30 ", "-5"
  // Full-width digits and punctuation ("１２３４．５０", "，") are normalised to ASCII first,
  // because Chinese input methods produce them and rejecting them would confuse people.
  // Rejected with a structured error (code, at `path`): empty input, more than two decimals
  // (money.too_precise: we never round what a person typed), thousands separators in the wrong
  // places (money.bad_grouping), any other character (money.bad_format), and amounts beyond
  // int64 fen (money.overflow).
  static Result<Money> parse_yuan(std::string_view text, const std::string& path);

  constexpr std::int64_t fen() const { return fen_; }

  // "1234.50" style, always two decimals, "-" for negatives, no grouping: a stable form for JSON.
  std::string to_yuan_string() const;
  // The same text appended to `out`: no string of its own (an estimate's explanation writes a
  // few dozen amounts).
  void append_yuan(std::string& out) const;

  // Checked arithmetic: overflow is an error (money.overflow), never a wrap.
  Result<Money> plus(Money other, const std::string& path) const;
  Result<Money> minus(Money other, const std::string& path) const;

  // Multiplies by a ratio in basis points and rounds half-up to the fen (half away from zero
  // for negative amounts, so that -x * r == -(x * r)). 12345 fen * 3333 bp = 4114.5885 -> 4115.
  Result<Money> times_bp(BasisPoints bp, const std::string& path) const;

  friend constexpr bool operator==(Money a, Money b) { return a.fen_ == b.fen_; }
  friend constexpr bool operator!=(Money a, Money b) { return a.fen_ != b.fen_; }
  friend constexpr bool operator<(Money a, Money b) { return a.fen_ < b.fen_; }
  friend constexpr bool operator<=(Money a, Money b) { return a.fen_ <= b.fen_; }
  friend constexpr bool operator>(Money a, Money b) { return a.fen_ > b.fen_; }
  friend constexpr bool operator>=(Money a, Money b) { return a.fen_ >= b.fen_; }

 private:
  constexpr explicit Money(std::int64_t fen) : fen_(fen) {}
  std::int64_t fen_ = 0;
};

}  // namespace medins
