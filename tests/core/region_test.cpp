#include "region/region.hpp"

#include <gtest/gtest.h>

#include <utility>

#include "institution/institution_code.hpp"

namespace medins {
namespace {

const RegionRow& region(std::int32_t code) {
  const RegionRow* r = find_region(code);
  EXPECT_NE(r, nullptr) << code;
  return *r;
}

TEST(RegionTable, HoldsTheWholeList) {
  // data/regions/PROVENANCE.md: 3,213 rows = 34 provinces + 333 prefectures + 2,846 counties.
  std::size_t levels[3] = {0, 0, 0};
  for (const RegionRow& r : region_table()) ++levels[static_cast<int>(r.level)];
  EXPECT_EQ(region_table().size(), 3213u);
  EXPECT_EQ(levels[0], 34u);
  EXPECT_EQ(levels[1], 333u);
  EXPECT_EQ(levels[2], 2846u);
}

TEST(Region, NamesPathsAndFullNames) {
  EXPECT_EQ(region(110105).name(), "朝阳区");
  EXPECT_EQ(region_full_name(region(110105)), "北京市 › 朝阳区");
  EXPECT_EQ(region_full_name(region(430121)), "湖南省 › 长沙市 › 长沙县");
  EXPECT_EQ(region_full_name(region(419001)), "河南省 › 济源市");  // province-direct
  EXPECT_EQ(region_path(region(430121)).size(), 3u);
  EXPECT_EQ(region(810000).note, RegionNote::kSar);
  EXPECT_EQ(find_region(110100), nullptr);  // the MCA list has no 市辖区 rows
}

TEST(RegionEnglish, PinyinWithoutTheSuffixAndTheChineseInBrackets) {
  EXPECT_EQ(region_name_en(region(440300)), "Shenzhen (深圳市)");
  EXPECT_EQ(region_full_name_en(region(440300)), "Shenzhen (深圳市), Guangdong");
  EXPECT_EQ(region_full_name_en(region(310000)), "Shanghai (上海市)");
  EXPECT_EQ(region_full_name_en(region(310115)), "Pudong (浦东新区), Shanghai");
  EXPECT_EQ(region_full_name_en(region(440304)), "Futian (福田区), Shenzhen, Guangdong");
  EXPECT_EQ(region(150000).english(), "Inner Mongolia");
  EXPECT_EQ(region(610000).english(), "Shaanxi");  // the official spelling, not Shanxi
  EXPECT_EQ(region(141100).english(), "Lüliang");  // ü kept, tone marks dropped
  EXPECT_EQ(region(610100).english(), "Xi'an");
  EXPECT_EQ(region(130426).english(), "Shexian");  // a one-character stem keeps its 县
}

TEST(RegionEnglish, CuratedReadingsForPolyphonicNames) {
  // Unihan's first reading would give Zhangsha, Zhongqing, Shamen, Liu'an, Bangbu, Lejiang...
  const std::pair<std::int32_t, const char*> curated[] = {
      {430100, "Changsha"}, {500000, "Chongqing"}, {350200, "Xiamen"},  {340300, "Bengbu"},
      {341500, "Lu'an"},    {130225, "Laoting"},   {440113, "Panyu"},   {371524, "Dong'e"},
      {371522, "Shenxian"}, {130726, "Yuxian"},    {331000, "Taizhou"}, {650100, "Urumqi"},
  };
  for (const auto& [code, english] : curated) EXPECT_EQ(region(code).english(), english) << code;
}

TEST(RegionEnglish, ChineseOnlyWhereTheReadingIsNotCertain) {
  EXPECT_EQ(region(140428).english(), "");  // 长子县: 长 is zhǎng or cháng, not curated
  EXPECT_EQ(region_name_en(region(140428)), "长子县");
  EXPECT_EQ(region_full_name_en(region(140428)), "长子县, 长治市, Shanxi");
  EXPECT_EQ(region(653100).english(), "");  // 喀什地区: Kashgar, a Uyghur name
  EXPECT_EQ(region(230208).english(), "");  // 梅里斯达斡尔族区: names an ethnic group
}

TEST(RegionEnglish, HowManyNamesHaveAnEnglishName) {
  // Every province-level unit has one; of all 3,213 divisions, 2,296 get a certain reading
  // (the rest show their Chinese name only). The figure moves only when the data does.
  std::size_t with_english = 0;
  for (const RegionRow& r : region_table()) {
    if (!r.english().empty()) ++with_english;
    if (r.level == RegionLevel::kProvince) EXPECT_FALSE(r.english().empty()) << r.name();
  }
  EXPECT_EQ(with_english, 2296u);
}

TEST(Region, ResolvesOlderCodesToAnAncestor) {
  // 110103 崇文区 was merged into 东城区 in 2010: not in the 2024 list, so it resolves to 北京市.
  Result<ResolvedRegion> chongwen = resolve_region("110103", "/code");
  ASSERT_TRUE(chongwen.ok());
  EXPECT_FALSE(chongwen->exact);
  EXPECT_EQ(chongwen->region->code, 110000);
  // 430122 望城县 became 望城区 (430112) in 2011: 430122 resolves to 长沙市.
  Result<ResolvedRegion> wangcheng = resolve_region("430122", "/code");
  ASSERT_TRUE(wangcheng.ok());
  EXPECT_EQ(wangcheng->region->code, 430100);
  EXPECT_TRUE(resolve_region("430112", "/code")->exact);
}

TEST(Region, RefusesWhatIsNotARegionCode) {
  EXPECT_EQ(resolve_region("99010", "/code").errors().at(0).code, "region.bad_code");
  EXPECT_EQ(resolve_region("11010a", "/code").errors().at(0).code, "region.bad_code");
  const Result<ResolvedRegion> unknown = resolve_region("990101", "/code");
  EXPECT_EQ(unknown.errors().at(0).code, "region.unknown");
  EXPECT_EQ(unknown.errors().at(0).path, "/code");
}

TEST(Region, RelationsDecideInOrCrossProvince) {
  EXPECT_EQ(relate_regions(region(110105), region(110105)), RegionRelation::kSameRegion);
  EXPECT_EQ(relate_regions(region(110105), region(110108)), RegionRelation::kSamePrefecture);
  EXPECT_EQ(relate_regions(region(110000), region(110108)), RegionRelation::kSamePrefecture);
  EXPECT_EQ(relate_regions(region(430121), region(430102)), RegionRelation::kSamePrefecture);
  EXPECT_EQ(relate_regions(region(430121), region(430300)), RegionRelation::kInProvince);
  // 济源市 is province-direct: another city from 郑州 although both are in 河南.
  EXPECT_EQ(relate_regions(region(419001), region(410100)), RegionRelation::kInProvince);
  EXPECT_EQ(relate_regions(region(110105), region(310115)), RegionRelation::kCrossProvince);
}

TEST(InstitutionCode, HospitalAndPharmacy) {
  Result<InstitutionCode> h = parse_institution_code("h110105 00001", "/code");
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->code, "H11010500001");
  EXPECT_EQ(h->kind, InstitutionKind::kMedical);
  EXPECT_EQ(h->region.region->code, 110105);
  EXPECT_EQ(h->sequence, "00001");
  Result<InstitutionCode> p = parse_institution_code("P43010200123", "/code");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->kind, InstitutionKind::kPharmacy);
  EXPECT_EQ(region_full_name(*p->region.region), "湖南省 › 长沙市 › 芙蓉区");
}

TEST(InstitutionCode, FormatErrors) {
  auto code_of = [](const char* text) {
    Result<InstitutionCode> r = parse_institution_code(text, "/code");
    return r ? std::string() : r.errors().at(0).code;
  };
  EXPECT_EQ(code_of(""), "institution.empty");
  EXPECT_EQ(code_of("H1101050000"), "institution.wrong_length");
  EXPECT_EQ(code_of("X11010500001"), "institution.bad_kind");
  EXPECT_EQ(code_of("H1101050000A"), "institution.bad_character");
  EXPECT_EQ(code_of("H99010100001"), "region.unknown");
}

}  // namespace
}  // namespace medins
