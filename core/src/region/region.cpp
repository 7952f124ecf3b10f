#include "region/region.hpp"

#include <algorithm>

#include "common/enum_names.hpp"

namespace medins {
namespace {

bool six_digits(std::string_view s) {
  return s.size() == 6 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

const char* region_level_name(RegionLevel level) {
  static constexpr const char* kNames[] = {"province", "prefecture", "county"};
  return enum_name(level, kNames);
}

const RegionRow* find_region(std::int32_t code) {
  const RegionTable table = region_table();
  const RegionRow* it =
      std::lower_bound(table.begin(), table.end(), code,
                       [](const RegionRow& row, std::int32_t c) { return row.code < c; });
  return it != table.end() && it->code == code ? it : nullptr;
}

std::vector<const RegionRow*> region_path(const RegionRow& region) {
  std::vector<const RegionRow*> path{&region};
  // The table is checked at generation time: every parent exists, and chains are at most 3 long.
  for (const RegionRow* r = &region; r->parent_code() != 0;) {
    r = find_region(r->parent_code());
    if (r == nullptr) break;
    path.insert(path.begin(), r);
  }
  return path;
}

std::string region_full_name(const RegionRow& region) {
  std::string out;
  for (const RegionRow* r : region_path(region)) {
    if (!out.empty()) out += " \xE2\x80\xBA ";  // U+203A, the separator the page shows
    out += r->name();
  }
  return out;
}

std::string region_name_en(const RegionRow& region) {
  if (region.english().empty()) return std::string(region.name());
  return std::string(region.english()) + " (" + std::string(region.name()) + ")";
}

std::string region_full_name_en(const RegionRow& region) {
  std::string out = region_name_en(region);
  const std::vector<const RegionRow*> path = region_path(region);
  for (auto it = path.rbegin() + 1; it != path.rend(); ++it) {
    out += ", ";
    out += (*it)->english().empty() ? (*it)->name() : (*it)->english();
  }
  return out;
}

const RegionRow* region_city(const RegionRow& region) {
  switch (region.level) {
    case RegionLevel::kProvince:
      return region.note == RegionNote::kMunicipality ? &region : nullptr;
    case RegionLevel::kPrefecture:
      return &region;
    case RegionLevel::kCounty: {
      const RegionRow* parent = find_region(region.parent_code());
      if (parent == nullptr) return &region;
      if (parent->level == RegionLevel::kPrefecture || parent->note == RegionNote::kMunicipality) {
        return parent;
      }
      return &region;  // a province-direct county-level city is its own city
    }
  }
  return nullptr;
}

Result<ResolvedRegion> resolve_region(std::string_view code, const std::string& path) {
  if (!six_digits(code)) return make_error("region.bad_code", path);
  const std::int32_t value = std::stoi(std::string(code));
  if (const RegionRow* r = find_region(value)) return ResolvedRegion{r, true};
  if (const RegionRow* r = find_region(value / 100 * 100)) return ResolvedRegion{r, false};
  if (const RegionRow* r = find_region(value / 10000 * 10000)) return ResolvedRegion{r, false};
  return make_error("region.unknown", path, "（" + std::string(code) + "）",
                    "(" + std::string(code) + ")");
}

const char* region_relation_name(RegionRelation relation) {
  static constexpr const char* kNames[] = {"same_region", "same_prefecture", "in_province",
                                           "cross_province"};
  return enum_name(relation, kNames);
}

RegionRelation relate_regions(const RegionRow& a, const RegionRow& b) {
  if (a.code == b.code) return RegionRelation::kSameRegion;
  if (a.code / 10000 != b.code / 10000) return RegionRelation::kCrossProvince;
  const RegionRow* city_a = region_city(a);
  if (city_a != nullptr && city_a == region_city(b)) return RegionRelation::kSamePrefecture;
  return RegionRelation::kInProvince;
}

}  // namespace medins
