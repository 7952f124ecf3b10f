// Region search as people type it: 朝阳, chaoyang, chao yang, cy, bjcy (北京市 › 朝阳区),
// beijing朝, 110105. Polyphonic characters match every modern reading, so 重庆 is found by
// chongqing, 长沙 by changsha and 厦门 by xiamen.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "medins/result.hpp"
#include "region/region_table.hpp"

namespace medins {

// Exact: the query spells the whole name (or the name without its 省/市/区/县… suffix, or an
// ancestor's name followed by the whole name). Prefix: it spells the beginning. Substring:
// somewhere inside the name. Digits are matched against the code the same way.
enum class RegionMatch { kExact, kPrefix, kSubstring };
const char* region_match_name(RegionMatch match);

struct RegionHit {
  const RegionRow* region;
  RegionMatch match;
};

// Queries are limited to this many letters and characters after normalisation.
constexpr std::size_t kMaxRegionQueryUnits = 48;

// Ranked: exact before prefix before substring; then the higher level (province, prefecture,
// county); then by code. At most `limit` hits.
// Errors (at `path`): region.empty_query (nothing searchable left), region.query_too_long.
Result<std::vector<RegionHit>> search_regions(std::string_view query, std::size_t limit,
                                              const std::string& path);

}  // namespace medins
