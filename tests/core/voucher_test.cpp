// The e-voucher help (voucher.guide, voucher.face_check, data/voucher/): the shipped files load
// clean; every leaf of the face-check tree is reached by some answers, one question at a time,
// and says what to try with a source for every step; the guide covers the three activation
// channels, family binding, showing the voucher and the e-social-security card; bad answers get
// their codes; the checker catches what a careless edit would break.
#include <functional>
#include <map>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "common/embedded_files.hpp"
#include "common/sources.hpp"
#include "medins/engine.hpp"
#include "voucher/voucher_rules.hpp"
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

json call(const std::string& op, const json& request) {
  return json::parse(engine().handle(op, request.dump()));
}

json face(const json& answers) {
  return call("voucher.face_check", {{"answers", answers}});
}

json shipped(const char* stem) {
  for (const EmbeddedFile& f : embedded_files_under(std::string("voucher/") + stem + ".json")) {
    return json::parse(f.text.begin(), f.text.end());
  }
  return json();
}

bool confidence(const json& c) {
  return c == "high" || c == "medium" || c == "low";
}

TEST(Voucher, ShippedFilesLoadClean) {
  const Result<Bibliography> b = load_bibliography();
  ASSERT_TRUE(b.ok());
  const Result<json> rules = load_voucher_rules(b.value());
  ASSERT_TRUE(rules.ok()) << rules.errors().front().en;
}

TEST(Voucher, EveryFaceCheckLeafIsReachableAndComplete) {
  const json t = shipped("face_check");
  const std::map<std::string, json> reached = answers_per_leaf(t);
  ASSERT_GE(t["leaves"].size(), 6u);
  for (const auto& leaf : t["leaves"].items()) {
    SCOPED_TRACE(leaf.key());
    ASSERT_EQ(reached.count(leaf.key()), 1u) << "no answers reach this leaf";
    const json answer = face(reached.at(leaf.key()));
    ASSERT_EQ(answer["ok"], true) << answer.dump();
    const json& r = answer["result"];
    ASSERT_EQ(r["status"], "leaf");
    const json& l = r["leaf"];
    EXPECT_EQ(l["id"], leaf.key());
    EXPECT_EQ(l["code"], "voucher.face_check." + leaf.key());
    EXPECT_TRUE(bilingual(l["title"]));
    ASSERT_GE(l["steps"].size(), 1u);
    std::string lowest = "high";
    for (const json& s : l["steps"]) {
      EXPECT_TRUE(bilingual(s["text"]));
      ASSERT_GE(s["basis"]["sources"].size(), 1u);
      for (const json& src : s["basis"]["sources"]) EXPECT_TRUE(src["title"].is_string());
      EXPECT_TRUE(confidence(s["confidence"]));
      EXPECT_EQ(s["confidence"], s["basis"]["confidence"]);
      if (s["confidence"] == "low" || (s["confidence"] == "medium" && lowest == "high")) {
        lowest = s["confidence"];
      }
    }
    // A leaf claims no more than its weakest step.
    EXPECT_EQ(l["confidence"], lowest);
    EXPECT_EQ(r["path"].size(), reached.at(leaf.key()).size());
    EXPECT_EQ(r["unused_answers"], json::array());
  }
}

TEST(Voucher, EveryFaceCheckLeafIsReachedOneQuestionAtATime) {
  // As the page does: start with nothing, answer what is asked, until a leaf.
  const json t = shipped("face_check");
  for (const auto& [leaf, target] : answers_per_leaf(t)) {
    SCOPED_TRACE(leaf);
    json answers = json::object();
    json r = face(answers)["result"];
    for (int i = 0; r["status"] == "question" && i < 20; ++i) {
      const std::string q = r["question"]["id"];
      ASSERT_TRUE(target.contains(q)) << q;
      EXPECT_TRUE(bilingual(r["question"]["text"]));
      EXPECT_TRUE(bilingual(r["question"]["how"]));
      EXPECT_GE(r["question"]["basis"]["sources"].size(), 1u);
      EXPECT_EQ(r["question"]["unknown"], false);
      answers[q] = target[q];
      r = face(answers)["result"];
    }
    ASSERT_EQ(r["status"], "leaf");
    EXPECT_EQ(r["leaf"]["id"], leaf);
  }
}

TEST(Voucher, RealisticFaceCheckStories) {
  // A dark room: the first question already tells what to try.
  json r = face({{"light_ok", false}})["result"];
  EXPECT_EQ(r["leaf"]["id"], "fix_light");
  // Sunglasses on.
  r = face({{"light_ok", true}, {"face_clear", false}})["result"];
  EXPECT_EQ(r["leaf"]["id"], "show_whole_face");
  // An older person whose ID photo is twenty years old, with a daughter who has the app.
  r = face({{"light_ok", true},
            {"face_clear", true},
            {"asked_to_read", false},
            {"network_ok", true},
            {"face_changed", true},
            {"relative_has_app", true}})["result"];
  EXPECT_EQ(r["leaf"]["id"], "family_account");
  EXPECT_EQ(r["leaf"]["confidence"], "low");  // "older faces change" rests on a repost only
  // The same, living alone: the counter.
  r = face({{"light_ok", true},
            {"face_clear", true},
            {"asked_to_read", false},
            {"network_ok", true},
            {"face_changed", true},
            {"relative_has_app", false}})["result"];
  EXPECT_EQ(r["leaf"]["id"], "counter");
  ASSERT_GE(r["leaf"]["steps"].size(), 1u);
  EXPECT_EQ(r["leaf"]["steps"][0]["basis"]["sources"][0]["id"], "nhsa_offline_activation_2024");
}

TEST(Voucher, DontKnowAsksAgainWithAHint) {
  const json r = face({{"light_ok", nullptr}})["result"];
  ASSERT_EQ(r["status"], "question");
  EXPECT_EQ(r["question"]["id"], "light_ok");
  EXPECT_EQ(r["question"]["unknown"], true);
  EXPECT_TRUE(bilingual(r["question"]["hint"]));
}

TEST(Voucher, AnswersOffThePathAreListedAsUnused) {
  const json r = face({{"light_ok", false}, {"network_ok", true}})["result"];
  EXPECT_EQ(r["leaf"]["id"], "fix_light");
  EXPECT_EQ(r["unused_answers"], json::array({"network_ok"}));
  EXPECT_EQ(r["path"][0]["question"], "light_ok");
  EXPECT_EQ(r["path"][0]["answer"], false);
  EXPECT_TRUE(bilingual(r["path"][0]["text"]));
}

TEST(Voucher, BadAnswersHaveTheirCodesAndPaths) {
  json a = face({{"weather", true}});
  ASSERT_EQ(a["ok"], false);
  EXPECT_EQ(a["errors"][0]["code"], "voucher.unknown_question");
  EXPECT_EQ(a["errors"][0]["path"], "/answers/weather");
  a = face({{"light_ok", "yes"}});
  ASSERT_EQ(a["ok"], false);
  EXPECT_EQ(a["errors"][0]["code"], "voucher.bad_answer");
  EXPECT_EQ(a["errors"][0]["path"], "/answers/light_ok");
  EXPECT_TRUE(bilingual(a["errors"][0]["message"]));
  // Both at once: every problem is listed.
  a = face({{"weather", true}, {"light_ok", 1}});
  EXPECT_EQ(a["errors"].size(), 2u);
  a = call("voucher.face_check", {{"answers", json::array()}});
  EXPECT_EQ(a["errors"][0]["code"], "request.wrong_type");
  a = call("voucher.face_check", {{"answer", json::object()}});
  EXPECT_EQ(a["errors"][0]["code"], "request.unknown_field");
  a = call("voucher.guide", {{"section", "lottery"}});
  EXPECT_EQ(a["errors"][0]["code"], "voucher.unknown_section");
  EXPECT_EQ(a["errors"][0]["path"], "/section");
}

TEST(Voucher, GuideCoversEveryPartWithSourcedSteps) {
  const json a = call("voucher.guide", json::object());
  ASSERT_EQ(a["ok"], true) << a.dump();
  const json& sections = a["result"]["sections"];
  std::map<std::string, json> by_id;
  for (const json& s : sections) by_id[s["id"]] = s;
  for (const char* part : {"activate", "family", "show", "social_card"}) {
    SCOPED_TRACE(part);
    ASSERT_EQ(by_id.count(part), 1u);
    const json& s = by_id[part];
    EXPECT_TRUE(bilingual(s["title"]));
    EXPECT_TRUE(confidence(s["confidence"]));
    ASSERT_GE(s["steps"].size(), 3u);
    for (const json& step : s["steps"]) {
      EXPECT_TRUE(bilingual(step["text"]));
      EXPECT_GE(step["basis"]["sources"].size(), 1u);
      EXPECT_TRUE(confidence(step["confidence"]));
    }
  }
  // The three channels the issue names, each its own step.
  std::string ids;
  for (const json& step : by_id["activate"]["steps"]) ids += step["id"].get<std::string>() + " ";
  for (const char* channel : {"national_app", "wechat", "alipay"}) {
    EXPECT_NE(ids.find(channel), std::string::npos) << channel;
  }
  // Menu paths come from an undated repost: the page must say unconfirmed.
  EXPECT_EQ(by_id["activate"]["confidence"], "low");
  // One part alone.
  const json one = call("voucher.guide", {{"section", "family"}});
  ASSERT_EQ(one["result"]["sections"].size(), 1u);
  EXPECT_EQ(one["result"]["sections"][0]["id"], "family");
}

// The errors of checking edited copies of the shipped files.
Errors errors_of(const json& guide, const json& face_check) {
  const Result<Bibliography> b = load_bibliography();
  const Result<json> r = check_voucher_rules(b.value(), guide, face_check);
  return r ? Errors{} : r.errors();
}

bool has_error(const Errors& errors, const std::string& path, const std::string& what) {
  for (const Error& e : errors) {
    if (e.code == kVoucherRulesInvalid && e.path == path && e.en.find(what) != std::string::npos) {
      return true;
    }
  }
  return false;
}

TEST(Voucher, CheckerCatchesEachMistake) {
  struct Mistake {
    const char* what;
    void (*edit)(json& guide, json& tree);
    const char* path;
    const char* message;
  };
  const Mistake mistakes[] = {
      {"a step without a basis",
       [](json& g, json&) { g["sections"][0]["steps"][0].erase("basis"); },
       "/sections/0/steps/0/basis", "guide.json"},
      {"a step citing an unknown source",
       [](json& g, json&) { g["sections"][0]["steps"][0]["basis"]["sources"][0] = "rumour"; },
       "/sections/0/steps/0/basis/sources/0", "source"},
      {"two steps with one id",
       [](json& g, json&) {
         g["sections"][1]["steps"][1]["id"] = g["sections"][1]["steps"][0]["id"];
       },
       "/sections/1/steps/1/id", "unique"},
      {"a text in one language", [](json& g, json&) { g["sections"][2]["title"].erase("en"); },
       "/sections/2/title/en", "both"},
      {"a leaf without steps",
       [](json&, json& t) { t["leaves"]["counter"]["steps"] = json::array(); },
       "/leaves/counter/steps", "face_check.json"},
      {"a question without a hint",
       [](json&, json& t) { t["questions"]["network_ok"].erase("how"); },
       "/questions/network_ok/how", "missing"},
      {"a tip on a source without an address claiming high",
       [](json&, json& t) {
         t["leaves"]["counter"]["steps"][0]["basis"] = {{"sources", {"medins_generic"}},
                                                        {"confidence", "high"}};
       },
       "/leaves/counter/steps/0/basis/confidence", "only low"},
      {"a leaf nothing reaches",
       [](json&, json& t) { t["leaves"]["orphan"] = t["leaves"]["counter"]; }, "/leaves/orphan",
       "not reachable"},
      {"a cycle", [](json&, json& t) { t["nodes"]["relative"]["no"] = "light"; }, "/nodes/light",
       "cycle"},
      {"a branch to nowhere", [](json&, json& t) { t["nodes"]["network"]["no"] = "limbo"; },
       "/nodes/network/no", "node or leaf"},
      {"a question nothing asks",
       [](json&, json& t) { t["questions"]["weather"] = t["questions"]["light_ok"]; },
       "/questions/weather", "no node asks it"},
  };
  for (const Mistake& m : mistakes) {
    SCOPED_TRACE(m.what);
    json guide = shipped("guide");
    json tree = shipped("face_check");
    m.edit(guide, tree);
    const Errors errors = errors_of(guide, tree);
    std::string all;
    for (const Error& e : errors) all += e.path + " " + e.en + "\n";
    EXPECT_TRUE(has_error(errors, m.path, m.message)) << all;
  }
}

}  // namespace
}  // namespace medins
