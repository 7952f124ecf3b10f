// eligibility.why_failed: every leaf of the shipped tree is reached by some answers, asking one
// question at a time, and carries a reason, an action and a basis; realistic stories end at the
// leaf a person in that situation needs; "don't know" and bad answers are handled.
#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "eligibility/eligibility_rules.hpp"
#include "eligibility/why_failed_tree.hpp"
#include "medins/engine.hpp"
#include "yes_no_tree_paths.hpp"

namespace medins {
namespace {

using nlohmann::json;
using test::answers_per_leaf;
using test::bilingual;

const Engine& engine() {
  static const Engine e = Engine::create();
  return e;
}

json ask(const json& answers, const json& extra = json::object()) {
  json request = {{"answers", answers}, {"as_of", "2026-11-25"}};
  request.update(extra);
  return json::parse(engine().handle("eligibility.why_failed", request.dump()));
}

json tree() {
  Result<json> t = load_why_failed_tree(with_shipped_bibliography(load_eligibility_rules));
  EXPECT_TRUE(t.ok());
  return t ? t.value() : json();
}

TEST(WhyFailed, EveryLeafIsReachableAndComplete) {
  const json t = tree();
  const std::map<std::string, json> reached = answers_per_leaf(t);
  ASSERT_GE(t["leaves"].size(), 10u);
  for (const auto& leaf : t["leaves"].items()) {
    SCOPED_TRACE(leaf.key());
    ASSERT_EQ(reached.count(leaf.key()), 1u) << "no answers reach this leaf";
    const json answer = ask(reached.at(leaf.key()));
    ASSERT_EQ(answer["ok"], true) << answer.dump();
    const json& r = answer["result"];
    ASSERT_EQ(r["status"], "leaf");
    const json& l = r["leaf"];
    EXPECT_EQ(l["id"], leaf.key());
    EXPECT_EQ(l["code"], "eligibility.why_failed." + leaf.key());
    EXPECT_TRUE(bilingual(l["reason"]["text"]));
    ASSERT_GE(l["actions"].size(), 1u);
    for (const json& a : l["actions"]) {
      EXPECT_TRUE(bilingual(a["text"])) << a["id"];
      EXPECT_GE(a["basis"]["sources"].size(), 1u) << a["id"];
    }
    EXPECT_GE(l["basis"]["sources"].size(), 1u);
    for (const json& s : l["basis"]["sources"]) EXPECT_TRUE(s["title"].is_string());
    EXPECT_TRUE(l["confidence"] == "high" || l["confidence"] == "medium" ||
                l["confidence"] == "low");
    EXPECT_EQ(l["confidence"], l["basis"]["confidence"]);
    EXPECT_EQ(r["path"].size(), reached.at(leaf.key()).size());
    EXPECT_EQ(r["unused_answers"], json::array());
  }
}

TEST(WhyFailed, EveryLeafIsReachedOneQuestionAtATime) {
  // As a page would: start with nothing, answer what is asked, until a leaf.
  const json t = tree();
  for (const auto& [leaf, target] : answers_per_leaf(t)) {
    SCOPED_TRACE(leaf);
    json answers = json::object();
    json r = ask(answers)["result"];
    for (std::size_t i = 0; r["status"] == "question" && i < 20; ++i) {
      const std::string q = r["question"]["id"];
      ASSERT_TRUE(target.contains(q)) << q;
      EXPECT_TRUE(bilingual(r["question"]["text"]));
      EXPECT_TRUE(bilingual(r["question"]["why"]));
      EXPECT_TRUE(bilingual(r["question"]["how"]));
      EXPECT_EQ(r["question"]["unknown"], false);
      answers[q] = target[q];
      r = ask(answers)["result"];
    }
    ASSERT_EQ(r["status"], "leaf");
    EXPECT_EQ(r["leaf"]["id"], leaf);
  }
}

struct Story {
  const char* name;
  json answers;
  const char* leaf;
  std::vector<std::string> actions;
  const char* confidence;
};

TEST(WhyFailed, RealisticStories) {
  const std::vector<Story> stories = {
      {"retiree wintering in Hainan, temporary filing ran out before admission, still in "
       "hospital",
       {{"designated", true},
        {"networked", true},
        {"chronic_visit", false},
        {"filed", true},
        {"filing_in_force", false},
        {"filed_before_settlement", false},
        {"settled", false}},
       "filing_not_in_force_file_now",
       {"file_before_settlement", "keep_papers"},
       "high"},
      {"never filed, paid everything at discharge",
       {{"designated", true},
        {"networked", true},
        {"chronic_visit", false},
        {"filed", false},
        {"emergency", false},
        {"settled", true}},
       "not_filed_self_paid",
       {"file_afterwards", "manual_claim"},
       "high"},
      {"county hospital not on the national network",
       {{"designated", true}, {"networked", false}},
       "not_networked",
       {"check_networked_in_app", "manual_claim"},
       "high"},
      {"dialysis patient whose disease was never recognised at home",
       {{"designated", true},
        {"networked", true},
        {"chronic_visit", true},
        {"in_national_list", true},
        {"chronic_recognised", false}},
       "chronic_not_recognised",
       {"apply_chronic_recognition", "manual_claim"},
       "low"},
      {"outpatient care for a disease outside the ten",
       {{"designated", true},
        {"networked", true},
        {"chronic_visit", true},
        {"in_national_list", false}},
       "chronic_not_in_national_list",
       {"ask_insured_place", "manual_claim"},
       "medium"},
      {"heart attack on holiday, taken to a private clinic",
       {{"designated", false}, {"emergency", true}},
       "not_designated_emergency",
       {"ask_insured_place", "manual_claim"},
       "low"},
      {"beauty clinic, not designated",
       {{"designated", false}, {"emergency", false}},
       "not_designated",
       {"check_designated_in_app", "keep_papers"},
       "medium"},
      {"emergency, no filing, no card shown, paid",
       {{"designated", true},
        {"networked", true},
        {"chronic_visit", false},
        {"filed", false},
        {"emergency", true},
        {"card_shown", false},
        {"settled", true}},
       "card_not_shown_self_paid",
       {"ask_hospital_resettle", "manual_claim"},
       "high"},
      {"filed for Guangdong, admitted in Hainan, not yet discharged",
       {{"designated", true},
        {"networked", true},
        {"chronic_visit", false},
        {"filed", true},
        {"filing_in_force", true},
        {"filing_covers_area", false},
        {"settled", false}},
       "filing_other_area_change_now",
       {"change_filing_area", "keep_papers"},
       "medium"},
      {"daughter filed online during the stay, hospital still refused",
       {{"designated", true},
        {"networked", true},
        {"chronic_visit", false},
        {"filed", true},
        {"filing_in_force", false},
        {"filed_before_settlement", true}},
       "filed_before_settlement_not_applied",
       {"ask_hospital_resettle", "manual_claim"},
       "medium"},
      {"everything in order, counter says no",
       {{"designated", true},
        {"networked", true},
        {"chronic_visit", false},
        {"filed", true},
        {"filing_in_force", true},
        {"filing_covers_area", true},
        {"card_shown", true},
        {"settled", false}},
       "unexplained_before_settlement",
       {"ask_hospital_office", "check_networked_in_app", "keep_papers"},
       "low"},
  };
  for (const Story& s : stories) {
    SCOPED_TRACE(s.name);
    const json r = ask(s.answers, {{"discharged_on", "2026-11-28"}})["result"];
    ASSERT_EQ(r["status"], "leaf") << r.dump();
    EXPECT_EQ(r["leaf"]["id"], s.leaf);
    EXPECT_EQ(r["leaf"]["confidence"], s.confidence);
    std::vector<std::string> ids;
    for (const json& a : r["leaf"]["actions"]) ids.push_back(a["id"]);
    EXPECT_EQ(ids, s.actions);
  }
}

json action(const json& result, const std::string& id) {
  for (const json& a : result["leaf"]["actions"]) {
    if (a["id"] == id) return a;
  }
  return json();
}

TEST(WhyFailed, DeadlineBeforeSettlementIsTheDischargeDay) {
  const json answers = {{"designated", true}, {"networked", true},  {"chronic_visit", false},
                        {"filed", false},     {"emergency", false}, {"settled", false}};
  const json r = ask(answers, {{"discharged_on", "2026-11-28"}})["result"];
  const json d = action(r, "file_before_settlement")["deadline"];
  EXPECT_EQ(d["kind"], "before_discharge_settlement");
  EXPECT_EQ(d["known"], true);
  EXPECT_EQ(d["date"], "2026-11-28");
  EXPECT_EQ(d["days_left"], 3);
  // Without the discharge day: said, not guessed.
  const json unknown = action(ask(answers)["result"], "file_before_settlement")["deadline"];
  EXPECT_EQ(unknown["known"], false);
  EXPECT_TRUE(unknown["date"].is_null());
  EXPECT_TRUE(bilingual(unknown["text"]));
}

TEST(WhyFailed, ManualClaimDeadlineNotKnownForThisPlaceWithChecklistIds) {
  const json r = ask({{"designated", true}, {"networked", false}},
                     {{"discharged_on", "2026-11-20"}})["result"];
  const json claim = action(r, "manual_claim");
  EXPECT_EQ(claim["deadline"]["known"], false);
  EXPECT_TRUE(claim["deadline"]["date"].is_null());
  EXPECT_EQ(claim["deadline"]["anchor"], "2026-11-20");
  EXPECT_NE(claim["deadline"]["text"]["en"].get<std::string>().find("does not know"),
            std::string::npos);
  EXPECT_EQ(claim["deadline"]["range_seen"]["confidence"], "low");
  std::set<std::string> ids;
  for (const json& item : claim["checklist"]) {
    ids.insert(item["id"]);
    // Each paper comes with its words, so a page can list it without a second table.
    EXPECT_TRUE(bilingual(item["text"])) << item["id"];
    EXPECT_FALSE(item["basis"]["sources"].empty()) << item["id"];
  }
  const auto invoice = std::find_if(claim["checklist"].begin(), claim["checklist"].end(),
                                    [](const json& i) { return i["id"] == "invoice"; });
  ASSERT_NE(invoice, claim["checklist"].end());
  EXPECT_NE((*invoice)["text"]["zh-CN"].get<std::string>().find("发票"), std::string::npos);
  for (const char* id : {"invoice", "expense_list", "discharge_or_diagnosis", "bank_account"}) {
    EXPECT_EQ(ids.count(id), 1u) << id;
  }
  // The same ids as manual_claim.json: no second list to drift.
  const json rules = with_shipped_bibliography(load_eligibility_rules).value();
  EXPECT_EQ(claim["checklist"].size(), rules["manual_claim"]["checklist"].size());
}

TEST(WhyFailed, DontKnowAsksAgainWithAHint) {
  const json r = ask({{"designated", true}, {"networked", nullptr}})["result"];
  ASSERT_EQ(r["status"], "question");
  EXPECT_EQ(r["question"]["id"], "networked");
  EXPECT_EQ(r["question"]["unknown"], true);
  EXPECT_EQ(r["question"]["hint"], r["question"]["how"]);
  EXPECT_NE(r["question"]["hint"]["zh-CN"].get<std::string>().find("国家医保服务平台APP"),
            std::string::npos);
  EXPECT_EQ(r["path"].size(), 1u);
  EXPECT_TRUE(r["leaf"].is_null());
  // A first question without answers is not "unknown".
  const json first = ask(json::object())["result"];
  EXPECT_EQ(first["question"]["id"], "designated");
  EXPECT_EQ(first["question"]["unknown"], false);
  EXPECT_FALSE(first["question"].contains("hint"));
}

TEST(WhyFailed, AnswersOffThePathAreListedAsUnused) {
  const json r = ask({{"designated", true},
                      {"networked", false},
                      {"chronic_recognised", true},
                      {"settled", nullptr}})["result"];
  EXPECT_EQ(r["leaf"]["id"], "not_networked");
  EXPECT_EQ(r["unused_answers"], json::array({"chronic_recognised"}));
}

TEST(WhyFailed, PathEchoesEachAnswerWithItsQuestion) {
  const json r = ask({{"designated", false}, {"emergency", true}})["result"];
  ASSERT_EQ(r["path"].size(), 2u);
  EXPECT_EQ(r["path"][0]["question"], "designated");
  EXPECT_EQ(r["path"][0]["answer"], false);
  EXPECT_TRUE(bilingual(r["path"][0]["text"]));
  EXPECT_EQ(r["path"][1]["question"], "emergency");
  EXPECT_EQ(r["as_of"], "2026-11-25");
}

TEST(WhyFailed, EachInputProblemHasItsCodeAndPath) {
  struct Bad {
    json request;
    std::vector<std::pair<std::string, std::string>> errors;  // code, path
  };
  const std::vector<Bad> cases = {
      {{{"answers", {{"designated", "yes"}}}, {"as_of", "2026-11-25"}},
       {{"request.wrong_type", "/answers/designated"}}},
      {{{"answers", {{"was_it_raining", true}}}, {"as_of", "2026-11-25"}},
       {{"eligibility.unknown_question", "/answers/was_it_raining"}}},
      {{{"answers", json::array()}, {"as_of", "2026-11-25"}}, {{"request.wrong_type", "/answers"}}},
      {{{"as_of", "2026-11-25"}}, {{"request.missing_field", "/answers"}}},
      {{{"answers", json::object()}}, {{"request.missing_field", "/as_of"}}},
      {{{"answers", json::object()}, {"as_of", "2026-11-25"}, {"discharged", "2026-11-20"}},
       {{"request.unknown_field", "/discharged"}}},
      {{{"answers", {{"a/b", true}, {"settled", 1}}}, {"as_of", "2026-11-25"}},
       {{"eligibility.unknown_question", "/answers/a~1b"},
        {"request.wrong_type", "/answers/settled"}}},
  };
  for (const Bad& b : cases) {
    SCOPED_TRACE(b.request.dump());
    const json r = json::parse(engine().handle("eligibility.why_failed", b.request.dump()));
    ASSERT_EQ(r["ok"], false);
    ASSERT_EQ(r["errors"].size(), b.errors.size()) << r.dump();
    for (std::size_t i = 0; i < b.errors.size(); ++i) {
      EXPECT_EQ(r["errors"][i]["code"], b.errors[i].first);
      EXPECT_EQ(r["errors"][i]["path"], b.errors[i].second);
    }
  }
}

}  // namespace
}  // namespace medins
