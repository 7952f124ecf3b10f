#include "eligibility/why_failed_tree.hpp"

#include <cstddef>
#include <set>
#include <string>
#include <utility>

#include "common/embedded_files.hpp"
#include "common/json_pointer.hpp"
#include "common/yes_no_tree.hpp"
#include "eligibility/eligibility_rules.hpp"

namespace medins {
namespace {

using nlohmann::json;

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
    check_yes_no_tree(
        tree, [this](const std::string& path, const std::string& what) { fail(path, what); });
    if (errors_.empty()) check_actions_used(tree);
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

  // A missing or empty questions or leaves object is check_yes_no_tree's to report.
  void check_questions(const json& tree) {
    const json questions = member(tree, "questions");
    if (!questions.is_object()) return;
    for (const auto& q : questions.items()) {
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
    const json leaves = member(tree, "leaves");
    if (!leaves.is_object()) return;
    const json actions = member(tree, "actions");
    for (const auto& l : leaves.items()) {
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

  // Every action some leaf names (dead data is a mistake); the tree's shape and paths are
  // checked by check_yes_no_tree.
  void check_actions_used(const json& tree) {
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
