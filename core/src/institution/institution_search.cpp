#include "institution/institution_search.hpp"

#include <algorithm>
#include <cstring>

#include "common/enum_names.hpp"
#include "common/text.hpp"
#include "region/name_match.hpp"
#include "region/pinyin.hpp"
#include "region/region.hpp"

namespace medins {
namespace {

using name_match::bit;
using name_match::NameChar;
using name_match::Query;

// Readings of ASCII letters in names (CT, 3D): the letter itself, so "ct" finds "CT室".
constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyz";

char32_t decode(std::string_view ch) {
  const auto b = [&](std::size_t i) { return static_cast<unsigned char>(ch[i]); };
  switch (ch.size()) {
    case 2:
      return (b(0) & 0x1Fu) << 6 | (b(1) & 0x3Fu);
    case 3:
      return (b(0) & 0x0Fu) << 12 | (b(1) & 0x3Fu) << 6 | (b(2) & 0x3Fu);
    case 4:
      return (b(0) & 0x07u) << 18 | (b(1) & 0x3Fu) << 12 | (b(2) & 0x3Fu) << 6 | (b(3) & 0x3Fu);
    default:
      return b(0);
  }
}

// Brackets around a part of a name (（演示）, 【分院】) are not searched for, like separators.
bool is_bracket(std::string_view ch) {
  return ch == "(" || ch == ")" || ch == "[" || ch == "]" || ch == "\xE3\x80\x90" /* 【 */ ||
         ch == "\xE3\x80\x91" /* 】 */ || ch == "\xE3\x80\x8A" /* 《 */ ||
         ch == "\xE3\x80\x8B" /* 》 */;
}

// Full-width to ASCII, letters to lower case, separators and brackets dropped: the text the
// matcher walks, kept so that the characters' views point into it.
std::string search_text(std::string_view name) {
  return name_match::fold(
      name, [](std::string_view ch) { return name_match::is_separator(ch) || is_bracket(ch); });
}

// The characters of a search text with their readings.
std::vector<NameChar> name_chars(std::string_view text) {
  std::vector<NameChar> chars;
  for (std::size_t i = 0; i < text.size();) {
    const std::string_view ch = name_match::char_at(text, i);
    const std::size_t n = ch.size();
    std::string_view readings;
    if (n == 1 && ch[0] >= 'a' && ch[0] <= 'z') {
      readings = kLetters.substr(static_cast<std::size_t>(ch[0] - 'a'), 1);
    } else if (n > 1) {
      readings = char_readings(decode(ch));
    }
    chars.push_back({ch, readings});
    i += n;
  }
  return chars;
}

// Where the name spells its own place (乐亭县人民医院 in 乐亭县, or 乐亭 without the suffix), those
// characters take the place's readings from the region table, which add what the place is
// called locally (乐亭 lào) to the dictionary's.
void apply_place_readings(std::string_view text, std::vector<NameChar>& chars,
                          std::int32_t region) {
  for (const RegionRow* row = find_region(region); row != nullptr;
       row = row->parent_code ? find_region(row->parent_code) : nullptr) {
    // Per-character readings of the place name.
    std::vector<std::string_view> readings;
    std::string_view rest = row->readings;
    while (!rest.empty()) {
      const std::size_t space = rest.find(' ');
      readings.push_back(rest.substr(0, space));
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    std::string_view place = row->name;
    std::size_t place_chars = readings.size();
    std::size_t found = text.find(place);
    if (found == std::string_view::npos && place_chars > 2) {
      // Without the one-character suffix (县, 市, 区): 乐亭人民医院.
      const std::size_t last = place.size() - 1;
      std::size_t start = last;
      while (start > 0 && (static_cast<unsigned char>(place[start]) & 0xC0) == 0x80) --start;
      place = place.substr(0, start);
      --place_chars;
      found = text.find(place);
    }
    if (found == std::string_view::npos) continue;
    for (std::size_t c = 0; c < chars.size(); ++c) {
      if (chars[c].ch.data() != text.data() + found) continue;
      for (std::size_t k = 0; k < place_chars && c + k < chars.size(); ++k) {
        chars[c + k].readings = readings[k];
      }
      break;
    }
  }
}

struct SearchName {
  std::string text;
  std::vector<NameChar> chars;
};

bool in_region(std::int32_t entry_region, std::int32_t filter) {
  if (entry_region == filter) return true;
  if (filter % 10000 == 0) return entry_region / 10000 == filter / 10000;
  if (filter % 100 == 0) return entry_region / 100 == filter / 100;
  return false;
}

// H43010200001 or its start, P…, or the digits after the letter.
bool match_code(const Query& q, const std::string& code, RegionMatch& best) {
  std::string lower = code;
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  std::string_view target = lower;
  if (q.digits_only) target = target.substr(1);
  if (q.storage.size() < 2) return false;  // one letter or digit would match every code
  if (q.storage == target) return best = RegionMatch::kExact, true;
  if (q.storage.size() < target.size() && target.compare(0, q.storage.size(), q.storage) == 0) {
    return best = RegionMatch::kPrefix, true;
  }
  return false;
}

bool code_like(const Query& q) {
  if (q.storage.empty()) return false;
  const std::size_t from = q.storage[0] == 'h' || q.storage[0] == 'p' ? 1 : 0;
  if (from == q.storage.size()) return false;
  return std::all_of(q.storage.begin() + static_cast<std::ptrdiff_t>(from), q.storage.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

std::size_t char_count(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

struct InstitutionIndex::Names {
  // names[i]: entry i's name, then its aliases. Filled completely before any view is taken.
  std::vector<std::vector<SearchName>> names;
  std::vector<std::size_t> name_chars;  // entry i's name length, for ranking
};

const char* institution_field_name(InstitutionField field) {
  static constexpr const char* kNames[] = {"name", "alias", "code"};
  return enum_name(field, kNames);
}

InstitutionIndex::InstitutionIndex(InstitutionList list) : list_(std::move(list)) {
  auto names = std::make_unique<Names>();
  names->names.resize(list_.institutions.size());
  names->name_chars.resize(list_.institutions.size());
  for (std::size_t i = 0; i < list_.institutions.size(); ++i) {
    const InstitutionEntry& e = list_.institutions[i];
    std::vector<SearchName>& mine = names->names[i];
    mine.reserve(1 + e.aliases.size());
    mine.push_back({search_text(e.name), {}});
    for (const std::string& alias : e.aliases) mine.push_back({search_text(alias), {}});
    // The vector no longer grows: the views below stay valid.
    for (SearchName& n : mine) {
      n.chars = name_chars(n.text);
      apply_place_readings(n.text, n.chars, e.region);
    }
    names->name_chars[i] = char_count(e.name);
  }
  names_ = std::move(names);
}

InstitutionIndex::~InstitutionIndex() = default;

Result<InstitutionSearch> InstitutionIndex::search(std::string_view raw,
                                                   const InstitutionFilter& filter,
                                                   std::size_t limit,
                                                   const std::string& path) const {
  Query q;
  if (Errors problems = name_match::checked_query(raw, q, "institutions", path);
      !problems.empty()) {
    return problems;
  }
  const bool by_code = code_like(q);
  // A query that starts with a Chinese character can only match a name holding it: a cheap
  // test that skips most of a large list before the matcher runs.
  const std::string_view first_char = q.units[0].letter ? std::string_view() : q.units[0].text;

  InstitutionSearch out;
  for (std::size_t i = 0; i < list_.institutions.size(); ++i) {
    const InstitutionEntry& e = list_.institutions[i];
    if (filter.kind && e.kind != *filter.kind) continue;
    if (filter.region && !in_region(e.region, *filter.region)) continue;
    bool found = false;
    InstitutionHit hit{&e, RegionMatch::kSubstring, InstitutionField::kName, 0};
    const std::vector<SearchName>& names = names_->names[i];
    for (std::size_t k = 0; k < names.size(); ++k) {
      const SearchName& n = names[k];
      if (!first_char.empty() && n.text.find(first_char) == std::string::npos) continue;
      RegionMatch m = RegionMatch::kSubstring;
      if (!name_match::match_name(q, bit(0), {n.chars.data(), n.chars.size(), n.chars.size()}, true,
                                  m, false)) {
        continue;
      }
      if (!found || m < hit.match) {
        hit.match = m;
        hit.field = k == 0 ? InstitutionField::kName : InstitutionField::kAlias;
        hit.alias = k == 0 ? 0 : k - 1;
        found = true;
      }
    }
    RegionMatch code_match = RegionMatch::kSubstring;
    if (by_code && match_code(q, e.code, code_match) && (!found || code_match < hit.match)) {
      hit.match = code_match;
      hit.field = InstitutionField::kCode;
      found = true;
    }
    if (found) out.hits.push_back(hit);
  }
  out.total = out.hits.size();
  const auto length = [&](const InstitutionHit& h) {
    return names_->name_chars[static_cast<std::size_t>(h.entry - list_.institutions.data())];
  };
  const auto better = [&](const InstitutionHit& a, const InstitutionHit& b) {
    if (a.match != b.match) return a.match < b.match;
    if (a.field != b.field) return a.field < b.field;
    if (length(a) != length(b)) return length(a) < length(b);
    return a.entry->code < b.entry->code;
  };
  if (out.hits.size() > limit) {
    std::partial_sort(out.hits.begin(), out.hits.begin() + static_cast<std::ptrdiff_t>(limit),
                      out.hits.end(), better);
    out.hits.resize(limit);
  } else {
    std::sort(out.hits.begin(), out.hits.end(), better);
  }
  return out;
}

}  // namespace medins
