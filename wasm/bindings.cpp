// The page's door into the core: one function, strings in and out. Nothing is converted here
// beyond UTF-8 both ways (embind's std::string on the way in, TextDecoder on the way out: to_js),
// so the page sees exactly the bytes the CLI prints.
//
// The core keeps no state, so this layer owns the one Engine (the parsed policies and rules) the
// module answers from, created on the first call: a page that never asks pays nothing, and every
// later request skips the loading.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <optional>
#include <string>

#include "medins/engine.hpp"
#include "medins/handle.hpp"

namespace {

// The module's engine. Wasm runs the module on one thread, so the lazy creation needs no lock.
std::optional<medins::Engine> engine;

// An answer handed to JavaScript as a string, decoded by the one TextDecoder straight from the
// module's memory. embind's own std::string return walks every byte twice in JavaScript looking
// for NUL bytes (it splits the text at each one) before decoding, then frees a copy it asked for:
// for the 23 KB filing.plan answer that was a third of the request's time in Node
// (docs/performance.md, "The answer's way to JavaScript"). An answer is JSON as the core writes
// it, so it holds no NUL byte (control characters are escaped) and no byte-order mark, and
// decodes to the same string either way.
emscripten::val to_js(const std::string& answer) {
  static const emscripten::val decoder = emscripten::val::global("TextDecoder").new_();
  return decoder.call<emscripten::val>(
      "decode", emscripten::typed_memory_view(
                    answer.size(), reinterpret_cast<const unsigned char*>(answer.data())));
}

std::string handle_text(const std::string& op, const std::string& request_json) {
  // handle() already turns every failure into a structured answer; this catch is the last line
  // against an exception escaping to JavaScript, where it would arrive as a bare number.
  try {
    if (!engine) engine = medins::Engine::create();
    return engine->handle(op, request_json);
  } catch (...) {
    return medins::error_response({medins::make_error("internal.error", "")});
  }
}

emscripten::val handle_js(const std::string& op, const std::string& request_json) {
  return to_js(handle_text(op, request_json));
}

// A portal's designated-institution list, read, checked and indexed once; later
// institutions.search requests without a list of their own search it. Answers as
// institutions.check does; a refused file leaves the list held before (if any) in place.
emscripten::val load_institutions_js(const std::string& file_json) {
  std::string answer;
  try {
    if (!engine) engine = medins::Engine::create();
    engine = engine->with_institutions(file_json, answer);
  } catch (...) {
    answer = medins::error_response({medins::make_error("internal.error", "")});
  }
  return to_js(answer);
}

// One policy file the page fetched from the site (policies/<region>/<scheme>.json; the module
// embeds none), checked by the core's parser and held for later requests. Answers as
// Engine::with_policy; a refused file leaves the policies held before in place.
emscripten::val load_policy_js(const std::string& path, const std::string& file_text) {
  std::string answer;
  try {
    if (!engine) engine = medins::Engine::create();
    engine = engine->with_policy(path, file_text, answer);
  } catch (...) {
    answer = medins::error_response({medins::make_error("internal.error", "")});
  }
  return to_js(answer);
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
