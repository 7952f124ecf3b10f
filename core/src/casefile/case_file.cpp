// The case file validator (docs/case-file.md). A file comes from anywhere (another phone, an
// email attachment, a tampered copy), so every limit is checked before anything is trusted, and
// every problem is reported at once with a pointer to it. Values are checked where a page would
// misread them (the language, the remembered regions, JSON the pages parse back); a value is
// never echoed in an error or the result, since it may be personal.
#include "casefile/case_file.hpp"

#include <array>
#include <cstdint>
#include <map>

#include "common/date.hpp"
#include "common/json_pointer.hpp"
#include "common/request_reader.hpp"
#include "medins/handle.hpp"

namespace medins {
namespace {

constexpr std::string_view kPrefix = "medins.";
constexpr const char* kPlainFormat = "medins-case";
constexpr const char* kEncryptedFormat = "medins-case-encrypted";
constexpr std::int64_t kVersion = 1;
// The salt and IV sizes the page writes; anything else is not a file it made.
constexpr std::size_t kMinSaltBytes = 16;
constexpr std::size_t kMaxSaltBytes = 64;
constexpr std::size_t kIvBytes = 12;
constexpr std::size_t kTagBytes = 16;

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// "medins." then dot-separated segments of letters, digits, '_' and '-', none empty.
bool valid_key(std::string_view key) {
  if (key.size() > kMaxCaseKeyLength || key.substr(0, kPrefix.size()) != kPrefix) return false;
  const std::string_view rest = key.substr(kPrefix.size());
  if (rest.empty()) return false;
  bool segment_empty = true;
  for (char c : rest) {
    if (c == '.') {
      if (segment_empty) return false;
      segment_empty = true;
    } else if (is_key_char(c)) {
      segment_empty = false;
    } else {
      return false;
    }
  }
  return !segment_empty;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool has_control(std::string_view s) {
  for (unsigned char c : s) {
    if (c < 0x20 || c == 0x7f) return true;
  }
  return false;
}

Error bad_value(const std::string& path, const std::string& zh, const std::string& en) {
  return make_error("case.bad_value", path, zh, en);
}

// "YYYY-MM-DDTHH:MM:SS", optional fraction, then "Z" or "+HH:MM"/"-HH:MM": what
// Date.prototype.toISOString writes, and what a person editing the file would keep.
bool valid_date_time(std::string_view s) {
  if (s.size() < 20 || s[10] != 'T') return false;
  if (!Date::parse_iso(s.substr(0, 10), "")) return false;
  const std::string_view t = s.substr(11);
  if (t.size() < 9 || t[2] != ':' || t[5] != ':') return false;
  if (!all_digits(t.substr(0, 2)) || !all_digits(t.substr(3, 2)) || !all_digits(t.substr(6, 2))) {
    return false;
  }
  if (std::stoi(std::string(t.substr(0, 2))) > 23 || std::stoi(std::string(t.substr(3, 2))) > 59 ||
      std::stoi(std::string(t.substr(6, 2))) > 60) {
    return false;
  }
  std::string_view zone = t.substr(8);
  if (!zone.empty() && zone[0] == '.') {
    std::size_t n = 1;
    while (n < zone.size() && zone[n] >= '0' && zone[n] <= '9') ++n;
    if (n == 1 || n > 10) return false;
    zone = zone.substr(n);
  }
  if (zone == "Z") return true;
  return zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && all_digits(zone.substr(1, 2)) &&
         zone[3] == ':' && all_digits(zone.substr(4, 2)) &&
         std::stoi(std::string(zone.substr(1, 2))) <= 23 &&
         std::stoi(std::string(zone.substr(4, 2))) <= 59;
}

// A date as the pages keep it while it is typed: {year, month, day}, each a short string.
bool typed_date(const nlohmann::json& v) {
  if (!v.is_object()) return false;
  for (const auto& item : v.items()) {
    const std::string& k = item.key();
    if (k != "year" && k != "month" && k != "day") return false;
    if (!item.value().is_string() || item.value().get_ref<const std::string&>().size() > 4) {
      return false;
    }
  }
  return true;
}

// Values the pages parse back with JSON.parse: a broken one would be dropped silently there,
// so it is refused here, where the person can still be told.
void check_json_value(std::string_view key, const std::string& text, const std::string& path,
                      Errors& errors) {
  if (json_nesting_exceeds(text, kMaxCaseValueDepth)) {
    errors.push_back(
        bad_value(path, "保存的内容层次太多。", "The saved value is nested too deeply."));
    return;
  }
  nlohmann::json v;
  try {
    v = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception&) {
    errors.push_back(bad_value(path, "这一项应是 JSON 文本。", "This value should be JSON text."));
    return;
  }
  if (key == "medins.filing.insured" || key == "medins.filing.destination") {
    if (!v.is_string() || v.get_ref<const std::string&>().size() != 6 ||
        !all_digits(v.get_ref<const std::string&>())) {
      errors.push_back(bad_value(path, "地区应是6位数字的地区代码。",
                                 "A region must be a 6-digit region code."));
    }
  } else if (key == "medins.filing.start_date" || key == "medins.filing.since") {
    if (!typed_date(v)) {
      errors.push_back(bad_value(path, "日期应是 {\"year\", \"month\", \"day\"}，每项最多4个字符。",
                                 "A date must be {\"year\", \"month\", \"day\"}, each at most 4 "
                                 "characters."));
    }
  } else if (key == "medins.filing.id") {
    // Not checked as an ID number: a half-typed number is saved as typed and must come back
    // as typed. What is checked is what no typing produces.
    if (!v.is_string() || v.get_ref<const std::string&>().size() > 64 ||
        has_control(v.get_ref<const std::string&>())) {
      errors.push_back(bad_value(path, "身份证号码应是最多64个字符的文字，不含控制字符。",
                                 "The ID number must be text of at most 64 characters without "
                                 "control characters."));
    }
  }
}

void check_entry(const std::string& key, const nlohmann::json& value, const std::string& path,
                 Errors& errors) {
  if (!valid_key(key)) {
    errors.push_back(make_error("case.bad_key", path));
    return;
  }
  if (!value.is_string()) {
    errors.push_back(make_error("request.wrong_type", path, "这里应是文字（字符串）。",
                                "A string is expected here."));
    return;
  }
  const std::string& text = value.get_ref<const std::string&>();
  if (text.size() > kMaxCaseValueBytes) {
    const std::string max = std::to_string(kMaxCaseValueBytes);
    errors.push_back(make_error("case.value_too_long", path, "上限是" + max + "字节。",
                                "The limit is " + max + " bytes."));
    return;
  }
  if (key == "medins.lang") {
    if (text != "zh-CN" && text != "en") {
      errors.push_back(
          bad_value(path, "语言应是 zh-CN 或 en。", "The language must be zh-CN or en."));
    }
  } else if (key == "medins.insured_region" || key == "medins.treatment_region") {
    if (text.size() != 6 || !all_digits(text)) {
      errors.push_back(bad_value(path, "地区应是6位数字的地区代码。",
                                 "A region must be a 6-digit region code."));
    }
  } else if (starts_with(key, "medins.filing.") || starts_with(key, "medins.eligibility.") ||
             starts_with(key, "medins.why_failed.") || starts_with(key, "medins.estimate.")) {
    check_json_value(key, text, path, errors);
  }
}

Result<nlohmann::json> check_plain(const nlohmann::json& file, const std::string& base) {
  Errors errors;
  RequestReader reader(file, base, errors);
  reader.string("format");
  const std::optional<std::int64_t> version = reader.integer("version", 1, INT32_MAX);
  const std::optional<std::string> saved_at = reader.string("saved_at");
  const nlohmann::json* entries = reader.object("entries");
  reader.reject_unknown_fields();
  if (version && *version != kVersion) {
    errors.push_back(make_error("case.unsupported_version", reader.path("version")));
  }
  if (saved_at && !valid_date_time(*saved_at)) {
    errors.push_back(make_error("case.bad_saved_at", reader.path("saved_at")));
  }
  nlohmann::json list = nlohmann::json::array();
  std::map<std::string, int> sections;
  if (entries != nullptr) {
    const std::string entries_path = reader.path("entries");
    if (entries->size() > kMaxCaseEntries) {
      const std::string max = std::to_string(kMaxCaseEntries);
      errors.push_back(make_error("case.too_many_entries", entries_path, "上限是" + max + "项。",
                                  "The limit is " + max + " entries."));
    } else {
      // nlohmann keeps object keys sorted, so the list comes out in key order.
      for (const auto& item : entries->items()) {
        const std::string path = pointer_join(entries_path, item.key());
        const std::size_t before = errors.size();
        check_entry(item.key(), item.value(), path, errors);
        if (errors.size() != before) continue;
        const std::string section = case_section(item.key());
        ++sections[section];
        list.push_back({{"key", item.key()},
                        {"section", section},
                        {"store", case_session_only(item.key()) ? "session" : "local"}});
      }
    }
  }
  if (!errors.empty()) return errors;
  nlohmann::json counts = nlohmann::json::object();
  for (const auto& [section, n] : sections) counts[section] = n;
  return nlohmann::json{{"kind", "plain"},       {"version", kVersion},
                        {"saved_at", *saved_at}, {"entry_count", list.size()},
                        {"sections", counts},    {"entries", std::move(list)}};
}

// A Base64 field of the envelope, decoded length within [min, max].
std::optional<std::size_t> base64_field(RequestReader& reader, const char* name, std::size_t min,
                                        std::size_t max, Errors& errors) {
  const std::optional<std::string> text = reader.string(name);
  if (!text) return std::nullopt;
  const std::optional<std::string> bytes = base64_decode(*text);
  if (!bytes) {
    errors.push_back(make_error("case.bad_base64", reader.path(name)));
    return std::nullopt;
  }
  if (bytes->size() < min || bytes->size() > max) {
    const std::string lo = std::to_string(min), hi = std::to_string(max);
    errors.push_back(make_error(
        "case.bad_length", reader.path(name),
        min == max ? "应是" + lo + "字节，实际是" + std::to_string(bytes->size()) + "字节。"
                   : "应在" + lo + "到" + hi + "字节之间，实际是" + std::to_string(bytes->size()) +
                         "字节。",
        min == max ? "It must be " + lo + " bytes; it is " + std::to_string(bytes->size()) + "."
                   : "It must be " + lo + " to " + hi + " bytes; it is " +
                         std::to_string(bytes->size()) + "."));
    return std::nullopt;
  }
  return bytes->size();
}

void expect_name(RequestReader& reader, const char* field, const char* wanted, Errors& errors) {
  const std::optional<std::string> value = reader.string(field);
  if (value && *value != wanted) {
    errors.push_back(make_error("case.unsupported_algorithm", reader.path(field),
                                std::string("只支持 ") + wanted + "。",
                                std::string("Only ") + wanted + " is supported."));
  }
}

Result<nlohmann::json> check_encrypted(const nlohmann::json& file, const std::string& base) {
  Errors errors;
  RequestReader reader(file, base, errors);
  reader.string("format");
  const std::optional<std::int64_t> version = reader.integer("version", 1, INT32_MAX);
  const nlohmann::json* kdf = reader.object("kdf");
  const nlohmann::json* cipher = reader.object("cipher");
  // The ciphertext holds the plain file and the 16-byte tag; an empty one cannot be a case.
  base64_field(reader, "data", kTagBytes + 1, kMaxCaseBytes + kTagBytes, errors);
  reader.reject_unknown_fields();
  if (version && *version != kVersion) {
    errors.push_back(make_error("case.unsupported_version", reader.path("version")));
  }
  std::optional<std::int64_t> iterations;
  if (kdf != nullptr) {
    RequestReader k(*kdf, reader.path("kdf"), errors);
    expect_name(k, "name", "PBKDF2", errors);
    expect_name(k, "hash", "SHA-256", errors);
    const std::optional<std::int64_t> n = k.integer("iterations", 1, INT64_MAX);
    base64_field(k, "salt", kMinSaltBytes, kMaxSaltBytes, errors);
    k.reject_unknown_fields();
    if (n && (*n < kMinCaseIterations || *n > kMaxCaseIterations)) {
      errors.push_back(make_error("case.bad_iterations", k.path("iterations"),
                                  "应在" + std::to_string(kMinCaseIterations) + "到" +
                                      std::to_string(kMaxCaseIterations) + "之间。",
                                  "It must be between " + std::to_string(kMinCaseIterations) +
                                      " and " + std::to_string(kMaxCaseIterations) + "."));
    } else {
      iterations = n;
    }
  }
  if (cipher != nullptr) {
    RequestReader c(*cipher, reader.path("cipher"), errors);
    expect_name(c, "name", "AES-GCM", errors);
    base64_field(c, "iv", kIvBytes, kIvBytes, errors);
    c.reject_unknown_fields();
  }
  if (!errors.empty()) return errors;
  return nlohmann::json{
      {"kind", "encrypted"},
      {"version", kVersion},
      {"kdf",
       {{"name", "PBKDF2"},
        {"hash", "SHA-256"},
        {"iterations", *iterations},
        {"salt", kdf->at("salt")}}},
      {"cipher", {{"name", "AES-GCM"}, {"iv", cipher->at("iv")}, {"tag_bits", kTagBytes * 8}}},
  };
}

int base64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

}  // namespace

std::string case_section(std::string_view key) {
  if (starts_with(key, "medins.filing.")) return "filing";
  if (starts_with(key, "medins.eligibility.") || starts_with(key, "medins.why_failed.")) {
    return "eligibility";
  }
  if (starts_with(key, "medins.estimate.")) return "estimate";
  if (key == "medins.ledger" || starts_with(key, "medins.ledger.")) return "ledger";
  if (key == "medins.insured_region" || key == "medins.treatment_region") return "regions";
  if (key == "medins.lang") return "language";
  return "other";
}

bool case_session_only(std::string_view key) {
  return key == "medins.filing.id" || key == "medins.eligibility.disease";
}

std::optional<std::string> base64_decode(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  std::string out;
  out.reserve(text.size() / 4 * 3);
  for (std::size_t i = 0; i < text.size(); i += 4) {
    const bool last = i + 4 == text.size();
    std::array<int, 4> v{};
    int pad = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      const char c = text[i + k];
      if (c == '=' && last && k >= 2) {
        ++pad;
        v[k] = 0;
        continue;
      }
      if (pad > 0) return std::nullopt;  // data after padding
      v[k] = base64_value(c);
      if (v[k] < 0) return std::nullopt;
    }
    const std::uint32_t n =
        (static_cast<std::uint32_t>(v[0]) << 18) | (static_cast<std::uint32_t>(v[1]) << 12) |
        (static_cast<std::uint32_t>(v[2]) << 6) | static_cast<std::uint32_t>(v[3]);
    // Canonical: the bits beyond the last byte must be zero, so one text names one byte string.
    if ((pad == 1 && (n & 0xFFu) != 0) || (pad == 2 && (n & 0xFFFFu) != 0)) return std::nullopt;
    out.push_back(static_cast<char>((n >> 16) & 0xFFu));
    if (pad < 2) out.push_back(static_cast<char>((n >> 8) & 0xFFu));
    if (pad < 1) out.push_back(static_cast<char>(n & 0xFFu));
  }
  return out;
}

std::string base64_encode(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::size_t left = bytes.size() - i;
    std::uint32_t n = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
    if (left > 1) n |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
    if (left > 2) n |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 2]));
    out.push_back(kAlphabet[(n >> 18) & 63]);
    out.push_back(kAlphabet[(n >> 12) & 63]);
    out.push_back(left > 1 ? kAlphabet[(n >> 6) & 63] : '=');
    out.push_back(left > 2 ? kAlphabet[n & 63] : '=');
  }
  return out;
}

Result<nlohmann::json> check_case_file(const nlohmann::json& file, const std::string& base) {
  if (!file.is_object()) return make_error("case.not_object", base);
  const auto format = file.find("format");
  if (format == file.end() || format->is_null()) {
    return make_error("request.missing_field", pointer_join(base, "format"));
  }
  if (!format->is_string()) {
    return make_error("request.wrong_type", pointer_join(base, "format"),
                      "这里应是文字（字符串）。", "A string is expected here.");
  }
  const std::string& name = format->get_ref<const std::string&>();
  if (name == kPlainFormat) return check_plain(file, base);
  if (name == kEncryptedFormat) return check_encrypted(file, base);
  return make_error("case.unknown_format", pointer_join(base, "format"));
}

Result<nlohmann::json> check_case_text(std::string_view text, const std::string& base) {
  if (text.size() > kMaxCaseBytes) {
    const std::string max = std::to_string(kMaxCaseBytes);
    return make_error("case.too_large", base, "上限是" + max + "字节。",
                      "The limit is " + max + " bytes.");
  }
  if (json_nesting_exceeds(text, kMaxRequestDepth)) {
    const std::string max = std::to_string(kMaxRequestDepth);
    return make_error("case.malformed_json", base, "对象和列表套得太深（最多" + max + "层）。",
                      "Objects and lists are nested too deeply (at most " + max + " levels).");
  }
  nlohmann::json file;
  try {
    file = nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    const std::string at = std::to_string(e.byte);
    return make_error("case.malformed_json", base, "出错位置：第" + at + "字节。",
                      "The error is at byte " + at + ".");
  } catch (const nlohmann::json::exception&) {
    return make_error("case.malformed_json", base, "其中有数字超出了可表示的范围。",
                      "A number in it is too large to represent.");
  }
  return check_case_file(file, base);
}

}  // namespace medins
