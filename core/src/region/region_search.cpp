#include "region/region_search.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "common/enum_names.hpp"
#include "common/text.hpp"
#include "region/name_match.hpp"
#include "region/region.hpp"
#include "region/region_index.hpp"
#include "region/region_readings.hpp"

namespace medins {
namespace {

using name_match::bit;
using name_match::code_point;
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
  const std::string_view name = row.name();
  RegionReadings readings(row);
  s.length = 0;
  for (std::size_t i = 0; i < name.size() && s.length < kMaxNameChars;) {
    const std::string_view ch = name_match::char_at(name, i);
    s.chars[s.length++] = {ch, readings.next(ch)};
    i += ch.size();
  }
  s.short_length = s.length;
  for (std::string_view suffix : kSuffixes) {
    if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix) {
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

// A digits-only query against the codes: the divisions whose code is the query (exact) or begins
// with it (prefix). Codes are six digits in ascending order, so they form one run of the table.
void match_codes(const Query& q, std::vector<RegionHit>& hits) {
  const std::size_t digits = q.storage.size();
  if (digits > 6) return;
  std::int32_t low = std::stoi(q.storage);
  std::int32_t span = 1;
  for (std::size_t i = digits; i < 6; ++i) low *= 10, span *= 10;
  const RegionTable table = region_table();
  const RegionRow* it =
      std::lower_bound(table.begin(), table.end(), low,
                       [](const RegionRow& row, std::int32_t c) { return row.code < c; });
  // A leading 0 begins no code: every code is six digits starting 1-9.
  if (q.storage[0] == '0') return;
  for (; it != table.end() && it->code < low + span; ++it) {
    hits.push_back({it, digits == 6 ? RegionMatch::kExact : RegionMatch::kPrefix});
  }
}

// What a name needs to match the query on its own: every letter of the query among its readings,
// every character of the query among its characters. Characters are compared as bits (code point
// mod 32), so the test can let a name through wrongly, never turn one away wrongly.
struct Needs {
  std::uint32_t letters = 0;
  std::uint32_t chars = 0;
  std::size_t first_key = 0;  // the posting list of its first unit
};

Needs needs_of(const Query& q) {
  Needs n;
  for (const name_match::QueryUnit& u : q.units) {
    if (u.letter) {
      n.letters |= std::uint32_t{1} << (u.text[0] - 'a');
    } else {
      n.chars |= char_bit(code_point(u.text));
    }
  }
  const name_match::QueryUnit& first = q.units.front();
  n.first_key = first.letter ? letter_key(first.text[0]) : char_key(code_point(first.text));
  return n;
}

// The exit masks of the last province and the last prefecture walked: the only ancestors a later
// row can have, since a division's descendants follow it in the table without a gap.
struct Ancestor {
  std::size_t row = kNoParentRow;
  Mask exit = 0;   // after this name, from the query's start
  Mask chain = 0;  // after its province then this prefecture
};

void match_names(const Query& q, std::vector<RegionHit>& hits) {
  const RegionTable table = region_table();
  const RegionIndex index = region_index();
  const Needs needs = needs_of(q);
  PostingCursor posting(index, needs.first_key);
  Ancestor province;
  Ancestor prefecture;
  const auto masks_of = [&](std::size_t row) -> const Ancestor* {
    if (row == province.row) return &province;
    if (row == prefecture.row) return &prefecture;
    return nullptr;  // not walked: the query cannot start in its name
  };
  Segment own;
  // Rows are walked in code order, so every province and prefecture comes before its children and
  // their exit masks are ready when a child needs them: bjcy is b-j through 北京市, then c-y. A row
  // is walked when its name holds the query's first unit (the posting list), or when it lies under
  // a province or prefecture whose name the query runs through (active_end). No other row can
  // match: its own name cannot begin the match, and no ancestor's name can.
  std::size_t active_end = 0;
  for (std::size_t i = 0; i < table.size(); ++i) {
    while (!posting.done() && posting.row() < i) posting.advance();
    if (i >= active_end) {
      if (posting.done()) break;
      i = posting.row();
    }
    const bool listed = !posting.done() && posting.row() == i;
    const RegionRow& row = table.begin()[i];
    const bool could_match_alone = listed && (needs.letters & ~index.letter_mask[i]) == 0 &&
                                   (needs.chars & ~index.char_mask[i]) == 0;
    bool split = false;
    const auto own_name = [&]() -> const Segment& {
      if (!split) split_name(row, own), split = true;
      return own;
    };
    RegionMatch best = RegionMatch::kSubstring;
    bool found =
        could_match_alone && name_match::match_name(q, bit(0), span(own_name()), true, best, false);
    Mask exit = 0;
    Mask chain = 0;
    Mask from_ancestors = 0;
    const std::size_t parent = index.parent_row[i];
    if (parent != kNoParentRow) {
      const Ancestor* p = masks_of(parent);
      if (p != nullptr) from_ancestors |= p->exit | p->chain;
      const std::size_t grandparent = index.parent_row[parent];
      const Ancestor* g = grandparent != kNoParentRow ? masks_of(grandparent) : nullptr;
      if (g != nullptr) from_ancestors |= g->exit | g->chain;
    }
    if (row.level != RegionLevel::kCounty) {
      if (listed) exit = exit_mask(q, bit(0), own_name());
      if (row.level == RegionLevel::kPrefecture && parent != kNoParentRow) {
        const Ancestor* p = masks_of(parent);
        if (p != nullptr && p->exit != 0) {
          chain = exit_mask(q, p->exit, own_name());
        }
      }
      Ancestor& slot = row.level == RegionLevel::kProvince ? province : prefecture;
      slot = {i, exit, chain};
      if ((exit | chain) != 0) active_end = std::max<std::size_t>(active_end, index.subtree_end[i]);
    }
    if (from_ancestors != 0 && !(found && best == RegionMatch::kExact)) {
      found = name_match::match_name(q, from_ancestors, span(own_name()), false, best, found);
    }
    if (found) hits.push_back({&row, best});
  }
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

  std::vector<RegionHit> hits;
  if (q.digits_only) {
    match_codes(q, hits);
  } else {
    match_names(q, hits);
  }
  // Codes are unique, so the order is total: sorting only the first `limit` gives the same list as
  // sorting all.
  const auto ranked = [](const RegionHit& a, const RegionHit& b) {
    if (a.match != b.match) return a.match < b.match;
    if (a.region->level != b.region->level) return a.region->level < b.region->level;
    return a.region->code < b.region->code;
  };
  if (hits.size() > limit) {
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(limit), hits.end(),
                      ranked);
    hits.resize(limit);
  } else {
    std::sort(hits.begin(), hits.end(), ranked);
  }
  return hits;
}

}  // namespace medins
