// The policy model written back as JSON in the file format of docs/policy-format.md, for the
// policy.* answers: what the page shows is exactly what the file says, sources included.
#pragma once

#include <nlohmann/json.hpp>

#include "policy/policy.hpp"

namespace medins {

nlohmann::json source_to_json(const Source& source);

// One version with every parameter; figures without their own provenance stay bare numbers.
nlohmann::json version_to_json(const PolicyVersion& version);

// Dates, confidence and settings of a version, for lists.
nlohmann::json version_summary_json(const PolicyVersion& version);

// The whole document; parse_policy(policy_to_json(p)) gives p back.
nlohmann::json policy_to_json(const Policy& policy);

}  // namespace medins
