// How a region appears in every answer that names one: code, name, level, path, full name.
// Internal to the core.
#pragma once

#include <nlohmann/json.hpp>

#include "region/region.hpp"

namespace medins {

nlohmann::json region_json(const RegionRow& region);

// region_json plus "exact" and, when an older code resolved to an ancestor, "requested_code".
nlohmann::json resolved_region_json(const ResolvedRegion& resolved, std::string_view requested);

}  // namespace medins
