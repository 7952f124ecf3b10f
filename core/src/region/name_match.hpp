// The matcher behind region search (region_search.cpp), shared with institution search
// (institution_search.cpp): a query as people type it (Chinese characters, full pinyin,
// initials, zh/ch/sh, mixed) against a name whose characters carry their readings. Internal to
// the core.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "medins/error.hpp"
#include "region/region_search.hpp"

namespace medins::name_match {

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

// Full-width forms to ASCII, upper to lower case, separators (space ' - , . / > · › 、) dropped.
// Filled in place: the units point into the query's own storage, so a Query is never copied or
// moved once filled (a short string's characters would move with it).
void normalise_query(std::string_view raw, Query& q);

// normalise_query, then the checks every search makes of a query: empty (<prefix>.empty_query)
// or longer than kMaxRegionQueryUnits (<prefix>.query_too_long). Empty errors: `q` is ready.
Errors checked_query(std::string_view raw, Query& q, const char* prefix, const std::string& path);

// Characters people put between parts of a name; they carry no meaning for search.
bool is_separator(std::string_view ch);

// The byte length of a UTF-8 sequence from its first byte (1 for a stray continuation byte).
std::size_t utf8_length(unsigned char lead);

// The UTF-8 character that starts at byte i of text (cut short at the text's end).
std::string_view char_at(std::string_view text, std::size_t i);

// The code point of one query unit or name character (a letter, a digit or a whole UTF-8
// character), as the region index keys characters. A broken sequence gives some value: it
// matches no name anyway.
char32_t code_point(std::string_view ch);

// A name or query as search compares it: full-width forms to ASCII, A-Z to a-z, and every
// character `drop` says carries no meaning (separators; brackets in institution names) left out.
std::string fold(std::string_view raw, bool (*drop)(std::string_view ch));

// A name as the matcher walks it: per character, the character and its readings.
struct NameChar {
  std::string_view ch;
  std::string_view readings;  // "chao|zhao"; empty: matched only as the character itself
};

// A name: its characters, and how many come before an administrative suffix (区, 县; the whole
// length when there is none), so that 朝阳 is an exact match for 朝阳区.
struct NameSpan {
  const NameChar* chars;
  std::size_t length;
  std::size_t short_length;
};

using Mask = std::uint64_t;  // bit j: the first j query units are matched
constexpr Mask bit(std::size_t j) {
  return Mask{1} << j;
}

// Queries longer than this many units cannot be matched (the mask has 64 bits).
static_assert(kMaxRegionQueryUnits < 64, "the mask needs a bit per query position");

// Advances the set of matched query positions over one character of a name. `partial_end`
// is set when the query ends inside this character's reading ("chaoy" inside 阳 yang is
// complete via the initial, "yan" is partial), which can make a prefix match but not exact.
Mask step(const Query& q, Mask from, const NameChar& c, bool& partial_end);

// After one more character of a name: how the name matches so far, kept in `best` when it is
// better than what was found (exact, then prefix, then substring). Exact or prefix when the walk
// from the name's start reached the query's end (or ended inside a reading), substring when only
// a walk from inside the name did. Region and institution search both rank through this, so
// they rank alike. Returns whether anything is found.
inline bool keep_best_match(Mask next_anchored, bool partial_anchored, Mask next_inside,
                            bool partial_inside, std::size_t end, bool at_name_end,
                            RegionMatch& best, bool found) {
  RegionMatch m = RegionMatch::kSubstring;
  if (next_anchored & bit(end)) {
    m = at_name_end ? RegionMatch::kExact : RegionMatch::kPrefix;
  } else if (partial_anchored) {
    m = RegionMatch::kPrefix;
  } else if (!((next_inside & bit(end)) || partial_inside)) {
    return found;
  }
  if (!found || m < best) best = m;
  return true;
}

// Matches the query against a name, starting from the positions in `start` (bit 0 alone when the
// name stands first; an ancestor's exit mask otherwise). `floating` lets the match also begin at
// any later character (substring). Updates `best`; returns whether found.
bool match_name(const Query& q, Mask start, NameSpan own, bool floating, RegionMatch& best,
                bool found);

}  // namespace medins::name_match
