#include "voucher/face_check_tree.hpp"

#include <cstddef>
#include <string>

#include "common/json_pointer.hpp"
#include "common/yes_no_tree.hpp"

namespace medins {
namespace {

using nlohmann::json;

json member(const json& object, const char* name) {
  return object.is_object() && object.contains(name) ? object.at(name) : json();
}

void needs(const json& item, const std::string& at, const char* name, const RuleFail& fail) {
  if (!member(item, name).is_object()) fail(pointer_join(at, name), "missing");
}

// Steps to try: a non-empty list, each a text and a basis.
void check_steps(const json& leaf, const std::string& at, const RuleFail& fail) {
  const json steps = member(leaf, "steps");
  const std::string list = pointer_join(at, "steps");
  if (!steps.is_array() || steps.empty()) return fail(list, "at least one step");
  for (std::size_t i = 0; i < steps.size(); ++i) {
    needs(steps[i], pointer_join(list, i), "text", fail);
    needs(steps[i], pointer_join(list, i), "basis", fail);
  }
}

}  // namespace

void check_face_check_tree(const nlohmann::json& tree, const nlohmann::json& sources,
                           const RuleFail& fail) {
  if (member(tree, "format") != 1) return fail("/format", "format must be 1");
  // Every text in both languages and every basis citing known sources, wherever it is.
  check_texts_and_bases(tree, "", sources, {{"basis"}, false}, fail);
  // A missing or empty questions or leaves object is check_yes_no_tree's to report.
  const json questions = member(tree, "questions");
  if (questions.is_object()) {
    for (const auto& q : questions.items()) {
      const std::string at = pointer_join("/questions", q.key());
      for (const char* name : {"text", "how", "basis"}) needs(q.value(), at, name, fail);
    }
  }
  const json leaves = member(tree, "leaves");
  if (leaves.is_object()) {
    for (const auto& l : leaves.items()) {
      const std::string at = pointer_join("/leaves", l.key());
      needs(l.value(), at, "title", fail);
      check_steps(l.value(), at, fail);
    }
  }
  check_yes_no_tree(tree, fail);
}

}  // namespace medins
