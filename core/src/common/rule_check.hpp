// The checks every rule file under data/ gets (filing/national.json, data/eligibility/*.json),
// beside each file's own: the cited sources the loaded rules carry, every basis, every bilingual
// text. One place, so "a source without a public address allows only low" and "a text needs
// both languages" mean the same in every file. A file's checker says how a problem is reported
// (its error code and file name) through `fail`.
#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace medins {

// Reports one problem of a rule file: where (a JSON Pointer) and what, in plain words.
using RuleFail = std::function<void(const std::string& path, const std::string& what)>;

// The cited bibliography at `at` ({id: {title, url, published, confidence?}}, the form
// Bibliography::cited_json writes): a non-empty object; each entry a title, an http(s) address
// or null, a date or null, and a confidence it allows.
void check_cited_sources(const nlohmann::json& sources, const std::string& at,
                         const RuleFail& fail);

// high, medium or low; a rule resting on a source without a public address allows only low.
void check_rule_confidence(const nlohmann::json& value, const std::string& at, bool unsourced,
                           const RuleFail& fail);

// How a file writes its bases: the keys that hold one, and whether a source may be cited with an
// article ({id, article}) as well as by its bare id.
struct BasisForm {
  std::initializer_list<std::string_view> keys;
  bool articles;
};

// Walks `node`: every {zh-CN, en} object has both texts non-empty, every member named by
// form.keys is a basis {sources: [...], confidence} whose ids are keys of `sources`. The member
// "sources" of the document's root (the cited bibliography itself) is not walked.
void check_texts_and_bases(const nlohmann::json& node, const std::string& at,
                           const nlohmann::json& sources, const BasisForm& form,
                           const RuleFail& fail);

// A basis {sources: [id | {id, article}], confidence} as answers write it: {confidence, sources:
// [{id, title, url, published, article?, confidence?}]}, from the cited bibliography `sources`
// the basis was checked against.
nlohmann::json expand_basis(const nlohmann::json& sources, const nlohmann::json& basis);

// The lower of two confidences (low < medium < high): what a list of steps can claim together.
std::string lower_confidence(const std::string& a, const std::string& b);

}  // namespace medins
