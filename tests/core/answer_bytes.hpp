// An op's answer as bytes, for tests that hold an answer written as text to the bytes its json
// tree dumps to: the tree dumped as every answer is (compact, broken UTF-8 replaced), the text as
// is, and a refusal as its number of errors and first code, so that two refusals compare too.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "medins/result.hpp"

namespace medins::test {

inline std::string dumped(const Result<nlohmann::json>& r) {
  if (!r) return "errors: " + std::to_string(r.errors().size()) + " " + r.errors().front().code;
  return r->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

inline std::string written(const Result<std::string>& r) {
  if (!r) return "errors: " + std::to_string(r.errors().size()) + " " + r.errors().front().code;
  return r.value();
}

}  // namespace medins::test
