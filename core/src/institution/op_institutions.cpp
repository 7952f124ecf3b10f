// Ops institutions.check and institutions.search over a portal's designated-institution list
// (docs/institutions-format.md):
//   institutions.check  {institutions: {...}} -> counts by kind, region and networked, or every
//                       problem with a pointer under /institutions
//   institutions.search {institutions?: {...}, query, region?, kind?, limit?} -> ranked hits,
//                       each with the facts eligibility.check takes. Without `institutions`, the
//                       list the Engine holds (Engine::with_institutions) is searched. Sent as
//                       text written directly (institutions_text.hpp); the tree is the reference.
#include <map>

#include "api/ops.hpp"
#include "common/json_writer.hpp"
#include "common/request_reader.hpp"
#include "institution/institution_search.hpp"
#include "institution/institutions_json.hpp"
#include "institution/institutions_text.hpp"
#include "region/region.hpp"
#include "region/region_json.hpp"

namespace medins::ops {
namespace {

using nlohmann::json;

constexpr std::int64_t kDefaultSearchLimit = 10;
constexpr std::int64_t kMaxSearchLimit = 50;

}  // namespace

Result<json> institutions_check(const CoreData& data, const json& request) {
  Errors errors;
  RequestReader reader(request, "", errors);
  const json* document = reader.object("institutions");
  reader.reject_unknown_fields();
  if (!errors.empty()) return errors;
  if (!data.eligibility_rules.get()) return data.eligibility_rules.get().errors();
  Result<InstitutionList> list = parse_institutions(
      *document, reader.path("institutions"), data.eligibility_rules.get()->at("chronic_diseases"));
  if (!list) return std::move(list).errors();
  return institutions_summary_json(list.value());
}

namespace {

// A search and the index its hits point into (a list sent with the request is indexed for this
// one search and must live as long as the hits).
struct Searched {
  std::shared_ptr<const InstitutionIndex> index;
  InstitutionSearch found;
};

Result<Searched> searched(const CoreData& data, const json& request) {
  Errors errors;
  RequestReader reader(request, "", errors);
  const json* document = reader.object("institutions", false);
  const std::optional<std::string> query = reader.string("query");
  const std::optional<std::string> region = reader.string("region", false);
  const std::optional<std::string> kind = reader.string("kind", false);
  const std::optional<std::int64_t> limit = reader.integer("limit", 1, kMaxSearchLimit, false);
  reader.reject_unknown_fields();

  InstitutionFilter filter;
  if (region) {
    Result<ResolvedRegion> r = resolve_region(*region, reader.path("region"));
    if (r) {
      filter.region = r->region->code;
    } else {
      for (const Error& e : r.errors()) errors.push_back(e);
    }
  }
  if (kind) {
    filter.kind = institution_kind_from_word(*kind);
    if (!filter.kind)
      errors.push_back(make_error("institutions.unknown_kind", reader.path("kind")));
  }
  if (document == nullptr && data.institutions == nullptr) {
    errors.push_back(make_error("institutions.none_loaded", reader.path("institutions")));
  }
  if (!errors.empty()) return errors;

  // A list in the request is read and indexed for this one search; a held list was indexed once.
  std::shared_ptr<const InstitutionIndex> index = data.institutions;
  if (document != nullptr) {
    if (!data.eligibility_rules.get()) return data.eligibility_rules.get().errors();
    Result<InstitutionList> list =
        parse_institutions(*document, reader.path("institutions"),
                           data.eligibility_rules.get()->at("chronic_diseases"));
    if (!list) return std::move(list).errors();
    index = std::make_shared<const InstitutionIndex>(std::move(list).value());
  }
  Result<InstitutionSearch> found =
      index->search(*query, filter, static_cast<std::size_t>(limit.value_or(kDefaultSearchLimit)),
                    reader.path("query"));
  if (!found) return std::move(found).errors();
  return Searched{std::move(index), std::move(found).value()};
}

}  // namespace

Result<json> institutions_search(const CoreData& data, const json& request) {
  Result<Searched> s = searched(data, request);
  if (!s) return std::move(s).errors();
  json hits = json::array();
  for (const InstitutionHit& hit : s->found.hits) hits.push_back(institution_hit_json(hit));
  const InstitutionList& list = s->index->list();
  return json{{"source", institutions_source_json(list.source)},
              {"as_of", list.as_of.to_iso()},
              {"total", s->found.total},
              {"hits", std::move(hits)}};
}

// The same answer written as text, which is what handle() sends: the bytes institutions_search's
// tree dumps to, without building a tree per hit.
Errors institutions_search_text(const CoreData& data, const json& request, std::string& out) {
  Result<Searched> s = searched(data, request);
  if (!s) return std::move(s).errors();
  const InstitutionList& list = s->index->list();
  out.reserve(out.size() + 1500 * (s->found.hits.size() + 1));
  out += "{\"as_of\":";
  append_json_string(out, list.as_of.to_iso());
  out += ",\"hits\":[";
  for (const InstitutionHit& hit : s->found.hits) {
    if (&hit != &s->found.hits.front()) out += ',';
    append_institution_hit_text(out, hit);
  }
  out += "],\"source\":";
  append_institutions_source_text(out, list.source);
  out += ",\"total\":";
  append_json_int(out, static_cast<std::int64_t>(s->found.total));
  out += '}';
  return {};
}

}  // namespace medins::ops
