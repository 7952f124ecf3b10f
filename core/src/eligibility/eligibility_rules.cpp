#include "eligibility/eligibility_rules.hpp"

#include <set>
#include <string>
#include <utility>

#include "common/date.hpp"
#include "common/embedded_files.hpp"
#include "common/json_pointer.hpp"
#include "common/rule_check.hpp"
#include "eligibility/eligibility.hpp"
#include "eligibility/personal_account.hpp"
#include "eligibility/why_failed_tree.hpp"

namespace medins {
namespace {

using nlohmann::json;

// The files of data/eligibility/, by stem; each must be there. The loaded rules also hold
// "sources": {"sources": {...}}, the cited form of data/sources.json the bases name.
constexpr const char* kFiles[] = {"reasons", "chronic_diseases", "manual_claim", "answers"};
// Who a checklist item or audit applies to (docs/eligibility.md).
const std::set<std::string> kAudiences = {"all", "inpatient", "outpatient", "emergency", "agent"};
const std::set<std::string> kDiseaseGroups = {"national_2021", "added_2024"};

// A member, or null when `object` is not an object or lacks it: the checker must not throw on
// a broken file.
json get(const json& object, const char* name) {
  return object.is_object() && object.contains(name) ? object.at(name) : json();
}

class Checker {
 public:
  // `code` is the error the checks raise: eligibility.rules_invalid for the files of the
  // eligibility.check op, another for a file checked on its own (why_failed.json).
  explicit Checker(const json& rules, std::string code = "eligibility.rules_invalid")
      : rules_(rules), code_(std::move(code)) {}

  // Only the checks every file gets (each basis, each bilingual text), for one document.
  Errors walk_document(const std::string& file, const json& doc) {
    walk(file, doc, "");
    return errors_;
  }

  Errors run() {
    if (!rules_.is_object()) {
      fail("", "", "the rules are not an object");
      return errors_;
    }
    for (const char* file : kFiles) {
      const auto it = rules_.find(file);
      if (it == rules_.end() || !it->is_object()) {
        fail(file, "", "missing, or not an object");
        continue;
      }
      if (it->value("format", 0) != 1) fail(file, "/format", "format must be 1");
    }
    if (!get(get(rules_, "sources"), "sources").is_object()) {
      fail("sources", "/sources", "the sources are missing");
    }
    if (!errors_.empty()) return errors_;
    check_sources();
    for (const char* file : kFiles) walk(file, rules_.at(file), "");
    check_reasons();
    check_diseases();
    check_manual_claim();
    check_answers();
    return errors_;
  }

 private:
  void fail(const std::string& file, const std::string& path, const std::string& what) {
    const std::string where = file == "sources"
                                  ? std::string(kSourcesFile)
                                  : std::string(kEligibilityRulesDir) + file + ".json";
    errors_.push_back(make_error(code_, path, "（" + where + "：" + what + "）",
                                 "(" + where + ": " + what + ")"));
  }

  const json& sources() const { return rules_.at("sources").at("sources"); }

  // Problems of `file` reported through the shared checks (common/rule_check.hpp).
  RuleFail fail_in(const std::string& file) {
    return
        [this, file](const std::string& path, const std::string& what) { fail(file, path, what); };
  }

  void check_sources() {
    check_cited_sources(get(rules_.at("sources"), "sources"), "/sources", fail_in("sources"));
  }

  // Every basis anywhere, and every bilingual text anywhere.
  void walk(const std::string& file, const json& node, const std::string& at) {
    check_texts_and_bases(node, at, sources(), {{"basis"}, true}, fail_in(file));
  }

  bool text(const std::string& file, const json& object, const char* name, const std::string& at) {
    if (!object.is_object() || !object.contains(name) || !object[name].is_object()) {
      fail(file, pointer_join(at, name), "a {zh-CN, en} text is needed");
      return false;
    }
    return true;
  }
  void needs_basis(const std::string& file, const json& object, const std::string& at) {
    if (!object.is_object() || !object.contains("basis")) {
      fail(file, pointer_join(at, "basis"), "a basis is needed");
    }
  }
  // Items of a list, each with a unique id, a text and a basis.
  void items(const std::string& file, const json& list, const std::string& at) {
    if (!list.is_array() || list.empty()) return fail(file, at, "a non-empty list is needed");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string item = pointer_join(at, i);
      const json id = get(list[i], "id");
      if (!id.is_string() || !seen.insert(id.get<std::string>()).second) {
        fail(file, pointer_join(item, "id"), "a unique id is needed");
      }
      text(file, list[i], "text", item);
      needs_basis(file, list[i], item);
      if (list[i].is_object() && list[i].contains("for")) {
        const json& f = list[i]["for"];
        bool ok = f.is_array() && !f.empty();
        for (const json& a : ok ? f : json::array()) {
          ok = ok && a.is_string() && kAudiences.count(a.get<std::string>()) != 0;
        }
        if (!ok)
          fail(file, pointer_join(item, "for"),
               "a list of all/inpatient/outpatient/emergency/agent");
      }
    }
  }

  void check_reasons() {
    const json& doc = rules_.at("reasons");
    items("reasons", get(doc, "reasons"), "/reasons");
    for (std::size_t i = 0; i < kEligibilityReasonCount; ++i) {
      if (find_eligibility_reason(rules_, kEligibilityReasonIds[i]) == nullptr) {
        fail("reasons", "/reasons",
             std::string("the decision gives ") + kEligibilityReasonIds[i] + ", which is missing");
      }
    }
    for (std::size_t i = 0; i < kPersonalAccountReasonCount; ++i) {
      if (find_eligibility_reason(rules_, kPersonalAccountReasonIds[i]) == nullptr) {
        fail("reasons", "/reasons",
             std::string("the personal-account answer gives ") + kPersonalAccountReasonIds[i] +
                 ", which is missing");
      }
    }
  }

  void check_diseases() {
    const json& doc = rules_.at("chronic_diseases");
    const json groups = get(doc, "groups");
    for (const std::string& g : kDiseaseGroups) {
      if (!groups.is_object() || !groups.contains(g)) {
        fail("chronic_diseases", pointer_join("/groups", g), "missing");
      } else {
        text("chronic_diseases", groups[g], "name", pointer_join("/groups", g));
        needs_basis("chronic_diseases", groups[g], pointer_join("/groups", g));
      }
    }
    const json list = get(doc, "diseases");
    if (!list.is_array() || list.empty()) {
      return fail("chronic_diseases", "/diseases", "a non-empty list is needed");
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string at = pointer_join("/diseases", i);
      const json id = get(list[i], "id");
      if (!id.is_string() || id == "other" || !seen.insert(id.get<std::string>()).second) {
        fail("chronic_diseases", pointer_join(at, "id"), "a unique id other than \"other\"");
      }
      const json group = get(list[i], "group");
      if (!group.is_string() || kDiseaseGroups.count(group.get<std::string>()) == 0) {
        fail("chronic_diseases", pointer_join(at, "group"), "national_2021 or added_2024");
      }
      text("chronic_diseases", list[i], "name", at);
    }
  }

  // A claim deadline rule: {months: 1..120} or {year_end_plus: 0..5}, counted from discharge.
  void deadline_rule(const std::string& file, const json& rule, const std::string& at) {
    const bool months = rule.is_object() && rule.contains("months");
    const bool year_end = rule.is_object() && rule.contains("year_end_plus");
    if (months == year_end) return fail(file, at, "exactly one of months and year_end_plus");
    if (get(rule, "from") != "discharge") fail(file, pointer_join(at, "from"), "discharge");
    const json n = rule.at(months ? "months" : "year_end_plus");
    const int max = months ? 120 : 5;
    if (!n.is_number_unsigned() || n.get<int>() > max || (months && n.get<int>() < 1)) {
      fail(file, pointer_join(at, months ? "months" : "year_end_plus"), "a whole number in range");
    }
  }

  void check_manual_claim() {
    const json& doc = rules_.at("manual_claim");
    if (text("manual_claim", get(doc, "where"), "text", "/where")) {
      needs_basis("manual_claim", doc["where"], "/where");
    }
    items("manual_claim", get(doc, "checklist"), "/checklist");
    items("manual_claim", get(doc, "audits"), "/audits");
    // The claim packet: who hands it in, and what to keep for an audit.
    if (text("manual_claim", get(doc, "who_submits"), "text", "/who_submits")) {
      needs_basis("manual_claim", doc["who_submits"], "/who_submits");
    }
    items("manual_claim", get(doc, "keep"), "/keep");
    const json deadline = get(doc, "deadline");
    for (const char* part : {"unknown", "range_seen"}) {
      const std::string at = pointer_join("/deadline", part);
      const json block = get(deadline, part);
      if (text("manual_claim", block, "text", at)) needs_basis("manual_claim", block, at);
    }
    const json patterns = get(get(deadline, "range_seen"), "patterns");
    if (!patterns.is_array() || patterns.empty()) {
      fail("manual_claim", "/deadline/range_seen/patterns", "a non-empty list is needed");
    } else {
      for (std::size_t i = 0; i < patterns.size(); ++i) {
        deadline_rule("manual_claim", patterns[i],
                      pointer_join("/deadline/range_seen/patterns", i));
      }
    }
    const json places = get(doc, "places");
    if (!places.is_array()) return fail("manual_claim", "/places", "a list (may be empty)");
    for (std::size_t i = 0; i < places.size(); ++i) {
      const std::string at = pointer_join("/places", i);
      const json code = get(places[i], "region");
      const std::string region = code.is_string() ? code.get<std::string>() : "";
      bool six_digits = region.size() == 6;
      for (char c : region) six_digits = six_digits && c >= '0' && c <= '9';
      if (!six_digits) fail("manual_claim", pointer_join(at, "region"), "a 6-digit region code");
      deadline_rule("manual_claim", get(places[i], "claim_deadline"),
                    pointer_join(at, "claim_deadline"));
      needs_basis("manual_claim", places[i], at);
    }
  }

  void check_answers() {
    const json& doc = rules_.at("answers");
    for (const char* route :
         {"direct_settlement", "manual_claim", "not_covered", "file_first", "undecided"}) {
      text("answers", get(get(doc, "routes"), route), "text", pointer_join("/routes", route));
    }
    for (const char* fact : {"designated", "networked", "province_filing_required"}) {
      const std::string at = pointer_join("/checks", fact);
      const json check = get(get(doc, "checks"), fact);
      text("answers", check, "text", at);
      text("answers", check, "how", at);
      // What each answer to the check is called where the answer shows its branches.
      text("answers", check, "yes", at);
      text("answers", check, "no", at);
      needs_basis("answers", check, at);
    }
    const json branch = get(doc, "branch");
    if (text("answers", branch, "if", "/branch")) {
      for (const char* language : {"zh-CN", "en"}) {
        const json line = get(branch["if"], language);
        if (!line.is_string() || line.get<std::string>().find("{given}") == std::string::npos) {
          fail("answers", pointer_join("/branch/if", language), "needs the slot {given}");
        }
      }
    }
    text("answers", branch, "and", "/branch");
    const json show = get(doc, "show");
    for (const char* moment : {"registration", "admission", "discharge", "settlement"}) {
      if (get(get(show, "moments"), moment).is_null()) {
        fail("answers", pointer_join("/show/moments", moment), "missing");
      }
    }
    for (const char* part : {"voucher", "card", "activate_voucher", "keep_papers"}) {
      const json block = get(show, part);
      if (text("answers", block, "text", pointer_join("/show", part))) {
        needs_basis("answers", block, pointer_join("/show", part));
      }
    }
    if (text("answers", get(doc, "fallback"), "text", "/fallback")) {
      needs_basis("answers", doc["fallback"], "/fallback");
    }
  }

  const json& rules_;
  std::string code_;
  Errors errors_;
};

}  // namespace

Errors check_eligibility_rules(const nlohmann::json& rules) {
  return Checker(rules).run();
}

Errors check_eligibility_document(const nlohmann::json& rules, const std::string& file,
                                  const nlohmann::json& doc, const std::string& code) {
  // The sources the bases name must be there to check against.
  if (!rules.is_object() || !get(get(rules, "sources"), "sources").is_object()) {
    return {make_error(code, "", "（sources.json）", "(sources.json)")};
  }
  return Checker(rules, code).walk_document(file, doc);
}

Result<nlohmann::json> load_eligibility_rules(const Bibliography& bibliography) {
  json rules = {{"sources", {{"sources", bibliography.cited_json()}}}};
  Errors errors;
  for (const EmbeddedFile& file : embedded_files_under(kEligibilityRulesDir)) {
    std::string_view stem = file.path.substr(kEligibilityRulesDir.size());
    if (stem.size() < 5 || stem.substr(stem.size() - 5) != ".json") continue;
    stem.remove_suffix(5);
    // The failure tree is loaded on its own (why_failed_tree.cpp), so that a broken tree, even
    // one that is not JSON, stops only eligibility.why_failed and never eligibility.check.
    if (stem == kWhyFailedFile) continue;
    // One bibliography: a list of its own here would drift from data/sources.json.
    if (stem == "sources") {
      const std::string name(file.path);
      errors.push_back(
          make_error("eligibility.rules_invalid", "",
                     "（" + name + "：来源只写在 sources.json 中，这里按编号引用）",
                     "(" + name + ": sources belong in sources.json; cite them by id)"));
      continue;
    }
    json doc = json::parse(file.text.begin(), file.text.end(), nullptr, false);
    if (doc.is_discarded()) {
      const std::string name(file.path);
      errors.push_back(make_error("eligibility.rules_invalid", "",
                                  "（" + name + "：不是有效的 JSON）",
                                  "(" + name + ": not valid JSON)"));
      continue;
    }
    rules[std::string(stem)] = std::move(doc);
  }
  if (!errors.empty()) return errors;
  errors = check_eligibility_rules(rules);
  if (!errors.empty()) return errors;
  return rules;
}

nlohmann::json expand_eligibility_basis(const nlohmann::json& rules, const nlohmann::json& basis) {
  return expand_basis(rules.at("sources").at("sources"), basis);
}

const nlohmann::json* find_eligibility_reason(const nlohmann::json& rules, std::string_view id) {
  const json& doc = rules.at("reasons");
  if (!doc.contains("reasons") || !doc["reasons"].is_array()) return nullptr;
  for (const json& r : doc["reasons"]) {
    if (r.is_object() && r.value("id", "") == id) return &r;
  }
  return nullptr;
}

const nlohmann::json* find_chronic_disease(const nlohmann::json& rules, std::string_view id) {
  for (const json& d : rules.at("chronic_diseases").at("diseases")) {
    if (d.value("id", "") == id) return &d;
  }
  return nullptr;
}

}  // namespace medins
