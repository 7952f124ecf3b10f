// Small text helpers shared by parsers of what people type.
#pragma once

#include <string>
#include <string_view>

namespace medins {

// Maps full-width ASCII variants (U+FF01..U+FF5E, e.g. "１２３４", "ｘ", "．") and the
// ideographic space U+3000 to their ASCII counterparts; everything else is copied unchanged.
// Chinese input methods emit these forms, and they mean the same thing to the person typing.
std::string normalise_full_width(std::string_view text);

// Removes leading and trailing ASCII whitespace.
std::string_view trim_ascii(std::string_view text);

}  // namespace medins
