#include "eligibility/why_failed_tree.hpp"

#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "common/embedded_files.hpp"
#include "common/json_pointer.hpp"
#include "eligibility/eligibility_rules.hpp"

namespace medins {
namespace {

using nlohmann::json;

// A pathological file (a wide DAG) could make the path enumeration explode; the shipped tree
// has a few dozen paths, so this bound only stops a broken file, never a real one.
constexpr std::size_t kMaxVisits = 100000;

json member(const json& object, const char* name) {
  return object.is_object() && object.contains(name) ? object.at(name) : json();
}

bool bilingual(const json& text) {
  for (const char* lang : {"zh-CN", "en"}) {
    const json t = member(text, lang);
    if (!t.is_string() || t.get_ref<const std::string&>().empty()) return false;
  }
  return true;
}

class TreeChecker {
 public:
  explicit TreeChecker(const json& rules) : rules_(rules) {}

  Result<json> run(const json& doc) {
    json tree = resolve(doc, "");
    if (!errors_.empty()) return errors_;
    if (!tree.is_object() || member(tree, "format") != 1) {
      fail("/format", "format must be 1");
      return errors_;
    }
    errors_ = check_eligibility_document(rules_, std::string(kWhyFailedFile), tree,
                                         std::string(kWhyFailedInvalid));
    check_questions(tree);
    check_actions(tree);
    check_deadlines(tree);
    check_leaves(tree);
    check_nodes(tree);
    if (errors_.empty()) check_paths(tree);
    if (!errors_.empty()) return errors_;
    return tree;
  }

 private:
  void fail(const std::string& path, const std::string& what) {
    const std::string where =
        std::string(kEligibilityRulesDir) + std::string(kWhyFailedFile) + ".json";
    errors_.push_back(make_error(std::string(kWhyFailedInvalid), path,
                                 "（" + where + "：" + what + "）",
                                 "(" + where + ": " + what + ")"));
  }

  // Replaces every {"ref": pointer} by the text or basis it names in the other files, so the
  // op reads one plain tree and the wording lives in one place only.
  json resolve(const json& node, const std::string& at) {
    if (node.is_object() && node.size() == 1 && node.contains("ref")) {
      const json& ref = node.at("ref");
      const std::string pointer = ref.is_string() ? ref.get<std::string>() : "";
      const std::string self = "/" + std::string(kWhyFailedFile);
      if (pointer.empty() || pointer.rfind(self, 0) == 0) {
        fail(pointer_join(at, "ref"), "a pointer into another file of the folder");
        return json();
      }
      try {
        const json::json_pointer p(pointer);
        if (rules_.contains(p)) return rules_.at(p);
      } catch (const json::exception&) {
        // A malformed pointer is reported below like one that points nowhere.
      }
      fail(pointer_join(at, "ref"), pointer + " points at nothing");
      return json();
    }
    if (node.is_object()) {
      json out = json::object();
      for (const auto& item : node.items()) {
        out[item.key()] = resolve(item.value(), pointer_join(at, item.key()));
      }
      return out;
    }
    if (node.is_array()) {
      json out = json::array();
      for (std::size_t i = 0; i < node.size(); ++i) {
        out.push_back(resolve(node[i], pointer_join(at, i)));
      }
      return out;
    }
    return node;
  }

  // A map of id → object, non-empty.
  const json* map(const json& tree, const char* name) {
    const auto it = tree.find(name);
    if (it == tree.end() || !it->is_object() || it->empty()) {
      fail(pointer_join("", name), "a non-empty object is needed");
      return nullptr;
    }
    return &*it;
  }

  void texts(const json& item, const std::string& at, std::initializer_list<const char*> names) {
    for (const char* name : names) {
      if (!bilingual(member(item, name))) {
        fail(pointer_join(at, name), "a {zh-CN, en} text is needed");
      }
    }
  }

  void needs_basis(const json& item, const std::string& at) {
    if (!item.is_object() || !item.contains("basis")) fail(pointer_join(at, "basis"), "missing");
  }

  void check_questions(const json& tree) {
    const json* questions = map(tree, "questions");
    if (questions == nullptr) return;
    for (const auto& q : questions->items()) {
      const std::string at = pointer_join("/questions", q.key());
      texts(q.value(), at, {"text", "why", "how"});
      needs_basis(q.value(), at);
    }
  }

  void check_actions(const json& tree) {
    const json* actions = map(tree, "actions");
    if (actions == nullptr) return;
    for (const auto& a : actions->items()) {
      const std::string at = pointer_join("/actions", a.key());
      texts(a.value(), at, {"text"});
      needs_basis(a.value(), at);
      const json deadline = member(a.value(), "deadline");
      if (!deadline.is_null() && deadline != kDeadlineBeforeSettlement &&
          deadline != kDeadlineManualClaim) {
        fail(pointer_join(at, "deadline"), "before_discharge_settlement or manual_claim");
      }
      const json checklist = member(a.value(), "checklist");
      if (!checklist.is_null() && !checklist.is_boolean()) {
        fail(pointer_join(at, "checklist"), "true or false");
      }
    }
  }

  void check_deadlines(const json& tree) {
    const json block = member(member(tree, "deadlines"), "before_discharge_settlement");
    const std::string at = "/deadlines/before_discharge_settlement";
    texts(block, at, {"text"});
    needs_basis(block, at);
  }

  void check_leaves(const json& tree) {
    const json* leaves = map(tree, "leaves");
    if (leaves == nullptr) return;
    const json actions = member(tree, "actions");
    for (const auto& l : leaves->items()) {
      const std::string at = pointer_join("/leaves", l.key());
      const json& leaf = l.value();
      const json reason = member(leaf, "reason");
      // A leaf reuses a reason of reasons.json (its text and basis) or has its own, not both:
      // two texts for one leaf would drift apart.
      if (!reason.is_null()) {
        if (!reason.is_string() ||
            find_eligibility_reason(rules_, reason.get<std::string>()) == nullptr) {
          fail(pointer_join(at, "reason"), "not a reason id of reasons.json");
        }
        if (leaf.contains("text") || leaf.contains("basis")) {
          fail(at, "a reason or its own text and basis, not both");
        }
      } else {
        texts(leaf, at, {"text"});
        needs_basis(leaf, at);
      }
      const json list = member(leaf, "actions");
      if (!list.is_array() || list.empty()) {
        fail(pointer_join(at, "actions"), "at least one action");
        continue;
      }
      std::set<std::string> seen;
      for (std::size_t i = 0; i < list.size(); ++i) {
        const json& id = list[i];
        if (!id.is_string() || !actions.is_object() || !actions.contains(id.get<std::string>()) ||
            !seen.insert(id.get<std::string>()).second) {
          fail(pointer_join(pointer_join(at, "actions"), i), "a unique action id of /actions");
        } else {
          used_actions_.insert(id.get<std::string>());
        }
      }
    }
  }

  void check_nodes(const json& tree) {
    const json* nodes = map(tree, "nodes");
    if (nodes == nullptr) return;
    const json questions = member(tree, "questions");
    const json leaves = member(tree, "leaves");
    for (const auto& n : nodes->items()) {
      const std::string at = pointer_join("/nodes", n.key());
      if (leaves.is_object() && leaves.contains(n.key())) {
        fail(at, "a node and a leaf share this id");
      }
      const json ask = member(n.value(), "ask");
      if (!ask.is_string() || !questions.is_object() ||
          !questions.contains(ask.get<std::string>())) {
        fail(pointer_join(at, "ask"), "a question id of /questions");
      }
      for (const char* branch : {"yes", "no"}) {
        const json to = member(n.value(), branch);
        const bool known =
            to.is_string() && (nodes->contains(to.get<std::string>()) ||
                               (leaves.is_object() && leaves.contains(to.get<std::string>())));
        if (!known) fail(pointer_join(at, branch), "a node or leaf id");
      }
    }
    const json root = member(tree, "root");
    if (!root.is_string() || !nodes->contains(root.get<std::string>())) {
      fail("/root", "a node id");
    }
  }

  // Walks every path from the root: no cycle, no question twice on a path (its answer would
  // decide twice), and everything in the file reachable (dead data is a mistake).
  void check_paths(const json& tree) {
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
    for (const auto& item : tree.at("actions").items()) {
      if (used_actions_.count(item.key()) == 0) {
        fail(pointer_join("/actions", item.key()), "no leaf names it");
      }
    }
  }

  const json& rules_;
  Errors errors_;
  std::set<std::string> used_actions_;
};

}  // namespace

Result<nlohmann::json> check_why_failed_tree(const nlohmann::json& rules,
                                             const nlohmann::json& doc) {
  return TreeChecker(rules).run(doc);
}

Result<nlohmann::json> load_why_failed_tree(const Result<nlohmann::json>& eligibility_rules) {
  if (!eligibility_rules) return eligibility_rules.errors();
  const std::string path =
      std::string(kEligibilityRulesDir) + std::string(kWhyFailedFile) + ".json";
  for (const EmbeddedFile& file : embedded_files_under(path)) {
    if (file.path != path) continue;
    const json doc = json::parse(file.text.begin(), file.text.end(), nullptr, false);
    if (doc.is_discarded()) {
      return make_error(std::string(kWhyFailedInvalid), "", "（" + path + "：不是有效的 JSON）",
                        "(" + path + ": not valid JSON)");
    }
    return check_why_failed_tree(eligibility_rules.value(), doc);
  }
  return make_error(std::string(kWhyFailedInvalid), "", "（" + path + "：缺少）",
                    "(" + path + ": missing)");
}

}  // namespace medins
