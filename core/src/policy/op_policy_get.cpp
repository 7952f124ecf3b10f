// Op policy.get: {"region", "scheme", "on"} -> the version in force on that day, with every
// parameter and its source.
//
// Policies are set for the pooling region (统筹区), usually the prefecture, while people know
// their county or district code (from an ID card, say). When the code itself has no file, the
// prefecture (PPCC00) and then the province (PP0000) are tried, and the answer says so in
// "resolved_from": never a silent substitution.
//
// {"policy": {...}, "on"} instead of region and scheme answers from a policy the person or a
// portal supplied (validated as in policy.validate, errors under "/policy"), so entered figures
// take exactly the path of shipped ones.
#include "api/ops.hpp"
#include "policy/op_policy_common.hpp"
#include "policy/policy_json.hpp"
#include "policy/policy_parse.hpp"

namespace medins::ops {
namespace {

struct Candidate {
  std::string region;
  const char* level;  // "exact", "prefecture", "province"
};

std::vector<Candidate> candidates(const std::string& region) {
  std::vector<Candidate> out = {{region, "exact"}};
  const std::string prefecture = region.substr(0, 4) + "00";
  const std::string province = region.substr(0, 2) + "0000";
  if (prefecture != region) out.push_back({prefecture, "prefecture"});
  if (province != region && province != prefecture) out.push_back({province, "province"});
  return out;
}

nlohmann::json answer(const Policy& policy, const PolicyVersion& version, Date on) {
  nlohmann::json out = policy_header_json(policy);
  out["on"] = on.to_iso();
  nlohmann::json v = version_to_json(version);
  // Always name the version's source, inherited or its own, so a figure is never shown bare.
  v["source"] = source_to_json(version.source ? *version.source : policy.source);
  out["version"] = std::move(v);
  return out;
}

Result<nlohmann::json> from_supplied(const nlohmann::json& document, const std::string& path,
                                     Date on, const std::string& on_path,
                                     const Bibliography* bibliography) {
  Result<Policy> policy = parse_policy(document, path, bibliography);
  if (!policy) return policy.errors();
  const PolicyVersion* version = version_on(policy.value(), on);
  if (version == nullptr) return make_error("policy.no_version_on_date", on_path);
  return answer(policy.value(), *version, on);
}

}  // namespace

Result<nlohmann::json> policy_get(const CoreData& data, const nlohmann::json& request) {
  Errors errors;
  RequestReader reader(request, "", errors);
  const nlohmann::json* supplied = reader.object("policy", false);
  const bool by_place = supplied == nullptr;
  const std::optional<std::string> region = read_region(reader, errors, by_place);
  const std::optional<Scheme> scheme = read_scheme(reader, errors, by_place);
  const std::optional<Date> on = reader.date("on");
  reader.reject_unknown_fields();
  if (!by_place && (request.contains("region") || request.contains("scheme"))) {
    errors.push_back(make_error("policy.conflicting_fields", reader.path("policy")));
  }
  if (!errors.empty()) return errors;
  if (!by_place) {
    if (!on) return errors;
    return from_supplied(*supplied, reader.path("policy"), *on, reader.path("on"),
                         data.sources.get() ? &data.sources.get().value() : nullptr);
  }
  if (!region || !scheme || !on) return errors;
  const Result<ShippedPolicies>& shipped = data.policies.get();
  if (!shipped) return shipped.errors();

  const ShippedPolicy* found = nullptr;
  const char* level = "exact";
  bool other_scheme = false;
  for (const Candidate& c : candidates(*region)) {
    found = find_shipped_policy(*shipped, c.region, *scheme);
    if (found != nullptr) {
      level = c.level;
      break;
    }
    const Scheme other = *scheme == Scheme::kEmployee ? Scheme::kResident : Scheme::kEmployee;
    if (find_shipped_policy(*shipped, c.region, other) != nullptr) other_scheme = true;
  }
  if (found == nullptr) {
    // Point at the scheme when the place has a policy for the other scheme: that is the field
    // to check; otherwise at the region.
    return make_error("policy.not_found", reader.path(other_scheme ? "scheme" : "region"));
  }
  const PolicyVersion* version = version_on(found->policy, *on);
  if (version == nullptr) return make_error("policy.no_version_on_date", reader.path("on"));
  nlohmann::json out = answer(found->policy, *version, *on);
  out["file"] = found->file;
  if (std::string(level) != "exact") {
    out["resolved_from"] = {{"region", *region}, {"level", level}};
  }
  return out;
}

}  // namespace medins::ops
