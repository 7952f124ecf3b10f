// The frozen estimate fixtures (tests/data/policies/estimate/) as typed policies, and a typed
// input builder, for the estimate_*_test.cpp files.
#pragma once

#include <nlohmann/json.hpp>

#include "estimate/estimate.hpp"
#include "estimate/national_rules.hpp"
#include "filing/filing_rules.hpp"
#include "policy/policy_parse.hpp"
#include "policy_test_files.hpp"

namespace medins::testing {

inline Policy estimate_fixture(const std::string& scheme) {
  const std::string text = policy_fixture("estimate/210500-" + scheme + ".json");
  Result<Policy> p = parse_policy(nlohmann::json::parse(text), "");
  if (!p) throw std::runtime_error("fixture does not parse: " + p.errors().front().code);
  return std::move(p).value();
}

inline BillLine line(ExpenseClass c, std::int64_t fen, std::optional<BasisPoints> self = {}) {
  BillLine l;
  l.amount = Money::from_fen(fen);
  l.expense_class = c;
  l.self_ratio = self;
  l.index = 0;
  return l;
}

inline EstimateInput inpatient(Level level, std::optional<Employment> employment,
                               RegionRelation relation, std::optional<FilingCategory> filing,
                               std::vector<BillLine> lines) {
  EstimateInput in;
  in.setting = Setting::kInpatient;
  in.level = level;
  in.employment = employment;
  in.relation = relation;
  in.filing = filing;
  in.lines = std::move(lines);
  return in;
}

// The shipped vocabulary (its labels make the explanation's sentences), read once per test run.
inline const Vocabulary& shipped_vocabulary() {
  static const Vocabulary words = load_vocabulary().value();
  return words;
}

// The national rules as the Engine reads them from the shipped filing rules.
inline const NationalRules& national_rules() {
  static const NationalRules rules = [] {
    Result<Bibliography> sources = load_bibliography();
    if (!sources) throw std::runtime_error("sources: " + sources.errors().front().code);
    Result<nlohmann::json> filing = load_filing_rules(sources.value());
    if (!filing) throw std::runtime_error("filing rules: " + filing.errors().front().code);
    Result<NationalRules> read = read_national_rules(filing.value(), sources.value());
    if (!read) throw std::runtime_error("national rules: " + read.errors().front().code);
    return std::move(read).value();
  }();
  return rules;
}

inline Result<Estimate> run(const Policy& p, const EstimateInput& in) {
  return estimate(p, p.versions.front(), PolicyPlace{PolicyPlace::Shape::kDocument, "inline", ""},
                  in, shipped_vocabulary(), national_rules());
}

}  // namespace medins::testing
