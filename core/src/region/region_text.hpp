// A region as JSON text, written directly: the same bytes as dumping region_json (keys in
// nlohmann's sorted order, compact), without building a json tree per hit. region.search writes
// its ten answers this way, which was half its time. Internal to the core.
#pragma once

#include <string>

#include "region/region_table.hpp"

namespace medins {

// Appends the region's object, with "match" when `match` is not null.
void append_region_text(std::string& out, const RegionRow& region, const char* match);

}  // namespace medins
