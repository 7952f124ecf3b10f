#include "filing/filing_qr.hpp"

#include <algorithm>
#include <vector>

#include "common/json_pointer.hpp"
#include "common/text.hpp"
#include "vocab/vocabulary.hpp"

namespace medins {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
constexpr std::string_view kPrefix = "MEDINS";
// Fields are joined by the ASCII unit separator, which no checked field can contain.
constexpr char kSeparator = '\x1F';
constexpr std::size_t kFieldCount = 11;

// One letter per category keeps the payload short; the table is part of format version 1.
struct CategoryLetter {
  char letter;
  FilingCategory category;
};
constexpr CategoryLetter kCategoryLetters[] = {
    {'R', FilingCategory::kResettledRetiree}, {'L', FilingCategory::kLongTermResident},
    {'W', FilingCategory::kPostedWorker},     {'T', FilingCategory::kReferral},
    {'E', FilingCategory::kEmergency},        {'O', FilingCategory::kOtherTemporary},
};

// The field names of version 1, in order, with their labels for messages.
struct FieldLabel {
  const char* field;
  const char* zh;
};
constexpr FieldLabel kFieldLabels[] = {
    {"name", "姓名"},           {"id", "身份证号码"},
    {"mobile", "手机号码"},     {"insured_region", "参保地"},
    {"destination", "就医地"},  {"category", "备案类别"},
    {"start_date", "开始日期"}, {"contact_address", "联系地址"},
    {"reason", "备案原因"},     {"as_of", "填写日期"},
};

std::string compact_date(Date d) {
  const std::string iso = d.to_iso();
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

std::string hex8(std::uint32_t v) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out(8, '0');
  for (int i = 7; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = kHex[v & 0xFu];
  return out;
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> out(1);
  for (char c : text) {
    if (c == separator) {
      out.emplace_back();
    } else {
      out.back().push_back(c);
    }
  }
  return out;
}

// Field errors found in a payload all point at the payload (the request has no deeper field);
// the message says which field of the summary is wrong.
Error at_payload(Error e, const std::string& path) {
  const std::string prefix = path + "/";
  if (e.path.rfind(prefix, 0) != 0) return e;
  const std::string field = e.path.substr(prefix.size());
  const char* zh = field.c_str();
  for (const FieldLabel& l : kFieldLabels) {
    if (field == l.field) zh = l.zh;
  }
  e.path = path;
  e.zh_cn += std::string("（二维码中的") + zh + "）";
  e.en += " (the QR summary's " + field + ")";
  return e;
}

}  // namespace

std::string base45_encode(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() / 2 * 3 + 2);
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    if (i + 1 < bytes.size()) {
      unsigned n =
          static_cast<unsigned char>(bytes[i]) * 256u + static_cast<unsigned char>(bytes[i + 1]);
      for (int k = 0; k < 3; ++k, n /= 45) out.push_back(kAlphabet[n % 45]);
    } else {
      unsigned n = static_cast<unsigned char>(bytes[i]);
      for (int k = 0; k < 2; ++k, n /= 45) out.push_back(kAlphabet[n % 45]);
    }
  }
  return out;
}

std::optional<std::string> base45_decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); i += 3) {
    const std::size_t group = std::min<std::size_t>(3, text.size() - i);
    if (group == 1) return std::nullopt;
    unsigned n = 0;
    unsigned weight = 1;
    for (std::size_t k = 0; k < group; ++k, weight *= 45) {
      const std::size_t v = kAlphabet.find(text[i + k]);
      if (v == std::string_view::npos) return std::nullopt;
      n += static_cast<unsigned>(v) * weight;
    }
    if (group == 3) {
      if (n > 0xFFFF) return std::nullopt;
      out.push_back(static_cast<char>(n >> 8));
      out.push_back(static_cast<char>(n & 0xFF));
    } else {
      if (n > 0xFF) return std::nullopt;
      out.push_back(static_cast<char>(n));
    }
  }
  return out;
}

std::uint32_t crc32(std::string_view bytes) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (char c : bytes) {
    crc ^= static_cast<unsigned char>(c);
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

std::string encode_filing_qr(const FilingApplication& app, bool include_full_id) {
  char letter = '?';
  for (const CategoryLetter& c : kCategoryLetters) {
    if (app.category == word_id(c.category)) letter = c.letter;
  }
  const bool masked = app.id_masked || !include_full_id;
  const std::string fields[kFieldCount] = {
      masked ? "M" : "F",
      std::string(1, letter),
      masked ? mask_resident_id(app.id) : app.id,
      app.name,
      app.mobile,
      app.insured_region,
      app.destination,
      compact_date(app.start_date),
      compact_date(app.as_of),
      app.contact_address,
      app.reason,
  };
  std::string body;
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    if (i > 0) body.push_back(kSeparator);
    body += fields[i];
  }
  const std::string signed_part =
      std::string(kPrefix) + std::to_string(kFilingQrVersion) + ":" + base45_encode(body);
  return signed_part + ":" + hex8(crc32(signed_part));
}

Result<FilingApplication> decode_filing_qr(std::string_view payload, const std::string& path) {
  const std::string_view text = trim_ascii(payload);
  if (text.substr(0, kPrefix.size()) != kPrefix) return make_error("qr.bad_prefix", path);
  std::size_t pos = kPrefix.size();
  while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
  if (pos == kPrefix.size() || pos >= text.size() || text[pos] != ':') {
    return make_error("qr.bad_prefix", path);
  }
  const std::string version(text.substr(kPrefix.size(), pos - kPrefix.size()));
  if (version != std::to_string(kFilingQrVersion)) {
    return make_error("qr.unsupported_version", path, "（版本 " + version + "）",
                      "(version " + version + ")");
  }
  // The checksum is everything after the last ':' (hex digits never contain one).
  const std::size_t last = text.rfind(':');
  const std::string_view signed_part = text.substr(0, last);
  const std::string_view checksum = text.substr(last + 1);
  if (last <= pos || checksum != hex8(crc32(signed_part))) {
    return make_error("qr.bad_checksum", path);
  }
  const std::optional<std::string> body = base45_decode(signed_part.substr(pos + 1));
  if (!body) return make_error("qr.bad_encoding", path);
  const std::vector<std::string> fields = split(*body, kSeparator);
  if (fields.size() != kFieldCount || (fields[0] != "M" && fields[0] != "F") ||
      fields[1].size() != 1 || (fields[0] == "M") != (fields[2].find('*') != std::string::npos)) {
    return make_error("qr.bad_encoding", path);
  }

  Errors errors;
  FilingApplicationInput in;
  in.category = fields[1];
  for (const CategoryLetter& c : kCategoryLetters) {
    if (fields[1][0] == c.letter) in.category = word_id(c.category);
  }
  in.id = fields[2];
  in.name = fields[3];
  in.mobile = fields[4];
  in.insured_region = fields[5];
  in.destination = fields[6];
  const std::pair<std::optional<Date>*, std::size_t> dates[] = {{&in.start_date, 7},
                                                                {&in.as_of, 8}};
  for (const auto& [out, index] : dates) {
    const std::string& d = fields[index];
    const std::string field = index == 7 ? "start_date" : "as_of";
    const std::string iso =
        d.size() == 8 ? d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2) : d;
    Result<Date> parsed = Date::parse_iso(iso, pointer_join(path, field));
    if (parsed) {
      *out = parsed.value();
    } else {
      for (const Error& e : parsed.errors()) errors.push_back(e);
    }
  }
  in.contact_address = fields[9];
  in.reason = fields[10];
  Result<FilingApplication> app = check_filing_application(in, path, fields[0] == "M");
  if (!app) {
    for (const Error& e : app.errors()) errors.push_back(e);
  }
  if (!errors.empty()) {
    Errors out;
    for (Error& e : errors) out.push_back(at_payload(std::move(e), path));
    return out;
  }
  return app;
}

}  // namespace medins
