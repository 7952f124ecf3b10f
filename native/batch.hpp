// medins batch: JSON Lines in ({"op": ..., "request": {...}} per line), one response per line
// out, in order. A pure streaming filter: no state between lines (the engine's data is read,
// never changed) and constant memory, so it can be split across processes (GNU parallel --pipe
// --keep-order) or run as a streaming stage.
#pragma once

#include <cstdint>
#include <iosfwd>

#include "medins/engine.hpp"

namespace medins::cli {

struct BatchCounts {
  std::uint64_t lines = 0;
  std::uint64_t refused = 0;   // answered with ok: false (bad line, or the op refused the input)
  std::uint64_t internal = 0;  // answered with internal.error
};

// Reads `in` to its end, answering every line with `engine` (created once by the caller, so the
// shipped data is not loaded again per line). When `progress` is set, writes a progress line to
// it now and then (the CLI sets it only when standard error is a terminal).
BatchCounts run_batch(const Engine& engine, std::istream& in, std::ostream& out,
                      std::ostream* progress);

}  // namespace medins::cli
