// Region ops:
//   region.search   {query, limit?}         -> {hits: [region + "match"]}, written as text
//   region.get      {code}                  -> region (+ exact, requested_code)
//   region.relation {insured, treatment}    -> {relation, insured, treatment}
#include <tuple>

#include "api/ops.hpp"
#include "common/request_reader.hpp"
#include "region/region.hpp"
#include "region/region_json.hpp"
#include "region/region_search.hpp"
#include "region/region_text.hpp"

namespace medins::ops {

namespace {

Result<std::vector<RegionHit>> searched(const nlohmann::json& request) {
  Errors errors;
  RequestReader reader(request, "", errors);
  const std::optional<std::string> query = reader.string("query");
  const std::optional<std::int64_t> limit = reader.integer("limit", 1, 50, false);
  reader.reject_unknown_fields();
  if (!errors.empty()) return errors;
  return search_regions(*query, static_cast<std::size_t>(limit.value_or(10)), reader.path("query"));
}

}  // namespace

Result<nlohmann::json> region_search(const CoreData& /*data*/, const nlohmann::json& request) {
  Result<std::vector<RegionHit>> hits = searched(request);
  if (!hits) return std::move(hits).errors();
  nlohmann::json list = nlohmann::json::array();
  for (const RegionHit& hit : hits.value()) {
    nlohmann::json item = region_json(*hit.region);
    item["match"] = region_match_name(hit.match);
    list.push_back(std::move(item));
  }
  return nlohmann::json{{"hits", std::move(list)}};
}

// The same answer written as text, which is what handle() sends: the bytes region_search's tree
// dumps to, without building the tree (about half of the op's time).
Errors region_search_text(const CoreData& /*data*/, const nlohmann::json& request,
                          std::string& out) {
  Result<std::vector<RegionHit>> hits = searched(request);
  if (!hits) return std::move(hits).errors();
  out.reserve(out.size() + 512 * hits->size());
  out += "{\"hits\":[";
  for (const RegionHit& hit : hits.value()) {
    if (&hit != &hits->front()) out += ',';
    append_region_text(out, *hit.region, region_match_name(hit.match));
  }
  out += "]}";
  return {};
}

Result<nlohmann::json> region_get(const CoreData& /*data*/, const nlohmann::json& request) {
  Result<std::string> code = read_single_string(request, "code");
  if (!code) return std::move(code).errors();
  Result<ResolvedRegion> resolved = resolve_region(code.value(), "/code");
  if (!resolved) return std::move(resolved).errors();
  return resolved_region_json(resolved.value(), code.value());
}

Result<nlohmann::json> region_relation(const CoreData& /*data*/, const nlohmann::json& request) {
  Errors errors;
  RequestReader reader(request, "", errors);
  const std::optional<std::string> insured = reader.string("insured");
  const std::optional<std::string> treatment = reader.string("treatment");
  reader.reject_unknown_fields();
  std::optional<ResolvedRegion> a;
  std::optional<ResolvedRegion> b;
  for (auto [text, field, out] :
       {std::make_tuple(&insured, "insured", &a), std::make_tuple(&treatment, "treatment", &b)}) {
    if (!*text) continue;
    Result<ResolvedRegion> r = resolve_region(**text, reader.path(field));
    if (r) {
      *out = r.value();
    } else {
      for (const Error& e : r.errors()) errors.push_back(e);
    }
  }
  if (!errors.empty() || !a || !b) return errors;
  return nlohmann::json{{"relation", region_relation_name(relate_regions(*a->region, *b->region))},
                        {"insured", resolved_region_json(*a, *insured)},
                        {"treatment", resolved_region_json(*b, *treatment)}};
}

}  // namespace medins::ops
