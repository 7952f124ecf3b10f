#include "region/region_json.hpp"

#include <string>

#include "common/enum_names.hpp"

namespace medins {
namespace {

const char* note_name(RegionNote note) {
  static constexpr const char* kNames[] = {"", "municipality", "sar", "taiwan", "province_direct"};
  return enum_name(note, kNames);
}

}  // namespace

nlohmann::json region_json(const RegionRow& region) {
  nlohmann::json path = nlohmann::json::array();
  for (const RegionRow* r : region_path(region)) {
    path.push_back({{"code", std::to_string(r->code)},
                    {"name", r->name()},
                    {"name_en", region_name_en(*r)},
                    {"level", region_level_name(r->level)}});
  }
  nlohmann::json out = {{"code", std::to_string(region.code)},
                        {"name", region.name()},
                        {"level", region_level_name(region.level)},
                        {"name_en", region_name_en(region)},
                        {"full_name", region_full_name(region)},
                        {"full_name_en", region_full_name_en(region)},
                        {"province_code", std::to_string(region.code / 10000 * 10000)},
                        {"path", std::move(path)}};
  if (region.note != RegionNote::kNone) out["note"] = note_name(region.note);
  return out;
}

nlohmann::json resolved_region_json(const ResolvedRegion& resolved, std::string_view requested) {
  nlohmann::json out = region_json(*resolved.region);
  out["exact"] = resolved.exact;
  if (!resolved.exact) out["requested_code"] = std::string(requested);
  return out;
}

}  // namespace medins
