// The manual-claim deadline (手工报销申请期限), shared by eligibility.check and ledger.summarize:
// the insured place's rule from the request or from data/eligibility/manual_claim.json (the
// place, else its city, else its province), counted from discharge (or the visit day); when no
// rule is known, the answer says so and gives no date, never a made-up figure. Internal to the
// core.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "common/date.hpp"
#include "common/request_reader.hpp"
#include "medins/result.hpp"
#include "region/region.hpp"

namespace medins {

// {months: 1..120} or {year_end_plus: 0..5}, exactly one of them.
struct ClaimRule {
  std::optional<std::int64_t> months;
  std::optional<std::int64_t> year_end_plus;
};

// Reads a `claim_deadline` object of a request at `path`; its errors are added to `errors`
// (eligibility.deadline_rule_conflict when both or neither rule is given).
std::optional<ClaimRule> read_claim_rule(const nlohmann::json& object, const std::string& path,
                                         Errors& errors);

// The deadline block {from, anchor, known, date, days_left?, rule, text, range_seen} of
// docs/eligibility.md. `anchor`: the discharge day of a stay or the day of a visit; nullopt
// while still in hospital; `anchor_path` names it in the request for date.out_of_range (a
// deadline past 9999). `rules`: the eligibility rules (CoreData::eligibility_rules).
Result<nlohmann::json> claim_deadline_json(const nlohmann::json& rules, std::optional<Date> anchor,
                                           const std::string& anchor_path, const RegionRow& insured,
                                           const std::optional<ClaimRule>& given, Date as_of);

}  // namespace medins
