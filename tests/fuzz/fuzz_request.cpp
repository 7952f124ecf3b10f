// Every op's request, through medins::Engine as the front ends call it.
//
// Input: the first byte picks the op (modulo the number of ops, in op_names() order), the rest is
// the request text. Invariants: the answer keeps the contract (contract.hpp); a listed op is
// never answered request.unknown_op; and the text path agrees byte for byte with
// the parsed path (Engine::handle_parsed) whenever the text is JSON, because the CLI's batch
// mode takes the parsed path and the page the text path.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "contract.hpp"
#include "medins/engine.hpp"
#include "medins/handle.hpp"
#include "medins/handle_parsed.hpp"

namespace {

// Built once: the fuzzer runs millions of inputs, and Engine is immutable after create().
const medins::Engine& engine() {
  static const medins::Engine instance = medins::Engine::create();
  return instance;
}

const std::vector<std::string>& ops() {
  static const std::vector<std::string> names = medins::op_names();
  return names;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // scripts/fuzz and the seed step need the op order to write seeds: print it on request.
  if (std::getenv("MEDINS_FUZZ_PRINT_OPS") != nullptr) {
    for (const std::string& op : ops()) std::printf("%s\n", op.c_str());
    std::exit(0);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string& op = ops()[data[0] % ops().size()];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  const std::string answer = engine().handle(op, text);
  const nlohmann::json parsed_answer = medins::fuzz::check_answer(answer);
  if (!parsed_answer["ok"].get<bool>() &&
      parsed_answer["errors"][0]["code"] == "request.unknown_op") {
    medins::fuzz::fuzz_fail("a listed op answered request.unknown_op", op);
  }

  if (text.size() <= medins::kMaxRequestBytes && !medins::nul_byte_at(text)) {
    const nlohmann::json request = nlohmann::json::parse(text, nullptr, false);
    if (!request.is_discarded()) {
      const std::string via_parsed = engine().handle_parsed(op, request);
      if (via_parsed != answer) {
        medins::fuzz::fuzz_fail("handle and handle_parsed disagree", answer + "\n  " + via_parsed);
      }
    }
  }
  return 0;
}
