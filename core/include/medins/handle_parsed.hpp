// handle() for a request that is already parsed: the batch runner reads each JSON Lines record
// once and hands its "request" over without printing and re-parsing it. Same answers, byte for
// byte, as handle() on the request's text. Like handle() it loads the shipped data on every
// call; Engine::handle_parsed() (engine.hpp) answers from data loaded once.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace medins {

std::string handle_parsed(std::string_view op, const nlohmann::json& request);

// Where the first NUL byte of a request text is, if any. A NUL makes text not JSON (JSON allows
// none outside strings, and inside strings only escaped), but nlohmann's lexer takes a NUL as
// the end of the input: "1\0{garbage" would read as 1. Every reader of request text (handle,
// the batch runner, the fuzz harness) refuses such text before parsing.
std::optional<std::size_t> nul_byte_at(std::string_view text);

}  // namespace medins
