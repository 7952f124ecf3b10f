#include "region/region_search.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "common/enum_names.hpp"
#include "common/text.hpp"
#include "region/name_match.hpp"
#include "region/region.hpp"

namespace medins {
namespace {

using name_match::bit;
using name_match::Mask;
using name_match::NameChar;
using name_match::NameSpan;
using name_match::Query;
using name_match::step;
using name_match::utf8_length;

// Administrative suffixes, longest first: "朝阳区" is also matched as "朝阳".
// clang-format off
constexpr std::string_view kSuffixes[] = {
    "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
    "自治旗", "林区", "新区", "地区", "省", "市", "区", "县", "旗", "盟"};
// clang-format on

// Names have at most 15 characters (双江拉祜族佤族布朗族傣族自治县); room for more costs nothing.
constexpr std::size_t kMaxNameChars = 32;

struct Segment {
  std::array<NameChar, kMaxNameChars> chars;
  std::size_t length = 0;
  std::size_t short_length = 0;  // characters before the administrative suffix
};

NameSpan span(const Segment& s) {
  return {s.chars.data(), s.length, s.short_length};
}

void split_name(const RegionRow& row, Segment& s) {
  std::string_view readings = row.readings;
  s.length = 0;
  for (std::size_t i = 0; i < row.name.size() && s.length < kMaxNameChars;) {
    const std::string_view ch = name_match::char_at(row.name, i);
    const std::size_t space = readings.find(' ');
    s.chars[s.length++] = {ch, readings.substr(0, space)};
    readings = space == std::string_view::npos ? std::string_view() : readings.substr(space + 1);
    i += ch.size();
  }
  s.short_length = s.length;
  for (std::string_view suffix : kSuffixes) {
    if (row.name.size() > suffix.size() &&
        row.name.substr(row.name.size() - suffix.size()) == suffix) {
      std::size_t chars = 0;
      for (std::size_t i = 0; i < suffix.size();) {
        i += utf8_length(static_cast<unsigned char>(suffix[i]));
        ++chars;
      }
      s.short_length = s.length - chars;
      break;
    }
  }
}

// The query positions reachable after spelling `name` (whole, or without its suffix) from
// `start`: how far an ancestor's name carries the query before the region's own name begins.
// Positions at the query's end are dropped: the query must reach into the region's own name.
Mask exit_mask(const Query& q, Mask start, const Segment& name) {
  Mask mask = start;
  Mask after_short = 0;
  bool ignored = false;
  for (std::size_t i = 0; i < name.length && mask != 0; ++i) {
    if (i == name.short_length) after_short = mask;
    mask = step(q, mask, name.chars[i], ignored);
  }
  return (mask | after_short) & ~bit(q.units.size());
}

bool match_code(const Query& q, const RegionRow& row, RegionMatch& best) {
  const std::string code = std::to_string(row.code);
  if (q.storage == code) return best = RegionMatch::kExact, true;
  if (q.storage.size() < code.size() && code.compare(0, q.storage.size(), q.storage) == 0) {
    return best = RegionMatch::kPrefix, true;
  }
  return false;
}

}  // namespace

const char* region_match_name(RegionMatch match) {
  static constexpr const char* kNames[] = {"exact", "prefix", "substring"};
  return enum_name(match, kNames);
}

Result<std::vector<RegionHit>> search_regions(std::string_view raw, std::size_t limit,
                                              const std::string& path) {
  Query q;
  if (Errors problems = name_match::checked_query(raw, q, "region", path); !problems.empty()) {
    return problems;
  }

  // One pass in code order, which puts every province and prefecture before its children, so
  // their exit masks are ready when a child needs them: bjcy is b-j through 北京市, then c-y.
  const RegionTable table = region_table();
  std::vector<Mask> exits(table.size(), 0);        // after this name, from the query's start
  std::vector<Mask> chain_exits(table.size(), 0);  // after province then this prefecture
  std::vector<RegionHit> hits;
  Segment own;
  for (std::size_t index = 0; index < table.size(); ++index) {
    const RegionRow& row = table.begin()[index];
    RegionMatch best = RegionMatch::kSubstring;
    bool found = false;
    if (q.digits_only) {
      found = match_code(q, row, best);
    } else {
      split_name(row, own);
      found = name_match::match_name(q, bit(0), span(own), true, best, false);
      if (row.level != RegionLevel::kCounty) exits[index] = exit_mask(q, bit(0), own);
      Mask from_ancestors = 0;
      for (const RegionRow* a = row.parent_code ? find_region(row.parent_code) : nullptr;
           a != nullptr; a = a->parent_code ? find_region(a->parent_code) : nullptr) {
        const auto a_index = static_cast<std::size_t>(a - table.begin());
        from_ancestors |= exits[a_index] | chain_exits[a_index];
      }
      if (row.level == RegionLevel::kPrefecture && row.parent_code != 0) {
        const auto p_index = static_cast<std::size_t>(find_region(row.parent_code) - table.begin());
        if (exits[p_index] != 0) chain_exits[index] = exit_mask(q, exits[p_index], own);
      }
      if (from_ancestors != 0 && !(found && best == RegionMatch::kExact)) {
        found = name_match::match_name(q, from_ancestors, span(own), false, best, found);
      }
    }
    if (found) hits.push_back({&row, best});
  }
  std::stable_sort(hits.begin(), hits.end(), [](const RegionHit& a, const RegionHit& b) {
    if (a.match != b.match) return a.match < b.match;
    if (a.region->level != b.region->level) return a.region->level < b.region->level;
    return a.region->code < b.region->code;
  });
  if (hits.size() > limit) hits.resize(limit);
  return hits;
}

}  // namespace medins
