#include "estimate/places_we_know.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include "common/embedded_files.hpp"

namespace medins {
namespace {

using nlohmann::json;

std::string key(Scheme scheme, Setting setting, const char* where, EstimateFigure figure) {
  return std::string(word_id(scheme)) + "/" + word_id(setting) + "/" + where + "/" +
         word_id(figure);
}

// The low and high of one policy's values under each key, before places are merged.
using OnePlace = std::map<std::string, std::pair<std::int64_t, std::int64_t>>;

void note(OnePlace& place, const std::string& k, std::int64_t value) {
  auto [it, added] = place.emplace(k, std::make_pair(value, value));
  if (!added) {
    it->second.first = std::min(it->second.first, value);
    it->second.second = std::max(it->second.second, value);
  }
}

// The rows a visit at `level` would be priced by in this setting's own levels: the level, else
// both finer kinds of tier 3, else `any` (as the estimate picks them).
std::vector<const EmploymentTerms*> rows_for(const LevelTerms& levels, Level level) {
  std::vector<const EmploymentTerms*> out;
  const auto exact = levels.find(level);
  if (exact != levels.end()) return {&exact->second};
  if (level == Level::k3) {
    for (Level finer : {Level::k3City, Level::k3Provincial}) {
      const auto it = levels.find(finer);
      if (it != levels.end()) out.push_back(&it->second);
    }
    if (!out.empty()) return out;
  }
  const auto any = levels.find(Level::kAny);
  if (any != levels.end()) out.push_back(&any->second);
  return out;
}

void note_terms(OnePlace& place, Scheme scheme, Setting setting, Level level, const Terms& t) {
  const char* at = word_id(level);
  if (t.deductible) {
    note(place, key(scheme, setting, at, EstimateFigure::kDeductible), t.deductible->value.fen());
  }
  for (const MoneyFigure& d : t.deductible_by_admission) {
    note(place, key(scheme, setting, at, EstimateFigure::kDeductible), d.value.fen());
  }
  for (const Band& b : t.bands) {
    note(place, key(scheme, setting, at, EstimateFigure::kFundRatio), b.fund_ratio);
  }
  if (t.class_b_self_first) {
    note(place, key(scheme, setting, at, EstimateFigure::kClassBFirstPaid),
         t.class_b_self_first->value);
  }
}

}  // namespace

std::optional<KnownRange> PlacesWeKnow::terms_figure(Scheme scheme, Setting setting, Level level,
                                                     EstimateFigure figure) const {
  const auto it = ranges.find(key(scheme, setting, word_id(parent_level(level)), figure));
  if (it == ranges.end()) return std::nullopt;
  return it->second;
}

std::optional<KnownRange> PlacesWeKnow::filing_cut(Scheme scheme, Setting setting,
                                                   FilingCategory category) const {
  const auto it = ranges.find(key(scheme, setting, word_id(category), EstimateFigure::kFilingCut));
  if (it == ranges.end()) return std::nullopt;
  return it->second;
}

PlacesWeKnow places_we_know(const ShippedPolicies& shipped) {
  PlacesWeKnow out;
  for (const ShippedPolicy& p : shipped.policies) {
    if (p.policy.versions.empty()) continue;
    const PolicyVersion& newest = p.policy.versions.back();
    const Scheme scheme = p.policy.scheme;
    OnePlace place;
    for (const auto& [setting, terms] : newest.settings) {
      for (const auto& [category, cut] : terms.filing_cuts) {
        if (!cut.ratio_cut) continue;
        note(place, key(scheme, setting, word_id(category), EstimateFigure::kFilingCut),
             cut.ratio_cut->value);
      }
      for (Level level : {Level::k1, Level::k2, Level::k3}) {
        for (const EmploymentTerms* rows : rows_for(terms.levels, level)) {
          for (const auto& [employment, t] : *rows) note_terms(place, scheme, setting, level, t);
        }
      }
    }
    for (const auto& [k, lo_hi] : place) {
      auto [it, added] = out.ranges.emplace(k, KnownRange{lo_hi.first, lo_hi.second, 1});
      if (added) continue;
      it->second.low = std::min(it->second.low, lo_hi.first);
      it->second.high = std::max(it->second.high, lo_hi.second);
      ++it->second.places;
    }
  }
  return out;
}

json places_we_know_json(const PlacesWeKnow& table) {
  json ranges = json::object();
  for (const auto& [k, r] : table.ranges) {
    ranges[k] = {{"low", r.low}, {"high", r.high}, {"places", r.places}};
  }
  return {{"format", 1}, {"ranges", std::move(ranges)}};
}

Result<PlacesWeKnow> read_places_we_know(const json& document) {
  const auto bad = [] {
    return make_error("internal.error", "", "（已收录地方的数值范围表有误）",
                      "(the table of the known places' ranges is broken)");
  };
  if (!document.is_object() || document.value("format", 0) != 1) return bad();
  const auto ranges = document.find("ranges");
  if (ranges == document.end() || !ranges->is_object()) return bad();
  PlacesWeKnow out;
  for (const auto& [k, r] : ranges->items()) {
    if (!r.is_object()) return bad();
    const auto low = r.find("low");
    const auto high = r.find("high");
    const auto places = r.find("places");
    if (low == r.end() || high == r.end() || places == r.end() || !low->is_number_integer() ||
        !high->is_number_integer() || !places->is_number_integer()) {
      return bad();
    }
    out.ranges[k] =
        KnownRange{low->get<std::int64_t>(), high->get<std::int64_t>(), places->get<int>()};
  }
  return out;
}

std::optional<std::string_view> embedded_places_we_know() {
  const EmbeddedFiles files = embedded_bounds_files();
  for (const EmbeddedFile& f : files) {
    if (f.path == "places_we_know.json") return f.text;
  }
  return std::nullopt;
}

}  // namespace medins
