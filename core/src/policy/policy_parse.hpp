// Reading a policy document (docs/policy-format.md) into the typed model of policy.hpp.
//
// The C++ reader is the real validator (data/schema/policy.schema.json is documentation for
// tools and editors). It reports every problem it finds, not only the first, each as a
// structured error whose path points into the document: wrong types, unknown keys, missing
// or unknown sources, bad dates, versions out of order or overlapping, ratios outside
// 0..10000 bp, bands with gaps or overlaps, negative money, unknown levels and categories, bad
// region codes.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/sources.hpp"
#include "medins/result.hpp"
#include "policy/policy.hpp"

namespace medins {

// The only file format version this core reads.
constexpr int kPolicyFormat = 1;

// Figures above this are refused (policy.money_too_large): no policy figure comes near
// 10 billion yuan, and the bound keeps every later sum of figures far from int64 overflow.
constexpr std::int64_t kMaxPolicyFen = 1'000'000'000'000;

// Ages in a policy (age_steps) and in a request: whole years, 0..150 (policy.age_out_of_range).
constexpr int kMaxAge = 150;

// A 6-digit GB/T 2260 code whose first two digits are a province (policy.bad_region otherwise).
// Only the form is checked: policies name pooling regions, and old codes stay valid in them.
bool policy_region_code_ok(std::string_view code);

// `base` is the JSON Pointer of `document` in what the caller received ("" for a whole file,
// "/policy" for the policy.validate request), prefixed to every error path. A `source` may be an
// id of `bibliography` (data/sources.json) or an inline source object; an id that is not there,
// or any id when `bibliography` is null, is policy.unknown_source.
Result<Policy> parse_policy(const nlohmann::json& document, const std::string& base,
                            const Bibliography* bibliography = nullptr);

// A file under data/: parses the text (policy.malformed_json), validates it, and checks that its
// place matches its content: "policies/<region>/<scheme>.json" (policy.file_mismatch).
Result<Policy> load_policy_file(std::string_view path, std::string_view text,
                                const Bibliography* bibliography = nullptr);

}  // namespace medins
