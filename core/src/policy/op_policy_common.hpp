// Request fields and answer parts shared by the policy.* ops. Internal to the core.
#pragma once

#include <optional>
#include <string>

#include "common/request_reader.hpp"
#include "medins/result.hpp"
#include "policy/shipped_policies.hpp"

namespace medins::ops {

// "region": a 6-digit code (policy.bad_region); "scheme": employee|resident
// (policy.unknown_scheme). Both add their errors to the reader's list.
std::optional<std::string> read_region(RequestReader& reader, Errors& errors, bool required);
std::optional<Scheme> read_scheme(RequestReader& reader, Errors& errors, bool required);

// The summary every policy.* answer shares: region, scheme, name, source, notes.
nlohmann::json policy_header_json(const Policy& policy);

}  // namespace medins::ops
