// The parts of an eligibility.check answer that depend only on the shipped rules (each reason,
// check and paper with its sources), serialised once: rebuilding and dumping them per request was
// most of the op's time. The Engine holds them (CoreData::eligibility_parts), built on first use;
// op_eligibility_check.cpp writes them with the same functions as its json tree. Internal to the
// core.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/object_text.hpp"

namespace medins {

// One item of a manual-claim list (checklist, audits, keep): the item, to check whom it is for,
// and its entry in the answer.
struct EligibilityListedText {
  const nlohmann::json* item = nullptr;
  std::string text;
};

struct EligibilityParts {
  // The rules these were written from: an op checks them against the ones it reads, so a
  // CoreData whose rules were replaced (tests) never answers from stale text.
  const nlohmann::json* rules = nullptr;
  const nlohmann::json* filing_rules = nullptr;
  std::map<std::string, std::string, std::less<>> reasons;          // by reason id
  std::map<std::string, ObjectText, std::less<>> checks;            // by fact, before "path"
  std::map<std::string, std::string, std::less<>> route_summaries;  // by route, and "undecided"
  std::map<std::string, std::string, std::less<>> show_moments;     // {id, text} by moment
  std::map<std::string, std::string, std::less<>> show_what;        // by id
  std::string keep_papers;
  std::string fallback;
  std::string claim_where;
  std::string claim_who_submits;
  std::vector<EligibilityListedText> claim_checklist;
  std::vector<EligibilityListedText> claim_audits;
  std::vector<EligibilityListedText> claim_keep;
  std::string filing_validity;  // the rule for a computed end date of a temporary filing
  std::string data;
};

// From checked rules (load_eligibility_rules, load_filing_rules); the parts point into them, so
// they must outlive the parts. Throws only what reading checked rules cannot (memory); the
// Engine's loader guards it. Defined in op_eligibility_check.cpp, beside the tree it mirrors.
EligibilityParts make_eligibility_parts(const nlohmann::json& rules,
                                        const nlohmann::json& filing_rules);

}  // namespace medins
