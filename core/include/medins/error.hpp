// Structured errors: the only way a failure leaves the core.
//
// Every error has a stable dotted code (listed in docs/errors.md, never reused), a JSON Pointer
// (RFC 6901) to the offending field of the request ("" for the whole request), and a message in
// zh-CN and en so every front end can show it without a catalogue of its own.
#pragma once

#include <string>
#include <vector>

namespace medins {

struct Error {
  std::string code;   // e.g. "id.bad_checksum"
  std::string path;   // JSON Pointer into the request, e.g. "/id"
  std::string zh_cn;  // message shown to people reading Chinese
  std::string en;     // message shown to people reading English
};

using Errors = std::vector<Error>;

// Builds an error from the message catalogue (core/src/messages.cpp) for a known code.
Error make_error(const std::string& code, std::string path);

// Same, with the catalogue message followed by a detail sentence in each language
// (for example which check digit was expected).
Error make_error(const std::string& code, std::string path, const std::string& detail_zh,
                 const std::string& detail_en);

// The codes the catalogue knows, in catalogue order (for docs and tests).
bool is_known_error_code(const std::string& code);
std::vector<std::string> error_codes();

}  // namespace medins
