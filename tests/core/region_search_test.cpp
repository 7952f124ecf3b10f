// Region search as people type: each query with the division a person means, worked out by hand
// from the names (not from the search's own output).
#include "region/region_search.hpp"

#include <gtest/gtest.h>

#include "region/region.hpp"

namespace medins {
namespace {

struct Expectation {
  const char* query;
  std::int32_t first;  // the code that must come first
  RegionMatch match;
};

constexpr Expectation kExpectations[] = {
    {"北京", 110000, RegionMatch::kExact},
    {"beijing", 110000, RegionMatch::kExact},
    {"bei jing", 110000, RegionMatch::kExact},
    {"Beijing", 110000, RegionMatch::kExact},
    {"ＢＪ", 110000, RegionMatch::kExact},  // full-width, as some keyboards send it
    {"bj", 110000, RegionMatch::kExact},    // province before 毕节/宝鸡 (bj too)
    {"bjcy", 110105, RegionMatch::kExact},  // 北京市 › 朝阳区 by initials
    {"beijing朝", 110105, RegionMatch::kPrefix},
    {"北京朝阳", 110105, RegionMatch::kExact},
    {"北京市朝阳区", 110105, RegionMatch::kExact},
    {"chaoyang", 211300, RegionMatch::kExact},  // 辽宁 朝阳市 (prefecture) before the districts
    {"朝阳", 211300, RegionMatch::kExact},
    {"海淀", 110108, RegionMatch::kExact},
    {"haidian", 110108, RegionMatch::kExact},
    {"changsha", 430100, RegionMatch::kExact},  // 长: cháng here, zhǎng first in Unihan
    {"长沙", 430100, RegionMatch::kExact},
    {"hunanchangsha", 430100, RegionMatch::kExact},
    {"湖南长沙", 430100, RegionMatch::kExact},
    {"chongqing", 500000, RegionMatch::kExact},  // 重: chóng here
    {"cq", 500000, RegionMatch::kExact},
    {"xiamen", 350200, RegionMatch::kExact},  // 厦: xià here, shà first in Unihan
    {"厦门", 350200, RegionMatch::kExact},
    {"luan", 341500, RegionMatch::kExact},     // 六安: lù
    {"bengbu", 340300, RegionMatch::kExact},   // 蚌埠: bèng
    {"panyu", 440113, RegionMatch::kExact},    // 番禺: pān
    {"laoting", 130225, RegionMatch::kExact},  // 乐亭: lào, from place_readings.tsv
    {"乐亭", 130225, RegionMatch::kExact},
    {"shanghai", 310000, RegionMatch::kExact},
    {"pudong", 310115, RegionMatch::kExact},  // 浦东新区 without 新区
    {"浦东", 310115, RegionMatch::kExact},
    {"guangzhou", 440100, RegionMatch::kExact},
    {"gz", 520000, RegionMatch::kExact},  // 贵州省: a province outranks 广州市 on equal match
    {"深圳", 440300, RegionMatch::kExact},
    {"suzhou", 320500, RegionMatch::kExact},   // 苏州 and 宿州 tie; the lower code first
    {"taizhou", 321200, RegionMatch::kExact},  // 泰州 (江苏) before 台州 (浙江) by code
    {"xizang", 540000, RegionMatch::kExact},   // 西藏自治区 without 自治区
    {"neimenggu", 150000, RegionMatch::kExact},
    {"新疆", 650000, RegionMatch::kExact},
    {"xianggang", 810000, RegionMatch::kExact},  // 香港特别行政区
    {"jiyuan", 419001, RegionMatch::kExact},     // 济源市, province-direct
    {"110105", 110105, RegionMatch::kExact},
    {"4301", 430100, RegionMatch::kPrefix},  // code prefix: the prefecture before its counties
    {"长安", 130102, RegionMatch::kExact},   // 石家庄 and 西安 both have one; lower code first
    {"阳区", 110105, RegionMatch::kSubstring},
};

TEST(RegionSearch, FirstResultIsThePlaceMeant) {
  for (const Expectation& e : kExpectations) {
    Result<std::vector<RegionHit>> hits = search_regions(e.query, 10, "/query");
    ASSERT_TRUE(hits.ok()) << e.query;
    ASSERT_FALSE(hits->empty()) << e.query;
    const RegionHit& first = hits->front();
    EXPECT_EQ(first.region->code, e.first)
        << e.query << " gave " << region_full_name(*first.region) << " first";
    EXPECT_EQ(first.match, e.match) << e.query;
  }
  EXPECT_GE(std::size(kExpectations), 30u);
}

TEST(RegionSearch, RanksExactThenPrefixThenSubstringAndHigherLevelsFirst) {
  Result<std::vector<RegionHit>> hits = search_regions("chaoyang", 50, "/query");
  ASSERT_TRUE(hits.ok());
  for (std::size_t i = 1; i < hits->size(); ++i) {
    const RegionHit& a = (*hits)[i - 1];
    const RegionHit& b = (*hits)[i];
    EXPECT_TRUE(a.match < b.match || (a.match == b.match && a.region->level <= b.region->level))
        << region_full_name(*a.region) << " before " << region_full_name(*b.region);
  }
  // 朝阳市 (辽宁), 朝阳区 (北京), 朝阳县 (辽宁), 朝阳区 (长春) and 潮阳区 (汕头) are all exact.
  std::vector<std::int32_t> exact;
  for (const RegionHit& h : hits.value()) {
    if (h.match == RegionMatch::kExact) exact.push_back(h.region->code);
  }
  EXPECT_EQ(exact, (std::vector<std::int32_t>{211300, 110105, 211321, 220104, 440513}));
}

TEST(RegionSearch, LimitAndNoResults) {
  EXPECT_EQ(search_regions("shi", 3, "/q")->size(), 3u);
  EXPECT_TRUE(search_regions("zzzzqqqq", 10, "/q")->empty());
}

TEST(RegionSearch, QueryErrors) {
  EXPECT_EQ(search_regions("", 10, "/query").errors().at(0).code, "region.empty_query");
  EXPECT_EQ(search_regions(" · ", 10, "/query").errors().at(0).code, "region.empty_query");
  const Result<std::vector<RegionHit>> long_query =
      search_regions(std::string(49, 'a'), 10, "/query");
  EXPECT_EQ(long_query.errors().at(0).code, "region.query_too_long");
  EXPECT_EQ(long_query.errors().at(0).path, "/query");
}

}  // namespace
}  // namespace medins
