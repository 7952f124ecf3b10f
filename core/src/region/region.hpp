// The region registry: code -> division, its path 省 › 市 › 区县, and how two places relate
// (same city, same province, another province), which decides most cross-region rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "medins/result.hpp"
#include "region/region_table.hpp"

namespace medins {

const char* region_level_name(RegionLevel level);  // "province" | "prefecture" | "county"

// The division with exactly this code, or nullptr.
const RegionRow* find_region(std::int32_t code);

// The province first, the region itself last.
std::vector<const RegionRow*> region_path(const RegionRow& region);

// "北京市 › 朝阳区": the path's names joined with " › ".
std::string region_full_name(const RegionRow& region);

// In English: "Shenzhen (深圳市)", the Chinese kept in brackets so it can be matched with what
// officials and signs show; just "深圳市" where there is no certain English name.
std::string region_name_en(const RegionRow& region);

// "Shenzhen (深圳市), Guangdong": the region's English name, then its ancestors from the nearest
// up, by their English names (their Chinese names where there is none).
std::string region_full_name_en(const RegionRow& region);

// The prefecture-level unit a region belongs to, for "same city" questions: its prefecture, or
// the municipality for a municipal district, or itself for a province-direct county (济源市)
// and for a prefecture. nullptr for a province other than a municipality.
const RegionRow* region_city(const RegionRow& region);

struct ResolvedRegion {
  const RegionRow* region;  // never null on success
  bool exact;               // false when an older code resolved to an ancestor
};

// Resolves a 6-digit code as written in a request. Codes from older lists (as in ID numbers
// issued before a district was merged) that are not in the 2024 table resolve to their
// prefecture (PPCC00) or province (PP0000) when those exist, with exact = false.
// Errors: region.bad_code (not 6 digits), region.unknown (not even the province exists).
Result<ResolvedRegion> resolve_region(std::string_view code, const std::string& path);

enum class RegionRelation { kSameRegion, kSamePrefecture, kInProvince, kCrossProvince };
const char* region_relation_name(RegionRelation relation);
RegionRelation relate_regions(const RegionRow& a, const RegionRow& b);

}  // namespace medins
