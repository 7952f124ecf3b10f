// The parts of a filing.plan answer that depend only on the shipped rules (each block with its
// rules expanded to their sources), serialised once: about 12 KB of the answer, which rebuilding
// and dumping per request made filing.plan the slowest op of a batch. The Engine holds them
// (CoreData::filing_plan_parts), built on first use. Internal to the core.
#pragma once

#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "common/object_text.hpp"
#include "medins/result.hpp"
#include "vocab/vocabulary.hpp"

namespace medins {

struct FilingCategoryText {
  std::string category;  // {id, group, name, definition, basis}
  std::string materials;
  std::string settlement_ratio;
  std::optional<std::string> notes;
  std::optional<std::string> treated_as_filed;
};

struct FilingPlanParts {
  // The rules and labels these were written from: an op checks them against the ones it reads,
  // so a CoreData whose rules were replaced (tests) never answers from stale text.
  const nlohmann::json* rules = nullptr;
  const Vocabulary* words = nullptr;
  std::map<std::string, FilingCategoryText, std::less<>> categories;  // by category id
  std::string in_province;
  ObjectText coverage;                                      // its members, before the places
  std::map<std::string, ObjectText, std::less<>> validity;  // by group, before the dates
  std::string channels;
  std::string two_way_benefits;
  std::string without_filing;
  std::string retroactive;
  std::string admission_spanning_expiry;
  std::string data;
};

// From checked rules (load_filing_rules) and the vocabulary. Throws only what reading checked
// rules cannot (memory); the Engine's loader guards it.
FilingPlanParts make_filing_plan_parts(const nlohmann::json& rules, const Vocabulary& words);

// The json of a category's materials, each with its sources and its alternatives: what
// FilingCategoryText::materials holds as text.
nlohmann::json filing_materials_json(const nlohmann::json& rules, const nlohmann::json& category);

// The category block of the answer: {id, group, name, definition, basis}.
nlohmann::json filing_category_json(const nlohmann::json& rules, const nlohmann::json& category,
                                    const Vocabulary& words);

}  // namespace medins
