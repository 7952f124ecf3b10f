// Institution search reads an index (posting lists per character and per pair of characters,
// sorted codes) instead of matching every name of the list. An index that left out a name would
// lose answers without any error, so these tests compare the search with a plain scan of every
// entry, kept here as the reference: the search as it was before the index.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "eligibility/eligibility_rules.hpp"
#include "institution/institution_names.hpp"
#include "institution/institution_search.hpp"
#include "institution/institutions.hpp"
#include "region/name_match.hpp"

namespace medins {
namespace {

using name_match::NameChar;
using name_match::Query;
using nlohmann::json;

const json& diseases() {
  static const json rules =
      with_shipped_bibliography(load_eligibility_rules).value().at("chronic_diseases");
  return rules;
}

bool in_region(std::int32_t entry_region, std::int32_t filter) {
  if (entry_region == filter) return true;
  if (filter % 10000 == 0) return entry_region / 10000 == filter / 10000;
  if (filter % 100 == 0) return entry_region / 100 == filter / 100;
  return false;
}

// The reference: every entry's name and aliases matched in turn, and its code compared.
class Scan {
 public:
  explicit Scan(const InstitutionList& list) : list_(list) {
    names_.resize(list.institutions.size());
    for (std::size_t i = 0; i < list.institutions.size(); ++i) {
      const InstitutionEntry& e = list.institutions[i];
      std::vector<Name>& mine = names_[i];
      mine.reserve(1 + e.aliases.size());
      mine.push_back({institution_search_text(e.name), {}});
      for (const std::string& alias : e.aliases)
        mine.push_back({institution_search_text(alias), {}});
      for (Name& n : mine) n.chars = institution_name_chars(n.text, e.region);
    }
  }

  InstitutionSearch search(std::string_view raw, const InstitutionFilter& filter,
                           std::size_t limit) const {
    Query q;
    name_match::normalise_query(raw, q);
    InstitutionSearch out;
    for (std::size_t i = 0; i < list_.institutions.size(); ++i) {
      const InstitutionEntry& e = list_.institutions[i];
      if (filter.kind && e.kind != *filter.kind) continue;
      if (filter.region && !in_region(e.region, *filter.region)) continue;
      bool found = false;
      InstitutionHit hit{&e, RegionMatch::kSubstring, InstitutionField::kName, 0};
      for (std::size_t k = 0; k < names_[i].size(); ++k) {
        const Name& n = names_[i][k];
        RegionMatch m = RegionMatch::kSubstring;
        if (!name_match::match_name(q, name_match::bit(0),
                                    {n.chars.data(), n.chars.size(), n.chars.size()}, true, m,
                                    false)) {
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
      if (code_like(q) && match_code(q, e.code, code_match) && (!found || code_match < hit.match)) {
        hit.match = code_match;
        hit.field = InstitutionField::kCode;
        found = true;
      }
      if (found) out.hits.push_back(hit);
    }
    out.total = out.hits.size();
    const auto length = [](const InstitutionHit& h) {
      std::size_t n = 0;
      for (char c : h.entry->name) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      return n;
    };
    std::sort(out.hits.begin(), out.hits.end(), [&](const auto& a, const auto& b) {
      if (a.match != b.match) return a.match < b.match;
      if (a.field != b.field) return a.field < b.field;
      if (length(a) != length(b)) return length(a) < length(b);
      return a.entry->code < b.entry->code;
    });
    if (out.hits.size() > limit) out.hits.resize(limit);
    return out;
  }

 private:
  struct Name {
    std::string text;
    std::vector<NameChar> chars;
  };

  static bool match_code(const Query& q, const std::string& code, RegionMatch& best) {
    std::string lower = code;
    lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    std::string_view target = lower;
    if (q.digits_only) target = target.substr(1);
    if (q.storage.size() < 2) return false;
    if (q.storage == target) return best = RegionMatch::kExact, true;
    if (q.storage.size() < target.size() && target.compare(0, q.storage.size(), q.storage) == 0) {
      return best = RegionMatch::kPrefix, true;
    }
    return false;
  }

  static bool code_like(const Query& q) {
    if (q.storage.empty()) return false;
    const std::size_t from = q.storage[0] == 'h' || q.storage[0] == 'p' ? 1 : 0;
    if (from == q.storage.size()) return false;
    return std::all_of(q.storage.begin() + static_cast<std::ptrdiff_t>(from), q.storage.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
  }

  const InstitutionList& list_;
  std::vector<std::vector<Name>> names_;
};

// A list like the benchmark's (places whose names have readings of their own: 长沙 cháng, 重庆
// chóng, 厦门 xià, 乐亭 lào), with some names that hold letters and brackets, and the demo list.
InstitutionList test_list() {
  struct Place {
    const char* region;
    const char* name;
  };
  static constexpr Place kPlaces[] = {
      {"430102", "长沙"},     {"430103", "长沙天心"}, {"110105", "北京朝阳"}, {"350203", "厦门"},
      {"500103", "重庆渝中"}, {"130225", "乐亭县"},   {"430102", "乐亭"}};
  static constexpr const char* kKinds[] = {"人民医院", "中医院", "妇幼保健院", "社区卫生服务中心",
                                           "诊所",     "大药房", "CT影像中心", "第一医院【东院】"};
  json institutions = json::array();
  for (int i = 0; i < 230; ++i) {
    const Place& place = kPlaces[i % 7];
    const int kind = (i / 7) % 8;
    const bool pharmacy = kind == 5;
    char sequence[8];
    std::snprintf(sequence, sizeof sequence, "%05d", i);
    json e = {{"code", std::string(pharmacy ? "P" : "H") + place.region + sequence},
              {"name",
               std::string(place.name) + "演示第" + std::to_string(i) + kKinds[kind] + "（演示）"},
              {"aliases", {"演示" + std::to_string(i) + "号"}},
              {"region", place.region},
              {"kind", pharmacy ? "pharmacy" : "hospital"},
              {"networked", {{"inpatient", !pharmacy}, {"outpatient", true}, {"chronic", false}}}};
    if (i % 5 == 0) e["aliases"].push_back(std::string(place.name) + "一院 · " + std::to_string(i));
    if (i % 11 == 0) e["aliases"] = json::array();
    institutions.push_back(std::move(e));
  }
  std::ifstream in(std::string(MEDINS_CASES_DIR) + "/../data/institutions/demo.json");
  std::ostringstream text;
  text << in.rdbuf();
  // Held in a local: a range-for over .at() of the parse's temporary reads freed memory.
  const json demo = json::parse(text.str());
  for (const json& e : demo.at("institutions")) institutions.push_back(e);
  const json list = {{"format", "medins-institutions"},
                     {"version", 1},
                     {"source", {{"title", "测试（虚构）"}, {"demo", true}}},
                     {"as_of", "2026-11-01"},
                     {"institutions", std::move(institutions)}};
  return parse_institutions(list, "", diseases()).value();
}

// What people type for one name: the name, a few of its parts, its full pinyin (first readings),
// its initials, and the first character with the pinyin of the rest.
std::vector<std::string> queries_for(const std::string& name, std::int32_t region) {
  const std::string text = institution_search_text(name);
  const std::vector<NameChar> chars = institution_name_chars(text, region);
  std::vector<std::string> out{name};
  const auto part = [&](std::size_t from, std::size_t count) {
    std::string s;
    for (std::size_t i = from; i < from + count && i < chars.size(); ++i) s += chars[i].ch;
    return s;
  };
  const auto reading = [](const NameChar& c) {
    return c.readings.empty() ? std::string(c.ch)
                              : std::string(c.readings.substr(0, c.readings.find('|')));
  };
  out.push_back(part(0, 3));
  out.push_back(part(2, 4));
  out.push_back(part(chars.size() / 2, 3));
  std::string pinyin;
  std::string initials;
  std::string mixed = chars.empty() ? "" : std::string(chars[0].ch);
  for (std::size_t i = 0; i < chars.size(); ++i) {
    const std::string r = reading(chars[i]);
    pinyin += r;
    initials += r.substr(0, std::min<std::size_t>(r.size(), r[0] < 0 ? r.size() : 1));
    if (i > 0 && i < 5) mixed += r;
  }
  out.push_back(pinyin.substr(0, 40));
  out.push_back(pinyin.substr(pinyin.size() / 3, 12));
  out.push_back(initials.substr(0, 40));
  out.push_back(mixed);
  return out;
}

std::string describe(const InstitutionSearch& s) {
  std::string out = "total " + std::to_string(s.total) + ":";
  for (const InstitutionHit& h : s.hits) {
    out += " " + h.entry->code + "/" + region_match_name(h.match) + "/" +
           institution_field_name(h.field);
    if (h.field == InstitutionField::kAlias) out += std::to_string(h.alias);
  }
  return out;
}

class InstitutionIndexTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    list_ = new InstitutionList(test_list());
    index_ = new InstitutionIndex(*list_);
    scan_ = new Scan(index_->list());
  }
  static void TearDownTestSuite() {
    delete scan_;
    delete index_;
    delete list_;
  }

  // The whole answer (total and every hit, in order) of the index and of the scan.
  static void same(const std::string& query, const InstitutionFilter& filter = {},
                   std::size_t limit = 100000) {
    const Result<InstitutionSearch> found = index_->search(query, filter, limit, "/query");
    ASSERT_TRUE(found) << query;
    EXPECT_EQ(describe(found.value()), describe(scan_->search(query, filter, limit)))
        << "query " << query;
  }

  static InstitutionList* list_;
  static InstitutionIndex* index_;
  static Scan* scan_;
};

InstitutionList* InstitutionIndexTest::list_ = nullptr;
InstitutionIndex* InstitutionIndexTest::index_ = nullptr;
Scan* InstitutionIndexTest::scan_ = nullptr;

TEST_F(InstitutionIndexTest, EveryNameAliasPinyinInitialsAndPartAsTheScan) {
  std::size_t queries = 0;
  for (const InstitutionEntry& e : index_->list().institutions) {
    std::vector<std::string> all = queries_for(e.name, e.region);
    for (const std::string& alias : e.aliases) {
      for (std::string& q : queries_for(alias, e.region)) all.push_back(std::move(q));
    }
    for (const std::string& q : all) {
      if (institution_search_text(q).empty()) continue;
      same(q);
      ++queries;
    }
  }
  EXPECT_GT(queries, 2000u);
}

TEST_F(InstitutionIndexTest, EveryCodeItsStartAndItsDigitsAsTheScan) {
  for (const InstitutionEntry& e : index_->list().institutions) {
    same(e.code);
    same(e.code.substr(0, 7));
    same(e.code.substr(1));
    same(e.code.substr(1, 4));
    same("h" + e.code.substr(1, 2));
  }
}

TEST_F(InstitutionIndexTest, ShortCommonAndUnusualQueriesAsTheScan) {
  for (const char* q : {"c",           "x",
                        "s",           "z",
                        "y",           "1",
                        "9",           "第",
                        "演",          "演示",
                        "示第",        "chang",
                        "zhang",       "cha",
                        "changsha",    "csysd",
                        "长沙演示第1", "演示99号",
                        "diyiyiyuan",  "dyyy",
                        "laoting",     "leting",
                        "yueting",     "chongqing",
                        "zhongqing",   "xiamen",
                        "shamen",      "ct",
                        "CT",          "ctyx",
                        "ct影像",      "长sha",
                        "sha长",       "长沙di一",
                        "一院",        "dongyuan",
                        "东院",        "h43",
                        "h4301",       "p430102",
                        "43",          "430102",
                        "h",           "p",
                        "hp",          "h43010200001",
                        "沙演",        "zhongxin",
                        "zx",          "zyy",
                        "sqwsfwzx",    "bjcy",
                        "北京朝阳",    "nonesuch",
                        "玥",          "1号",
                        "0",           "00",
                        "演示1",       "yanshi1",
                        "yyy",         "renminyiyuan",
                        "rmyy",        "r",
                        "rm"}) {
    same(q);
    same(q, {}, 10);
  }
}

TEST_F(InstitutionIndexTest, FiltersAndLimitsAsTheScan) {
  const InstitutionFilter filters[] = {{430100, std::nullopt},
                                       {430000, InstitutionKind::kPharmacy},
                                       {130225, std::nullopt},
                                       {std::nullopt, InstitutionKind::kMedical}};
  for (const InstitutionFilter& filter : filters) {
    for (const char* q : {"c", "changsha", "演示", "h43", "laoting", "yanshi", "1", "dyyy"}) {
      same(q, filter, 1);
      same(q, filter, 10);
      same(q, filter);
    }
  }
}

}  // namespace
}  // namespace medins
