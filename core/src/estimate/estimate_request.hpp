// Reading an `estimate` request (docs/estimate.md) into the typed input of
// medins/estimate.hpp, with the policy it names: a shipped id ("110000/employee") or an inline
// policy (a whole document, one version, or just the parameters of the visit's setting).
// Every problem of the request is reported at once. Internal to the core.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "common/sources.hpp"
#include "estimate/estimate.hpp"
#include "estimate/personal_account.hpp"
#include "medins/result.hpp"
#include "policy/shipped_policies.hpp"
#include "region/region.hpp"

namespace medins {

struct EstimateRequest {
  Date on = Date::latest();
  Scheme scheme = Scheme::kEmployee;
  std::string insured_code;
  std::string treatment_code;
  ResolvedRegion insured{};
  ResolvedRegion treatment{};
  // The policy the request names: the Engine's shipped one, viewed (the catalogue outlives the
  // request, and a copy per request would copy every figure's source, notes and quote), or the
  // inline one the request carries, held here.
  const Policy& policy() const {
    return shipped_policy != nullptr ? *shipped_policy : inline_policy;
  }
  const Policy* shipped_policy = nullptr;
  Policy inline_policy;
  std::size_t version_index = 0;  // the version in force on `on`
  PolicyPlace place;
  EstimateInput input;
  // Figures the person typed from their notice for what the policy may not give (`known_figures`):
  // estimate_range.hpp uses each only where the policy has no figure of its own.
  std::map<EstimateFigure, std::int64_t> known_figures;
  // `account`: the balances that pay the person's share (docs/estimate.md "Who pays the person's
  // share"); nullopt: the request did not ask who pays.
  std::optional<AccountInput> account;
  Errors warnings;  // about the request (a filing made after discharge)
};

// `shipped` is the Engine's catalogue (CoreData::policies), read when the request names a
// shipped policy; its errors become the request's when it is broken. An inline policy's source
// ids resolve against `sources` (the Engine's bibliography; none when null).
Result<EstimateRequest> read_estimate_request(const Result<ShippedPolicies>& shipped,
                                              const nlohmann::json& request,
                                              const Bibliography* sources = nullptr);

// The running totals as requests carry them (`year_to_date`, docs/estimate.md): what the
// estimate answers after a bill, and what ledger.summarize answers for a year of slips.
nlohmann::json year_to_date_json(const YearToDate& y);

}  // namespace medins
