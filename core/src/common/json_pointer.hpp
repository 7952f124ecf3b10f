// JSON Pointer building (RFC 6901): request paths in errors must point at real fields even when
// a key contains "/" or "~".
#pragma once

#include <string>
#include <string_view>

namespace medins {

// Appends one reference token to a pointer: join("/a", "b/c") == "/a/b~1c".
std::string pointer_join(std::string_view base, std::string_view token);
std::string pointer_join(std::string_view base, std::size_t index);

}  // namespace medins
