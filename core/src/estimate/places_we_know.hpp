// The `places_we_know` basis of a ranged estimate (docs/estimate.md): for each scheme, setting,
// institution level (or filing category) and figure, the lowest and highest value among the
// policies medins ships, and how many places give one.
//
// The native build holds the policies and works the table out from them; the wasm module holds
// none (they are fetched per place), so the build writes the same table with the native CLI's
// `estimate.bounds` and compiles it into the module (core/CMakeLists.txt). Both builds answer
// from one table, whichever policies a page has fetched.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "medins/result.hpp"
#include "policy/shipped_policies.hpp"
#include "vocab/vocabulary.hpp"

namespace medins {

struct KnownRange {
  std::int64_t low = 0;  // in the figure's unit: fen, or basis points
  std::int64_t high = 0;
  int places = 0;  // shipped policies that give the figure
};

struct PlacesWeKnow {
  // "employee/inpatient/3/deductible", "resident/inpatient/unfiled/filing_cut"
  std::map<std::string, KnownRange> ranges;

  // The range for a figure of the terms at a level (1, 2, 3: a finer tier-3 counts as 3).
  std::optional<KnownRange> terms_figure(Scheme scheme, Setting setting, Level level,
                                         EstimateFigure figure) const;
  // The range of a filing category's ratio cut.
  std::optional<KnownRange> filing_cut(Scheme scheme, Setting setting,
                                       FilingCategory category) const;
};

// The table from the newest version of each shipped policy: per level, the row a visit at that
// level would use (the level itself, else a finer tier 3, else `any`), every employment; the
// deductibles (per admission too), every band's ratio, the class-B share; per filing category,
// the ratio cut (a cut written only as a first-paid share is not a ratio cut and is left out).
PlacesWeKnow places_we_know(const ShippedPolicies& shipped);

// {"format": 1, "ranges": {"<key>": {"low", "high", "places"}}}, keys sorted.
nlohmann::json places_we_know_json(const PlacesWeKnow& table);

// The table as places_we_know_json writes it; internal.error when it is not that.
Result<PlacesWeKnow> read_places_we_know(const nlohmann::json& document);

// The table the build compiled into the module, or nullopt in a native build (which has the
// policies themselves). The text is embedded by tools/embed_files.mjs.
std::optional<std::string_view> embedded_places_we_know();

}  // namespace medins
