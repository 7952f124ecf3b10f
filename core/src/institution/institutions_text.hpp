// institutions.search's answer written as text: the bytes institutions_json.hpp's trees dump to
// (keys in nlohmann's sorted order, compact), without building a tree per hit. Writing ten hits
// through json trees was more than half of a search on a portal-sized list. Internal to the core.
#pragma once

#include <string>

#include "institution/institution_search.hpp"
#include "institution/institutions.hpp"

namespace medins {

// The bytes of dumping institutions_source_json(source).
void append_institutions_source_text(std::string& out, const InstitutionsSource& source);

// The bytes of dumping institution_hit_json(hit).
void append_institution_hit_text(std::string& out, const InstitutionHit& hit);

}  // namespace medins
