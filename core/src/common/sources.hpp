// The bibliography: data/sources.json, every source a rule or a figure cites, once, under a
// stable id. The filing rules, the eligibility rules and the shipped policies cite sources by id
// and are checked against it when the Engine loads them. docs/sources.md lists the sources for
// people: what kind of page each is and what medins takes from it.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/date.hpp"
#include "medins/result.hpp"

namespace medins {

// The file, relative to data/.
constexpr std::string_view kSourcesFile = "sources.json";

// What kind of page a source is, which bounds how far its word goes (docs/sources.md).
enum class SourceKind {
  kOfficialNotice,     // an authority's own text (a law, a notice) at its own address
  kOfficialExplainer,  // an authority's own guide or answers at its own address
  kCopy,               // an official text or explainer re-hosted on another site
  kNews,               // a newspaper or news-agency report
  kSecondary,          // a third party restating policy (a guide site, an article, a data file)
  kForum,              // a forum post
  kMedinsReading,      // medins' own reading, unconfirmed: no public page states it
  kUserSupplied,       // what the person gave in the request
};

struct BibliographyEntry {
  std::string id;
  std::string title_zh_cn;
  std::optional<std::string> title_en;  // absent when no faithful English title could be given
  std::string language;                 // the page's own: "zh-CN" or "en"
  std::optional<std::string> url;       // nullopt: no public address
  std::optional<Date> published;        // nullopt: the page shows no date
  SourceKind kind = SourceKind::kSecondary;
  // The source's own confidence where it is weaker than its kind suggests ("medium" for the
  // law, whose article numbers were not checked against its text).
  std::optional<std::string> confidence;

  // The title in the page's own language: the one answers show.
  const std::string& title() const;
};

class Bibliography {
 public:
  using Entries = std::map<std::string, BibliographyEntry, std::less<>>;

  explicit Bibliography(Entries entries) : entries_(std::move(entries)) {}
  Bibliography() = default;

  // The entry with this id, or nullptr.
  const BibliographyEntry* find(std::string_view id) const;
  const Entries& entries() const { return entries_; }

  // {id: {title, url, published, confidence?}}: the form rule files expand their bases from
  // (filing_rules.hpp, eligibility_rules.hpp), title in the page's own language.
  nlohmann::json cited_json() const;

 private:
  Entries entries_;
};

// {title, url, published} of one entry, as answers cite it (confidence not included).
nlohmann::json cited_source_json(const BibliographyEntry& entry);

// Checks a bibliography document: structure, ids, titles in both languages where needed,
// addresses, dates, kinds, and that medins' own readings and what the person gave have no
// address (they are not pages). Every problem is a sources.invalid error whose path points into
// the file.
Result<Bibliography> parse_bibliography(const nlohmann::json& document);

// The shipped data/sources.json, parsed and checked.
Result<Bibliography> load_bibliography();

// A loader of data that cites the bibliography (the filing and eligibility rules), run against
// the shipped one: its sources.invalid errors if that is broken.
template <typename T>
Result<T> with_shipped_bibliography(Result<T> (*load)(const Bibliography&)) {
  const Result<Bibliography> bibliography = load_bibliography();
  if (!bibliography) return bibliography.errors();
  return load(bibliography.value());
}

}  // namespace medins
