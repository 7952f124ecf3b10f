// A region as JSON text, written directly: the same bytes as dumping region_json (keys in
// nlohmann's sorted order, compact), without building a json tree per hit. region.search writes
// its ten answers this way, which was half its time. Internal to the core.
#pragma once

#include <string>
#include <string_view>

#include "region/region.hpp"
#include "region/region_table.hpp"

namespace medins {

// Appends the region's object, with "match" when `match` is not null.
void append_region_text(std::string& out, const RegionRow& region, const char* match);

// With "exact" and, when not exact, "requested_code": the bytes of dumping resolved_region_json.
void append_resolved_region_text(std::string& out, const ResolvedRegion& resolved,
                                 std::string_view requested);

// Both of the above: "exact" when `exact` is not null, "requested_code" (JSON text) when
// `requested_code` is not null.
void append_region_text(std::string& out, const RegionRow& region, const char* match,
                        const bool* exact, const std::string* requested_code);

}  // namespace medins
