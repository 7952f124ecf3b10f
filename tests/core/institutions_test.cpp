// Designated-institution lists (docs/institutions-format.md): the reader's limits and errors, the
// search (pinyin, initials, polyphones, place readings), the Engine holding a list, and that a
// hit's facts, given to eligibility.check as they are, decide the route.
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "eligibility/eligibility_rules.hpp"
#include "institution/institution_search.hpp"
#include "institution/institutions.hpp"
#include "medins/engine.hpp"

namespace medins {
namespace {

using nlohmann::json;

std::string demo_text() {
  std::ifstream in(std::string(MEDINS_CASES_DIR) + "/../data/institutions/demo.json");
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const json& diseases() {
  static const json rules =
      with_shipped_bibliography(load_eligibility_rules).value().at("chronic_diseases");
  return rules;
}

json entry(const std::string& code, const std::string& name, const std::string& region) {
  return {{"code", code},
          {"name", name},
          {"region", region},
          {"kind", code[0] == 'P' ? "pharmacy" : "hospital"},
          {"networked", {{"inpatient", true}, {"outpatient", "unknown"}, {"chronic", false}}}};
}

json list_of(json entries) {
  return {{"format", "medins-institutions"},
          {"version", 1},
          {"source", {{"title", "测试（虚构）"}, {"demo", true}}},
          {"as_of", "2026-11-01"},
          {"institutions", std::move(entries)}};
}

std::vector<std::string> codes(const Errors& errors) {
  std::vector<std::string> out;
  for (const Error& e : errors) out.push_back(e.code + " " + e.path);
  return out;
}

TEST(Institutions, DemoListReads) {
  const Result<InstitutionList> list = load_institutions_text(demo_text(), diseases());
  ASSERT_TRUE(list) << list.errors()[0].code << " " << list.errors()[0].path;
  ASSERT_EQ(list->institutions.size(), 8u);
  EXPECT_TRUE(list->source.demo);
  const InstitutionEntry& first = list->institutions[0];
  EXPECT_EQ(first.code, "H43010299901");
  EXPECT_EQ(first.region, 430102);
  EXPECT_EQ(first.level, Level::k3);
  EXPECT_EQ(first.networked[1], Networked::kYes);
  EXPECT_EQ(first.chronic_diseases, (std::vector<std::string>{"hypertension", "diabetes"}));
}

TEST(Institutions, TextLimitsAndMalformedJson) {
  EXPECT_EQ(codes(load_institutions_text("{\"format\":", diseases()).errors()),
            std::vector<std::string>{"institutions.malformed_json "});
  EXPECT_EQ(
      codes(load_institutions_text(std::string(kMaxInstitutionsFileBytes + 1, ' '), diseases())
                .errors()),
      std::vector<std::string>{"institutions.too_large "});
  EXPECT_EQ(codes(load_institutions_text(std::string(100, '['), diseases()).errors()),
            std::vector<std::string>{"institutions.malformed_json "});
  const json too_many = list_of(json::array_t(kMaxInstitutions + 1, json::object()));
  EXPECT_EQ(codes(parse_institutions(too_many, "", diseases()).errors()),
            std::vector<std::string>{"institutions.too_many /institutions"});
}

TEST(Institutions, CodesAreComparedNormalised) {
  // Full-width characters and a lower-case letter are the same code (parse_institution_code).
  const json list = list_of({entry("H43010299901", "甲（演示）", "430102"),
                             entry("ｈ43010299901", "乙（演示）", "430103")});
  const Result<InstitutionList> read = parse_institutions(list, "/institutions", diseases());
  ASSERT_FALSE(read);
  ASSERT_EQ(
      codes(read.errors()),
      std::vector<std::string>{"institutions.duplicate_code /institutions/institutions/1/code"});
  EXPECT_EQ(read.errors()[0].en,
            "This institution code is already in the list. It repeats entry 1.");
}

TEST(Institutions, ErrorsStopAtTheCap) {
  // Each empty entry lacks its five required fields: 20 entries reach 100 errors.
  const json list = list_of(json::array_t(200, json::object()));
  const Errors errors = parse_institutions(list, "", diseases()).errors();
  ASSERT_EQ(errors.size(), kMaxInstitutionsErrors + 1);
  EXPECT_EQ(errors.front().code + " " + errors.front().path,
            "institutions.missing_field /institutions/0/code");
  EXPECT_EQ(errors.back().code + " " + errors.back().path,
            "institutions.more_errors /institutions/20");
}

TEST(Institutions, NameLengthAndAliasLimits) {
  // 101 characters of three bytes each: the limit counts characters, not bytes.
  std::string name;
  for (int i = 0; i < 101; ++i) name += "医";
  const json long_name = entry("H43010299901", name, "430102");
  json many_aliases = entry("H43010299902", "乙（演示）", "430102");
  many_aliases["aliases"] = json::array_t(9, "别名");
  const Errors errors =
      parse_institutions(list_of({long_name, many_aliases}), "", diseases()).errors();
  EXPECT_EQ(codes(errors),
            (std::vector<std::string>{"institutions.text_too_long /institutions/0/name",
                                      "institutions.too_many_items /institutions/1/aliases"}));
}

class InstitutionSearchTest : public ::testing::Test {
 protected:
  InstitutionSearchTest() : index_(load_institutions_text(demo_text(), diseases()).value()) {}

  std::vector<std::string> find(const std::string& query, InstitutionFilter filter = {}) const {
    std::vector<std::string> out;
    const Result<InstitutionSearch> found = index_.search(query, filter, 10, "/query");
    if (!found) return {found.errors()[0].code};
    for (const InstitutionHit& h : found->hits) {
      out.push_back(h.entry->code + " " + region_match_name(h.match));
    }
    return out;
  }

  InstitutionIndex index_;
};

TEST_F(InstitutionSearchTest, ChineseFullPinyinInitialsAndMixed) {
  const std::vector<std::string> first{"H43010299901 prefix"};
  EXPECT_EQ(find("长沙演示第一"), first);
  EXPECT_EQ(find("changshayanshidiyi"), first);
  EXPECT_EQ(find("chang sha yan shi di yi"), first);
  EXPECT_EQ(find("csysdyy"), first);
  EXPECT_EQ(find("changsha演示diyi"), first);
  EXPECT_EQ(find("ＣＳＹＳＤＹＹ"), first);  // full-width, as some input methods type it
  // Substring: 第一医院 inside the name.
  EXPECT_EQ(find("diyiyiyuan"), std::vector<std::string>{"H43010299901 substring"});
}

TEST_F(InstitutionSearchTest, PolyphonesMatchEachModernReading) {
  // 长 cháng/zhǎng, 重 chóng/zhòng, 厦 xià/shà: 长沙, 重庆 and 厦门 are found by how they are said.
  EXPECT_EQ(find("changshayanshizhong").size(), 1u);  // 长沙演示中医院
  EXPECT_EQ(find("chongqing"), std::vector<std::string>{"H50010399907 prefix"});
  EXPECT_EQ(find("xiamen"), std::vector<std::string>{"H35020399908 prefix"});
}

TEST(InstitutionSearch, PlaceReadingsOnlyInTheirPlace) {
  // 乐亭县 is read lào tíng (data/regions/place_readings.tsv): an institution in 乐亭县 named
  // after it is found by laoting; the same characters in another place keep the dictionary's
  // readings only.
  const json list = list_of({entry("H13022599901", "乐亭演示医院（演示）", "130225"),
                             entry("H43010299902", "乐亭演示诊所（演示）", "430102")});
  const InstitutionIndex index(parse_institutions(list, "", diseases()).value());
  const InstitutionSearch laoting = index.search("laoting", {}, 10, "/query").value();
  ASSERT_EQ(laoting.hits.size(), 1u);
  EXPECT_EQ(laoting.hits[0].entry->code, "H13022599901");
  EXPECT_EQ(index.search("leting", {}, 10, "/query")->hits.size(), 2u);
}

TEST_F(InstitutionSearchTest, RankingAndFilters) {
  // Exact (the alias typed in full) before prefix before substring; name before alias.
  const std::vector<std::string> ys = find("演示一院");
  EXPECT_EQ(ys, std::vector<std::string>{"H43010299901 exact"});
  EXPECT_EQ(find("cs", {430100, InstitutionKind::kPharmacy}),
            std::vector<std::string>{"P43010299903 prefix"});
  EXPECT_EQ(find("yanshi", {110000, std::nullopt}),
            std::vector<std::string>{"H11010599906 substring"});
  EXPECT_EQ(find("P430102"), std::vector<std::string>{"P43010299903 prefix"});
  EXPECT_EQ(find(" · "), std::vector<std::string>{"institutions.empty_query"});
  EXPECT_EQ(find(std::string(49, 'a')), std::vector<std::string>{"institutions.query_too_long"});
}

// The route eligibility.check gives for a 北京 person, filed, staying in hospital at a hit.
json route_at(const Engine& engine, const std::string& query) {
  const json found = json::parse(
      engine.handle("institutions.search", json{{"query", query}, {"limit", 1}}.dump()));
  const json& facts = found.at("result").at("hits").at(0).at("eligibility");
  json request = {
      {"insured_region", "110105"},
      {"treatment_region", facts.at("treatment_region")},
      {"filing", {{"category", "other_temporary"}, {"filed_on", "2026-10-01"}}},
      {"visit",
       {{"type", "inpatient"}, {"admitted_on", "2026-11-01"}, {"discharged_on", "2026-11-20"}}},
      {"institution", facts.at("institution")},
      {"voucher_activated", true},
      {"as_of", "2026-11-25"}};
  const json answer = json::parse(engine.handle("eligibility.check", request.dump()));
  EXPECT_TRUE(answer.at("ok").get<bool>()) << answer.dump();
  return answer.at("result");
}

TEST(InstitutionsEngine, HitFactsDecideTheEligibilityRoute) {
  std::string answer;
  const Engine engine = Engine::create().with_institutions(demo_text(), answer);
  ASSERT_EQ(json::parse(answer).at("result").at("count"), 8) << answer;
  // Networked for inpatient care: settled directly.
  EXPECT_EQ(route_at(engine, "演示一院").at("route"), "direct_settlement");
  // Designated but not networked (重庆演示中心医院): pay, then claim at home.
  EXPECT_EQ(route_at(engine, "chongqing").at("route"), "manual_claim");
  // Networked not known (长沙演示社区卫生服务中心): no guess, a check and both branches.
  const json unknown = route_at(engine, "csyssqws");
  EXPECT_TRUE(unknown.at("route").is_null());
  ASSERT_EQ(unknown.at("checks").size(), 1u);
  EXPECT_EQ(unknown.at("checks")[0].at("fact"), "networked");
}

TEST(InstitutionsEngine, RefusedFileKeepsTheHeldList) {
  std::string answer;
  const Engine with = Engine::create().with_institutions(demo_text(), answer);
  const Engine still = with.with_institutions("{", answer);
  EXPECT_EQ(json::parse(answer).at("errors")[0].at("code"), "institutions.malformed_json");
  const json found = json::parse(still.handle("institutions.search", R"({"query":"xiamen"})"));
  EXPECT_EQ(found.at("result").at("total"), 1) << found.dump();
  // The Engine it came from is untouched: it holds no list.
  const json none = json::parse(Engine::create().handle("institutions.search", R"({"query":"x"})"));
  EXPECT_EQ(none.at("errors")[0].at("code"), "institutions.none_loaded");
}

}  // namespace
}  // namespace medins
