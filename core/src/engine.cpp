#include "medins/engine.hpp"

#include <utility>

#include "core_data.hpp"
#include "dispatch.hpp"
#include "medins/error.hpp"
#include "medins/handle.hpp"

namespace medins {
namespace {

// The answer of an Engine without data (moved from, or out of memory at create()).
std::string no_data() {
  return error_response({make_error("internal.error", "")});
}

}  // namespace

Engine::Engine(std::shared_ptr<const CoreData> data) : data_(std::move(data)) {}

Engine Engine::create() {
  try {
    return Engine(std::make_shared<const CoreData>(load_core_data()));
  } catch (...) {
    // load_core_data() does not throw; only the allocation can, and then there is nothing to
    // answer from.
    return Engine(nullptr);
  }
}

std::string Engine::handle(std::string_view op, std::string_view request_json) const {
  if (data_ == nullptr) return no_data();
  return dispatch::answer_text(*data_, op, request_json);
}

std::string Engine::handle_parsed(std::string_view op, const nlohmann::json& request) const {
  if (data_ == nullptr) return no_data();
  return dispatch::answer_parsed(*data_, op, request);
}

}  // namespace medins
