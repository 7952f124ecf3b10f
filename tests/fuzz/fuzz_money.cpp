// Money::parse_yuan on whatever people type, and the checked arithmetic on whatever it yields.
//
// Invariants: a failure carries catalogued errors; a parsed amount prints (to_yuan_string) as
// text that parses back to the same fen; and plus/minus/times_bp agree with exact 128-bit
// arithmetic, failing with money.overflow exactly when the exact result leaves int64.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

#include "common/money.hpp"
#include "contract.hpp"

namespace {

using medins::Money;
using medins::fuzz::fuzz_fail;

void check_round_trip(Money m) {
  const std::string printed = m.to_yuan_string();
  const auto again = Money::parse_yuan(printed, "");
  if (!again) fuzz_fail("to_yuan_string output does not parse", printed);
  if (again->fen() != m.fen()) fuzz_fail("parse(to_yuan_string(m)) != m", printed);
}

bool fits(__int128 v) {
  return v >= std::numeric_limits<std::int64_t>::min() &&
         v <= std::numeric_limits<std::int64_t>::max();
}

void check_result(const medins::Result<Money>& r, __int128 exact, const char* what) {
  if (fits(exact)) {
    if (!r) fuzz_fail(what, "refused an amount that fits int64");
    if (r->fen() != static_cast<std::int64_t>(exact)) fuzz_fail(what, "wrong result");
  } else if (r || r.errors().size() != 1 || r.errors()[0].code != "money.overflow") {
    fuzz_fail(what, "overflow not reported as money.overflow");
  }
}

// Half away from zero to the fen, as documented in money.hpp.
__int128 exact_times_bp(std::int64_t fen, std::int32_t bp) {
  const __int128 p = static_cast<__int128>(fen) * bp;
  const __int128 magnitude = p < 0 ? -p : p;
  const __int128 rounded = magnitude / 10000 + (magnitude % 10000 >= 5000 ? 1 : 0);
  return p < 0 ? -rounded : rounded;
}

void check_arithmetic(Money a, std::int64_t other_fen, std::int32_t bp) {
  const Money b = Money::from_fen(other_fen);
  check_result(a.plus(b, ""), static_cast<__int128>(a.fen()) + b.fen(), "plus");
  check_result(a.minus(b, ""), static_cast<__int128>(a.fen()) - b.fen(), "minus");
  // times_bp fails when the intermediate fen * bp leaves int64, even if the rounded result
  // would fit; that is its documented contract, so the expectation follows it.
  const __int128 product = static_cast<__int128>(a.fen()) * bp;
  const auto times = a.times_bp(bp, "");
  if (fits(product)) {
    check_result(times, exact_times_bp(a.fen(), bp), "times_bp");
  } else if (times) {
    fuzz_fail("times_bp", "an int64 overflow of fen * bp went unreported");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = Money::parse_yuan(text, "/amount");
  if (!parsed) {
    medins::fuzz::check_errors(parsed.errors());
    for (const auto& e : parsed.errors()) {
      if (e.path != "/amount") fuzz_fail("money error not at the given path", e.path);
    }
  } else {
    check_round_trip(*parsed);
  }

  // The first 12 bytes also serve as raw operands, so the arithmetic sees every int64 (the
  // parser alone rarely reaches the extremes).
  if (size >= 12) {
    std::int64_t fen = 0;
    std::int32_t bp = 0;
    std::memcpy(&fen, data, sizeof fen);
    std::memcpy(&bp, data + 8, sizeof bp);
    const Money m = Money::from_fen(fen);
    check_round_trip(m);
    check_arithmetic(m, parsed ? parsed->fen() : fen / 3, bp);
  }
  return 0;
}
