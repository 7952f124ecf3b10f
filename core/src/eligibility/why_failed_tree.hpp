// Why direct settlement failed (eligibility.why_failed), as data: data/eligibility/why_failed.json
// holds yes/no questions, the nodes that ask them in order, the leaves (likely reason, what can
// still be done, basis) and the actions the leaves name. docs/eligibility.md describes the file.
//
// Texts and bases the other eligibility files already hold are not copied: {"ref": pointer}
// names them (a JSON Pointer into the eligibility rules keyed by file stem, e.g.
// "/answers/checks/designated/how"), and loading replaces each ref by what it points at.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "medins/result.hpp"

namespace medins {

// The stem of the file under data/eligibility/ and the error its checks raise.
constexpr std::string_view kWhyFailedFile = "why_failed";
constexpr std::string_view kWhyFailedInvalid = "eligibility.why_failed_rules_invalid";

// Where a leaf or action deadline comes from.
constexpr std::string_view kDeadlineBeforeSettlement = "before_discharge_settlement";
constexpr std::string_view kDeadlineManualClaim = "manual_claim";

// The shipped tree (the embedded data/eligibility/why_failed.json, which load_eligibility_rules
// leaves out), refs resolved against the loaded eligibility rules and checked: the rules' own
// errors if they are broken, else eligibility.why_failed_rules_invalid errors with paths into
// why_failed.json.
Result<nlohmann::json> load_why_failed_tree(const Result<nlohmann::json>& eligibility_rules);

// Resolves the refs of `doc` against `rules` and checks the result: structure, texts in both
// languages, bases, reasons of reasons.json, actions named, every node and leaf reachable from
// the root, no cycle, no question asked twice on one path.
Result<nlohmann::json> check_why_failed_tree(const nlohmann::json& rules,
                                             const nlohmann::json& doc);

}  // namespace medins
