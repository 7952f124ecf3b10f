#include "region/region_text.hpp"

#include <array>
#include <cstddef>
#include <string_view>

#include "common/json_writer.hpp"
#include "common/object_text.hpp"
#include "region/region.hpp"
#include "region/region_index.hpp"

namespace medins {
namespace {

void append_code(std::string& out, std::int32_t code) {
  out += '"';
  out += std::to_string(code);
  out += '"';
}

// "Shenzhen (深圳市)", or the Chinese name alone where there is no certain English one.
void append_name_en(std::string& out, const RegionRow& region) {
  if (region.english().empty()) return append_json_string(out, region.name());
  std::string text(region.english());
  text += " (";
  text += region.name();
  text += ')';
  append_json_string(out, text);
}

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
      break;
  }
  return "";
}

}  // namespace

void append_region_text(std::string& out, const RegionRow& region, const char* match) {
  append_region_text(out, region, match, nullptr, nullptr);
}

void append_resolved_region_text(std::string& out, const ResolvedRegion& resolved,
                                 std::string_view requested) {
  // The requested code comes from the request: written by the json encoder, as the tree would.
  const std::string requested_text =
      resolved.exact ? std::string() : json_text(nlohmann::json(std::string(requested)));
  append_region_text(out, *resolved.region, nullptr, &resolved.exact,
                     resolved.exact ? nullptr : &requested_text);
}

void append_region_text(std::string& out, const RegionRow& region, const char* match,
                        const bool* exact, const std::string* requested_code) {
  // The path, province first, from the generated parent rows (at most three deep).
  const RegionTable table = region_table();
  const RegionIndex index = region_index();
  std::array<const RegionRow*, 4> path{};
  std::size_t depth = 0;
  for (std::size_t row = static_cast<std::size_t>(&region - table.begin());
       row != kNoParentRow && depth < path.size(); row = index.parent_row[row]) {
    path[depth++] = table.begin() + row;
  }
  out += "{\"code\":";
  append_code(out, region.code);
  if (exact != nullptr) out += *exact ? ",\"exact\":true" : ",\"exact\":false";
  out += ",\"full_name\":";
  std::string full;
  for (std::size_t k = depth; k-- > 0;) {
    if (k + 1 != depth) full += " \xE2\x80\xBA ";  // U+203A, as region_full_name
    full += path[k]->name();
  }
  append_json_string(out, full);
  out += ",\"full_name_en\":";
  std::string full_en = region_name_en(region);
  for (std::size_t k = 1; k < depth; ++k) {
    full_en += ", ";
    full_en += path[k]->english().empty() ? path[k]->name() : path[k]->english();
  }
  append_json_string(out, full_en);
  out += ",\"level\":";
  append_json_string(out, region_level_name(region.level));
  if (match != nullptr) {
    out += ",\"match\":";
    append_json_string(out, match);
  }
  out += ",\"name\":";
  append_json_string(out, region.name());
  out += ",\"name_en\":";
  append_name_en(out, region);
  if (region.note != RegionNote::kNone) {
    out += ",\"note\":";
    append_json_string(out, note_name(region.note));
  }
  out += ",\"path\":[";
  for (std::size_t k = depth; k-- > 0;) {
    const RegionRow& r = *path[k];
    if (k + 1 != depth) out += ',';
    out += "{\"code\":";
    append_code(out, r.code);
    out += ",\"level\":";
    append_json_string(out, region_level_name(r.level));
    out += ",\"name\":";
    append_json_string(out, r.name());
    out += ",\"name_en\":";
    append_name_en(out, r);
    out += '}';
  }
  out += "],\"province_code\":";
  append_code(out, region.code / 10000 * 10000);
  if (requested_code != nullptr) {
    out += ",\"requested_code\":";
    out += *requested_code;
  }
  out += '}';
}

}  // namespace medins
