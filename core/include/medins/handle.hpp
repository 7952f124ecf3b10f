// The one entry point every front end (CLI, wasm, tests) calls.
//
//   handle("id.check", R"({"id":"11010519491231002X","as_of":"2026-11-25"})")
//     -> {"ok":true,"result":{...}}
//     -> {"ok":false,"errors":[{"code":...,"path":...,"message":{"zh-CN":...,"en":...}}]}
//
// It never throws and never crashes on bad input: malformed JSON, wrong types, unknown ops and
// oversized requests all come back as errors. The output is deterministic (object keys sorted,
// UTF-8, no insignificant whitespace), so native and wasm answers compare byte for byte.
//
// handle() loads the shipped data (policies, filing and eligibility rules) afresh on every call,
// since the core keeps nothing between calls: fine for one request, slow for many. A front end
// that answers more than one request holds a medins::Engine (engine.hpp) and calls its handle(),
// which gives the same answers byte for byte from data loaded once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "medins/error.hpp"

namespace medins {

// Requests larger than this are refused unread (request.too_large). Far above any real request,
// small enough that a pasted file cannot exhaust a phone's memory.
constexpr std::size_t kMaxRequestBytes = 1 << 20;

// Requests nested deeper than this (arrays and objects inside each other) are refused unread
// (request.too_deep). No real request goes past 6; a limit keeps every later step (reading,
// writing answers back) safe from stack exhaustion, which matters most in wasm.
constexpr std::size_t kMaxRequestDepth = 64;

// Whether JSON text nests arrays/objects deeper than `max`, by one scan that skips strings.
// Malformed text is left to the parser; this only counts brackets.
bool json_nesting_exceeds(std::string_view text, std::size_t max);

std::string handle(std::string_view op, std::string_view request_json);

// The {"ok":false,"errors":[...]} answer for errors a front end finds itself (for example a
// file it cannot read), formatted exactly as handle() formats its own.
std::string error_response(const std::vector<Error>& errors);

// The operations handle() knows, in a stable order.
std::vector<std::string> op_names();

struct OpSummary {
  std::string name;
  std::string summary;  // one line in English, for `medins help`
};
std::vector<OpSummary> op_summaries();

// The core's version, as in the root CMakeLists.txt project() line.
const char* version();

}  // namespace medins
