// The filing rules (异地就医备案) as data: data/filing/national.json, compiled in and checked on
// every load. Categories with their decision conditions, materials, channels, validity, what
// happens without a filing, retroactive filing and admissions spanning expiry; every rule names
// its sources and a confidence, so an answer can say "unconfirmed" where the data is unsure.
// The format is described in docs/filing.md.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/sources.hpp"
#include "medins/result.hpp"

namespace medins {

// The file the rules come from, relative to data/.
constexpr std::string_view kFilingRulesFile = "filing/national.json";

// Parses and checks the shipped rules. The file cites its sources by id; the loaded rules carry
// the cited form of `bibliography` (data/sources.json) as "sources", which expand_bases reads. A
// broken file gives filing.rules_invalid errors whose paths point into the file (a test keeps
// the shipped file clean).
Result<nlohmann::json> load_filing_rules(const Bibliography& bibliography);

// Every problem of a rules document with its "sources" in place: structure, unknown source ids,
// confidence values, a source without a public address marked better than "low", texts missing a
// language, categories and materials that do not resolve, conditions on unknown facts.
Errors check_filing_rules(const nlohmann::json& rules);

// A copy of `block` where every "basis" and "steps_basis" {sources: [ids], confidence} has its
// source ids replaced by the sources themselves ({id, title, url, published}).
nlohmann::json expand_bases(const nlohmann::json& rules, const nlohmann::json& block);

// The category object with this id, or nullptr.
const nlohmann::json* find_filing_category(const nlohmann::json& rules, std::string_view id);

// What a person told us, by fact name; booleans are 0 or 1, days_living_there a count of days.
// A fact not given counts as 0 ("no").
using FilingFacts = std::map<std::string, std::int64_t>;

// Evaluates a decide_when condition: {"fact", "is": bool} | {"fact", "at_least": n} |
// {"all": [...]} | {"any": [...]} | {"always": true}.
bool filing_condition_holds(const nlohmann::json& condition, const FilingFacts& facts);

// The facts of a category's decide_when that do not hold, in the condition's order, each with
// the rules' words for it (`facts` of the rules): [{fact, said, change}]. "said" is what the
// person's answer was ("不签个人承诺书"), "change" what would make it hold ("签个人承诺书").
nlohmann::json explain_unmet(const nlohmann::json& rules, const nlohmann::json& category,
                             const FilingFacts& facts);

}  // namespace medins
