#include "common/sources.hpp"

#include <utility>

#include "common/embedded_files.hpp"
#include "common/json_pointer.hpp"

namespace medins {
namespace {

using nlohmann::json;

struct KindName {
  SourceKind kind;
  const char* name;
};
constexpr KindName kKinds[] = {
    {SourceKind::kOfficialNotice, "official_notice"},
    {SourceKind::kOfficialExplainer, "official_explainer"},
    {SourceKind::kCopy, "copy"},
    {SourceKind::kNews, "news"},
    {SourceKind::kSecondary, "secondary"},
    {SourceKind::kForum, "forum"},
    {SourceKind::kMedinsReading, "medins_reading"},
    {SourceKind::kUserSupplied, "user_supplied"},
};

// Keys an entry may have; anything else is a typo to report, not to ignore.
const char* const kEntryKeys[] = {"title", "language", "url",       "published",
                                  "kind",  "notes",    "confidence"};

class Checker {
 public:
  explicit Checker(const json& doc) : doc_(doc) {}

  Result<Bibliography> run() {
    if (!doc_.is_object()) {
      fail("", "the document is not an object");
      return errors_;
    }
    if (doc_.value("format", json()) != 1) fail("/format", "format must be 1");
    if (doc_.contains("notes")) text(doc_.at("notes"), "/notes", true);
    const auto sources = doc_.find("sources");
    if (sources == doc_.end() || !sources->is_object() || sources->empty()) {
      fail("/sources", "a non-empty object of sources is needed");
      return errors_;
    }
    Bibliography::Entries entries;
    for (const auto& item : sources->items()) {
      if (auto entry = read_entry(item.key(), item.value())) {
        entries.emplace(item.key(), std::move(*entry));
      }
    }
    if (!errors_.empty()) return errors_;
    return Bibliography(std::move(entries));
  }

 private:
  void fail(const std::string& path, const std::string& what) {
    errors_.push_back(make_error("sources.invalid", path,
                                 "（" + std::string(kSourcesFile) + "：" + what + "）",
                                 "(" + std::string(kSourcesFile) + ": " + what + ")"));
  }

  static bool non_empty_string(const json& v) {
    return v.is_string() && !v.get_ref<const std::string&>().empty();
  }

  // A {zh-CN, en} text; `en_required` false lets a title stand without an English one.
  bool text(const json& v, const std::string& at, bool en_required) {
    if (!v.is_object()) {
      fail(at, "a {zh-CN, en} text is expected");
      return false;
    }
    bool ok = true;
    for (const auto& item : v.items()) {
      if (item.key() != "zh-CN" && item.key() != "en") {
        fail(pointer_join(at, item.key()), "only zh-CN and en");
        ok = false;
      } else if (!non_empty_string(item.value())) {
        fail(pointer_join(at, item.key()), "a non-empty string is expected");
        ok = false;
      }
    }
    if (!v.contains("zh-CN")) {
      fail(pointer_join(at, "zh-CN"), "missing");
      ok = false;
    }
    if (en_required && !v.contains("en")) {
      fail(pointer_join(at, "en"), "missing");
      ok = false;
    }
    return ok;
  }

  std::optional<BibliographyEntry> read_entry(const std::string& id, const json& s) {
    const std::string at = pointer_join("/sources", id);
    if (id.empty()) fail(at, "an id cannot be empty");
    if (!s.is_object()) {
      fail(at, "a source object is expected");
      return std::nullopt;
    }
    const std::size_t errors_before = errors_.size();
    for (const auto& item : s.items()) {
      bool known = false;
      for (const char* key : kEntryKeys) known = known || item.key() == key;
      if (!known) fail(pointer_join(at, item.key()), "not a known field");
    }
    BibliographyEntry e;
    e.id = id;
    const json title = s.value("title", json());
    if (text(title, pointer_join(at, "title"), false)) {
      e.title_zh_cn = title.at("zh-CN").get<std::string>();
      if (title.contains("en")) e.title_en = title.at("en").get<std::string>();
    }
    e.language = s.value("language", json()).is_string() ? s.at("language").get<std::string>() : "";
    if (e.language != "zh-CN" && e.language != "en") {
      fail(pointer_join(at, "language"), "zh-CN or en");
    } else if (e.language == "en" && !title.contains("en")) {
      // Answers show the title in the page's own language, so that one must be there.
      fail(pointer_join(pointer_join(at, "title"), "en"),
           "an English page needs its English title");
    }
    if (!s.contains("url")) {
      fail(pointer_join(at, "url"), "missing (null when there is no public address)");
    } else if (!s.at("url").is_null()) {
      const json& url = s.at("url");
      const std::string u = url.is_string() ? url.get<std::string>() : "";
      if ((u.rfind("http://", 0) != 0 && u.rfind("https://", 0) != 0) || u.size() <= 8) {
        fail(pointer_join(at, "url"), "an http(s) address or null");
      } else {
        e.url = u;
      }
    }
    if (!s.contains("published")) {
      fail(pointer_join(at, "published"), "missing (null when the page shows no date)");
    } else if (!s.at("published").is_null()) {
      const json& p = s.at("published");
      Result<Date> date = p.is_string() ? Date::parse_iso(p.get<std::string>(), "")
                                        : Result<Date>(make_error("date.bad_format", ""));
      if (date) {
        e.published = *date;
      } else {
        fail(pointer_join(at, "published"), "a YYYY-MM-DD date or null");
      }
    }
    const json kind = s.value("kind", json());
    bool kind_ok = false;
    for (const KindName& k : kKinds) {
      if (kind == k.name) {
        e.kind = k.kind;
        kind_ok = true;
      }
    }
    if (!kind_ok) {
      fail(pointer_join(at, "kind"),
           "official_notice, official_explainer, copy, news, secondary, forum, medins_reading or "
           "user_supplied");
    } else if ((e.kind == SourceKind::kMedinsReading || e.kind == SourceKind::kUserSupplied) &&
               e.url) {
      fail(pointer_join(at, "url"), "medins' own reading or the person's own word has no address");
    }
    if (s.contains("confidence")) {
      const json& c = s.at("confidence");
      if (c != "high" && c != "medium" && c != "low") {
        fail(pointer_join(at, "confidence"), "high, medium or low");
      } else if (!e.url && c != "low") {
        // As for every rule and figure: without a public address, only "low".
        fail(pointer_join(at, "confidence"), "a source without an address allows only low");
      } else {
        e.confidence = c.get<std::string>();
      }
    }
    if (s.contains("notes")) text(s.at("notes"), pointer_join(at, "notes"), true);
    if (errors_.size() != errors_before) return std::nullopt;
    return e;
  }

  const json& doc_;
  Errors errors_;
};

}  // namespace

const std::string& BibliographyEntry::title() const {
  return language == "en" && title_en ? *title_en : title_zh_cn;
}

const BibliographyEntry* Bibliography::find(std::string_view id) const {
  const auto it = entries_.find(id);
  return it == entries_.end() ? nullptr : &it->second;
}

nlohmann::json cited_source_json(const BibliographyEntry& entry) {
  return {{"title", entry.title()},
          {"url", entry.url ? json(*entry.url) : json()},
          {"published", entry.published ? json(entry.published->to_iso()) : json()}};
}

nlohmann::json Bibliography::cited_json() const {
  json out = json::object();
  for (const auto& [id, entry] : entries_) {
    json cited = cited_source_json(entry);
    if (entry.confidence) cited["confidence"] = *entry.confidence;
    out[id] = std::move(cited);
  }
  return out;
}

Result<Bibliography> parse_bibliography(const nlohmann::json& document) {
  return Checker(document).run();
}

Result<Bibliography> load_bibliography() {
  for (const EmbeddedFile& file : embedded_data_files()) {
    if (file.path != kSourcesFile) continue;
    const json doc = json::parse(file.text.begin(), file.text.end(), nullptr, false);
    if (doc.is_discarded()) {
      return make_error("sources.invalid", "",
                        "（" + std::string(kSourcesFile) + "：不是有效的 JSON）",
                        "(" + std::string(kSourcesFile) + ": not valid JSON)");
    }
    return parse_bibliography(doc);
  }
  return make_error("sources.invalid", "", "（" + std::string(kSourcesFile) + "：没有找到）",
                    "(" + std::string(kSourcesFile) + ": not found)");
}

}  // namespace medins
