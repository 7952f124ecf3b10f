#include "medins/region_search.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "medins/region.hpp"
#include "medins/text.hpp"

namespace medins {
namespace {

// One unit of the query: an ASCII letter or a whole UTF-8 character (a Chinese character).
struct QueryUnit {
  std::string_view text;
  bool letter;
};

struct Query {
  std::string storage;  // normalised query; units point into it
  std::vector<QueryUnit> units;
  bool digits_only = false;
};

// Characters people put between parts of a place name; they carry no meaning for search.
bool is_separator(std::string_view ch) {
  return ch == " " || ch == "'" || ch == "-" || ch == "," || ch == "." || ch == "/" || ch == ">" ||
         ch == "\xC2\xB7" /* · */ || ch == "\xE2\x80\xBA" /* › */ || ch == "\xE3\x80\x81" /* 、 */;
}

std::size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;  // a stray continuation byte stands alone and matches nothing
}

Query normalise_query(std::string_view raw) {
  Query q;
  const std::string wide = normalise_full_width(raw);
  for (std::size_t i = 0; i < wide.size();) {
    const std::size_t n =
        std::min(utf8_length(static_cast<unsigned char>(wide[i])), wide.size() - i);
    const std::string_view ch(wide.data() + i, n);
    i += n;
    if (is_separator(ch)) continue;
    std::string piece(ch);
    if (n == 1 && piece[0] >= 'A' && piece[0] <= 'Z')
      piece[0] = static_cast<char>(piece[0] - 'A' + 'a');
    q.storage += piece;
  }
  q.digits_only = !q.storage.empty() && std::all_of(q.storage.begin(), q.storage.end(),
                                                    [](char c) { return c >= '0' && c <= '9'; });
  for (std::size_t i = 0; i < q.storage.size();) {
    const std::size_t n =
        std::min(utf8_length(static_cast<unsigned char>(q.storage[i])), q.storage.size() - i);
    const char c = q.storage[i];
    q.units.push_back({std::string_view(q.storage).substr(i, n), n == 1 && c >= 'a' && c <= 'z'});
    i += n;
  }
  return q;
}

// A name as the matcher walks it: per character, the character and its readings.
struct NameChar {
  std::string_view ch;
  std::string_view readings;  // "chao|zhao"
};

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

void split_name(const RegionRow& row, Segment& s) {
  std::string_view readings = row.readings;
  s.length = 0;
  for (std::size_t i = 0; i < row.name.size() && s.length < kMaxNameChars;) {
    const std::size_t n =
        std::min(utf8_length(static_cast<unsigned char>(row.name[i])), row.name.size() - i);
    const std::size_t space = readings.find(' ');
    s.chars[s.length++] = {row.name.substr(i, n), readings.substr(0, space)};
    readings = space == std::string_view::npos ? std::string_view() : readings.substr(space + 1);
    i += n;
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

using Mask = std::uint64_t;  // bit j: the first j query units are matched
constexpr Mask bit(std::size_t j) {
  return Mask{1} << j;
}

// Does the query, from unit j on, begin with the letters of `reading`?
bool letters_at(const Query& q, std::size_t j, std::string_view reading) {
  if (j + reading.size() > q.units.size()) return false;
  for (std::size_t k = 0; k < reading.size(); ++k) {
    const QueryUnit& u = q.units[j + k];
    if (!u.letter || u.text[0] != reading[k]) return false;
  }
  return true;
}

// Advances the set of matched query positions over one character of a name. `partial_end`
// is set when the query ends inside this character's reading ("chaoy" inside 阳 yang is
// complete via the initial, "yan" is partial), which can make a prefix match but not exact.
Mask step(const Query& q, Mask from, const NameChar& c, bool& partial_end) {
  Mask to = 0;
  const std::size_t end = q.units.size();
  for (Mask rest_bits = from & (bit(end) - 1); rest_bits != 0; rest_bits &= rest_bits - 1) {
    const auto j = static_cast<std::size_t>(__builtin_ctzll(rest_bits));
    if (!q.units[j].letter) {
      if (q.units[j].text == c.ch) to |= bit(j + 1);
      continue;
    }
    std::string_view rest = c.readings;
    while (!rest.empty()) {
      const std::size_t bar = rest.find('|');
      const std::string_view r = rest.substr(0, bar);
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      if (letters_at(q, j, r)) to |= bit(j + r.size());
      if (q.units[j].text[0] == r[0]) to |= bit(j + 1);  // initial: b for 北
      if (r.size() >= 3 && r[1] == 'h' && letters_at(q, j, r.substr(0, 2)))
        to |= bit(j + 2);  // zh ch sh
      if (end - j < r.size() && letters_at(q, j, r.substr(0, end - j))) partial_end = true;
    }
  }
  return to;
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

// Matches the query against a region's own name, starting from the positions in `start` (bit 0
// alone when the name stands first; an ancestor's exit mask otherwise). `floating` lets the
// match also begin at any later character (substring). Updates `best`; returns whether found.
bool match_name(const Query& q, Mask start, const Segment& own, bool floating, RegionMatch& best,
                bool found) {
  const std::size_t end = q.units.size();
  Mask anchored = start;
  Mask inside = 0;
  for (std::size_t i = 0; i < own.length && (anchored | inside | floating) != 0; ++i) {
    bool partial_anchored = false;
    bool partial_inside = false;
    const Mask next_anchored = anchored ? step(q, anchored, own.chars[i], partial_anchored) : 0;
    const Mask from_inside = inside | (floating && i > 0 ? bit(0) : 0);
    const Mask next_inside = from_inside ? step(q, from_inside, own.chars[i], partial_inside) : 0;
    const bool at_name_end = i + 1 == own.length || i + 1 == own.short_length;
    bool here = true;
    RegionMatch m = RegionMatch::kSubstring;
    if (next_anchored & bit(end)) {
      m = at_name_end ? RegionMatch::kExact : RegionMatch::kPrefix;
    } else if (partial_anchored) {
      m = RegionMatch::kPrefix;
    } else if (!((next_inside & bit(end)) || partial_inside)) {
      here = false;
    }
    if (here && (!found || m < best)) {
      best = m;
      found = true;
    }
    anchored = next_anchored & ~bit(end);
    inside = next_inside & ~bit(end);
  }
  return found;
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
  switch (match) {
    case RegionMatch::kExact:
      return "exact";
    case RegionMatch::kPrefix:
      return "prefix";
    case RegionMatch::kSubstring:
      return "substring";
  }
  return "substring";
}

Result<std::vector<RegionHit>> search_regions(std::string_view raw, std::size_t limit,
                                              const std::string& path) {
  const Query q = normalise_query(raw);
  if (q.units.empty()) return make_error("region.empty_query", path);
  if (q.units.size() > kMaxRegionQueryUnits) {
    return make_error(
        "region.query_too_long", path,
        "最多" + std::to_string(kMaxRegionQueryUnits) + "个字母或汉字。",
        "At most " + std::to_string(kMaxRegionQueryUnits) + " letters or characters.");
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
      found = match_name(q, bit(0), own, true, best, false);
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
        found = match_name(q, from_ancestors, own, false, best, found);
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
