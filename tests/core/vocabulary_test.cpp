// The vocabulary: every word reads back as itself, only the exact id is a word, the shipped
// data/vocabulary.json labels every word the enums have, and each op still refuses a word it does
// not take with its own error code.
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "common/embedded_files.hpp"
#include "filing/filing_rules.hpp"
#include "medins/handle.hpp"
#include "vocab/vocabulary.hpp"

namespace medins {
namespace {

using nlohmann::json;

template <typename E>
struct Words {
  static std::vector<E> all() {
    std::vector<E> out;
    for (std::size_t i = 0; i < word_count(kListOf<E>); ++i) {
      out.push_back(static_cast<E>(i));
    }
    return out;
  }
};

TEST(Vocabulary, EveryWordReadsBackAsItself) {
  for (Scheme v : Words<Scheme>::all()) EXPECT_EQ(word_from_id<Scheme>(word_id(v)), v);
  for (Employment v : Words<Employment>::all()) {
    EXPECT_EQ(word_from_id<Employment>(word_id(v)), v);
  }
  for (Setting v : Words<Setting>::all()) EXPECT_EQ(word_from_id<Setting>(word_id(v)), v);
  for (Level v : Words<Level>::all()) EXPECT_EQ(word_from_id<Level>(word_id(v)), v);
  for (FilingCategory v : Words<FilingCategory>::all()) {
    EXPECT_EQ(word_from_id<FilingCategory>(word_id(v)), v);
  }
  for (Confidence v : Words<Confidence>::all()) {
    EXPECT_EQ(word_from_id<Confidence>(word_id(v)), v);
  }
  for (VisitType v : Words<VisitType>::all()) EXPECT_EQ(word_from_id<VisitType>(word_id(v)), v);
  for (Setting v : Words<Setting>::all()) EXPECT_EQ(setting_from_network_key(network_key(v)), v);
}

TEST(Vocabulary, ListsHoldEveryEnumValueWithTheIdsRequestsUse) {
  EXPECT_EQ(word_count(WordList::kScheme), 2u);
  EXPECT_EQ(word_count(WordList::kEmployment), 3u);
  EXPECT_EQ(word_count(WordList::kSetting), 3u);
  EXPECT_EQ(word_count(WordList::kLevel), 6u);
  EXPECT_EQ(word_count(WordList::kFilingCategory), 7u);
  EXPECT_EQ(word_count(WordList::kConfidence), 3u);
  EXPECT_EQ(word_count(WordList::kVisitType), 5u);
  // A few ids a person can check against docs/vocabulary.md.
  EXPECT_STREQ(word_id(Scheme::kResident), "resident");
  EXPECT_STREQ(word_id(Level::k3), "3");
  EXPECT_STREQ(word_id(Level::kAny), "any");
  EXPECT_STREQ(word_id(Level::k3Provincial), "3_provincial");
  EXPECT_EQ(parent_level(Level::k3City), Level::k3);
  EXPECT_STREQ(word_id(FilingCategory::kOtherTemporary), "other_temporary");
  EXPECT_STREQ(word_id(FilingCategory::kUnfiled), "unfiled");
  EXPECT_STREQ(word_id(Setting::kChronicOutpatient), "chronic_outpatient");
  EXPECT_STREQ(network_key(Setting::kChronicOutpatient), "chronic");
  EXPECT_STREQ(word_id(VisitType::kGeneralOutpatient), "general_outpatient");
  EXPECT_STREQ(word_list_name(WordList::kFilingCategory), "filing_category");
}

TEST(Vocabulary, OnlyTheExactIdIsAWord) {
  EXPECT_FALSE(word_from_id<Scheme>("Employee"));
  EXPECT_FALSE(word_from_id<Scheme>("worker"));
  EXPECT_FALSE(word_from_id<Scheme>(" employee"));
  EXPECT_FALSE(word_from_id<Scheme>(""));
  EXPECT_FALSE(word_from_id<Employment>("RETIRED"));
  EXPECT_FALSE(word_from_id<Employment>("retiree"));
  EXPECT_FALSE(word_from_id<Setting>("Inpatient"));
  EXPECT_FALSE(word_from_id<Setting>("chronic"));  // a network key, not a setting
  EXPECT_FALSE(setting_from_network_key("chronic_outpatient"));
  EXPECT_FALSE(word_from_id<Level>("ANY"));
  EXPECT_FALSE(word_from_id<Level>("4"));
  EXPECT_FALSE(word_from_id<Level>("03"));
  EXPECT_FALSE(word_from_id<FilingCategory>("Referral"));
  EXPECT_FALSE(word_from_id<FilingCategory>("none"));  // a request's word, not a category
  EXPECT_TRUE(is_not_filed_word("none"));
  EXPECT_FALSE(is_not_filed_word("unfiled"));
  EXPECT_FALSE(word_from_id<Confidence>("High"));
  EXPECT_FALSE(word_from_id<Confidence>("unconfirmed"));
  EXPECT_FALSE(word_from_id<VisitType>("outpatient"));
  EXPECT_FALSE(word_from_id<VisitType>("Pharmacy"));
}

TEST(Vocabulary, ShippedDataLabelsEveryWordInBothLanguages) {
  const Result<Vocabulary> words = load_vocabulary();
  ASSERT_TRUE(words.ok()) << words.errors().front().en << " at " << words.errors().front().path;
  for (std::size_t l = 0; l < kWordListCount; ++l) {
    const WordList list = static_cast<WordList>(l);
    for (std::size_t i = 0; i < word_count(list); ++i) {
      const WordLabels& w = words->labels(list, i);
      const std::string at = std::string(word_list_name(list)) + "/" + word_name(list, i);
      EXPECT_FALSE(w.label.zh_cn.empty()) << at;
      EXPECT_FALSE(w.label.en.empty()) << at;
      EXPECT_FALSE(w.in_sentence.zh_cn.empty()) << at;
      EXPECT_FALSE(w.in_sentence.en.empty()) << at;
    }
  }
  // The forms the estimate's sentences and the filing answers have always used.
  EXPECT_EQ(words->labels(FilingCategory::kResettledRetiree).in_sentence.en,
            "retiree resettled elsewhere");
  EXPECT_EQ(words->labels(FilingCategory::kResettledRetiree).label.en,
            "Retiree resettled elsewhere");
  EXPECT_EQ(words->labels(FilingCategory::kEmergency).label.zh_cn,
            "因工作、旅游等原因异地急诊抢救人员");
  EXPECT_EQ(words->labels(FilingCategory::kEmergency).in_sentence.zh_cn, "异地急诊抢救人员");
  EXPECT_EQ(words->labels(Level::k3).in_sentence.en, "tier-3");
  EXPECT_EQ(words->labels(Employment::kRetired).in_sentence.zh_cn, "退休人员");
  // Without an in-sentence form, a word reads as its label.
  EXPECT_EQ(words->labels(Confidence::kLow).in_sentence.en,
            words->labels(Confidence::kLow).label.en);
}

// The shipped file, as JSON, for the checks below.
json shipped_document() {
  for (const EmbeddedFile& file : embedded_data_files()) {
    if (file.path == kVocabularyFile) return json::parse(file.text.begin(), file.text.end());
  }
  return json();
}

TEST(Vocabulary, ShippedDataHasEveryWordOfEveryEnum) {
  const json document = shipped_document();
  ASSERT_TRUE(document.is_object()) << "data/vocabulary.json is not compiled in";
  for (std::size_t l = 0; l < kWordListCount; ++l) {
    const WordList list = static_cast<WordList>(l);
    const json& words = document["lists"][word_list_name(list)];
    std::set<std::string> ids;
    for (const json& w : words) ids.insert(w.value("id", ""));
    for (std::size_t i = 0; i < word_count(list); ++i) {
      EXPECT_EQ(ids.count(word_name(list, i)), 1u)
          << "data/vocabulary.json lacks " << word_list_name(list) << " " << word_name(list, i);
    }
    EXPECT_EQ(ids.size(), word_count(list)) << word_list_name(list);
  }
}

std::vector<std::string> paths_of(const Result<Vocabulary>& r) {
  std::vector<std::string> out;
  if (r.ok()) return out;
  for (const Error& e : r.errors()) {
    EXPECT_EQ(e.code, "vocabulary.invalid");
    out.push_back(e.path);
  }
  return out;
}

TEST(Vocabulary, CheckRefusesAMissingWordAnUnknownIdAndAHalfLabel) {
  json document = shipped_document();
  json& categories = document["lists"]["filing_category"];
  categories.erase(categories.size() - 1);  // unfiled
  EXPECT_EQ(paths_of(read_vocabulary(document)),
            std::vector<std::string>{"/lists/filing_category"});

  document = shipped_document();
  document["lists"]["level"][3]["id"] = "Any";
  document["lists"]["scheme"][0]["label"].erase("en");
  document["lists"]["setting"][0]["in_sentence"] = "inpatient care";
  document["lists"]["shoe_size"] = json::array();
  EXPECT_EQ(paths_of(read_vocabulary(document)),
            (std::vector<std::string>{"/lists/scheme/0/label/en", "/lists/setting/0/in_sentence",
                                      "/lists/level/3/id", "/lists/level", "/lists/shoe_size"}));

  document = shipped_document();
  document["lists"]["confidence"].push_back(document["lists"]["confidence"][0]);
  EXPECT_EQ(paths_of(read_vocabulary(document)),
            std::vector<std::string>{"/lists/confidence/3/id"});
}

TEST(Vocabulary, FilingRulesNameTheirCategoriesAndEmploymentThroughIt) {
  json rules = with_shipped_bibliography(load_filing_rules).value();
  rules["categories"][5]["id"] = "unfiled";  // a settlement case, not something one files for
  rules["categories"][0]["requires"]["employment"] = "all";
  rules["categories"][1]["name"] = {{"zh-CN", "长期居住"}, {"en", "Long-term"}};
  std::vector<std::string> paths;
  for (const Error& e : check_filing_rules(rules)) paths.push_back(e.path);
  EXPECT_EQ(paths,
            (std::vector<std::string>{"/categories/0/requires/employment", "/categories/1/name",
                                      "/categories/5/id", "/categories"}));
}

json answer(const char* op, const json& request) {
  return json::parse(handle(op, request.dump()));
}

TEST(Vocabulary, MetaVocabularyListsEveryWordInEnumOrder) {
  const json r = answer("meta.vocabulary", json::object());
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  const json& lists = r["result"]["lists"];
  EXPECT_EQ(lists.size(), kWordListCount);
  for (std::size_t l = 0; l < kWordListCount; ++l) {
    const WordList list = static_cast<WordList>(l);
    const json& words = lists[word_list_name(list)];
    ASSERT_EQ(words.size(), word_count(list)) << word_list_name(list);
    for (std::size_t i = 0; i < words.size(); ++i) {
      EXPECT_EQ(words[i]["id"], word_name(list, i));
      EXPECT_TRUE(words[i]["label"].contains("zh-CN"));
      EXPECT_TRUE(words[i]["in_sentence"].contains("en"));
    }
  }
  const json refused = answer("meta.vocabulary", {{"list", "scheme"}});
  EXPECT_EQ(refused["errors"][0]["code"], "request.unknown_field");
}

// A person is working or retired; each op refuses "all" (a policy's word) with the code it has
// always used, at the same place.
TEST(Vocabulary, EachOpKeepsItsOwnCodeForAnEmploymentItDoesNotTake) {
  const json person = {{"scheme", "employee"}, {"employment", "all"}};
  const json plan = answer("filing.plan", {{"person", person},
                                           {"insured_region", "110000"},
                                           {"destination", "460200"},
                                           {"reason", "referral"},
                                           {"start_date", "2026-03-01"},
                                           {"as_of", "2026-02-20"}});
  EXPECT_EQ(plan["errors"][0]["code"], "filing.unknown_employment");
  EXPECT_EQ(plan["errors"][0]["path"], "/person/employment");
  const json check = answer(
      "eligibility.check",
      {{"person", person},
       {"insured_region", "110000"},
       {"treatment_region", "460200"},
       {"visit",
        {{"type", "inpatient"}, {"admitted_on", "2026-03-01"}, {"discharged_on", "2026-03-05"}}},
       {"institution", {{"kind", "hospital"}}},
       {"as_of", "2026-03-10"}});
  EXPECT_EQ(check["errors"][0]["code"], "filing.unknown_employment");
  EXPECT_EQ(check["errors"][0]["path"], "/person/employment");
  const json estimate = answer("estimate", {{"person", person}});
  bool found = false;
  for (const json& e : estimate["errors"]) {
    if (e["path"] == "/person/employment") {
      EXPECT_EQ(e["code"], "estimate.unknown_employment");
      found = true;
    }
  }
  EXPECT_TRUE(found) << estimate.dump();
}

}  // namespace
}  // namespace medins
