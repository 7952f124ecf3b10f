// An op's answer as bytes, for tests that hold an answer written as text to the bytes its json
// tree dumps to: the tree dumped as every answer is (compact, broken UTF-8 replaced), the text as
// is, and a refusal as its number of errors and first code, so that two refusals compare too.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "api/core_data.hpp"
#include "api/ops.hpp"
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

// What a text op appends, or its errors. It writes after text already in the buffer (the
// wrapper of the answer, other lines of a batch), which must stay as it was: a changed prefix
// comes back as an error, so that the comparison with the tree fails.
inline Result<std::string> text_of(ops::TextOp op, const CoreData& data,
                                   const nlohmann::json& request) {
  const std::string before = "{\"ok\":true,\"result\":";
  std::string out = before;
  Errors errors = op(data, request, out);
  if (!errors.empty()) return errors;
  if (out.compare(0, before.size(), before) != 0) {
    return Error{"test.prefix_changed", "", out, out};
  }
  return out.substr(before.size());
}

}  // namespace medins::test
