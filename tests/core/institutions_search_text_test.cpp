// institutions.search writes its answer as text; the answer must be the bytes its json tree
// dumps to. The requests: the benchmark's queries and others (Chinese, pinyin, initials, mixed,
// codes and their starts), with region and kind filters and limits, on a held list of a few
// thousand generated entries whose facts vary (level or none, networked yes/no/unknown, diseases,
// addresses and aliases with characters JSON escapes, a source with and without url and date);
// then every worked example of the op (lists sent in the request) and refusals.
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "answer_bytes.hpp"
#include "api/core_data.hpp"
#include "api/ops.hpp"
#include "generated_institutions.hpp"
#include "institution/institution_search.hpp"

namespace medins {
namespace {

using nlohmann::json;

using test::dumped;
using test::text_of;
using test::written;

// The benchmark's entries (generated_institutions.hpp), with more kinds of facts.
json generated_list(int n, bool with_url) {
  static constexpr const char* kNetworked[] = {"yes", "no", "unknown"};
  json institutions = json::array();
  for (int i = 0; i < n; ++i) {
    json e = test::generated_institution(i);
    json networked = json::object();
    const char* keys[] = {"inpatient", "outpatient", "chronic"};
    for (int s = 0; s < 3; ++s) {
      const std::string v = kNetworked[(i / 7 + s) % 3];
      networked[keys[s]] = v == "unknown" ? json("unknown") : json(v == "yes");
    }
    e["networked"] = std::move(networked);
    if (i % 4 != 3) e["aliases"] = {"演示" + std::to_string(i) + "号"};
    if (i % 9 == 0) e["aliases"].push_back("\"东院\" \\ 分部/" + std::to_string(i));
    if (i % 3 != 0) e["address"] = "演示路" + std::to_string(i) + "号（虚构地址）\t\"后门\"";
    if (!test::generated_is_pharmacy(i) && i % 5 != 4) e["level"] = std::to_string(1 + i % 3);
    if (i % 2 == 0) e["chronic_diseases"] = {"hypertension", "diabetes"};
    institutions.push_back(std::move(e));
  }
  json source = {{"title", "生成的演示名单（虚构） \"引号\""}, {"demo", !with_url}};
  if (with_url) {
    source["url"] = "https://example.org/list?a=1&b=\"2\"";
    source["published"] = "2026-10-30";
  }
  return test::generated_list_file(std::move(institutions), std::move(source));
}

std::shared_ptr<const InstitutionIndex> held(const CoreData& data, const json& list) {
  Result<InstitutionList> read =
      parse_institutions(list, "", data.eligibility_rules.get()->at("chronic_diseases"));
  EXPECT_TRUE(read) << (read ? "" : read.errors().front().code + " " + read.errors().front().path);
  return std::make_shared<const InstitutionIndex>(std::move(read).value());
}

// Compares the two answers for each request, up to the first that differs; returns how many
// were answers, not refusals.
std::size_t expect_same_answers(const CoreData& data, const std::vector<json>& requests) {
  std::size_t ok = 0;
  for (const json& request : requests) {
    const Result<json> tree = ops::institutions_search(data, request);
    const std::string text = written(text_of(ops::institutions_search_text, data, request));
    if (text != dumped(tree)) {
      ADD_FAILURE() << "request " << request.dump() << "\nwritten " << text << "\ntree    "
                    << dumped(tree);
      break;
    }
    if (tree) ++ok;
  }
  return ok;
}

std::vector<json> held_list_requests() {
  std::vector<json> out;
  for (const char* query :
       {// the benchmark's
        "changsha", "csysd", "长沙演示第1", "演示9999号", "diyiyiyuan", "H43010200", "laoting",
        // Chinese, pinyin, initials, mixed, codes, aliases, nothing
        "长沙", "演示", "演示12号", "东院", "\"东院\"", "chongqing", "xiamen", "leting", "bjcy",
        "dyyy", "rmyy", "长沙di一", "zhongyiyuan", "h43", "p500103", "43010200012", "H13022500005",
        "1", "nonesuch", "玥", "  changsha  "}) {
    out.push_back({{"query", query}});
    for (const char* region : {"430100", "430000", "130225", "110105", "350203"}) {
      out.push_back({{"query", query}, {"region", region}});
      out.push_back({{"query", query}, {"region", region}, {"kind", "pharmacy"}});
    }
    for (const char* kind : {"hospital", "pharmacy"})
      out.push_back({{"query", query}, {"kind", kind}});
    for (const int limit : {1, 3, 50}) out.push_back({{"query", query}, {"limit", limit}});
  }
  // Refusals: each field wrong, and two at once.
  for (const json& bad :
       {json{{"query", ""}}, json{{"query", std::string(200, 'a')}}, json{{"query", 3}},
        json::object(), json{{"query", "changsha"}, {"limit", 0}},
        json{{"query", "changsha"}, {"limit", 51}}, json{{"query", "changsha"}, {"kind", "clinic"}},
        json{{"query", "changsha"}, {"region", "999999"}},
        json{{"query", "changsha"}, {"region", "999999"}, {"kind", "x"}},
        json{{"query", "changsha"}, {"unknown", true}}}) {
    out.push_back(bad);
  }
  return out;
}

TEST(InstitutionsSearchText, EqualsTheJsonTreeOnAHeldList) {
  CoreData data = load_core_data();
  for (const bool with_url : {false, true}) {
    data.institutions = held(data, generated_list(3000, with_url));
    EXPECT_GT(expect_same_answers(data, held_list_requests()), 300u);  // answers, not refusals
  }
}

TEST(InstitutionsSearchText, EqualsTheJsonTreeForTheWorkedExamples) {
  const CoreData data = load_core_data();
  std::vector<json> requests;
  const std::filesystem::path dir = std::filesystem::path(MEDINS_CASES_DIR) / "institutions.search";
  for (const auto& file : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(file.path());
    requests.push_back(json::parse(in).at("request"));
  }
  ASSERT_GE(requests.size(), 10u);
  EXPECT_GT(expect_same_answers(data, requests), 5u);
}

TEST(InstitutionsSearchText, NoListHeldIsRefusedAlike) {
  const CoreData data = load_core_data();
  EXPECT_EQ(expect_same_answers(data, {json{{"query", "changsha"}}}), 0u);
}

}  // namespace
}  // namespace medins
