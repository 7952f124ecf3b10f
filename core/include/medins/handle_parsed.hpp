// handle() for a request that is already parsed: the batch runner reads each JSON Lines record
// once and hands its "request" over without printing and re-parsing it. Same answers, byte for
// byte, as handle() on the request's text. Like handle() it loads the shipped data on every
// call; Engine::handle_parsed() (engine.hpp) answers from data loaded once.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace medins {

std::string handle_parsed(std::string_view op, const nlohmann::json& request);

}  // namespace medins
