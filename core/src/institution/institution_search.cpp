#include "institution/institution_search.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <utility>

#include "common/enum_names.hpp"
#include "institution/institution_names.hpp"
#include "region/name_match.hpp"

namespace medins {
namespace {

using name_match::bit;
using name_match::Mask;
using name_match::NameChar;
using name_match::Query;

bool in_region(std::int32_t entry_region, std::int32_t filter) {
  if (entry_region == filter) return true;
  if (filter % 10000 == 0) return entry_region / 10000 == filter / 10000;
  if (filter % 100 == 0) return entry_region / 100 == filter / 100;
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

// The code of an entry as a code query is compared with it: the letter in lower case
// (h43010200001), and for a digits-only query the digits alone.
std::string lower_code(const std::string& code) {
  std::string lower = code;
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  return lower;
}

using CodeKeys = std::vector<std::pair<std::string, std::uint32_t>>;  // sorted key, entry

// Codes equal to the query (exact) or starting with it (prefix). One letter or digit would match
// every code, so a query needs two.
template <typename Found>
void match_codes(const CodeKeys& keys, const std::string& query, Found&& found) {
  if (query.size() < 2) return;
  auto it = std::lower_bound(keys.begin(), keys.end(), query,
                             [](const auto& k, const std::string& v) { return k.first < v; });
  for (; it != keys.end() && it->first.compare(0, query.size(), query) == 0; ++it) {
    found(it->second,
          it->first.size() == query.size() ? RegionMatch::kExact : RegionMatch::kPrefix);
  }
}

// Append `id` to a posting list unless the list already ends with it: names are walked in order,
// so each list stays ascending and holds a name once.
void post(std::vector<std::uint32_t>& list, std::uint32_t id) {
  if (list.empty() || list.back() != id) list.push_back(id);
}

}  // namespace

// The list's names (each entry's name, then its aliases) as sequences of symbols: a symbol is a
// character with the readings it has there (乐 reads lao in 乐亭县's names, le or yue elsewhere),
// so a query's steps over a symbol are worked out once per search, not once per name. Posting lists
// per character and per pair of adjacent characters find the names a query can match without
// walking the rest: every match begins with a character the query's first unit can start, followed
// by one its next units can continue; every two Chinese characters next to each other in the query
// are next to each other in the name. The codes are sorted for the code lookup.
struct InstitutionIndex::Names {
  std::vector<std::string> symbol_text;  // the character; views below point into these
  std::vector<NameChar> symbols;
  std::vector<std::uint32_t> symbol_char;      // per symbol: its character
  std::vector<std::uint32_t> symbol_initials;  // per symbol: bit per initial letter of its readings

  std::vector<std::uint32_t> name_entry;  // per name: its entry
  std::vector<std::uint8_t> name_field;   // 0 the name, k alias k-1
  std::vector<std::uint32_t> name_start;  // per name, and one past the last: into name_symbols
  std::vector<std::uint32_t> name_symbols;
  // per name: what its symbols after the first can begin a match with (start_bits), so that a
  // name whose start did not match and that holds no later start is left at once
  std::vector<std::uint64_t> name_later_starts;
  // per entry: its place in the order of the ranking's last two keys (the name's length, then the
  // code), so that ranking compares two numbers, not names and codes
  std::vector<std::uint32_t> entry_rank;

  std::unordered_map<std::string, std::uint32_t> char_ids;
  std::vector<std::vector<std::uint32_t>> char_symbols;  // per character: its symbols
  std::vector<std::vector<std::uint32_t>> char_names;    // per character: names holding it
  std::vector<std::uint32_t> letter_starts[26];  // per letter: characters with a reading so begun
  std::unordered_map<std::uint64_t, std::uint32_t> pair_ids;  // (first << 32 | second) -> pair
  std::vector<std::vector<std::uint32_t>> pair_names;         // per pair: names holding it
  // per character: the characters that follow it in some name, with the pair
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> followers;

  CodeKeys codes;        // h43010200001
  CodeKeys code_digits;  // 43010200001

  std::uint32_t char_id(std::string_view ch) const {
    const auto it = char_ids.find(std::string(ch));
    return it == char_ids.end() ? kNone : it->second;
  }
  const std::vector<std::uint32_t>* pair(std::uint32_t a, std::uint32_t b) const {
    const auto it = pair_ids.find(std::uint64_t{a} << 32 | b);
    return it == pair_ids.end() ? nullptr : &pair_names[it->second];
  }
  static constexpr std::uint32_t kNone = 0xFFFFFFFF;
};

namespace {

// One search's steps over symbols, worked out when a symbol is first met: per query position j
// the positions reached from j alone, and whether the query ends inside the symbol's reading.
// name_match::step is an OR over the positions it starts from, so these rows give its result.
class Steps {
 public:
  Steps(const Query& q, const std::vector<NameChar>& symbols)
      : q_(q), symbols_(symbols), units_(q.units.size()), slot_(symbols.size(), -1) {}

  // Inlined into the walk over each name: a row is worked out once and read thousands of times.
  __attribute__((always_inline)) Mask step(Mask from, std::uint32_t symbol, bool& partial_end) {
    std::int32_t slot = slot_[symbol];
    if (slot < 0) slot = fill(symbol);
    const Mask* r = rows_.data() + slot;
    Mask to = 0;
    for (Mask rest = from; rest != 0; rest &= rest - 1) {
      const auto j = static_cast<std::size_t>(__builtin_ctzll(rest));
      to |= r[j];
    }
    if ((r[units_] & from) != 0) partial_end = true;
    return to;
  }

 private:
  __attribute__((noinline)) std::int32_t fill(std::uint32_t symbol) {
    const auto slot = static_cast<std::int32_t>(rows_.size());
    slot_[symbol] = slot;
    Mask partial = 0;
    for (std::size_t j = 0; j < units_; ++j) {
      bool ends = false;
      rows_.push_back(name_match::step(q_, bit(j), symbols_[symbol], ends));
      if (ends) partial |= bit(j);
    }
    rows_.push_back(partial);
    return slot;
  }

  const Query& q_;
  const std::vector<NameChar>& symbols_;
  std::size_t units_;
  std::vector<std::int32_t> slot_;
  std::vector<Mask> rows_;
};

// Whether a symbol can begin a match: it has a reading that starts with the query's first letter,
// or it is the query's first character.
struct StartTest {
  std::uint64_t bits;  // start_bits of the query's first unit
  bool letter;
  std::uint32_t initial_bit;
  std::uint32_t char_id;
  const std::uint32_t* initials;  // per symbol
  const std::uint32_t* chars;     // per symbol
  bool operator()(std::uint32_t symbol) const {
    return letter ? (initials[symbol] & initial_bit) != 0 : chars[symbol] == char_id;
  }
};

// name_match::match_name over a name's symbols, from its start and floating, with the steps above.
// A floating start is tried only at a symbol the query's first unit can begin (any other gives
// nothing), and the walk stops once nothing better than what was found can come. Once something
// is found, the walk from inside the name is dropped: it finds only substrings, never better.
bool match_symbols(const Query& q, Steps& steps, const std::uint32_t* name, std::size_t length,
                   std::uint64_t later_starts, const StartTest& starts, RegionMatch& best) {
  const std::size_t end = q.units.size();
  bool found = false;
  Mask anchored = bit(0);
  Mask inside = 0;
  for (std::size_t i = 0; i < length; ++i) {
    if (found) {
      if (anchored == 0) break;  // only substrings now: none is better
      // After a prefix only exact is better, which ends the query with the name's last symbol;
      // every symbol takes at least one unit of the query, so the walk must have as many left.
      if (best == RegionMatch::kPrefix &&
          static_cast<std::size_t>(__builtin_ctzll(anchored)) + (length - i) > end) {
        break;
      }
      inside = 0;
    } else if (anchored == 0 && inside == 0) {
      // Nothing under way: only a symbol the query can begin at starts anything (most names a
      // candidate list holds fail their match this way, after their first characters).
      if ((later_starts & starts.bits) == 0) break;
      while (i < length && !starts(name[i])) ++i;
      if (i == length) break;
    }
    const std::uint32_t symbol = name[i];
    bool partial_anchored = false;
    bool partial_inside = false;
    const Mask next_anchored = anchored ? steps.step(anchored, symbol, partial_anchored) : 0;
    const Mask from_inside = found ? 0 : inside | (i > 0 && starts(symbol) ? bit(0) : 0);
    const Mask next_inside = from_inside ? steps.step(from_inside, symbol, partial_inside) : 0;
    const bool at_name_end = i + 1 == length;
    found = name_match::keep_best_match(next_anchored, partial_anchored, next_inside,
                                        partial_inside, end, at_name_end, best, found);
    anchored = next_anchored & ~bit(end);
    inside = next_inside & ~bit(end);
  }
  return found;
}

}  // namespace

// A symbol's starts as a bit set: a bit per initial letter of its readings (0-25), and one for its
// character (32 + its id modulo 32; a shared bit only lets more names be walked).
std::uint64_t start_bits(std::uint32_t initials, std::uint32_t char_id) {
  return std::uint64_t{initials} | std::uint64_t{1} << (32 + char_id % 32);
}

const char* institution_field_name(InstitutionField field) {
  static constexpr const char* kNames[] = {"name", "alias", "code"};
  return enum_name(field, kNames);
}

InstitutionIndex::InstitutionIndex(InstitutionList list) : list_(std::move(list)) {
  auto names = std::make_unique<Names>();
  Names& n = *names;
  std::unordered_map<std::string, std::uint32_t> symbol_ids;
  std::vector<std::string_view> symbol_readings;
  std::string key;  // reused: character, then its readings
  std::vector<std::size_t> name_chars(list_.institutions.size());
  n.name_start.push_back(0);
  for (std::size_t i = 0; i < list_.institutions.size(); ++i) {
    const InstitutionEntry& e = list_.institutions[i];
    name_chars[i] = char_count(e.name);
    for (std::size_t k = 0; k <= e.aliases.size(); ++k) {
      const std::string text = institution_search_text(k == 0 ? e.name : e.aliases[k - 1]);
      const auto name = static_cast<std::uint32_t>(n.name_entry.size());
      std::uint32_t previous = Names::kNone;
      for (const NameChar& c : institution_name_chars(text, e.region)) {
        key.assign(c.ch);
        auto [char_it, new_char] =
            n.char_ids.try_emplace(key, static_cast<std::uint32_t>(n.char_ids.size()));
        const std::uint32_t ch = char_it->second;
        if (new_char) {
          n.char_symbols.emplace_back();
          n.char_names.emplace_back();
          n.followers.emplace_back();
        }
        key += '\n';  // in no reading
        key.append(c.readings);
        auto [symbol_it, new_symbol] =
            symbol_ids.try_emplace(key, static_cast<std::uint32_t>(symbol_ids.size()));
        if (new_symbol) {
          n.symbol_text.emplace_back(c.ch);
          symbol_readings.push_back(c.readings);  // static tables: they outlive the list
          n.symbol_char.push_back(ch);
          n.char_symbols[ch].push_back(symbol_it->second);
        }
        n.name_symbols.push_back(symbol_it->second);
        post(n.char_names[ch], name);
        if (previous != Names::kNone) {
          auto [pair_it, new_pair] = n.pair_ids.try_emplace(
              std::uint64_t{previous} << 32 | ch, static_cast<std::uint32_t>(n.pair_names.size()));
          if (new_pair) {
            n.pair_names.emplace_back();
            n.followers[previous].push_back({ch, pair_it->second});
          }
          post(n.pair_names[pair_it->second], name);
        }
        previous = ch;
      }
      n.name_entry.push_back(static_cast<std::uint32_t>(i));
      n.name_field.push_back(static_cast<std::uint8_t>(k));
      n.name_start.push_back(static_cast<std::uint32_t>(n.name_symbols.size()));
    }
    const std::string code = lower_code(e.code);
    n.codes.push_back({code, static_cast<std::uint32_t>(i)});
    n.code_digits.push_back({code.substr(1), static_cast<std::uint32_t>(i)});
  }
  // The symbols' texts no longer move: take the views, and the initials of their readings.
  for (std::size_t s = 0; s < n.symbol_text.size(); ++s) {
    n.symbols.push_back({n.symbol_text[s], symbol_readings[s]});
    std::uint32_t initials = 0;
    std::string_view rest = symbol_readings[s];
    while (!rest.empty()) {
      const std::size_t bar = rest.find('|');
      const std::string_view r = rest.substr(0, bar);
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      if (!r.empty() && r[0] >= 'a' && r[0] <= 'z') initials |= std::uint32_t{1} << (r[0] - 'a');
    }
    n.symbol_initials.push_back(initials);
    for (int letter = 0; letter < 26; ++letter) {
      if (initials & (std::uint32_t{1} << letter)) post(n.letter_starts[letter], n.symbol_char[s]);
    }
  }
  for (std::vector<std::uint32_t>& chars : n.letter_starts) {
    std::sort(chars.begin(), chars.end());
    chars.erase(std::unique(chars.begin(), chars.end()), chars.end());
  }
  for (std::size_t name = 0; name + 1 < n.name_start.size(); ++name) {
    std::uint64_t later = 0;
    for (std::uint32_t at = n.name_start[name] + 1; at < n.name_start[name + 1]; ++at) {
      const std::uint32_t s = n.name_symbols[at];
      later |= start_bits(n.symbol_initials[s], n.symbol_char[s]);
    }
    n.name_later_starts.push_back(later);
  }
  std::vector<std::uint32_t> by_rank(list_.institutions.size());
  for (std::size_t i = 0; i < by_rank.size(); ++i) by_rank[i] = static_cast<std::uint32_t>(i);
  std::sort(by_rank.begin(), by_rank.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (name_chars[a] != name_chars[b]) return name_chars[a] < name_chars[b];
    return list_.institutions[a].code < list_.institutions[b].code;
  });
  n.entry_rank.resize(by_rank.size());
  for (std::size_t r = 0; r < by_rank.size(); ++r) {
    n.entry_rank[by_rank[r]] = static_cast<std::uint32_t>(r);
  }
  std::sort(n.codes.begin(), n.codes.end());
  std::sort(n.code_digits.begin(), n.code_digits.end());
  names_ = std::move(names);
}

InstitutionIndex::~InstitutionIndex() = default;

namespace {

// The names that can match, ascending: those holding every pair of adjacent characters of the
// query (the rarest pair's list, checked against the others), or, for a query with no such pair,
// those holding a character the query can begin with followed by one it can continue with (or the
// character alone, when the query ends in it).
template <typename Names>
std::vector<std::uint32_t> candidates(const Names& n, const Query& q, Steps& steps) {
  const std::size_t end = q.units.size();
  std::vector<std::uint32_t> char_of(end, Names::kNone);
  for (std::size_t j = 0; j < end; ++j) {
    if (q.units[j].letter) continue;
    char_of[j] = n.char_id(q.units[j].text);
    if (char_of[j] == Names::kNone) return {};  // in no name
  }
  std::vector<const std::vector<std::uint32_t>*> pairs;
  for (std::size_t j = 0; j + 1 < end; ++j) {
    if (q.units[j].letter || q.units[j + 1].letter) continue;
    const std::vector<std::uint32_t>* list = n.pair(char_of[j], char_of[j + 1]);
    if (list == nullptr) return {};
    pairs.push_back(list);
  }
  if (!pairs.empty()) {
    std::sort(pairs.begin(), pairs.end(),
              [](const auto* a, const auto* b) { return a->size() < b->size(); });
    std::vector<std::uint32_t> out;
    for (std::uint32_t name : *pairs[0]) {
      bool everywhere = true;
      for (std::size_t p = 1; p < pairs.size() && everywhere; ++p) {
        everywhere = std::binary_search(pairs[p]->begin(), pairs[p]->end(), name);
      }
      if (everywhere) out.push_back(name);
    }
    return out;
  }

  std::vector<std::uint64_t> seen((n.name_entry.size() + 63) / 64, 0);
  const auto add = [&](const std::vector<std::uint32_t>& list) {
    for (std::uint32_t name : list) seen[name / 64] |= std::uint64_t{1} << (name % 64);
  };
  const auto reach = [&](Mask from, std::uint32_t ch, bool& partial) {
    Mask to = 0;
    for (std::uint32_t symbol : n.char_symbols[ch]) to |= steps.step(from, symbol, partial);
    return to;
  };
  const std::vector<std::uint32_t> first_char{char_of[0]};
  const std::vector<std::uint32_t>& starts =
      q.units[0].letter ? n.letter_starts[q.units[0].text[0] - 'a'] : first_char;
  for (std::uint32_t ch : starts) {
    bool partial = false;
    const Mask first = reach(bit(0), ch, partial);
    if (partial || (first & bit(end))) {
      add(n.char_names[ch]);
      continue;
    }
    if (first == 0) continue;
    for (const auto& [next, pair] : n.followers[ch]) {
      bool partial_next = false;
      if (reach(first, next, partial_next) != 0 || partial_next) add(n.pair_names[pair]);
    }
  }
  std::size_t count = 0;
  for (const std::uint64_t bits : seen)
    count += static_cast<std::size_t>(__builtin_popcountll(bits));
  std::vector<std::uint32_t> out;
  out.reserve(count);
  for (std::size_t w = 0; w < seen.size(); ++w) {
    for (std::uint64_t bits = seen[w]; bits != 0; bits &= bits - 1) {
      out.push_back(static_cast<std::uint32_t>(w * 64 + __builtin_ctzll(bits)));
    }
  }
  return out;
}

}  // namespace

Result<InstitutionSearch> InstitutionIndex::search(std::string_view raw,
                                                   const InstitutionFilter& filter,
                                                   std::size_t limit,
                                                   const std::string& path) const {
  Query q;
  if (Errors problems = name_match::checked_query(raw, q, "institutions", path);
      !problems.empty()) {
    return problems;
  }
  const Names& n = *names_;
  const auto wanted = [&](const InstitutionEntry& e) {
    if (filter.kind && e.kind != *filter.kind) return false;
    return !filter.region || in_region(e.region, *filter.region);
  };

  InstitutionSearch out;
  Steps steps(q, n.symbols);
  const std::uint32_t first_char = q.units[0].letter ? Names::kNone : n.char_id(q.units[0].text);
  const StartTest starts{q.units[0].letter ? std::uint64_t{1} << (q.units[0].text[0] - 'a')
                                           : start_bits(0, first_char),
                         q.units[0].letter,
                         q.units[0].letter ? std::uint32_t{1} << (q.units[0].text[0] - 'a') : 0,
                         first_char,
                         n.symbol_initials.data(),
                         n.symbol_char.data()};
  // Names come entry by entry, the name before its aliases: the first best match of an entry is
  // kept, as the scan did.
  const std::vector<std::uint32_t> names = candidates(n, q, steps);
  out.hits.reserve(names.size());
  for (std::uint32_t name : names) {
    const InstitutionEntry& e = list_.institutions[n.name_entry[name]];
    if (!wanted(e)) continue;
    RegionMatch m = RegionMatch::kSubstring;
    if (!match_symbols(q, steps, n.name_symbols.data() + n.name_start[name],
                       n.name_start[name + 1] - n.name_start[name], n.name_later_starts[name],
                       starts, m)) {
      continue;
    }
    const std::size_t k = n.name_field[name];
    const InstitutionHit hit{&e, m, k == 0 ? InstitutionField::kName : InstitutionField::kAlias,
                             k == 0 ? 0 : k - 1};
    if (out.hits.empty() || out.hits.back().entry != &e) {
      out.hits.push_back(hit);
    } else if (m < out.hits.back().match) {
      out.hits.back() = hit;
    }
  }
  if (code_like(q)) {
    // A code match replaces a name's only when better; the hits are in entry order.
    const auto by_entry = [](const InstitutionHit& h, const InstitutionEntry* e) {
      return h.entry < e;
    };
    std::vector<InstitutionHit> codes_only;
    match_codes(q.digits_only ? n.code_digits : n.codes, q.storage,
                [&](std::uint32_t i, RegionMatch m) {
                  const InstitutionEntry& e = list_.institutions[i];
                  if (!wanted(e)) return;
                  auto it = std::lower_bound(out.hits.begin(), out.hits.end(), &e, by_entry);
                  if (it != out.hits.end() && it->entry == &e) {
                    if (m < it->match) *it = {&e, m, InstitutionField::kCode, 0};
                  } else {
                    codes_only.push_back({&e, m, InstitutionField::kCode, 0});
                  }
                });
    out.hits.insert(out.hits.end(), codes_only.begin(), codes_only.end());
  }
  out.total = out.hits.size();
  // Match, field, then the entry's rank (its name's length, then its code): one number per hit.
  // Codes are unique in a list, so this order is total: the hits' order before it does not matter.
  const auto key = [&](const InstitutionHit& h) {
    const auto entry = static_cast<std::size_t>(h.entry - list_.institutions.data());
    return std::uint64_t{static_cast<std::uint8_t>(h.match)} << 40 |
           std::uint64_t{static_cast<std::uint8_t>(h.field)} << 32 | n.entry_rank[entry];
  };
  const auto better = [&](const InstitutionHit& a, const InstitutionHit& b) {
    return key(a) < key(b);
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
