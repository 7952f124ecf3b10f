#include "common/rule_check.hpp"

#include <optional>
#include <string>
#include <utility>

#include "common/date.hpp"
#include "common/json_pointer.hpp"
#include "vocab/vocabulary.hpp"

namespace medins {
namespace {

using nlohmann::json;

json member(const json& object, const char* name) {
  return object.is_object() && object.contains(name) ? object.at(name) : json();
}

void check_basis(const json& b, const std::string& at, const json& sources, const BasisForm& form,
                 const RuleFail& fail) {
  const json ids = member(b, "sources");
  if (!ids.is_array() || ids.empty()) {
    return fail(at, "a basis {sources: [...], confidence} is expected");
  }
  bool unsourced = false;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const json& ref = ids[i];
    const json id = form.articles && ref.is_object() ? member(ref, "id") : ref;
    const std::string item = pointer_join(pointer_join(at, "sources"), i);
    if (!id.is_string() || !sources.is_object() || !sources.contains(id.get<std::string>())) {
      fail(item, "not a source id of sources.json");
      continue;
    }
    if (ref.is_object() && !member(ref, "article").is_string()) {
      fail(pointer_join(item, "article"), "a cited source names its article");
    }
    unsourced = unsourced || member(sources.at(id.get<std::string>()), "url").is_null();
  }
  check_rule_confidence(member(b, "confidence"), at, unsourced, fail);
}

}  // namespace

void check_cited_sources(const json& sources, const std::string& at, const RuleFail& fail) {
  if (!sources.is_object() || sources.empty()) {
    return fail(at, "a non-empty object of sources is needed");
  }
  for (const auto& item : sources.items()) {
    const std::string entry = pointer_join(at, item.key());
    const json& s = item.value();
    if (!member(s, "title").is_string()) {
      fail(pointer_join(entry, "title"), "a title is needed");
      continue;
    }
    const json url = s.contains("url") ? s.at("url") : json("missing");
    if (!url.is_null()) {
      const std::string u = url.is_string() ? url.get<std::string>() : "";
      if (u.rfind("http://", 0) != 0 && u.rfind("https://", 0) != 0) {
        fail(pointer_join(entry, "url"), "an http(s) address or null");
      }
    }
    const json published = s.contains("published") ? s.at("published") : json("missing");
    if (!published.is_null() &&
        (!published.is_string() || !Date::parse_iso(published.get<std::string>(), ""))) {
      fail(pointer_join(entry, "published"), "a YYYY-MM-DD date or null");
    }
    if (s.contains("confidence"))
      check_rule_confidence(s["confidence"], entry, url.is_null(), fail);
  }
}

void check_rule_confidence(const json& value, const std::string& at, bool unsourced,
                           const RuleFail& fail) {
  const std::optional<Confidence> c =
      value.is_string() ? word_from_id<Confidence>(value.get<std::string>()) : std::nullopt;
  const std::string path = pointer_join(at, "confidence");
  if (!c) {
    fail(path, "high, medium or low");
  } else if (unsourced && *c != Confidence::kLow) {
    // As for policy data: without a public address, a rule can only be "low".
    fail(path, "a source without an address allows only low");
  }
}

void check_texts_and_bases(const json& node, const std::string& at, const json& sources,
                           const BasisForm& form, const RuleFail& fail) {
  if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) {
      check_texts_and_bases(node[i], pointer_join(at, i), sources, form, fail);
    }
    return;
  }
  if (!node.is_object()) return;
  if (node.contains("zh-CN") || node.contains("en")) {
    for (const char* lang : {"zh-CN", "en"}) {
      const auto it = node.find(lang);
      if (it == node.end() || !it->is_string() || it->get_ref<const std::string&>().empty()) {
        fail(pointer_join(at, lang), "a text needs both zh-CN and en");
      }
    }
    return;
  }
  for (const auto& item : node.items()) {
    const std::string child = pointer_join(at, item.key());
    bool is_basis = false;
    for (std::string_view key : form.keys) is_basis = is_basis || item.key() == key;
    if (is_basis) {
      check_basis(item.value(), child, sources, form, fail);
    } else if (child != "/sources") {
      check_texts_and_bases(item.value(), child, sources, form, fail);
    }
  }
}

nlohmann::json expand_basis(const nlohmann::json& sources, const nlohmann::json& basis) {
  json out = json::array();
  for (const json& ref : basis.at("sources")) {
    const std::string id =
        ref.is_object() ? ref.at("id").get<std::string>() : ref.get<std::string>();
    const json& s = sources.at(id);
    json source = {{"id", id},
                   {"title", s.at("title")},
                   {"url", s.value("url", json())},
                   {"published", s.value("published", json())}};
    if (ref.is_object()) source["article"] = ref.at("article");
    // A source's own confidence (the law's article numbers were not checked against its text).
    if (s.contains("confidence")) source["confidence"] = s.at("confidence");
    out.push_back(std::move(source));
  }
  return {{"confidence", basis.at("confidence")}, {"sources", std::move(out)}};
}

std::string lower_confidence(const std::string& a, const std::string& b) {
  const auto rank = [](const std::string& c) { return c == "high" ? 2 : c == "medium" ? 1 : 0; };
  return rank(a) <= rank(b) ? a : b;
}

}  // namespace medins
