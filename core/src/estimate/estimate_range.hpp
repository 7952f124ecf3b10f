// An estimate that never dead-ends (docs/estimate.md, "Ranged answers"): when the calculation
// needs a figure nobody has (the policy does not give it, the person did not type it), the
// figure becomes a stated range with its basis, and the answer a range of what each payer pays.
//
// The range is the point estimate (estimate.hpp) evaluated at every corner of the unknown
// figures' ranges. Each payer's figure is monotone in each of these figures (a larger cut, a
// larger deductible or class-B share, a smaller fund ratio never makes the fund pay more; the
// critical-illness layer pays at most one fen per fen of its base, so the person's part moves
// with the fund's), so the corners bound every value inside: tests/core/estimate_range_test.cpp
// checks it over random inside values and every corner.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/sources.hpp"
#include "estimate/estimate.hpp"
#include "estimate/places_we_know.hpp"

namespace medins {

// A figure the person typed from their notice or slip (the request's `known_figures`), in the
// figure's unit (basis points, or fen for the deductible): it stands in for the policy's figure
// only where the policy has none.
using KnownFigures = std::map<EstimateFigure, std::int64_t>;

struct Assumption {
  EstimateFigure figure = EstimateFigure::kFilingCut;
  // The figure's place in the policy, for maintainers and tests: "policies/110000/employee.json#
  // /versions/0/inpatient/filing_cuts/unfiled", or the request's "/policy/..." for an inline one.
  std::string where;
  std::int64_t low = 0;  // in the figure's unit
  std::int64_t high = 0;
  AssumptionBasis basis = AssumptionBasis::kNationalBound;
  Cited source;
  int places = 0;  // places_we_know: how many places give the figure
  // How much of the range this figure explains: what the person pays changes by this much when
  // it alone goes from low to high, the others held where the person pays most.
  Money effect;
};

struct MoneyRange {
  Money min;
  Money max;
};

struct RangedEstimate {
  // Nothing unknown: the one answer (the others below are empty).
  std::optional<Estimate> point;
  std::vector<Assumption> assumptions;  // by effect, largest first
  MoneyRange fund;
  MoneyRange critical_illness;
  MoneyRange person;
  // The corners where the person pays most and least, with the value each assumption took there,
  // in the order of `assumptions`.
  Estimate person_most;
  std::vector<std::int64_t> person_most_values;
  Estimate person_least;
  std::vector<std::int64_t> person_least_values;
};

// What an estimate stands on besides the request: the rules and words of the Engine.
struct RangeBasis {
  const Vocabulary& words;
  const NationalRules& national;
  const PlacesWeKnow& places;
  const Bibliography* sources = nullptr;  // for the `typical` basis's source; none: no typical
};

// The estimate for the bill, ranged over every missing figure that has a basis (the national
// bound, the places medins knows, a typical range: docs/estimate.md). A missing figure without
// one keeps today's errors (estimate.unknown_terms naming it, estimate.no_class_b_ratio). Other
// errors are estimate()'s.
Result<RangedEstimate> estimate_range(const Policy& policy, std::size_t version_index,
                                      const PolicyPlace& place, const EstimateInput& input,
                                      const KnownFigures& known, const RangeBasis& basis);

// The typical range of a figure where a published one is used (data/estimate/typical.json):
// the class-B share only, today. nullopt when the data gives none or the source is not in the
// bibliography.
struct TypicalRange {
  std::int64_t low = 0;
  std::int64_t high = 0;
  Cited source;
};
std::optional<TypicalRange> typical_range(EstimateFigure figure, const Bibliography& sources);

}  // namespace medins
