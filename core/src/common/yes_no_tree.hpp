// A tree of yes/no questions kept as data: {root, questions: {id: ...}, nodes: {id: {ask, yes,
// no}}, leaves: {id: ...}}. Each node asks one question and goes to a node or a leaf on each
// answer. What a question or a leaf holds is the owning file's business (eligibility's
// why-failed tree, the voucher's face check); the shape, the checks on it and the walk are here,
// so every such tree is checked and walked alike.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/rule_check.hpp"
#include "medins/result.hpp"

namespace medins {

// The shape: questions, nodes and leaves non-empty objects; each node asks a known question and
// goes to a node or leaf; no id is both a node and a leaf; the root is a node. When the shape is
// sound, every path from the root: no cycle, no question twice on one path (its answer would
// decide twice), every node, leaf and question reached (dead data is a mistake). Returns
// whether nothing was reported.
bool check_yes_no_tree(const nlohmann::json& tree, const RuleFail& fail);

// Reads a request's /answers: each key a question of `questions` (else `unknown_question` at
// /answers/<key>), each value true, false or null for "don't know" (else `bad_answer`). Returns
// the answers, or an empty object when there are none.
nlohmann::json read_yes_no_answers(const nlohmann::json* answers, const nlohmann::json& questions,
                                   const std::string& unknown_question,
                                   const std::string& bad_answer, Errors& errors);

// Where the answers given so far lead, from the root of a checked tree.
struct YesNoWalk {
  bool at_leaf = false;
  std::string at;                  // the leaf reached, or the node whose question is next
  std::string question;            // the next question (empty at a leaf)
  bool asked_before = false;       // the next question was answered null ("don't know")
  std::vector<std::string> asked;  // the questions answered on the way, in order
  std::vector<bool> answers;       // their answers
};

// `answers` is {question id: true | false | null}; null or missing stops the walk at that
// question. Answers off the path are ignored (see unused_yes_no_answers).
YesNoWalk walk_yes_no_tree(const nlohmann::json& tree, const nlohmann::json& answers);

// The answers the walk did not use (a branch not taken), so a page can drop them.
nlohmann::json unused_yes_no_answers(const YesNoWalk& walk, const nlohmann::json& answers);

// The part of an answer every tree's op gives alike, written into `out`: status ("leaf" or
// "question"), the next question or the leaf (each made by the owner's function), the path
// answered so far with each question's text, and the unused answers. False when the walk ended
// nowhere (a tree that passed check_yes_no_tree never does).
bool put_yes_no_walk(const nlohmann::json& tree, const nlohmann::json& answers,
                     const std::function<nlohmann::json(const std::string& leaf)>& leaf,
                     const std::function<nlohmann::json(const YesNoWalk& walk)>& question,
                     nlohmann::json& out);

}  // namespace medins
