// The designated-institution list reader: walks the file once and collects every problem with a
// pointer into it. Checks that need two fields (the code's letter against the kind, the code's
// province against the region) run only on fields that read, so one typo gives one error.
#include "institution/institutions.hpp"

#include <map>
#include <set>

#include "common/collect.hpp"
#include "common/field_reader.hpp"
#include "common/json_pointer.hpp"
#include "medins/handle.hpp"
#include "region/region.hpp"

namespace medins {
namespace {

using nlohmann::json;

void wrong_type(Errors& errors, const std::string& path, const char* zh, const char* en) {
  errors.push_back(make_error("institutions.wrong_type", path, zh, en));
}

// The fields of one object of the file; institutions.* codes for missing and unknown fields.
class Reader : public FieldReader {
 public:
  Reader(const json& object, std::string base, Errors& errors)
      : FieldReader(object, std::move(base), errors, "institutions") {}
};

std::size_t utf8_chars(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool is_blank(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

// A string of at most `max_chars` characters, not blank.
std::optional<std::string> text(const json* value, const std::string& path, std::size_t max_chars,
                                Errors& errors) {
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) {
    wrong_type(errors, path, "这里应是文字（字符串）。", "A string is expected here.");
    return std::nullopt;
  }
  const std::string& s = value->get_ref<const std::string&>();
  if (is_blank(s)) {
    errors.push_back(make_error("institutions.empty_text", path));
    return std::nullopt;
  }
  if (utf8_chars(s) > max_chars) {
    const std::string max = std::to_string(max_chars);
    errors.push_back(make_error("institutions.text_too_long", path, "最多" + max + "个字。",
                                "At most " + max + " characters."));
    return std::nullopt;
  }
  return s;
}

// An array of at most `max_items` items.
const json* array(const json* value, const std::string& path, std::size_t max_items,
                  Errors& errors) {
  if (value == nullptr) return nullptr;
  if (!value->is_array()) {
    wrong_type(errors, path, "这里应是一个列表（数组）。", "A list (array) is expected here.");
    return nullptr;
  }
  if (value->size() > max_items) {
    const std::string max = std::to_string(max_items);
    errors.push_back(make_error("institutions.too_many_items", path, "最多" + max + "项。",
                                "At most " + max + " items."));
    return nullptr;
  }
  return value;
}

bool object(const json* value, const std::string& path, Errors& errors) {
  if (value == nullptr) return false;
  if (value->is_object()) return true;
  wrong_type(errors, path, "这里应是一个对象。", "An object is expected here.");
  return false;
}

std::optional<Date> date(const json* value, const std::string& path, Errors& errors) {
  const std::optional<std::string> s = text(value, path, 10, errors);
  if (!s) return std::nullopt;
  return collect(Date::parse_iso(*s, path), errors);
}

bool is_diseases_id(const json& chronic_diseases, const std::string& id) {
  const auto diseases = chronic_diseases.find("diseases");
  if (diseases == chronic_diseases.end() || !diseases->is_array()) return false;
  for (const json& d : *diseases) {
    if (d.is_object() && d.value("id", "") == id) return true;
  }
  return false;
}

bool outside_mainland(const RegionRow& region) {
  const RegionRow* province = find_region(region.code / 10000 * 10000);
  const RegionNote note = province != nullptr ? province->note : region.note;
  return note == RegionNote::kSar || note == RegionNote::kTaiwan;
}

std::optional<std::int32_t> region_field(const json* value, const std::string& path,
                                         Errors& errors) {
  const std::optional<std::string> s = text(value, path, 6, errors);
  if (!s) return std::nullopt;
  bool digits = s->size() == 6;
  for (char c : *s) digits = digits && c >= '0' && c <= '9';
  if (!digits) {
    errors.push_back(make_error("region.bad_code", path));
    return std::nullopt;
  }
  // Only a division of the current table: an older code would resolve to its ancestor, and an
  // institution listed under a whole prefecture could not be told apart from one in the city.
  const RegionRow* row = find_region(std::stoi(*s));
  if (row == nullptr) {
    errors.push_back(make_error("region.unknown", path));
    return std::nullopt;
  }
  if (outside_mainland(*row)) {
    errors.push_back(make_error("institutions.outside_mainland", path));
    return std::nullopt;
  }
  return row->code;
}

std::optional<Networked> networked_value(const json* value, const std::string& path,
                                         Errors& errors) {
  if (value == nullptr) return std::nullopt;
  if (value->is_boolean()) return value->get<bool>() ? Networked::kYes : Networked::kNo;
  if (value->is_string() && value->get_ref<const std::string&>() == "unknown") {
    return Networked::kUnknown;
  }
  errors.push_back(make_error("institutions.bad_networked", path));
  return std::nullopt;
}

class Parser {
 public:
  Parser(Errors& errors, const json& chronic_diseases)
      : errors_(errors), chronic_diseases_(chronic_diseases) {}

  std::optional<InstitutionList> list(const json& document, const std::string& base);

 private:
  std::optional<InstitutionsSource> source(const json* value, const std::string& path);
  std::optional<InstitutionEntry> entry(const json& value, const std::string& path);

  Errors& errors_;
  const json& chronic_diseases_;
  std::map<std::string, std::size_t> codes_;  // code -> index of its first entry
};

std::optional<InstitutionsSource> Parser::source(const json* value, const std::string& path) {
  if (!object(value, path, errors_)) return std::nullopt;
  const std::size_t before = errors_.size();
  Reader r(*value, path, errors_);
  InstitutionsSource s;
  const std::optional<std::string> title =
      text(r.field("title", true), r.path("title"), kMaxSourceTextChars, errors_);
  s.url = text(r.field("url", false), r.path("url"), kMaxSourceTextChars, errors_);
  s.published = date(r.field("published", false), r.path("published"), errors_);
  if (const json* demo = r.field("demo", false)) {
    if (demo->is_boolean()) {
      s.demo = demo->get<bool>();
    } else {
      wrong_type(errors_, r.path("demo"), "这里应是 true 或 false。",
                 "true or false is expected here.");
    }
  }
  r.reject_unknown_fields();
  if (errors_.size() != before || !title) return std::nullopt;
  s.title = *title;
  return s;
}

std::optional<InstitutionEntry> Parser::entry(const json& value, const std::string& path) {
  if (!object(&value, path, errors_)) return std::nullopt;
  const std::size_t before = errors_.size();
  Reader r(value, path, errors_);
  InstitutionEntry e;

  std::optional<InstitutionCode> code;
  if (const std::optional<std::string> c =
          text(r.field("code", true), r.path("code"), 32, errors_)) {
    Result<InstitutionCode> parsed = parse_institution_code(*c, r.path("code"));
    if (parsed) {
      code = parsed.value();
    } else {
      for (const Error& error : parsed.errors()) errors_.push_back(error);
    }
  }
  const std::optional<std::string> name =
      text(r.field("name", true), r.path("name"), kMaxInstitutionNameChars, errors_);
  if (const json* aliases =
          array(r.field("aliases", false), r.path("aliases"), kMaxInstitutionAliases, errors_)) {
    for (std::size_t i = 0; i < aliases->size(); ++i) {
      const std::optional<std::string> alias = text(
          &(*aliases)[i], pointer_join(r.path("aliases"), i), kMaxInstitutionNameChars, errors_);
      if (alias) e.aliases.push_back(*alias);
    }
  }
  const std::optional<std::int32_t> region =
      region_field(r.field("region", true), r.path("region"), errors_);
  std::optional<InstitutionKind> kind;
  if (const std::optional<std::string> k =
          text(r.field("kind", true), r.path("kind"), 16, errors_)) {
    kind = institution_kind_from_word(*k);
    if (!kind) errors_.push_back(make_error("institutions.unknown_kind", r.path("kind")));
  }
  if (const std::optional<std::string> level =
          text(r.field("level", false), r.path("level"), 8, errors_)) {
    // A list names the level it knows; kAny is a policy's word, not an institution's.
    const std::optional<Level> l = word_from_id<Level>(*level);
    if (l && *l != Level::kAny) {
      e.level = *l;
    } else {
      errors_.push_back(make_error("institutions.unknown_level", r.path("level")));
    }
  }
  const json* networked = r.field("networked", true);
  if (object(networked, r.path("networked"), errors_)) {
    Reader n(*networked, r.path("networked"), errors_);
    for (std::size_t s = 0; s < kSettingCount; ++s) {
      const char* setting = network_key(static_cast<Setting>(s));
      const std::optional<Networked> v =
          networked_value(n.field(setting, true), n.path(setting), errors_);
      if (v) e.networked[s] = *v;
    }
    n.reject_unknown_fields();
  }
  if (const json* diseases = array(r.field("chronic_diseases", false), r.path("chronic_diseases"),
                                   kMaxInstitutionDiseases, errors_)) {
    for (std::size_t i = 0; i < diseases->size(); ++i) {
      const std::string at = pointer_join(r.path("chronic_diseases"), i);
      const std::optional<std::string> id = text(&(*diseases)[i], at, 64, errors_);
      if (!id) continue;
      if (!is_diseases_id(chronic_diseases_, *id)) {
        errors_.push_back(make_error("institutions.unknown_disease", at));
      } else {
        e.chronic_diseases.push_back(*id);
      }
    }
  }
  e.address =
      text(r.field("address", false), r.path("address"), kMaxInstitutionAddressChars, errors_);
  r.reject_unknown_fields();

  // Checks between fields, on fields that read.
  if (code && kind && code->kind != *kind) {
    errors_.push_back(make_error("institutions.kind_code_mismatch", r.path("kind")));
  }
  // The code's division is where it was registered; districts merge and are renumbered, so only
  // the province is held to agree with the region.
  if (code && region && code->region.region->code / 10000 != *region / 10000) {
    errors_.push_back(make_error("institutions.region_code_mismatch", r.path("region")));
  }
  if (kind == InstitutionKind::kPharmacy && e.level) {
    errors_.push_back(make_error("institutions.level_not_for_pharmacy", r.path("level")));
  }
  if (code) {
    const auto [it, inserted] = codes_.emplace(code->code, codes_.size());
    if (!inserted) {
      errors_.push_back(make_error("institutions.duplicate_code", r.path("code"),
                                   "与第" + std::to_string(it->second + 1) + "条重复。",
                                   "It repeats entry " + std::to_string(it->second + 1) + "."));
    }
  }
  if (errors_.size() != before || !code || !name || !region || !kind) return std::nullopt;
  e.code = code->code;
  e.name = *name;
  e.region = *region;
  e.kind = *kind;
  return e;
}

std::optional<InstitutionList> Parser::list(const json& document, const std::string& base) {
  if (!object(&document, base, errors_)) return std::nullopt;
  const std::size_t before = errors_.size();
  Reader r(document, base, errors_);
  InstitutionList out;
  if (const json* format = r.field("format", true)) {
    if (!format->is_string() || format->get_ref<const std::string&>() != "medins-institutions") {
      errors_.push_back(make_error("institutions.unsupported_format", r.path("format")));
    }
  }
  if (const json* version = r.field("version", true)) {
    if (!version->is_number_integer() || version->get<std::int64_t>() != 1) {
      errors_.push_back(make_error("institutions.unsupported_format", r.path("version")));
    }
  }
  const std::optional<InstitutionsSource> source =
      this->source(r.field("source", true), r.path("source"));
  const std::optional<Date> as_of = date(r.field("as_of", true), r.path("as_of"), errors_);
  const json* entries = r.field("institutions", true);
  r.reject_unknown_fields();
  if (entries != nullptr && !entries->is_array()) {
    wrong_type(errors_, r.path("institutions"), "这里应是一个列表（数组）。",
               "A list (array) is expected here.");
  } else if (entries != nullptr && entries->size() > kMaxInstitutions) {
    const std::string max = std::to_string(kMaxInstitutions);
    errors_.push_back(make_error("institutions.too_many", r.path("institutions"),
                                 "最多" + max + "家。", "At most " + max + " institutions."));
  } else if (entries != nullptr) {
    out.institutions.reserve(entries->size());
    const std::string at = r.path("institutions");
    for (std::size_t i = 0; i < entries->size(); ++i) {
      // A file broken throughout would give tens of thousands of errors: stop well before.
      if (errors_.size() >= kMaxInstitutionsErrors) {
        errors_.push_back(make_error("institutions.more_errors", pointer_join(at, i),
                                     "检查在第" + std::to_string(i + 1) + "条停止。",
                                     "Checking stopped at entry " + std::to_string(i + 1) + "."));
        break;
      }
      std::optional<InstitutionEntry> e = entry((*entries)[i], pointer_join(at, i));
      if (e) out.institutions.push_back(std::move(*e));
    }
  }
  if (errors_.size() != before || !source || !as_of || entries == nullptr) return std::nullopt;
  out.source = *source;
  out.as_of = *as_of;
  return out;
}

}  // namespace

const char* institution_kind_word(InstitutionKind kind) {
  return kind == InstitutionKind::kPharmacy ? "pharmacy" : "hospital";
}

std::optional<InstitutionKind> institution_kind_from_word(std::string_view word) {
  if (word == "hospital") return InstitutionKind::kMedical;
  if (word == "pharmacy") return InstitutionKind::kPharmacy;
  return std::nullopt;
}

Result<InstitutionList> parse_institutions(const nlohmann::json& document, const std::string& base,
                                           const nlohmann::json& chronic_diseases) {
  Errors errors;
  Parser parser(errors, chronic_diseases);
  std::optional<InstitutionList> list = parser.list(document, base);
  if (!errors.empty() || !list) {
    if (errors.empty()) errors.push_back(make_error("internal.error", base));
    return errors;
  }
  return std::move(*list);
}

Result<InstitutionList> load_institutions_text(std::string_view text,
                                               const nlohmann::json& chronic_diseases) {
  if (text.size() > kMaxInstitutionsFileBytes) {
    const std::string max = std::to_string(kMaxInstitutionsFileBytes);
    return make_error("institutions.too_large", "", "上限是" + max + "字节。",
                      "The limit is " + max + " bytes.");
  }
  // The parser recurses per level: a file of nothing but brackets must not exhaust the stack.
  if (json_nesting_exceeds(text, kMaxRequestDepth)) {
    return make_error("institutions.malformed_json", "", "层次太深。", "It is nested too deeply.");
  }
  const json document = json::parse(text.begin(), text.end(), nullptr, false);
  if (document.is_discarded()) return make_error("institutions.malformed_json", "");
  return parse_institutions(document, "", chronic_diseases);
}

}  // namespace medins
