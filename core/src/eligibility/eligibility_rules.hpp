// The eligibility rules (资格判断) as data: the files under data/eligibility/, compiled in and
// checked on every load. Reasons with their bilingual texts, the chronic/special outpatient
// diseases, the manual-claim checklist, audits and deadline patterns, the route sentences and
// how to check facts a person does not know. Every rule names its sources and a confidence, so
// an answer can say "unconfirmed" where the data is unsure. docs/eligibility.md describes them.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/sources.hpp"
#include "medins/result.hpp"

namespace medins {

// The folder under data/ the rules come from, and its files (each a key of the loaded object:
// "reasons", "chronic_diseases", "manual_claim", "answers"; why_failed.json is loaded on its
// own, why_failed_tree.hpp).
constexpr std::string_view kEligibilityRulesDir = "eligibility/";

// Parses and checks the shipped files; the result is {"<file stem>": document, ...} plus
// "sources": {"sources": {id: {title, url, published, confidence?}}}, the cited form of
// `bibliography` (data/sources.json) that the files' bases name by id. A broken or missing file
// gives eligibility.rules_invalid errors whose paths point into the file.
Result<nlohmann::json> load_eligibility_rules(const Bibliography& bibliography);

// Every problem of a set of rule documents (keyed by file stem): structure, unknown source ids,
// confidence values, a source without a public address marked better than "low", texts missing
// a language, duplicate ids, a reason the decision can give that the data lacks.
Errors check_eligibility_rules(const nlohmann::json& rules);

// The checks every rule file gets, for one more document of the folder checked on its own
// (why_failed.json, whose breakage must not stop eligibility.check): every `basis` names sources
// of `rules` with a confidence they allow, every text has both languages. Errors carry `code`
// and name data/eligibility/<file>.json.
Errors check_eligibility_document(const nlohmann::json& rules, const std::string& file,
                                  const nlohmann::json& doc, const std::string& code);

// A basis {sources: [id | {id, article}], confidence} as it appears in answers:
// {confidence, sources: [{id, title, url, published, article?, confidence?}]}.
nlohmann::json expand_eligibility_basis(const nlohmann::json& rules, const nlohmann::json& basis);

// The reason, disease or place-rule object with this id, or nullptr.
const nlohmann::json* find_eligibility_reason(const nlohmann::json& rules, std::string_view id);
const nlohmann::json* find_chronic_disease(const nlohmann::json& rules, std::string_view id);

}  // namespace medins
