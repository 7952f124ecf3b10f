// The CLI's batch runner (native/batch.hpp) over a whole JSON Lines stream.
//
// Input: the stream. Invariants: one answer line per input line, in order (getline's count: a
// final line without a newline still counts); every answer keeps the contract; the counts agree
// with the answers (lines, refused = ok:false answers, internal = 0); no answer contains a raw
// newline, which would shift every later answer against its input line.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "batch.hpp"
#include "contract.hpp"
#include "medins/engine.hpp"

using medins::fuzz::fuzz_fail;

namespace {

const medins::Engine& engine() {
  static const medins::Engine instance = medins::Engine::create();
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::istringstream in(input);
  std::ostringstream out;
  const medins::cli::BatchCounts counts = medins::cli::run_batch(engine(), in, out, nullptr);

  std::uint64_t input_lines = 0;
  std::istringstream again(input);
  for (std::string line; std::getline(again, line);) ++input_lines;
  if (counts.lines != input_lines) fuzz_fail("counted lines differ from the input's", input);

  const std::string output = out.str();
  std::istringstream answers(output);
  std::uint64_t lines = 0, refused = 0;
  for (std::string line; std::getline(answers, line); ++lines) {
    const nlohmann::json answer = medins::fuzz::check_answer(line);
    if (!answer["ok"].get<bool>()) ++refused;
  }
  if (lines != input_lines) fuzz_fail("answer lines differ from input lines", output);
  if (!output.empty() && output.back() != '\n') fuzz_fail("output does not end a line", output);
  if (refused != counts.refused) fuzz_fail("refused count differs from ok:false answers", output);
  if (counts.internal != 0) fuzz_fail("internal.error in a batch", output);
  return 0;
}
