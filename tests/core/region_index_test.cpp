// Region search reads an index (region_index.hpp) instead of matching every division. An index
// that left out a row would lose answers without any error, so these tests compare the search
// with a plain scan of every division, kept here as the reference: the search as it was before
// the index, matching each name from its readings text.
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "region/name_match.hpp"
#include "region/region.hpp"
#include "region/region_index.hpp"
#include "region/region_json.hpp"
#include "region/region_readings.hpp"
#include "region/region_search.hpp"
#include "region/region_text.hpp"

namespace medins {
namespace {

using name_match::bit;
using name_match::Mask;
using name_match::NameChar;
using name_match::Query;

// The reference: the name split from the row's own text, the suffixes written out again.
struct Name {
  std::vector<NameChar> chars;
  std::size_t short_length = 0;
};

Name split(const RegionRow& row) {
  static constexpr std::string_view kSuffixes[] = {
      "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
      "自治县",     "自治旗",       "林区",       "新区",       "地区",   "省",
      "市",         "区",           "县",         "旗",         "盟"};
  Name name;
  const std::string_view text = row.name();
  RegionReadings readings(row);
  for (std::size_t i = 0; i < text.size();) {
    const std::string_view ch = name_match::char_at(text, i);
    name.chars.push_back({ch, readings.next(ch)});
    i += ch.size();
  }
  name.short_length = name.chars.size();
  for (std::string_view suffix : kSuffixes) {
    if (text.size() > suffix.size() && text.substr(text.size() - suffix.size()) == suffix) {
      name.short_length -= suffix.size() / 3;  // every suffix character is 3 bytes of UTF-8
      break;
    }
  }
  return name;
}

// Every division's name, split once (the whole-answer test splits each name thousands of times).
const Name& split_once(const RegionRow& row) {
  static const std::vector<Name> names = [] {
    std::vector<Name> all;
    for (const RegionRow& r : region_table()) all.push_back(split(r));
    return all;
  }();
  return names[static_cast<std::size_t>(&row - region_table().begin())];
}

name_match::NameSpan span(const Name& n) {
  return {n.chars.data(), n.chars.size(), n.short_length};
}

Mask exit_mask(const Query& q, Mask start, const Name& name) {
  Mask mask = start;
  Mask after_short = 0;
  bool ignored = false;
  for (std::size_t i = 0; i < name.chars.size() && mask != 0; ++i) {
    if (i == name.short_length) after_short = mask;
    mask = name_match::step(q, mask, name.chars[i], ignored);
  }
  return (mask | after_short) & ~bit(q.units.size());
}

// How the query matches one row, by its own name or through its ancestors' names (bjcy), or not.
std::optional<RegionMatch> reference_match(const Query& q, const RegionRow& row) {
  if (q.digits_only) {
    const std::string code = std::to_string(row.code);
    if (q.storage == code) return RegionMatch::kExact;
    if (q.storage.size() < code.size() && code.compare(0, q.storage.size(), q.storage) == 0) {
      return RegionMatch::kPrefix;
    }
    return std::nullopt;
  }
  const Name& own = split_once(row);
  RegionMatch best = RegionMatch::kSubstring;
  bool found = name_match::match_name(q, bit(0), span(own), true, best, false);
  Mask from_ancestors = 0;
  for (const RegionRow* a = row.parent_code() ? find_region(row.parent_code()) : nullptr;
       a != nullptr; a = a->parent_code() ? find_region(a->parent_code()) : nullptr) {
    const Name& name = split_once(*a);
    const Mask exit = exit_mask(q, bit(0), name);
    from_ancestors |= exit;
    // The province, then this prefecture: 湖南长沙芙蓉 reaches the county through both.
    const RegionRow* p = a->parent_code() ? find_region(a->parent_code()) : nullptr;
    if (a->level == RegionLevel::kPrefecture && p != nullptr) {
      const Mask p_exit = exit_mask(q, bit(0), split_once(*p));
      if (p_exit != 0) from_ancestors |= exit_mask(q, p_exit, name);
    }
  }
  if (from_ancestors != 0 && !(found && best == RegionMatch::kExact)) {
    found = name_match::match_name(q, from_ancestors, span(own), false, best, found);
  }
  return found ? std::optional<RegionMatch>(best) : std::nullopt;
}

struct Found {
  std::int32_t code;
  RegionMatch match;
  bool operator==(const Found& o) const { return code == o.code && match == o.match; }
  // A failure lists codes and kinds ("110105 exact"), not bytes.
  friend std::ostream& operator<<(std::ostream& out, const Found& f) {
    return out << f.code << ' ' << region_match_name(f.match);
  }
};

std::vector<Found> reference_scan(std::string_view raw) {
  Query q;
  name_match::normalise_query(raw, q);
  std::vector<Found> out;
  for (const RegionRow& row : region_table()) {
    if (const auto m = reference_match(q, row)) out.push_back({row.code, *m});
  }
  return out;
}

// Everything the search finds, in code order (the reference's order).
std::vector<Found> search_all(std::string_view query) {
  const auto hits = search_regions(query, std::numeric_limits<std::size_t>::max(), "/q");
  std::vector<Found> out;
  if (!hits) return out;
  for (const RegionHit& h : hits.value()) out.push_back({h.region->code, h.match});
  std::sort(out.begin(), out.end(), [](const Found& a, const Found& b) { return a.code < b.code; });
  return out;
}

// What a person would type for a division: its characters, its pinyin (each character's first
// reading, and every alternative of its first character), its initials.
std::vector<std::string> typed_forms(const RegionRow& row) {
  std::vector<std::string> forms{std::string(row.name())};
  std::string pinyin;
  std::string initials;
  for (const NameChar& c : split(row).chars) {
    const std::string_view first = c.readings.substr(0, c.readings.find('|'));
    pinyin += first;
    initials += first[0];
  }
  forms.push_back(pinyin);
  forms.push_back(initials);
  forms.push_back(region_full_name(row));  // 北京市 › 朝阳区: through the ancestors
  return forms;
}

TEST(RegionIndex, EveryDivisionIsFoundByItsNamePinyinAndInitialsAsTheScanFindsIt) {
  const RegionTable table = region_table();
  std::size_t checked = 0;
  for (const RegionRow& row : table) {
    for (const std::string& form : typed_forms(row)) {
      Query q;
      name_match::normalise_query(form, q);
      if (q.units.size() > kMaxRegionQueryUnits) continue;
      const std::optional<RegionMatch> expected = reference_match(q, row);
      ASSERT_TRUE(expected.has_value()) << form << " does not even find " << row.name();
      const auto hits = search_regions(form, table.size(), "/q");
      ASSERT_TRUE(hits.ok()) << form;
      bool found = false;
      for (const RegionHit& h : hits.value()) {
        if (h.region == &row) {
          found = true;
          EXPECT_EQ(h.match, *expected) << form << " → " << row.name();
        }
      }
      EXPECT_TRUE(found) << form << " lost " << region_full_name(row);
      ++checked;
    }
  }
  EXPECT_GT(checked, 3 * table.size());
}

TEST(RegionIndex, WholeAnswerEqualsTheScanOnSampledAndTrickyQueries) {
  std::vector<std::string> queries = {"北京",
                                      "bjcy",
                                      "beijing朝",
                                      "上海pd",
                                      "长sha",
                                      "xia门",
                                      "成du",
                                      "chaoyang",
                                      "hunanchangsha",
                                      "湖南长沙芙蓉",
                                      "hncsfr",
                                      "xi an",
                                      "zh",
                                      "ch",
                                      "sh",
                                      "a",
                                      "o",
                                      "v",
                                      "yan",
                                      "阳区",
                                      "区",
                                      "shi",
                                      "4301",
                                      "110105",
                                      "1",
                                      "0",
                                      "1101050",
                                      "9",
                                      "gz",
                                      "Ｂeijing",
                                      "1北京",
                                      "北京1",
                                      "jiangsunanjing",
                                      "jsnj",
                                      "neimenggu",
                                      "xizanglasa",
                                      "zhongguo",
                                      "qqqq",
                                      "x",
                                      "qu"};
  const RegionTable table = region_table();
  for (std::size_t i = 0; i < table.size(); i += 61) {  // 53 divisions spread over the table
    for (const std::string& form : typed_forms(table.begin()[i])) {
      // The first characters only: a partial query, as while typing.
      queries.push_back(form.substr(0, std::min<std::size_t>(form.size(), 3)));
      queries.push_back(form);
    }
  }
  for (const std::string& query : queries) {
    Query q;
    name_match::normalise_query(query, q);
    if (q.units.empty() || q.units.size() > kMaxRegionQueryUnits) continue;
    EXPECT_EQ(search_all(query), reference_scan(query)) << query;
  }
}

TEST(RegionIndex, ParentsAndSubtreesAgreeWithTheTable) {
  const RegionTable table = region_table();
  const RegionIndex index = region_index();
  for (std::size_t i = 0; i < table.size(); ++i) {
    const RegionRow& row = table.begin()[i];
    if (row.parent_code() == 0) {
      EXPECT_EQ(index.parent_row[i], kNoParentRow) << row.code;
      continue;
    }
    ASSERT_NE(index.parent_row[i], kNoParentRow) << row.code;
    const std::size_t parent = index.parent_row[i];
    EXPECT_EQ(table.begin()[parent].code, row.parent_code());
    EXPECT_GT(i, parent);
    EXPECT_LT(i, index.subtree_end[parent]) << row.code;
  }
}

// The page shows what region.search writes directly; it must be what the json tree gave.
TEST(RegionIndex, DirectlyWrittenRegionEqualsTheJsonTree) {
  for (const RegionRow& row : region_table()) {
    nlohmann::json tree = region_json(row);
    tree["match"] = "prefix";
    std::string text;
    append_region_text(text, row, "prefix");
    ASSERT_EQ(text, tree.dump()) << row.code;
  }
}

}  // namespace
}  // namespace medins
