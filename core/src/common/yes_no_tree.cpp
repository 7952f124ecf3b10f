#include "common/yes_no_tree.hpp"

#include <cstddef>
#include <functional>
#include <set>

#include "common/json_pointer.hpp"

namespace medins {
namespace {

using nlohmann::json;

// A pathological file (a wide DAG) could make the path enumeration explode; the shipped trees
// have a few dozen paths, so this bound only stops a broken file, never a real one.
constexpr std::size_t kMaxVisits = 100000;

json member(const json& object, const char* name) {
  return object.is_object() && object.contains(name) ? object.at(name) : json();
}

bool non_empty_map(const json& tree, const char* name, const RuleFail& fail) {
  const json m = member(tree, name);
  if (m.is_object() && !m.empty()) return true;
  fail(pointer_join("", name), "a non-empty object is needed");
  return false;
}

void check_nodes(const json& tree, const RuleFail& fail) {
  const json& nodes = tree.at("nodes");
  const json& questions = tree.at("questions");
  const json& leaves = tree.at("leaves");
  for (const auto& n : nodes.items()) {
    const std::string at = pointer_join("/nodes", n.key());
    if (leaves.contains(n.key())) fail(at, "a node and a leaf share this id");
    const json ask = member(n.value(), "ask");
    if (!ask.is_string() || !questions.contains(ask.get<std::string>())) {
      fail(pointer_join(at, "ask"), "a question id of /questions");
    }
    for (const char* branch : {"yes", "no"}) {
      const json to = member(n.value(), branch);
      const bool known = to.is_string() && (nodes.contains(to.get<std::string>()) ||
                                            leaves.contains(to.get<std::string>()));
      if (!known) fail(pointer_join(at, branch), "a node or leaf id");
    }
  }
  const json root = member(tree, "root");
  if (!root.is_string() || !nodes.contains(root.get<std::string>())) fail("/root", "a node id");
}

void check_paths(const json& tree, const RuleFail& fail) {
  std::set<std::string> reached;
  std::set<std::string> asked;
  std::vector<std::string> on_path;
  std::vector<std::string> questions_on_path;
  std::size_t visits = 0;
  const json& nodes = tree.at("nodes");
  const json& leaves = tree.at("leaves");
  // Recursion depth is bounded by the number of nodes: a node on the path is not re-entered.
  std::function<void(const std::string&)> visit = [&](const std::string& id) {
    if (++visits > kMaxVisits) return;
    reached.insert(id);
    if (leaves.contains(id)) return;
    for (const std::string& n : on_path) {
      if (n == id) return fail(pointer_join("/nodes", id), "a cycle passes through this node");
    }
    const std::string q = nodes.at(id).at("ask");
    for (const std::string& seen : questions_on_path) {
      if (seen == q) return fail(pointer_join("/nodes", id), q + " is asked twice on one path");
    }
    asked.insert(q);
    on_path.push_back(id);
    questions_on_path.push_back(q);
    visit(nodes.at(id).at("yes"));
    visit(nodes.at(id).at("no"));
    on_path.pop_back();
    questions_on_path.pop_back();
  };
  visit(tree.at("root"));
  if (visits > kMaxVisits) return fail("/nodes", "too many paths");
  for (const char* part : {"nodes", "leaves"}) {
    for (const auto& item : tree.at(part).items()) {
      if (reached.count(item.key()) == 0) {
        fail(pointer_join(pointer_join("", part), item.key()), "not reachable from the root");
      }
    }
  }
  for (const auto& item : tree.at("questions").items()) {
    if (asked.count(item.key()) == 0) {
      fail(pointer_join("/questions", item.key()), "no node asks it");
    }
  }
}

}  // namespace

bool check_yes_no_tree(const nlohmann::json& tree, const RuleFail& fail) {
  bool clean = true;
  const RuleFail counted = [&](const std::string& path, const std::string& what) {
    clean = false;
    fail(path, what);
  };
  bool maps = true;
  for (const char* part : {"questions", "nodes", "leaves"}) {
    maps = non_empty_map(tree, part, counted) && maps;
  }
  if (!maps) return false;
  check_nodes(tree, counted);
  if (clean) check_paths(tree, counted);
  return clean;
}

nlohmann::json read_yes_no_answers(const nlohmann::json* answers, const nlohmann::json& questions,
                                   const std::string& unknown_question,
                                   const std::string& bad_answer, Errors& errors) {
  if (answers == nullptr) return json::object();
  for (const auto& item : answers->items()) {
    const std::string at = pointer_join("/answers", item.key());
    if (!questions.contains(item.key())) {
      errors.push_back(make_error(unknown_question, at));
    } else if (!item.value().is_boolean() && !item.value().is_null()) {
      errors.push_back(make_error(bad_answer, at, "应为 true、false 或 null（不知道）。",
                                  "true, false or null (don't know) is expected here."));
    }
  }
  return *answers;
}

YesNoWalk walk_yes_no_tree(const nlohmann::json& tree, const nlohmann::json& answers) {
  YesNoWalk walk;
  walk.at = tree.at("root").get<std::string>();
  // The tree was checked to have no cycle, so the walk ends within the number of nodes.
  for (std::size_t step = 0; step <= tree.at("nodes").size(); ++step) {
    if (tree.at("leaves").contains(walk.at)) {
      walk.at_leaf = true;
      return walk;
    }
    const json& node = tree.at("nodes").at(walk.at);
    const std::string q = node.at("ask");
    if (!answers.contains(q) || answers.at(q).is_null()) {
      walk.question = q;
      walk.asked_before = answers.contains(q);
      return walk;
    }
    const bool yes = answers.at(q).get<bool>();
    walk.asked.push_back(q);
    walk.answers.push_back(yes);
    walk.at = node.at(yes ? "yes" : "no").get<std::string>();
  }
  return walk;
}

nlohmann::json unused_yes_no_answers(const YesNoWalk& walk, const nlohmann::json& answers) {
  const std::set<std::string> used(walk.asked.begin(), walk.asked.end());
  json unused = json::array();
  for (const auto& item : answers.items()) {
    if (used.count(item.key()) == 0 && !item.value().is_null()) unused.push_back(item.key());
  }
  return unused;
}

bool put_yes_no_walk(const nlohmann::json& tree, const nlohmann::json& answers,
                     const std::function<nlohmann::json(const std::string& leaf)>& leaf,
                     const std::function<nlohmann::json(const YesNoWalk& walk)>& question,
                     nlohmann::json& out) {
  const YesNoWalk walk = walk_yes_no_tree(tree, answers);
  if (walk.at_leaf) {
    out["status"] = "leaf";
    out["question"] = nlohmann::json();
    out["leaf"] = leaf(walk.at);
  } else if (!walk.question.empty()) {
    out["status"] = "question";
    out["question"] = question(walk);
    out["leaf"] = nlohmann::json();
  } else {
    return false;
  }
  nlohmann::json path = nlohmann::json::array();
  for (std::size_t i = 0; i < walk.asked.size(); ++i) {
    const std::string& q = walk.asked[i];
    path.push_back({{"question", q},
                    {"answer", walk.answers[i]},
                    {"text", tree.at("questions").at(q).at("text")}});
  }
  out["path"] = std::move(path);
  // Answers the walk did not need (a branch not taken): said, so a page can drop them.
  out["unused_answers"] = unused_yes_no_answers(walk, answers);
  return true;
}

}  // namespace medins
