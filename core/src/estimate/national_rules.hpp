// The national rules of cross-region settlement that the estimate applies beside the insured
// place's policy, read once from the filing rules (data/filing/national.json, docs/filing.md):
// which filing categories are long-term (their `group`), and how far a policy may cut each
// category's fund ratio (`ratio.max_cut_points`). The eligibility check reads the same
// categories from the same file, so the two ops cannot disagree on them.
#pragma once

#include <map>
#include <optional>

#include <nlohmann/json.hpp>

#include "common/money.hpp"
#include "common/sources.hpp"
#include "medins/result.hpp"
#include "policy/policy.hpp"

namespace medins {

struct NationalCategoryRule {
  bool long_term = false;  // group "long_term": settles as at home, no cut
  BasisPoints max_cut = 0;
};

struct NationalRules {
  // The six filing categories; kUnfiled is absent (unfiled care is left to the insured place).
  std::map<FilingCategory, NationalCategoryRule> categories;
  // The notice the rules come from (医保发〔2022〕22号), as the estimate cites it.
  Source settlement_source;

  bool long_term(FilingCategory category) const;
  // The largest ratio cut the national rule allows for this category, or nullopt when it sets
  // none (not filed).
  std::optional<BasisPoints> cut_bound(FilingCategory category) const;
};

// The rules from a checked filing-rules document (load_filing_rules) and the bibliography it
// cites. Errors: filing.rules_invalid pointing into the filing rules (a category missing), or
// sources.invalid when the bibliography lacks the national notice.
Result<NationalRules> read_national_rules(const nlohmann::json& filing_rules,
                                          const Bibliography& sources);

// The source of the national settlement rule (医保发〔2022〕22号), by its id in the bibliography.
Result<Source> national_settlement_source(const Bibliography& sources);

}  // namespace medins
