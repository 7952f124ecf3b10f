// How a designated-institution list and its entries appear in answers (institutions.check,
// institutions.search, Engine::with_institutions). Internal to the core.
#pragma once

#include <nlohmann/json.hpp>

#include "institution/institution_search.hpp"
#include "institution/institutions.hpp"

namespace medins {

nlohmann::json institutions_source_json(const InstitutionsSource& source);

// {valid, format, version, source, as_of, count, by_kind, by_region, networked}.
nlohmann::json institutions_summary_json(const InstitutionList& list);

// The entry as the file has it, its region named, the match, and `eligibility`: the
// treatment_region and institution facts of an eligibility.check request.
nlohmann::json institution_hit_json(const InstitutionHit& hit);

// eligibility.check's `institution`: {kind, designated: true, networked: {inpatient,
// outpatient, chronic} each true, false or null (unknown), level?}.
nlohmann::json eligibility_institution_json(const InstitutionEntry& entry);

}  // namespace medins
