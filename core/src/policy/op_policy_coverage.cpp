// Op policy.coverage: {"policies"?: [{"file", "policy"}]} -> every policy it is given (each
// validated by the one parser, errors under "/policies/<i>/policy", and its place checked
// against "file": policy.file_mismatch), or without "policies" every policy the Engine holds:
// for each, where it applies (region, the region's name, its province), its scheme, the care
// settings it has figures for, how sure we are (the newest version's confidence) and its dates.
//
// It says plainly which places medins knows. The build writes the site's policies/index.json
// with it from data/policies/ (tools/gen_policy_index.mjs), so a shipped file that fails
// validation fails the build with its errors; the page's "places we know" table is that index.
#include <algorithm>
#include <set>

#include "api/ops.hpp"
#include "policy/op_policy_common.hpp"
#include "policy/policy_json.hpp"
#include "policy/policy_parse.hpp"
#include "region/region.hpp"

namespace medins::ops {
namespace {

// The name of a division in the 2024 table, or null: a policy may name an older code.
nlohmann::json region_name(const std::string& code) {
  const RegionRow* row = find_region(std::stoi(code));
  return row ? nlohmann::json(std::string(row->name())) : nlohmann::json(nullptr);
}

nlohmann::json coverage_entry(const Policy& policy, const std::string& file) {
  nlohmann::json out = policy_header_json(policy);
  out["id"] = policy.region + "/" + word_id(policy.scheme);
  out["file"] = file;
  const RegionRow* row = find_region(std::stoi(policy.region));
  out["region_name"] = row ? nlohmann::json(region_full_name(*row)) : nlohmann::json(nullptr);
  const std::string province = policy.region.substr(0, 2) + "0000";
  out["province"] = {{"code", province}, {"name", region_name(province)}};

  std::set<Setting> settings;
  nlohmann::json versions = nlohmann::json::array();
  // The newest date the file speaks of: its source's publication or a version's start.
  std::optional<Date> as_of = policy.source.published;
  for (const PolicyVersion& v : policy.versions) {
    for (const auto& item : v.settings) settings.insert(item.first);
    versions.push_back(version_summary_json(v));
    if (v.effective_from && (!as_of || *as_of < *v.effective_from)) as_of = v.effective_from;
  }
  nlohmann::json setting_ids = nlohmann::json::array();
  for (Setting s : settings) setting_ids.push_back(word_id(s));
  out["settings"] = std::move(setting_ids);
  // Versions are in date order: the last one is the newest.
  out["confidence"] = word_id(policy.versions.back().confidence);
  out["as_of"] = as_of ? nlohmann::json(as_of->to_iso()) : nlohmann::json(nullptr);
  out["versions"] = std::move(versions);
  return out;
}

// By province, then place, then scheme: the order of the page's table.
void sort_entries(nlohmann::json& list) {
  std::sort(list.begin(), list.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
    return a.at("id").get<std::string>() < b.at("id").get<std::string>();
  });
}

}  // namespace

Result<nlohmann::json> policy_coverage(const CoreData& data, const nlohmann::json& request) {
  Errors errors;
  RequestReader reader(request, "", errors);
  const nlohmann::json* given = reader.array("policies", false);
  reader.reject_unknown_fields();
  if (!errors.empty()) return errors;

  nlohmann::json list = nlohmann::json::array();
  if (given != nullptr) {
    const Bibliography* bibliography = data.sources.get() ? &data.sources.get().value() : nullptr;
    for (std::size_t i = 0; i < given->size(); ++i) {
      const std::string base = "/policies/" + std::to_string(i);
      if (!(*given)[i].is_object()) {
        errors.push_back(make_error("request.wrong_type", base));
        continue;
      }
      RequestReader item((*given)[i], base, errors);
      const std::optional<std::string> file = item.string("file");
      const nlohmann::json* document = item.object("policy");
      item.reject_unknown_fields();
      if (!file || document == nullptr) continue;
      Result<Policy> policy = parse_policy(*document, item.path("policy"), bibliography);
      if (!policy) {
        for (const Error& e : policy.errors()) errors.push_back(e);
        continue;
      }
      const std::string expected =
          "policies/" + policy->region + "/" + word_id(policy->scheme) + ".json";
      if (*file != expected) {
        errors.push_back(make_error("policy.file_mismatch", item.path("file"),
                                    "（应位于 " + expected + "）",
                                    "(expected at " + expected + ")"));
        continue;
      }
      list.push_back(coverage_entry(policy.value(), *file));
    }
    if (!errors.empty()) return errors;
  } else {
    const Result<ShippedPolicies>& held = data.policies.get();
    if (!held) return held.errors();
    for (const ShippedPolicy& p : held->policies) list.push_back(coverage_entry(p.policy, p.file));
  }
  sort_entries(list);
  const std::size_t count = list.size();
  return nlohmann::json{{"policies", std::move(list)}, {"count", count}};
}

}  // namespace medins::ops
