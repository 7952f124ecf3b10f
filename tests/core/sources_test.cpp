// The one bibliography (data/sources.json, docs/sources.md): it loads clean, every source id the
// filing rules, the eligibility rules and the shipped policies cite is in it, no source names a
// document outside the repository, and a policy naming an id that is not there is refused with
// a pointer to that source.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "common/embedded_files.hpp"
#include "common/sources.hpp"
#include "medins/handle.hpp"

namespace medins {
namespace {

using nlohmann::json;

Bibliography shipped() {
  Result<Bibliography> b = load_bibliography();
  EXPECT_TRUE(b.ok()) << (b ? "" : b.errors().front().en + " at " + b.errors().front().path);
  return b ? b.value() : Bibliography();
}

json parse(const EmbeddedFile& file) {
  return json::parse(file.text.begin(), file.text.end());
}

// Every source id a rule file cites: the ids in each "basis" / "steps_basis" (a plain id or
// {id, article}), and in each policy's "source" when it is an id.
void collect_ids(const json& node, const std::string& at, std::vector<std::string>& ids,
                 std::vector<std::string>& where) {
  if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) {
      collect_ids(node[i], at + "/" + std::to_string(i), ids, where);
    }
    return;
  }
  if (!node.is_object()) return;
  for (const auto& item : node.items()) {
    const std::string child = at + "/" + item.key();
    if ((item.key() == "basis" || item.key() == "steps_basis") && item.value().is_object()) {
      for (const json& ref : item.value().value("sources", json::array())) {
        ids.push_back(ref.is_object() ? ref.value("id", "") : ref.get<std::string>());
        where.push_back(child);
      }
    } else if (item.key() == "source" && item.value().is_string()) {
      ids.push_back(item.value().get<std::string>());
      where.push_back(child);
    } else {
      collect_ids(item.value(), child, ids, where);
    }
  }
}

TEST(Sources, ShippedBibliographyLoadsClean) {
  const Bibliography b = shipped();
  // The sources the filing and eligibility files listed separately before there was one list.
  for (const char* id : {"nhsa_2022_22", "kunming_guide", "qingyuan_guide", "yantai_explainer",
                         "social_insurance_law", "taiyuan_daily_2022", "xinhua_2024_chronic",
                         "medins_generic", "request"}) {
    EXPECT_NE(b.find(id), nullptr) << id;
  }
  const BibliographyEntry* notice = b.find("nhsa_2022_22");
  ASSERT_NE(notice, nullptr);
  EXPECT_EQ(notice->published->to_iso(), "2022-07-26");
  EXPECT_EQ(notice->kind, SourceKind::kCopy);
  // An English page is cited by its English title, as the page shows it.
  const BibliographyEntry* xinhua = b.find("xinhua_2024_chronic");
  ASSERT_NE(xinhua, nullptr);
  EXPECT_EQ(xinhua->title().rfind("People's Daily Online (Xinhua)", 0), 0u) << xinhua->title();
}

TEST(Sources, EveryIdTheRulesAndPoliciesCiteIsInTheBibliography) {
  const Bibliography b = shipped();
  std::size_t files = 0;
  std::size_t cited = 0;
  // The policies are compiled apart from the rules (only into native builds).
  std::vector<EmbeddedFile> all(embedded_data_files().begin(), embedded_data_files().end());
  all.insert(all.end(), embedded_policy_files().begin(), embedded_policy_files().end());
  for (const EmbeddedFile& file : all) {
    const std::string path(file.path);
    const bool cites = path.rfind("filing/", 0) == 0 || path.rfind("eligibility/", 0) == 0 ||
                       path.rfind("policies/", 0) == 0 || path.rfind("voucher/", 0) == 0;
    if (!cites) continue;
    ++files;
    std::vector<std::string> ids, where;
    collect_ids(parse(file), "", ids, where);
    for (std::size_t i = 0; i < ids.size(); ++i) {
      EXPECT_NE(b.find(ids[i]), nullptr) << path << " " << where[i] << ": " << ids[i];
    }
    cited += ids.size();
  }
  // filing/national.json, 5 eligibility files, 4 policies; a walk that finds nothing proves
  // nothing.
  EXPECT_GE(files, 10u);
  EXPECT_GE(cited, 150u);
}

TEST(Sources, NoShippedPolicyWritesASourceOut) {
  // Shipped policies cite by id, so one page has one title wherever it is cited; only a policy
  // from outside (a portal's, a person's) writes its source out.
  for (const EmbeddedFile& file : embedded_policy_files()) {
    if (file.path.empty()) continue;
    const json doc = parse(file);
    EXPECT_TRUE(doc.at("source").is_string()) << file.path;
    const std::string text(file.text);
    EXPECT_EQ(text.find("\"title\""), std::string::npos) << file.path;
  }
}

TEST(Sources, NoDataTextNamesTheInternalBriefOrARecollection) {
  // A figure has a public address or is "medins' own reading, unconfirmed"; a document outside
  // the repository is no source a person can check. (The brief's name is split here so that a
  // search of the repository for it stays empty.)
  std::vector<EmbeddedFile> all(embedded_data_files().begin(), embedded_data_files().end());
  all.insert(all.end(), embedded_policy_files().begin(), embedded_policy_files().end());
  for (const EmbeddedFile& file : all) {
    const std::string text(file.text);
    for (const char* word : {"BRI"
                             "EF",
                             "recollection", "Recollection", "凭记忆", "/work/"}) {
      EXPECT_EQ(text.find(word), std::string::npos) << file.path << " contains " << word;
    }
  }
  const Bibliography b = shipped();
  for (const auto& [id, entry] : b.entries()) {
    if (entry.kind != SourceKind::kMedinsReading) continue;
    EXPECT_FALSE(entry.url.has_value()) << id;
  }
}

TEST(Sources, BeijingRowsReadAsMedinsOwnReading) {
  const json r = json::parse(
      handle("policy.get", R"({"region":"110000","scheme":"employee","on":"2026-03-01"})"));
  ASSERT_TRUE(r["ok"]) << r.dump();
  const json& levels = r["result"]["version"]["inpatient"]["levels"];
  const json& retired = levels["3"]["retired"];
  EXPECT_EQ(retired["confidence"], "low");
  EXPECT_EQ(retired["source"]["url"], nullptr);
  EXPECT_EQ(retired["source"]["title"].get<std::string>().rfind("medins 自己的解读，未经证实", 0),
            0u)
      << retired["source"]["title"];
  // The file's own source, resolved from its id.
  EXPECT_EQ(r["result"]["source"]["url"], "http://m.mzbk.net/changshi/qXLbg1OjdM.html");
}

json validate(const json& policy) {
  return json::parse(handle("policy.validate", json{{"policy", policy}}.dump()));
}

json small_policy() {
  return json::parse(R"({
    "format": 1, "region": "330100", "scheme": "resident",
    "name": {"zh-CN": "测试", "en": "Test"},
    "source": "nhsa_2022_22",
    "versions": [{"effective_from": null, "effective_to": null, "dates_confirmed": false,
                  "confidence": "medium",
                  "inpatient": {"levels": {"any": {"all": {"deductible_fen": 80000}}}}}]})");
}

TEST(Sources, APolicyMayCiteAnIdOrWriteItsSourceOut) {
  const json by_id = validate(small_policy());
  ASSERT_TRUE(by_id["ok"]) << by_id.dump();
  EXPECT_EQ(by_id["result"]["source"]["url"],
            "http://348239.com/yishizigekaoshi/jiaodian/su2207284450.shtml");
  EXPECT_EQ(by_id["result"]["source"]["published"], "2022-07-26");
  json inline_source = small_policy();
  inline_source["source"] = {
      {"title", "参保地医保局告知单"}, {"url", nullptr}, {"published", nullptr}};
  inline_source["versions"][0]["confidence"] = "low";
  EXPECT_TRUE(validate(inline_source)["ok"]);
}

TEST(Sources, AnUnknownIdIsRefusedWithItsPointer) {
  json policy = small_policy();
  policy["versions"][0]["inpatient"]["levels"]["any"]["all"]["source"] = "nhsa_2099_1";
  policy["source"] = "";
  const json r = validate(policy);
  ASSERT_FALSE(r["ok"]);
  ASSERT_EQ(r["errors"].size(), 2u) << r.dump();
  EXPECT_EQ(r["errors"][0]["code"], "policy.unknown_source");
  EXPECT_EQ(r["errors"][0]["path"], "/policy/source");
  EXPECT_EQ(r["errors"][1]["code"], "policy.unknown_source");
  EXPECT_EQ(r["errors"][1]["path"], "/policy/versions/0/inpatient/levels/any/all/source");
  EXPECT_NE(r["errors"][1]["message"]["en"].get<std::string>().find("nhsa_2099_1"),
            std::string::npos);
}

// One broken entry per rule of the checker, each reported at its own pointer.
TEST(Sources, TheCheckerPointsAtEachProblem) {
  const json good = {{"title", {{"zh-CN", "某市医保局通知"}}},
                     {"language", "zh-CN"},
                     {"url", "https://example.invalid/notice"},
                     {"published", "2024-01-31"},
                     {"kind", "official_notice"}};
  ASSERT_TRUE(parse_bibliography({{"format", 1}, {"sources", {{"a", good}}}}).ok());
  struct Case {
    const char* field;
    json value;
    const char* path;
  };
  const Case cases[] = {
      {"title", {{"en", "A notice"}}, "/sources/a/title/zh-CN"},
      {"language", "fr", "/sources/a/language"},
      {"language", "en", "/sources/a/title/en"},
      {"url", "ftp://example.invalid/x", "/sources/a/url"},
      {"published", "2024-02-30", "/sources/a/published"},
      {"kind", "rumour", "/sources/a/kind"},
      {"kind", "medins_reading", "/sources/a/url"},
      {"confidence", "certain", "/sources/a/confidence"},
      {"titel", "typo", "/sources/a/titel"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.path);
    json entry = good;
    entry[c.field] = c.value;
    const Result<Bibliography> b = parse_bibliography({{"format", 1}, {"sources", {{"a", entry}}}});
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.errors().front().code, "sources.invalid");
    EXPECT_EQ(b.errors().front().path, c.path);
  }
  json no_address = good;
  no_address["url"] = nullptr;
  no_address["confidence"] = "medium";
  const Result<Bibliography> b =
      parse_bibliography({{"format", 1}, {"sources", {{"a", no_address}}}});
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.errors().front().path, "/sources/a/confidence");
  EXPECT_FALSE(parse_bibliography(json::array()).ok());
  EXPECT_FALSE(parse_bibliography({{"format", 1}, {"sources", json::object()}}).ok());
}

}  // namespace
}  // namespace medins
