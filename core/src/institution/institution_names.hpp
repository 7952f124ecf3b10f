// An institution's name or alias as search reads it: the text folded (full-width to ASCII, lower
// case, separators and brackets dropped) and split into characters with their readings, the
// place's own readings applied where the name spells its place (乐亭 laoting). Shared by the index
// (institution_search.cpp) and the tests' reference scan. Internal to the core.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "region/name_match.hpp"

namespace medins {

// Full-width to ASCII, letters to lower case, separators and brackets dropped: the text the
// matcher walks.
std::string institution_search_text(std::string_view name);

// The characters of a search text with their readings; the views point into `text` (keep it) and
// into static reading tables. `region` is the entry's region, whose place names (and those above
// it) take the region table's readings.
std::vector<name_match::NameChar> institution_name_chars(std::string_view text,
                                                         std::int32_t region);

}  // namespace medins
