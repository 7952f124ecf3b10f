// The face-check troubleshooting tree (data/voucher/face_check.json): a yes/no tree
// (common/yes_no_tree.hpp) whose questions carry a text, a hint for "don't know" (how) and a
// basis, and whose leaves carry a title and the steps to try, each with its basis.
#pragma once

#include <nlohmann/json.hpp>

#include "common/rule_check.hpp"

namespace medins {

// Checks what the questions and leaves hold, then the tree's shape and paths. `sources` is the
// cited bibliography the bases name.
void check_face_check_tree(const nlohmann::json& tree, const nlohmann::json& sources,
                           const RuleFail& fail);

}  // namespace medins
