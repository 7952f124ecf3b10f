#include "institution/institutions_json.hpp"

#include <map>

#include "region/region.hpp"
#include "region/region_json.hpp"

namespace medins {
namespace {

using nlohmann::json;

json networked_word(Networked n) {
  if (n == Networked::kUnknown) return "unknown";
  return n == Networked::kYes;
}

}  // namespace

json institutions_source_json(const InstitutionsSource& source) {
  return {{"title", source.title},
          {"url", source.url ? json(*source.url) : json()},
          {"published", source.published ? json(source.published->to_iso()) : json()},
          {"demo", source.demo}};
}

json institutions_summary_json(const InstitutionList& list) {
  std::map<std::string, std::size_t> by_kind{{"hospital", 0}, {"pharmacy", 0}};
  std::map<std::int32_t, std::size_t> by_region;
  std::size_t networked[kSettingCount][3] = {};  // no, yes, unknown
  for (const InstitutionEntry& e : list.institutions) {
    ++by_kind[institution_kind_word(e.kind)];
    ++by_region[e.region];
    for (std::size_t s = 0; s < kSettingCount; ++s) {
      ++networked[s][static_cast<std::size_t>(e.networked[s])];
    }
  }
  json regions = json::array();
  for (const auto& [code, count] : by_region) {
    const RegionRow* row = find_region(code);
    regions.push_back({{"code", std::to_string(code)},
                       {"full_name", row != nullptr ? region_full_name(*row) : ""},
                       {"count", count}});
  }
  json net = json::object();
  for (std::size_t s = 0; s < kSettingCount; ++s) {
    net[network_key(static_cast<Setting>(s))] = {
        {"yes", networked[s][static_cast<std::size_t>(Networked::kYes)]},
        {"no", networked[s][static_cast<std::size_t>(Networked::kNo)]},
        {"unknown", networked[s][static_cast<std::size_t>(Networked::kUnknown)]}};
  }
  return {{"valid", true},
          {"format", "medins-institutions"},
          {"version", list.version},
          {"source", institutions_source_json(list.source)},
          {"as_of", list.as_of.to_iso()},
          {"count", list.institutions.size()},
          {"by_kind", by_kind},
          {"by_region", std::move(regions)},
          {"networked", std::move(net)}};
}

json eligibility_institution_json(const InstitutionEntry& e) {
  json networked = json::object();
  for (std::size_t s = 0; s < kSettingCount; ++s) {
    const Networked n = e.networked[s];
    networked[network_key(static_cast<Setting>(s))] =
        n == Networked::kUnknown ? json() : json(n == Networked::kYes);
  }
  // Being on the portal's list is what designated (定点) means.
  json out = {{"kind", institution_kind_word(e.kind)},
              {"designated", true},
              {"networked", std::move(networked)}};
  if (e.level) out["level"] = word_id(*e.level);
  return out;
}

json institution_hit_json(const InstitutionHit& hit) {
  const InstitutionEntry& e = *hit.entry;
  json networked = json::object();
  for (std::size_t s = 0; s < kSettingCount; ++s) {
    networked[network_key(static_cast<Setting>(s))] = networked_word(e.networked[s]);
  }
  const std::string region = std::to_string(e.region);
  json out = {{"code", e.code},
              {"name", e.name},
              {"aliases", e.aliases},
              {"match", region_match_name(hit.match)},
              {"matched", institution_field_name(hit.field)},
              {"region", region_json(*find_region(e.region))},
              {"kind", institution_kind_word(e.kind)},
              {"level", e.level ? json(word_id(*e.level)) : json()},
              {"networked", std::move(networked)},
              {"chronic_diseases", e.chronic_diseases},
              {"address", e.address ? json(*e.address) : json()},
              {"eligibility",
               {{"treatment_region", region}, {"institution", eligibility_institution_json(e)}}}};
  if (hit.field == InstitutionField::kAlias) out["matched_alias"] = e.aliases[hit.alias];
  return out;
}

}  // namespace medins
