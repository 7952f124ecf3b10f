// From an op name and a request to the whole JSON answer, with the data the ops read: the body
// of Engine::handle() and Engine::handle_parsed() (handle.cpp holds the op table). Internal to
// the core.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "api/core_data.hpp"

namespace medins::dispatch {

// Never throw: every failure comes back as a structured answer.
std::string answer_text(const CoreData& data, std::string_view op, std::string_view request_json);
// Appends the answer to `out`, leaving what it held before untouched.
void append_answer_parsed(std::string& out, const CoreData& data, std::string_view op,
                          const nlohmann::json& request);

}  // namespace medins::dispatch
