#include "filing/filing_rules.hpp"

#include <set>

#include "common/date.hpp"
#include "common/embedded_files.hpp"
#include "common/json_pointer.hpp"
#include "common/rule_check.hpp"
#include "vocab/vocabulary.hpp"

namespace medins {
namespace {

using nlohmann::json;

// The categories one files for: every filing category of the vocabulary but kUnfiled.
std::optional<FilingCategory> filed_category(const std::string& id) {
  const std::optional<FilingCategory> c = word_from_id<FilingCategory>(id);
  if (!c || *c == FilingCategory::kUnfiled) return std::nullopt;
  return c;
}
const std::size_t kFiledCategoryCount = word_count(WordList::kFilingCategory) - 1;

// A person's employment status as a condition names it: working or retired, never kAll.
std::optional<Employment> person_employment(const std::string& id) {
  const std::optional<Employment> e = word_from_id<Employment>(id);
  if (!e || *e == Employment::kAll) return std::nullopt;
  return e;
}

// Facts a condition may test, and whether each is a count (true) or a yes/no (false). The
// person's employment status is a fact named by its word (op_filing_plan.cpp sets it).
const std::map<std::string, bool> kFacts = {
    {word_id(Employment::kRetired), false},
    {word_id(Employment::kWorking), false},
    {"household_registration_moved", false},
    {"has_residence_permit", false},
    {"days_living_there", true},
    {"will_sign_undertaking", false},
    {"posted_by_employer", false},
    {"referred_by_hospital", false},
    {"emergency", false},
};

class Checker {
 public:
  explicit Checker(const json& rules)
      : rules_(rules),
        fail_([this](const std::string& path, const std::string& what) { fail(path, what); }) {}

  Errors run() {
    if (!rules_.is_object()) {
      fail("", "the document is not an object");
      return errors_;
    }
    if (rules_.value("format", 0) != 1) fail("/format", "format must be 1");
    local_text(rules_, "name", "");
    if (string(rules_, "reviewed", "") &&
        !Date::parse_iso(rules_["reviewed"].get<std::string>(), "")) {
      fail("/reviewed", "a YYYY-MM-DD date");
    }
    check_sources();
    walk(rules_, "");
    check_fact_texts();
    check_categories();
    check_materials();
    check_channels();
    check_validity();
    for (const char* block :
         {"coverage", "in_province", "long_term_two_way", "admission_spanning_expiry"}) {
      rule(rules_.find(block) != rules_.end() ? rules_.at(block) : json(), pointer_join("", block));
    }
    for (const char* list : {"without_filing", "retroactive"}) {
      const std::string at = pointer_join("", list);
      const json* items = array(rules_, list, "");
      if (items == nullptr || items->empty()) {
        fail(at, "a non-empty list is needed");
        continue;
      }
      for (std::size_t i = 0; i < items->size(); ++i) {
        const std::string item = pointer_join(at, i);
        if (!string(items->at(i), "id", item)) continue;
        rule(items->at(i), item);
      }
    }
    return errors_;
  }

 private:
  void fail(const std::string& path, const std::string& what) {
    errors_.push_back(make_error("filing.rules_invalid", path,
                                 "（" + std::string(kFilingRulesFile) + "：" + what + "）",
                                 "(" + std::string(kFilingRulesFile) + ": " + what + ")"));
  }

  const json* member(const json& object, const char* name, const std::string& at) {
    const auto it = object.is_object() ? object.find(name) : object.end();
    if (!object.is_object() || it == object.end()) {
      fail(pointer_join(at, name), "missing");
      return nullptr;
    }
    return &*it;
  }
  const json* array(const json& object, const char* name, const std::string& at) {
    const json* v = member(object, name, at);
    if (v != nullptr && !v->is_array()) {
      fail(pointer_join(at, name), "a list is expected");
      return nullptr;
    }
    return v;
  }
  bool string(const json& object, const char* name, const std::string& at) {
    const json* v = member(object, name, at);
    if (v != nullptr && (!v->is_string() || v->get_ref<const std::string&>().empty())) {
      fail(pointer_join(at, name), "a non-empty string is expected");
      return false;
    }
    return v != nullptr;
  }
  void local_text(const json& object, const char* name, const std::string& at) {
    const json* v = member(object, name, at);
    if (v != nullptr && !v->is_object()) fail(pointer_join(at, name), "a {zh-CN, en} text");
  }
  // A rule: a text in both languages and its basis.
  void rule(const json& block, const std::string& at) {
    local_text(block, "text", at);
    member(block, "basis", at);
  }

  void check_sources() {
    const json* sources = member(rules_, "sources", "");
    if (sources != nullptr) check_cited_sources(*sources, "/sources", fail_);
  }

  // Every basis anywhere, and every bilingual text anywhere.
  void walk(const json& node, const std::string& at) {
    const json sources = rules_.value("sources", json());
    check_texts_and_bases(node, at, sources, {{"basis", "steps_basis"}, false}, fail_);
  }

  void condition(const json& c, const std::string& at) {
    if (!c.is_object()) return fail(at, "a condition object is expected");
    if (c.contains("all") || c.contains("any")) {
      const char* key = c.contains("all") ? "all" : "any";
      const json& list = c.at(key);
      if (!list.is_array() || list.empty()) return fail(pointer_join(at, key), "a non-empty list");
      for (std::size_t i = 0; i < list.size(); ++i) {
        condition(list[i], pointer_join(pointer_join(at, key), i));
      }
      return;
    }
    if (c.contains("always")) {
      if (c.at("always") != true) fail(pointer_join(at, "always"), "only true");
      return;
    }
    const std::string fact = c.value("fact", "");
    const auto known = kFacts.find(fact);
    if (known == kFacts.end()) return fail(pointer_join(at, "fact"), "not a known fact");
    const bool count = known->second;
    if (count && !(c.contains("at_least") && c.at("at_least").is_number_unsigned())) {
      fail(at, "a count fact needs at_least: a whole number");
    }
    if (!count && !(c.contains("is") && c.at("is").is_boolean())) {
      fail(at, "a yes/no fact needs is: true or false");
    }
  }

  // Every fact a person answers has its words for the answer's "why": what they said when it
  // does not hold, and what would make it hold. The employment status is not among them: a
  // category for the other status is never tried.
  void check_fact_texts() {
    const json* texts = member(rules_, "facts", "");
    if (texts == nullptr) return;
    if (!texts->is_object()) return fail("/facts", "an object of facts");
    for (const auto& [fact, count] : kFacts) {
      if (word_from_id<Employment>(fact)) continue;
      const std::string at = pointer_join("/facts", fact);
      const json* words = member(*texts, fact.c_str(), "/facts");
      if (words == nullptr) continue;
      local_text(*words, "said", at);
      local_text(*words, "change", at);
    }
    for (const auto& item : texts->items()) {
      if (kFacts.count(item.key()) == 0)
        fail(pointer_join("/facts", item.key()), "not a known fact");
    }
  }

  bool material_known(const json& id) {
    return id.is_string() && rules_.contains("materials") && rules_["materials"].is_object() &&
           rules_["materials"].contains(id.get<std::string>());
  }

  void check_categories() {
    const json* categories = array(rules_, "categories", "");
    if (categories == nullptr) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < categories->size(); ++i) {
      const std::string at = pointer_join("/categories", i);
      const json& c = categories->at(i);
      const std::string id = c.value("id", "");
      if (!filed_category(id) || !seen.insert(id).second) {
        fail(pointer_join(at, "id"), "one of the six categories, each once");
      }
      const std::string group = c.value("group", "");
      if (group != "long_term" && group != "temporary") {
        fail(pointer_join(at, "group"), "long_term or temporary");
      }
      // A category's name is the vocabulary's label (data/vocabulary.json), kept in one place.
      if (c.contains("name")) fail(pointer_join(at, "name"), "named in vocabulary.json only");
      local_text(c, "definition", at);
      local_text(c, "decision_rule", at);
      member(c, "basis", at);
      if (const json* when = member(c, "decide_when", at)) {
        condition(*when, pointer_join(at, "decide_when"));
      }
      if (c.contains("requires")) {
        if (!person_employment(c["requires"].value("employment", ""))) {
          fail(pointer_join(pointer_join(at, "requires"), "employment"), "working or retired");
        }
      }
      if (const json* ratio = member(c, "ratio", at)) {
        rule(*ratio, pointer_join(at, "ratio"));
        if (!ratio->contains("max_cut_points") ||
            !(*ratio)["max_cut_points"].is_number_unsigned()) {
          fail(pointer_join(pointer_join(at, "ratio"), "max_cut_points"), "a whole number");
        }
      }
      if (c.contains("treated_as_filed")) {
        rule(c["treated_as_filed"], pointer_join(at, "treated_as_filed"));
      }
      if (c.contains("notes")) {
        const json& notes = c["notes"];
        for (std::size_t n = 0; notes.is_array() && n < notes.size(); ++n) {
          rule(notes[n], pointer_join(pointer_join(at, "notes"), n));
        }
      }
      if (const json* materials = array(c, "materials", at)) {
        for (std::size_t m = 0; m < materials->size(); ++m) {
          const std::string mat = pointer_join(pointer_join(at, "materials"), m);
          const json& item = materials->at(m);
          if (!material_known(item.value("id", json())))
            fail(pointer_join(mat, "id"), "unknown material");
          for (const json& alt : item.value("or", json::array())) {
            if (!material_known(alt)) fail(pointer_join(mat, "or"), "unknown material");
          }
          const std::string when = item.value("when", "before_filing");
          if (when != "before_filing" && when != "at_settlement") {
            fail(pointer_join(mat, "when"), "before_filing or at_settlement");
          }
          const std::string required = item.value("required", "always");
          if (required != "always" && required != "some_places") {
            fail(pointer_join(mat, "required"), "always or some_places");
          }
        }
      }
    }
    if (seen.size() != kFiledCategoryCount) fail("/categories", "all six categories are needed");
    // The decision tries categories in order; the last one must catch everyone else.
    if (!categories->empty() &&
        categories->back().value("decide_when", json()) != json{{"always", true}}) {
      fail(pointer_join("/categories", categories->size() - 1), "the last category must be always");
    }
  }

  void check_materials() {
    const json* materials = member(rules_, "materials", "");
    if (materials == nullptr || !materials->is_object()) return;
    for (const auto& item : materials->items()) {
      const std::string at = pointer_join("/materials", item.key());
      local_text(item.value(), "name", at);
      member(item.value(), "basis", at);
      for (const json& alt : item.value().value("alternatives", json::array())) {
        if (!material_known(alt)) fail(pointer_join(at, "alternatives"), "unknown material");
      }
    }
  }

  void check_channels() {
    const json* channels = array(rules_, "channels", "");
    if (channels == nullptr) return;
    for (std::size_t i = 0; i < channels->size(); ++i) {
      const std::string at = pointer_join("/channels", i);
      const json& c = channels->at(i);
      string(c, "id", at);
      local_text(c, "name", at);
      member(c, "basis", at);
      member(c, "steps_basis", at);
      const json* steps = array(c, "steps", at);
      if (steps != nullptr && steps->empty()) fail(pointer_join(at, "steps"), "at least one step");
    }
  }

  void check_validity() {
    const json* validity = member(rules_, "validity", "");
    if (validity == nullptr) return;
    if (const json* lt = member(*validity, "long_term", "/validity")) {
      rule(*lt, "/validity/long_term");
      if (const json* limit = member(*lt, "change_limit", "/validity/long_term")) {
        rule(*limit, "/validity/long_term/change_limit");
        if (!limit->contains("max_months") || !(*limit)["max_months"].is_number_unsigned()) {
          fail("/validity/long_term/change_limit/max_months", "a whole number");
        }
      }
    }
    if (const json* t = member(*validity, "temporary", "/validity")) {
      rule(*t, "/validity/temporary");
      const json months = t->value("months", json());
      if (!months.is_number_unsigned() || months.get<int>() < 1 || months.get<int>() > 120) {
        fail("/validity/temporary/months", "a whole number of months, 1 to 120");
      }
      if (const json* end = member(*t, "end_date_rule", "/validity/temporary")) {
        rule(*end, "/validity/temporary/end_date_rule");
      }
    }
  }

  const json& rules_;
  Errors errors_;
  RuleFail fail_;  // fail() for the shared checks
};

}  // namespace

Errors check_filing_rules(const nlohmann::json& rules) {
  return Checker(rules).run();
}

Result<nlohmann::json> load_filing_rules(const Bibliography& bibliography) {
  for (const EmbeddedFile& file : embedded_files_under("filing/")) {
    if (file.path != kFilingRulesFile) continue;
    json rules = json::parse(file.text.begin(), file.text.end(), nullptr, false);
    if (rules.is_discarded()) {
      return make_error("filing.rules_invalid", "", "（" + std::string(kFilingRulesFile) + "）",
                        "(" + std::string(kFilingRulesFile) + ": not valid JSON)");
    }
    // One bibliography: a list of its own here would drift from data/sources.json.
    if (rules.is_object() && rules.contains("sources")) {
      const std::string file_name(kFilingRulesFile);
      return make_error("filing.rules_invalid", "/sources",
                        "（" + file_name + "：来源只写在 sources.json 中，这里按编号引用）",
                        "(" + file_name + ": sources belong in sources.json; cite them by id)");
    }
    if (rules.is_object()) rules["sources"] = bibliography.cited_json();
    Errors errors = check_filing_rules(rules);
    if (!errors.empty()) return errors;
    return rules;
  }
  return make_error("filing.rules_invalid", "", "（" + std::string(kFilingRulesFile) + "）",
                    "(" + std::string(kFilingRulesFile) + ": not found)");
}

nlohmann::json expand_bases(const nlohmann::json& rules, const nlohmann::json& block) {
  if (block.is_array()) {
    json out = json::array();
    for (const json& item : block) out.push_back(expand_bases(rules, item));
    return out;
  }
  if (!block.is_object()) return block;
  json out = json::object();
  for (const auto& item : block.items()) {
    if ((item.key() == "basis" || item.key() == "steps_basis") && item.value().is_object()) {
      json sources = json::array();
      for (const json& id : item.value().value("sources", json::array())) {
        json source = rules.at("sources").at(id.get<std::string>());
        source["id"] = id;
        sources.push_back(std::move(source));
      }
      out[item.key()] = {{"confidence", item.value().at("confidence")},
                         {"sources", std::move(sources)}};
    } else {
      out[item.key()] = expand_bases(rules, item.value());
    }
  }
  return out;
}

const nlohmann::json* find_filing_category(const nlohmann::json& rules, std::string_view id) {
  for (const json& c : rules.at("categories")) {
    if (c.at("id").get_ref<const std::string&>() == id) return &c;
  }
  return nullptr;
}

bool filing_condition_holds(const nlohmann::json& condition, const FilingFacts& facts) {
  if (condition.contains("all")) {
    for (const json& c : condition.at("all")) {
      if (!filing_condition_holds(c, facts)) return false;
    }
    return true;
  }
  if (condition.contains("any")) {
    for (const json& c : condition.at("any")) {
      if (filing_condition_holds(c, facts)) return true;
    }
    return false;
  }
  if (condition.contains("always")) return true;
  const auto it = facts.find(condition.at("fact").get<std::string>());
  const std::int64_t value = it == facts.end() ? 0 : it->second;
  if (condition.contains("at_least")) return value >= condition.at("at_least").get<std::int64_t>();
  return (value != 0) == condition.at("is").get<bool>();
}

namespace {

void collect_unmet(const nlohmann::json& condition, const FilingFacts& facts,
                   std::vector<std::string>& out) {
  for (const char* key : {"all", "any"}) {
    if (!condition.contains(key)) continue;
    for (const json& c : condition.at(key)) collect_unmet(c, facts, out);
    return;
  }
  if (condition.contains("always") || filing_condition_holds(condition, facts)) return;
  out.push_back(condition.at("fact").get<std::string>());
}

}  // namespace

nlohmann::json explain_unmet(const nlohmann::json& rules, const nlohmann::json& category,
                             const FilingFacts& facts) {
  const json& condition = category.at("decide_when");
  std::vector<std::string> unmet;
  collect_unmet(condition, facts, unmet);
  json out = json::array();
  for (const std::string& fact : unmet) {
    // The employment status never fails here: categories for the other status are not tried.
    if (word_from_id<Employment>(fact)) continue;
    const json& words = rules.at("facts").at(fact);
    out.push_back({{"fact", fact}, {"said", words.at("said")}, {"change", words.at("change")}});
  }
  return out;
}

}  // namespace medins
