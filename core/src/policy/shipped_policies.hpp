// The policies shipped with medins: every file under data/policies/, compiled in
// (embedded_files.hpp) and parsed when asked; the core keeps no state between calls, so an
// Engine (engine.hpp) loads them once and its owner keeps them.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "common/sources.hpp"
#include "medins/error.hpp"
#include "policy/policy.hpp"

namespace medins {

struct ShippedPolicy {
  std::string file;  // relative to data/, e.g. "policies/110000/employee.json"
  Policy policy;
};

struct ShippedPolicies {
  std::vector<ShippedPolicy> policies;  // sorted by file
  // Files that failed validation, with their errors (paths into the file). A test keeps this
  // empty; the ops refuse to answer from a broken catalogue rather than skip a file silently.
  std::vector<std::pair<std::string, Errors>> broken;
};

// Sources are resolved against `bibliography` (data/sources.json, loaded once per Engine).
ShippedPolicies load_shipped_policies(const Bibliography& bibliography);

// The shipped policy for exactly this region and scheme, or nullptr.
const ShippedPolicy* find_shipped_policy(const ShippedPolicies& shipped, const std::string& region,
                                         Scheme scheme);

}  // namespace medins
