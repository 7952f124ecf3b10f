// Pins what the region table holds and what search finds in it, so that its layout (rows, string
// pool, readings, index) can change while every answer stays the same: a digest of every row's
// fields, of every character's readings, of each row's answer text, and of the hits of searching
// each row by its name, its pinyin and its initials. The expected digests were taken from the
// table as generated before the compact layout (main at d75854e); a change in any of them means
// an answer changed.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "region/name_match.hpp"
#include "region/pinyin.hpp"
#include "region/region.hpp"
#include "region/region_readings.hpp"
#include "region/region_search.hpp"
#include "region/region_text.hpp"

namespace medins {
namespace {

// FNV-1a, 64 bits: enough to tell any edit of the table apart; each field ends with a 0 byte so
// that moving a character from one field to the next changes the digest too.
struct Digest {
  std::uint64_t value = 14695981039346656037ull;
  void add(std::string_view text) {
    for (unsigned char c : text) value = (value ^ c) * 1099511628211ull;
    value = (value ^ 0u) * 1099511628211ull;
  }
  void add(std::int64_t number) { add(std::to_string(number)); }
};

// The row's readings in the form the table stored them for every row when the digests were
// taken: per character, its readings joined with '|', the characters' joined with ' '.
std::string row_readings(const RegionRow& row) {
  std::string out;
  RegionReadings readings(row);
  const std::string_view name = row.name();
  for (std::size_t i = 0; i < name.size();) {
    const std::string_view ch = name_match::char_at(name, i);
    if (i != 0) out += ' ';
    out += readings.next(ch);
    i += ch.size();
  }
  return out;
}

// The first reading of every character, joined ("chaoyangqu"), and the initials ("cyq").
void pinyin_forms(const RegionRow& row, std::string& full, std::string& initials) {
  const std::string readings = row_readings(row);
  std::string_view rest = readings;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    const std::string_view alternatives = rest.substr(0, space);
    const std::string_view first = alternatives.substr(0, alternatives.find('|'));
    full += first;
    initials += first.substr(0, 1);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  }
}

TEST(RegionTableDigest, EveryRowsFieldsAreUnchanged) {
  Digest d;
  for (const RegionRow& row : region_table()) {
    d.add(row.code);
    d.add(row.parent_code());
    d.add(static_cast<std::int64_t>(row.level));
    d.add(static_cast<std::int64_t>(row.note));
    d.add(row.name());
    d.add(row_readings(row));
    d.add(row.english());
  }
  EXPECT_EQ(region_table().size(), 3213u);
  EXPECT_EQ(d.value, 2624093505437934861ull) << "the region table's rows changed";
}

TEST(RegionTableDigest, EveryCharactersReadingsAreUnchanged) {
  Digest d;
  std::size_t with_readings = 0;
  for (char32_t cp = 0x3400; cp <= 0xA000; ++cp) {
    const std::string_view r = char_readings(cp);
    with_readings += !r.empty();
    d.add(r);
  }
  EXPECT_GT(with_readings, 20000u);
  EXPECT_EQ(d.value, 7850745727680713448ull) << "char_readings changed";
}

TEST(RegionTableDigest, EveryRowsAnswerTextIsUnchanged) {
  Digest d;
  for (const RegionRow& row : region_table()) {
    std::string text;
    append_region_text(text, row, "exact");
    d.add(text);
  }
  EXPECT_EQ(d.value, 13548220975850125349ull) << "a region's answer text changed";
}

TEST(RegionTableDigest, SearchingEveryRowFindsTheSame) {
  Digest d;
  std::size_t searches = 0;
  for (const RegionRow& row : region_table()) {
    std::string full;
    std::string initials;
    pinyin_forms(row, full, initials);
    for (const std::string& query : {std::string(row.name()), full, initials}) {
      const auto hits = search_regions(query, 10, "/query");
      ASSERT_TRUE(hits.ok()) << query;
      ++searches;
      d.add(query);
      for (const RegionHit& h : hits.value()) {
        d.add(h.region->code);
        d.add(region_match_name(h.match));
      }
    }
  }
  EXPECT_EQ(searches, 3 * 3213u);
  EXPECT_EQ(d.value, 429651218813391196ull) << "region search answers changed";
}

}  // namespace
}  // namespace medins
