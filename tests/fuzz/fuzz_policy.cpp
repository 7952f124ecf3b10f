// The policy file loader (policy_parse.hpp): files a portal wrote, or a person typed from a
// notice, read as the core reads data/policies/ and the policy.validate request.
//
// Input: the file text. Invariants: a refusal carries catalogued errors with JSON Pointer paths;
// text that is not JSON is refused as policy.malformed_json; an accepted policy written back
// (policy_to_json) reads again to a policy that writes back identically, because the policy.*
// answers show the written-back form and it has to mean what the file meant.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "contract.hpp"
#include "policy/policy_json.hpp"
#include "policy/policy_parse.hpp"

using medins::fuzz::fuzz_fail;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const nlohmann::json document = nlohmann::json::parse(text, nullptr, false);

  // The file path is derived from the document, so a well-placed file reaches the checks behind
  // policy.file_mismatch; a document without region or scheme gets a fixed place.
  std::string region = "110000", scheme = "employee";
  if (!document.is_discarded() && document.is_object()) {
    const auto r = document.find("region"), s = document.find("scheme");
    if (r != document.end() && r->is_string()) region = r->get<std::string>();
    if (s != document.end() && s->is_string()) scheme = s->get<std::string>();
  }
  const auto loaded = medins::load_policy_file("policies/" + region + "/" + scheme + ".json", text);
  if (!loaded) {
    medins::fuzz::check_errors(loaded.errors());
    if (document.is_discarded() && loaded.errors()[0].code != "policy.malformed_json") {
      fuzz_fail("text that is not JSON was not refused as malformed", loaded.errors()[0].code);
    }
  } else if (document.is_discarded()) {
    fuzz_fail("text that is not JSON was accepted", text);
  }
  if (document.is_discarded()) return 0;

  const auto parsed = medins::parse_policy(document, "/policy");
  if (!parsed) {
    medins::fuzz::check_errors(parsed.errors());
    for (const auto& e : parsed.errors()) {
      if (e.path.rfind("/policy", 0) != 0) fuzz_fail("policy error outside its base", e.path);
    }
    return 0;
  }
  const nlohmann::json written = medins::policy_to_json(parsed.value());
  const auto reread = medins::parse_policy(written, "");
  if (!reread) fuzz_fail("a written-back policy does not read", written.dump());
  if (medins::policy_to_json(reread.value()) != written) {
    fuzz_fail("policy_to_json(parse_policy(policy_to_json(p))) differs", written.dump());
  }
  return 0;
}
