// The settlement-failure reason tree (data/eligibility/why_failed.json) loads clean, reuses the
// other files' texts through refs, and its checker catches what a careless edit would break.
// Every leaf reached through the op is in why_failed_test.cpp.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

// The op with a broken tree needs a CoreData built by hand; the core's internal header is the
// only way to make one, and this one test is worth reaching for it.
#include "api/ops.hpp"
#include "common/embedded_files.hpp"
#include "eligibility/eligibility_rules.hpp"
#include "eligibility/why_failed_tree.hpp"

namespace medins {
namespace {

using nlohmann::json;

json rules() {
  Result<json> r = with_shipped_bibliography(load_eligibility_rules);
  EXPECT_TRUE(r.ok());
  return r ? r.value() : json();
}

// The shipped file as written, refs unresolved.
json shipped_doc() {
  for (const EmbeddedFile& f : embedded_files_under("eligibility/why_failed.json")) {
    return json::parse(f.text.begin(), f.text.end());
  }
  return json();
}

// The errors of checking `doc` (the shipped file, edited by the test) against the shipped rules.
Errors errors_of(const json& doc) {
  Result<json> r = check_why_failed_tree(rules(), doc);
  return r ? Errors{} : r.errors();
}

bool has_error(const Errors& errors, const std::string& path, const std::string& what = "") {
  for (const Error& e : errors) {
    if (e.code == kWhyFailedInvalid && e.path == path && e.en.find(what) != std::string::npos) {
      return true;
    }
  }
  return false;
}

std::string dump(const Errors& errors) {
  std::string out;
  for (const Error& e : errors) out += e.code + " " + e.path + " " + e.en + "\n";
  return out;
}

TEST(WhyFailedTree, ShippedFileLoadsCleanWithRefsResolved) {
  const json all = rules();
  Result<json> tree = load_why_failed_tree(all);
  ASSERT_TRUE(tree.ok()) << (tree ? "" : dump(tree.errors()));
  // A ref is replaced by the very text it names: one wording, in answers.json.
  EXPECT_EQ(tree.value()["questions"]["designated"]["how"],
            all["answers"]["checks"]["designated"]["how"]);
  EXPECT_EQ(tree.value()["actions"]["manual_claim"]["text"], all["manual_claim"]["where"]["text"]);
  EXPECT_EQ(tree.value()["leaves"]["card_not_shown_self_paid"]["basis"],
            all["answers"]["fallback"]["basis"]);
}

TEST(WhyFailedTree, BrokenEligibilityRulesAreItsOwnErrors) {
  const Result<json> broken = Errors{make_error("eligibility.rules_invalid", "/reasons")};
  const Result<json> tree = load_why_failed_tree(broken);
  ASSERT_FALSE(tree.ok());
  EXPECT_EQ(tree.errors().front().code, "eligibility.rules_invalid");
}

TEST(WhyFailedTree, KeptApartFromTheEligibilityRules) {
  // A broken tree must not stop eligibility.check, so the shared loader leaves it out.
  EXPECT_FALSE(rules().contains("why_failed"));
  EXPECT_TRUE(shipped_doc().is_object());
}

TEST(WhyFailedTree, CheckerCatchesEachMistake) {
  const json shipped = shipped_doc();
  struct Mistake {
    const char* what;
    void (*edit)(json&);
    const char* path;
    const char* message;
  };
  const Mistake mistakes[] = {
      {"a ref pointing nowhere",
       [](json& d) {
         d["questions"]["designated"]["how"] = {{"ref", "/answers/nothing"}};
       },
       "/questions/designated/how/ref", "points at nothing"},
      {"a ref into the tree itself",
       [](json& d) {
         d["questions"]["designated"]["how"] = {{"ref", "/why_failed/notes"}};
       },
       "/questions/designated/how/ref", "another file"},
      {"a leaf without actions",
       [](json& d) { d["leaves"]["not_networked"]["actions"] = json::array(); },
       "/leaves/not_networked/actions", "at least one action"},
      {"an action the file lacks",
       [](json& d) { d["leaves"]["not_networked"]["actions"][0] = "pray"; },
       "/leaves/not_networked/actions/0", "action id"},
      {"a reason reasons.json lacks",
       [](json& d) { d["leaves"]["not_networked"]["reason"] = "bad_luck"; },
       "/leaves/not_networked/reason", "reasons.json"},
      {"a leaf with a reason and its own text",
       [](json& d) {
         d["leaves"]["not_networked"]["text"] = {{"zh-CN", "x"}, {"en", "x"}};
       },
       "/leaves/not_networked", "not both"},
      {"a leaf without a reason or text",
       [](json& d) { d["leaves"]["not_networked"].erase("reason"); }, "/leaves/not_networked/text",
       "text"},
      {"a text in one language", [](json& d) { d["questions"]["settled"]["why"].erase("en"); },
       "/questions/settled/why/en", "both"},
      {"a source sources.json lacks",
       [](json& d) { d["questions"]["settled"]["basis"]["sources"][0] = "rumour"; },
       "/questions/settled/basis/sources/0", "source id"},
      {"high confidence on a source without an address",
       [](json& d) { d["actions"]["ask_hospital_resettle"]["basis"]["confidence"] = "high"; },
       "/actions/ask_hospital_resettle/basis/confidence", "only low"},
      {"an unknown deadline kind",
       [](json& d) { d["actions"]["file_afterwards"]["deadline"] = "someday"; },
       "/actions/file_afterwards/deadline", "manual_claim"},
      {"a branch to nowhere", [](json& d) { d["nodes"]["filed"]["no"] = "limbo"; },
       "/nodes/filed/no", "node or leaf"},
      {"a node asking an unknown question", [](json& d) { d["nodes"]["filed"]["ask"] = "lucky"; },
       "/nodes/filed/ask", "question id"},
      {"a root that is not a node", [](json& d) { d["root"] = "not_networked"; }, "/root",
       "node id"},
      {"a cycle", [](json& d) { d["nodes"]["settled_all_in_order"]["no"] = "designated"; },
       "/nodes/designated", "cycle"},
      {"a question twice on one path",
       [](json& d) {
         d["nodes"]["designated_again"] = {
             {"ask", "designated"}, {"yes", "not_networked"}, {"no", "not_networked"}};
         d["nodes"]["networked"]["no"] = "designated_again";
       },
       "/nodes/designated_again", "asked twice"},
      {"a leaf nothing reaches",
       [](json& d) { d["leaves"]["orphan"] = d["leaves"]["not_networked"]; }, "/leaves/orphan",
       "not reachable"},
      {"a question nothing asks",
       [](json& d) { d["questions"]["weather"] = d["questions"]["settled"]; }, "/questions/weather",
       "no node asks it"},
      {"an action no leaf names",
       [](json& d) { d["actions"]["spare"] = d["actions"]["file_afterwards"]; }, "/actions/spare",
       "no leaf names it"},
      {"a node and a leaf with one id",
       [](json& d) { d["leaves"]["filed"] = d["leaves"]["not_networked"]; }, "/nodes/filed",
       "share"},
      {"another format", [](json& d) { d["format"] = 2; }, "/format", "format"},
  };
  for (const Mistake& m : mistakes) {
    SCOPED_TRACE(m.what);
    json doc = shipped;
    m.edit(doc);
    const Errors errors = errors_of(doc);
    EXPECT_TRUE(has_error(errors, m.path, m.message)) << dump(errors);
  }
}

TEST(WhyFailedTree, BrokenTreeMakesTheOpAnswerInternalErrorNotCrash) {
  // Built as load_core_data() would be with a broken why_failed.json: only this op is hit.
  json doc = shipped_doc();
  doc["leaves"]["not_networked"]["actions"] = json::array();
  const Result<json> all = with_shipped_bibliography(load_eligibility_rules);
  const CoreData data{load_bibliography(), Errors{make_error("internal.error", "")},
                      Errors{make_error("internal.error", "")}, all,
                      check_why_failed_tree(all.value(), doc)};
  ASSERT_FALSE(data.why_failed.get().ok());
  const Result<json> answer =
      ops::eligibility_why_failed(data, json{{"answers", json::object()}, {"as_of", "2026-11-25"}});
  ASSERT_FALSE(answer.ok());
  EXPECT_EQ(answer.errors().front().code, "internal.error");
  EXPECT_NE(answer.errors().front().en.find("why_failed.json"), std::string::npos);
}

}  // namespace
}  // namespace medins
