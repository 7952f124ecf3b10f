#include "region/name_match.hpp"

#include <algorithm>

#include "common/text.hpp"

namespace medins::name_match {

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

char32_t code_point(std::string_view ch) {
  const auto b = [&](std::size_t i) {
    return static_cast<char32_t>(static_cast<unsigned char>(ch[i]));
  };
  switch (ch.size()) {
    case 2:
      return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3:
      return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    case 4:
      return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    default:
      return b(0);
  }
}

std::string_view char_at(std::string_view text, std::size_t i) {
  return text.substr(i,
                     std::min(utf8_length(static_cast<unsigned char>(text[i])), text.size() - i));
}

std::string fold(std::string_view raw, bool (*drop)(std::string_view ch)) {
  std::string out;
  const std::string wide = normalise_full_width(raw);
  for (std::size_t i = 0; i < wide.size();) {
    const std::string_view ch = char_at(wide, i);
    i += ch.size();
    if (drop(ch)) continue;
    if (ch.size() == 1 && ch[0] >= 'A' && ch[0] <= 'Z') {
      out.push_back(static_cast<char>(ch[0] - 'A' + 'a'));
    } else {
      out += ch;
    }
  }
  return out;
}

void normalise_query(std::string_view raw, Query& q) {
  q = Query();
  q.storage = fold(raw, is_separator);
  q.digits_only = !q.storage.empty() && std::all_of(q.storage.begin(), q.storage.end(),
                                                    [](char c) { return c >= '0' && c <= '9'; });
  for (std::size_t i = 0; i < q.storage.size();) {
    const std::string_view ch = char_at(q.storage, i);
    q.units.push_back({ch, ch.size() == 1 && ch[0] >= 'a' && ch[0] <= 'z'});
    i += ch.size();
  }
}

Errors checked_query(std::string_view raw, Query& q, const char* prefix, const std::string& path) {
  normalise_query(raw, q);
  const std::string code = prefix;
  if (q.units.empty()) return {make_error(code + ".empty_query", path)};
  if (q.units.size() > kMaxRegionQueryUnits) {
    return {
        make_error(code + ".query_too_long", path,
                   "最多" + std::to_string(kMaxRegionQueryUnits) + "个字母或汉字。",
                   "At most " + std::to_string(kMaxRegionQueryUnits) + " letters or characters.")};
  }
  return {};
}

namespace {

// Does the query, from unit j on, begin with the letters of `reading`?
bool letters_at(const Query& q, std::size_t j, std::string_view reading) {
  if (j + reading.size() > q.units.size()) return false;
  for (std::size_t k = 0; k < reading.size(); ++k) {
    const QueryUnit& u = q.units[j + k];
    if (!u.letter || u.text[0] != reading[k]) return false;
  }
  return true;
}

}  // namespace

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

bool match_name(const Query& q, Mask start, NameSpan own, bool floating, RegionMatch& best,
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
    found = keep_best_match(next_anchored, partial_anchored, next_inside, partial_inside, end,
                            at_name_end, best, found);
    anchored = next_anchored & ~bit(end);
    inside = next_inside & ~bit(end);
  }
  return found;
}

}  // namespace medins::name_match
