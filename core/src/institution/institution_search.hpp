// Search in a designated-institution list (institutions.hpp) as people type a name: Chinese, full
// pinyin, initials, mixed (湘雅, xiangya, xy, 长沙di一), or the code (H43010200001, or its
// start). The matcher is region search's (region_search.hpp): polyphonic characters match every
// modern reading (长沙 changsha), and the characters of the institution's own place name take that
// place's readings (乐亭 laoting, data/regions/place_readings.tsv).
//
// An index is built once per list (the readings of every name looked up then, posting lists per
// character and per pair of characters, the codes sorted), so a portal's list
// of ten thousand entries is read and prepared once and searched many times.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "institution/institutions.hpp"
#include "region/region_search.hpp"

namespace medins {

// Which text of the entry matched, best first in the ranking.
enum class InstitutionField { kName, kAlias, kCode };
const char* institution_field_name(InstitutionField field);  // "name", "alias", "code"

struct InstitutionHit {
  const InstitutionEntry* entry;
  RegionMatch match;  // exact, prefix, substring
  InstitutionField field;
  std::size_t alias = 0;  // which alias, when field is kAlias
};

struct InstitutionFilter {
  std::optional<std::int32_t> region;  // the entry's region, or a prefecture or province over it
  std::optional<InstitutionKind> kind;
};

struct InstitutionSearch {
  std::size_t total = 0;  // every match, before the limit
  std::vector<InstitutionHit> hits;
};

class InstitutionIndex {
 public:
  explicit InstitutionIndex(InstitutionList list);
  ~InstitutionIndex();
  // The index points into its own strings: never copied or moved (hold it by pointer).
  InstitutionIndex(const InstitutionIndex&) = delete;
  InstitutionIndex& operator=(const InstitutionIndex&) = delete;

  const InstitutionList& list() const { return list_; }

  // Ranked: exact before prefix before substring; then name before alias before code; then the
  // shorter name; then by code. At most `limit` hits.
  // Errors (at `path`): institutions.empty_query, institutions.query_too_long (more than
  // kMaxRegionQueryUnits letters and characters).
  Result<InstitutionSearch> search(std::string_view query, const InstitutionFilter& filter,
                                   std::size_t limit, const std::string& path) const;

 private:
  struct Names;  // the names as symbols, posting lists, sorted codes (institution_search.cpp)
  InstitutionList list_;
  std::unique_ptr<const Names> names_;
};

}  // namespace medins
