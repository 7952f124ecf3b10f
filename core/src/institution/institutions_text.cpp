#include "institution/institutions_text.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/json_writer.hpp"
#include "region/region.hpp"
#include "region/region_text.hpp"

namespace medins {
namespace {

// The settings in the order a json object keeps their keys (sorted), worked out from the keys
// themselves so that renaming one cannot put the text out of step with the tree.
const std::array<std::size_t, kSettingCount>& settings_by_key() {
  static const std::array<std::size_t, kSettingCount> order = [] {
    std::array<std::size_t, kSettingCount> o{};
    for (std::size_t s = 0; s < kSettingCount; ++s) o[s] = s;
    std::sort(o.begin(), o.end(), [](std::size_t a, std::size_t b) {
      return std::string_view(network_key(static_cast<Setting>(a))) <
             std::string_view(network_key(static_cast<Setting>(b)));
    });
    return o;
  }();
  return order;
}

// {chronic: ..., inpatient: ..., outpatient: ...}: in a hit, "unknown" or a boolean; in the
// eligibility facts, null or a boolean.
void append_networked(std::string& out, const InstitutionEntry& e, const char* unknown) {
  out += '{';
  bool first = true;
  for (const std::size_t s : settings_by_key()) {
    if (!first) out += ',';
    first = false;
    append_json_key(out, network_key(static_cast<Setting>(s)));
    switch (e.networked[s]) {
      case Networked::kYes:
        out += "true";
        break;
      case Networked::kNo:
        out += "false";
        break;
      case Networked::kUnknown:
        out += unknown;
        break;
    }
  }
  out += '}';
}

void append_strings(std::string& out, const std::vector<std::string>& items) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    append_json_string(out, items[i]);
  }
  out += ']';
}

template <typename T, typename Write>
void append_or_null(std::string& out, const std::optional<T>& value, Write&& write) {
  if (value) {
    write(*value);
  } else {
    out += "null";
  }
}

}  // namespace

void append_institutions_source_text(std::string& out, const InstitutionsSource& source) {
  out += source.demo ? "{\"demo\":true,\"published\":" : "{\"demo\":false,\"published\":";
  append_or_null(out, source.published,
                 [&](const Date& d) { append_json_string(out, d.to_iso()); });
  out += ",\"title\":";
  append_json_string(out, source.title);
  out += ",\"url\":";
  append_or_null(out, source.url, [&](const std::string& url) { append_json_string(out, url); });
  out += '}';
}

void append_institution_hit_text(std::string& out, const InstitutionHit& hit) {
  const InstitutionEntry& e = *hit.entry;
  const auto append_level = [&](Level level) { append_json_string(out, word_id(level)); };
  out += "{\"address\":";
  append_or_null(out, e.address, [&](const std::string& a) { append_json_string(out, a); });
  out += ",\"aliases\":";
  append_strings(out, e.aliases);
  out += ",\"chronic_diseases\":";
  append_strings(out, e.chronic_diseases);
  out += ",\"code\":";
  append_json_string(out, e.code);
  // Being on the portal's list is what designated (定点) means (eligibility_institution_json).
  out += ",\"eligibility\":{\"institution\":{\"designated\":true,\"kind\":";
  append_json_string(out, institution_kind_word(e.kind));
  if (e.level) {
    out += ",\"level\":";
    append_level(*e.level);
  }
  out += ",\"networked\":";
  append_networked(out, e, "null");
  out += "},\"treatment_region\":\"";
  out += std::to_string(e.region);
  out += "\"},\"kind\":";
  append_json_string(out, institution_kind_word(e.kind));
  out += ",\"level\":";
  append_or_null(out, e.level, append_level);
  out += ",\"match\":";
  append_json_string(out, region_match_name(hit.match));
  out += ",\"matched\":";
  append_json_string(out, institution_field_name(hit.field));
  if (hit.field == InstitutionField::kAlias) {
    out += ",\"matched_alias\":";
    append_json_string(out, e.aliases[hit.alias]);
  }
  out += ",\"name\":";
  append_json_string(out, e.name);
  out += ",\"networked\":";
  append_networked(out, e, "\"unknown\"");
  out += ",\"region\":";
  append_region_text(out, *find_region(e.region), nullptr);
  out += '}';
}

}  // namespace medins
