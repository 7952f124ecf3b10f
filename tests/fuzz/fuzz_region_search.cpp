// Region search on whatever people type into the picker (region_search.hpp).
//
// Input: the first byte is the limit (0..255), the rest the query. Invariants: a refusal carries
// catalogued errors at the given path; at most `limit` hits; no region twice; hits ranked as
// documented (exact, prefix, substring; then province, prefecture, county; then code); every hit
// points into the region table.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string_view>
#include <tuple>

#include "contract.hpp"
#include "region/region_search.hpp"

using medins::fuzz::fuzz_fail;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t limit = data[0];
  const std::string_view query(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto hits = medins::search_regions(query, limit, "/query");
  if (!hits) {
    medins::fuzz::check_errors(hits.errors());
    for (const auto& e : hits.errors()) {
      if (e.path != "/query") fuzz_fail("search error not at the query", e.path);
    }
    return 0;
  }
  if (hits->size() > limit) fuzz_fail("more hits than the limit", query);
  const medins::RegionTable table = medins::region_table();
  std::set<std::int32_t> seen;
  for (std::size_t i = 0; i < hits->size(); ++i) {
    const medins::RegionHit& h = (*hits)[i];
    if (h.region < table.begin() || h.region >= table.end())
      fuzz_fail("hit outside the table", query);
    if (!seen.insert(h.region->code).second) fuzz_fail("a region listed twice", query);
    if (i == 0) continue;
    const medins::RegionHit& p = (*hits)[i - 1];
    const auto key = [](const medins::RegionHit& x) {
      return std::make_tuple(x.match, x.region->level, x.region->code);
    };
    if (!(key(p) < key(h))) fuzz_fail("hits out of rank order", query);
  }
  return 0;
}
