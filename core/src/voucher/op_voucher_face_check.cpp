// Op voucher.face_check: the face check fails while activating the e-voucher. Walks the tree of
// data/voucher/face_check.json (face_check_tree.hpp) with the answers given so far and returns
// the next question, or the leaf: what to try, each step with its basis and confidence.
// docs/voucher.md describes request and answer.
//
//   {answers: {<question id>: true | false | null, ...}}
//
// null is "I don't know": the question comes back with a hint how to find out.
#include <cstddef>
#include <string>

#include "api/ops.hpp"
#include "common/request_reader.hpp"
#include "common/rule_check.hpp"
#include "common/yes_no_tree.hpp"

namespace medins::ops {
namespace {

using nlohmann::json;

json question_json(const json& sources, const std::string& id, const json& q, bool unknown) {
  json out = {{"id", id},
              {"text", q.at("text")},
              {"how", q.at("how")},
              {"basis", expand_basis(sources, q.at("basis"))},
              {"confidence", q.at("basis").at("confidence")},
              {"unknown", unknown}};
  // Asked again after "don't know": the hint is what to do before answering.
  if (unknown) out["hint"] = q.at("how");
  return out;
}

json leaf_json(const json& sources, const std::string& id, const json& leaf) {
  json steps = json::array();
  std::string confidence = "high";
  for (const json& step : leaf.at("steps")) {
    const std::string c = step.at("basis").at("confidence");
    confidence = lower_confidence(confidence, c);
    steps.push_back({{"text", step.at("text")},
                     {"basis", expand_basis(sources, step.at("basis"))},
                     {"confidence", c}});
  }
  return {{"id", id},
          {"code", "voucher.face_check." + id},
          {"title", leaf.at("title")},
          {"steps", std::move(steps)},
          {"confidence", confidence}};
}

}  // namespace

Result<nlohmann::json> voucher_face_check(const CoreData& data, const nlohmann::json& request) {
  if (!data.voucher.get()) {
    const Error& first = data.voucher.get().errors().front();
    return make_error("internal.error", "", first.zh_cn, first.en);
  }
  const json& sources = data.voucher.get().value().at("sources");
  const json& tree = data.voucher.get().value().at("face_check");
  Errors errors;
  RequestReader reader(request, "", errors);
  const json answers =
      read_yes_no_answers(reader.object("answers", false), tree.at("questions"),
                          "voucher.unknown_question", "voucher.bad_answer", errors);
  reader.reject_unknown_fields();
  if (!errors.empty()) return errors;

  json out;
  const bool walked = put_yes_no_walk(
      tree, answers,
      [&](const std::string& at) { return leaf_json(sources, at, tree.at("leaves").at(at)); },
      [&](const YesNoWalk& walk) {
        return question_json(sources, walk.question, tree.at("questions").at(walk.question),
                             walk.asked_before);
      },
      out);
  if (!walked) return make_error("internal.error", "");
  return out;
}

}  // namespace medins::ops
