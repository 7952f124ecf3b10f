// The page's door into the core: one function, strings in and out. Nothing is converted here
// beyond what embind does for std::string (UTF-8 both ways), so the page sees exactly the bytes
// the CLI prints.
//
// The core keeps no state, so this layer owns the one Engine (the parsed policies and rules) the
// module answers from, created on the first call: a page that never asks pays nothing, and every
// later request skips the loading.
#include <emscripten/bind.h>

#include <optional>
#include <string>

#include "medins/engine.hpp"
#include "medins/handle.hpp"

namespace {

// The module's engine. Wasm runs the module on one thread, so the lazy creation needs no lock.
std::optional<medins::Engine> engine;

std::string handle_js(const std::string& op, const std::string& request_json) {
  // handle() already turns every failure into a structured answer; this catch is the last line
  // against an exception escaping to JavaScript, where it would arrive as a bare number.
  try {
    if (!engine) engine = medins::Engine::create();
    return engine->handle(op, request_json);
  } catch (...) {
    return medins::error_response({medins::make_error("internal.error", "")});
  }
}

// A portal's designated-institution list, read, checked and indexed once; later
// institutions.search requests without a list of their own search it. Answers as
// institutions.check does; a refused file leaves the list held before (if any) in place.
std::string load_institutions_js(const std::string& file_json) {
  try {
    if (!engine) engine = medins::Engine::create();
    std::string answer;
    engine = engine->with_institutions(file_json, answer);
    return answer;
  } catch (...) {
    return medins::error_response({medins::make_error("internal.error", "")});
  }
}

// One policy file the page fetched from the site (policies/<region>/<scheme>.json; the module
// embeds none), checked by the core's parser and held for later requests. Answers as
// Engine::with_policy; a refused file leaves the policies held before in place.
std::string load_policy_js(const std::string& path, const std::string& file_text) {
  try {
    if (!engine) engine = medins::Engine::create();
    std::string answer;
    engine = engine->with_policy(path, file_text, answer);
    return answer;
  } catch (...) {
    return medins::error_response({medins::make_error("internal.error", "")});
  }
}

std::string version_js() {
  return medins::version();
}

}  // namespace

EMSCRIPTEN_BINDINGS(medins) {
  emscripten::function("handle", &handle_js);
  emscripten::function("version", &version_js);
  emscripten::function("loadInstitutions", &load_institutions_js);
  emscripten::function("loadPolicy", &load_policy_js);
}
