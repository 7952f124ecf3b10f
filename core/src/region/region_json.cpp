#include "region/region_json.hpp"

#include <string>

namespace medins {
namespace {

const char* note_name(RegionNote note) {
  switch (note) {
    case RegionNote::kMunicipality:
      return "municipality";
    case RegionNote::kSar:
      return "sar";
    case RegionNote::kTaiwan:
      return "taiwan";
    case RegionNote::kProvinceDirect:
      return "province_direct";
    case RegionNote::kNone:
      return "";
  }
  return "";
}

}  // namespace

nlohmann::json region_json(const RegionRow& region) {
  nlohmann::json path = nlohmann::json::array();
  for (const RegionRow* r : region_path(region)) {
    path.push_back({{"code", std::to_string(r->code)},
                    {"name", r->name},
                    {"level", region_level_name(r->level)}});
  }
  nlohmann::json out = {{"code", std::to_string(region.code)},
                        {"name", region.name},
                        {"level", region_level_name(region.level)},
                        {"full_name", region_full_name(region)},
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
