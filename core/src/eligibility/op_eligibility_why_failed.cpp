// Op eligibility.why_failed: direct settlement failed, and nobody says why. Walks the tree of
// data/eligibility/why_failed.json (why_failed_tree.hpp) with the answers given so far and
// returns the next question to ask, or the leaf: the likely reason, what can still be done, the
// deadlines medins knows, and the basis of each. docs/eligibility.md describes request and answer.
//
//   {answers: {<question id>: true | false | null, ...}, as_of, discharged_on?}
//
// null is "I don't know": the question comes back with a hint how to find out, never a guess.
#include <optional>
#include <string>

#include "api/ops.hpp"
#include "common/json_pointer.hpp"
#include "common/request_reader.hpp"
#include "common/yes_no_tree.hpp"
#include "eligibility/eligibility_rules.hpp"
#include "eligibility/why_failed_tree.hpp"

namespace medins::ops {
namespace {

using nlohmann::json;

struct Dates {
  Date as_of;
  std::optional<Date> discharged_on;
};

json question_json(const json& rules, const std::string& id, const json& q, bool unknown) {
  json out = {{"id", id},
              {"text", q.at("text")},
              {"why", q.at("why")},
              {"how", q.at("how")},
              {"basis", expand_eligibility_basis(rules, q.at("basis"))},
              {"confidence", q.at("basis").at("confidence")},
              {"unknown", unknown}};
  // Asked again after "don't know": the hint is what to do before answering.
  if (unknown) out["hint"] = q.at("how");
  return out;
}

// A deadline named by an action. Before the discharge settlement: the discharge day when the
// request gives it. A manual claim: set by the insured place, which this op is not told, so
// "not known for this place" with the patterns seen, as eligibility.check says it.
json deadline_json(const json& rules, const json& tree, const std::string& kind,
                   const Dates& dates) {
  const json anchor = dates.discharged_on ? json(dates.discharged_on->to_iso()) : json();
  if (kind == kDeadlineBeforeSettlement) {
    const json& block = tree.at("deadlines").at("before_discharge_settlement");
    json out = {{"kind", kind},
                {"known", dates.discharged_on.has_value()},
                {"date", anchor},
                {"text", block.at("text")},
                {"basis", expand_eligibility_basis(rules, block.at("basis"))},
                {"confidence", block.at("basis").at("confidence")}};
    if (dates.discharged_on) {
      out["days_left"] = Date::days_between(dates.as_of, *dates.discharged_on);
    }
    return out;
  }
  const json& data = rules.at("manual_claim").at("deadline");
  return {{"kind", kind},
          {"known", false},
          {"date", json()},
          {"from", "discharge"},
          {"anchor", anchor},
          {"text", data.at("unknown").at("text")},
          {"basis", expand_eligibility_basis(rules, data.at("unknown").at("basis"))},
          {"range_seen",
           {{"text", data.at("range_seen").at("text")},
            {"patterns", data.at("range_seen").at("patterns")},
            {"basis", expand_eligibility_basis(rules, data.at("range_seen").at("basis"))},
            {"confidence", data.at("range_seen").at("basis").at("confidence")}}}};
}

json action_json(const json& rules, const json& tree, const std::string& id, const Dates& dates) {
  const json& a = tree.at("actions").at(id);
  json out = {{"id", id},
              {"text", a.at("text")},
              {"basis", expand_eligibility_basis(rules, a.at("basis"))},
              {"confidence", a.at("basis").at("confidence")}};
  if (a.contains("deadline")) {
    out["deadline"] = deadline_json(rules, tree, a.at("deadline").get<std::string>(), dates);
  }
  // The papers of manual_claim.json, with their texts and bases so a page can list them as
  // eligibility.check does; `for` says which apply to which visit, as this op does not know the
  // setting.
  if (a.value("checklist", false)) {
    json checklist = json::array();
    for (const json& item : rules.at("manual_claim").at("checklist")) {
      checklist.push_back({{"id", item.at("id")},
                           {"for", item.value("for", json::array())},
                           {"text", item.at("text")},
                           {"basis", expand_eligibility_basis(rules, item.at("basis"))},
                           {"confidence", item.at("basis").at("confidence")}});
    }
    out["checklist"] = std::move(checklist);
  }
  return out;
}

json leaf_json(const json& rules, const json& tree, const std::string& id, const Dates& dates) {
  const json& leaf = tree.at("leaves").at(id);
  json reason;
  json basis;
  if (leaf.contains("reason")) {
    const std::string reason_id = leaf.at("reason");
    const json& r = *find_eligibility_reason(rules, reason_id);
    reason = {
        {"id", reason_id}, {"code", "eligibility.reason." + reason_id}, {"text", r.at("text")}};
    basis = r.at("basis");
  } else {
    reason = {{"id", json()}, {"code", json()}, {"text", leaf.at("text")}};
    basis = leaf.at("basis");
  }
  json actions = json::array();
  for (const json& a : leaf.at("actions")) {
    actions.push_back(action_json(rules, tree, a.get<std::string>(), dates));
  }
  return {{"id", id},
          {"code", "eligibility.why_failed." + id},
          {"reason", std::move(reason)},
          {"actions", std::move(actions)},
          {"basis", expand_eligibility_basis(rules, basis)},
          {"confidence", basis.at("confidence")}};
}

}  // namespace

Result<nlohmann::json> eligibility_why_failed(const CoreData& data, const nlohmann::json& request) {
  if (!data.why_failed.get()) {
    // As eligibility.check: a broken shipped file is the core's fault, not the request's; the
    // message names the file and the place in it.
    const Error& first = data.why_failed.get().errors().front();
    return make_error("internal.error", "", first.zh_cn, first.en);
  }
  const json& rules = data.eligibility_rules.get().value();  // loaded, or the tree would not be
  const json& tree = data.why_failed.get().value();

  Errors errors;
  RequestReader reader(request, "", errors);
  const json answers =
      read_yes_no_answers(reader.object("answers"), tree.at("questions"),
                          "eligibility.unknown_question", "request.wrong_type", errors);
  const std::optional<Date> as_of = reader.date("as_of");
  const std::optional<Date> discharged_on = reader.date("discharged_on", false);
  reader.reject_unknown_fields();
  if (!errors.empty()) return errors;
  const Dates dates{*as_of, discharged_on};

  json out = {{"as_of", as_of->to_iso()},
              {"discharged_on", discharged_on ? json(discharged_on->to_iso()) : json()}};
  const bool walked = put_yes_no_walk(
      tree, answers, [&](const std::string& at) { return leaf_json(rules, tree, at, dates); },
      [&](const YesNoWalk& walk) {
        return question_json(rules, walk.question, tree.at("questions").at(walk.question),
                             walk.asked_before);
      },
      out);
  if (!walked) return make_error("internal.error", "");
  return out;
}

}  // namespace medins::ops
