#include "filing/filing_application.hpp"

#include <vector>

#include "common/json_pointer.hpp"
#include "common/text.hpp"
#include "id/resident_id.hpp"
#include "policy/policy.hpp"

namespace medins {
namespace {

// Decodes UTF-8 strictly (no overlong forms, no surrogates); nullopt for broken text, which
// a form must refuse rather than carry into the QR summary.
std::optional<std::vector<char32_t>> decode_utf8(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    int extra = 0;
    char32_t cp = 0;
    if (b0 < 0x80) {
      cp = b0;
    } else if ((b0 & 0xE0u) == 0xC0u) {
      extra = 1;
      cp = b0 & 0x1Fu;
    } else if ((b0 & 0xF0u) == 0xE0u) {
      extra = 2;
      cp = b0 & 0x0Fu;
    } else if ((b0 & 0xF8u) == 0xF0u) {
      extra = 3;
      cp = b0 & 0x07u;
    } else {
      return std::nullopt;
    }
    if (i + static_cast<std::size_t>(extra) >= s.size()) return std::nullopt;
    for (int k = 1; k <= extra; ++k) {
      const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
      if ((b & 0xC0u) != 0x80u) return std::nullopt;
      cp = (cp << 6) | (b & 0x3Fu);
    }
    static constexpr char32_t kMin[4] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
    out.push_back(cp);
    i += static_cast<std::size_t>(extra) + 1;
  }
  return out;
}

bool is_control(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029;
}

// Full-width forms to ASCII (Chinese input methods), then trimmed.
std::string tidy(std::string_view text) {
  return std::string(trim_ascii(normalise_full_width(text)));
}

std::string count_zh(std::size_t n) {
  return "现在是" + std::to_string(n) + "个字。";
}
std::string count_en(std::size_t n) {
  return "This one has " + std::to_string(n) + ".";
}

// Pictographs and what builds them: emoji, dingbats, flags, skin tones, variation selectors,
// the zero-width joiner, tags, private-use marks. No name, address or reason needs them, and
// they turn into boxes on a printout or an agency's screen.
bool is_emoji_or_private(char32_t cp) {
  return (cp >= 0x2600 && cp <= 0x27BF) ||    // miscellaneous symbols, dingbats
         (cp >= 0x2B00 && cp <= 0x2BFF) ||    // arrows and stars used as emoji
         (cp >= 0x1F000 && cp <= 0x1FAFF) ||  // mahjong to symbols and pictographs extended-A
         (cp >= 0xFE00 && cp <= 0xFE0F) ||    // variation selectors (emoji presentation)
         cp == 0x200D ||                      // zero-width joiner (family emoji)
         cp == 0x20E3 ||                      // combining keycap
         (cp >= 0xE0000 && cp <= 0xE007F) ||  // tags (flag sequences)
         (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000;  // private use
}

// Symbols and punctuation outside letters: Latin-1 signs (© ® ° ±), general punctuation,
// letterlike and number forms, arrows, mathematical and technical signs, boxes, shapes, CJK
// brackets and marks (【】《》、。), enclosed and squared CJK. The dots used inside names are
// the exceptions (name_char_ok).
bool is_symbol(char32_t cp) {
  return (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
         (cp >= 0x2E00 && cp <= 0x2E7F) ||
         (cp >= 0x3000 && cp <= 0x303F && cp != 0x3005 && cp != 0x3007) ||
         (cp >= 0x3200 && cp <= 0x33FF) || (cp >= 0xFE30 && cp <= 0xFE6F) ||
         (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
         (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) ||
         (cp >= 0xFFE0 && cp <= 0xFFFF);
}

// Names: letters of any script (with their combining marks), spaces and the marks used inside
// names (the middle dots · • ・ ‧, . - ' and their typographic forms); digits, emoji and other
// symbols are refused because they only get there by mistake.
bool name_char_ok(char32_t cp) {
  if (cp == 0xB7 || cp == 0x2022 || cp == 0x2027 || cp == 0x30FB || cp == 0xFF65) return true;
  if (cp == 0x2010 || cp == 0x2011 || cp == 0x2019) return true;  // ‐ ‑ ’ (O’Brien)
  if (cp >= 0x80) return !is_control(cp) && !is_emoji_or_private(cp) && !is_symbol(cp);
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return true;
  return cp == ' ' || cp == '.' || cp == '-' || cp == '\'';
}

void check_name(const std::string& name, const std::string& path, Errors& errors) {
  if (name.empty()) return errors.push_back(make_error("filing.name_empty", path));
  const auto cps = decode_utf8(name);
  if (!cps) return errors.push_back(make_error("filing.name_bad_character", path));
  for (char32_t cp : *cps) {
    if (!name_char_ok(cp)) return errors.push_back(make_error("filing.name_bad_character", path));
  }
  if (cps->size() > kMaxNameChars) {
    errors.push_back(
        make_error("filing.name_too_long", path, count_zh(cps->size()), count_en(cps->size())));
  }
}

// Free text (address, reason): anything printable but emoji, within `max` characters.
void check_text(const std::string& text, std::size_t max, const char* too_long,
                const std::string& path, Errors& errors) {
  const auto cps = decode_utf8(text);
  if (!cps) return errors.push_back(make_error("filing.text_bad_character", path));
  for (char32_t cp : *cps) {
    if (is_control(cp) || is_emoji_or_private(cp)) {
      return errors.push_back(make_error("filing.text_bad_character", path));
    }
  }
  if (cps->size() > max) {
    errors.push_back(make_error(too_long, path, count_zh(cps->size()), count_en(cps->size())));
  }
}

// A masked ID from a QR summary: "110105" + 8 '*' + 3 digits + check character.
bool masked_id_ok(std::string_view id) {
  if (id.size() != 18) return false;
  for (std::size_t i = 0; i < 18; ++i) {
    const char c = id[i];
    const bool digit = c >= '0' && c <= '9';
    if (i < 6 || (i >= 14 && i < 17)) {
      if (!digit) return false;
    } else if (i < 14) {
      if (c != '*') return false;
    } else if (!digit && c != 'X') {
      return false;
    }
  }
  return id[0] != '0';
}

bool region_outside_mainland(const RegionRow& region) {
  const RegionRow* province = find_region(region.code / 10000 * 10000);
  const RegionNote note = province != nullptr ? province->note : region.note;
  return note == RegionNote::kSar || note == RegionNote::kTaiwan;
}

}  // namespace

Result<std::string> parse_mobile(std::string_view text, const std::string& path) {
  std::string digits;
  for (char c : normalise_full_width(text)) {
    if (c == ' ' || c == '-') continue;  // 138 0013 8000, 138-0013-8000
    digits.push_back(c);
  }
  if (digits.empty()) return make_error("mobile.empty", path);
  if (digits.rfind("+86", 0) == 0) {
    digits.erase(0, 3);
  } else if (digits.rfind("0086", 0) == 0) {
    digits.erase(0, 4);
  } else if (digits.size() == 13 && digits.rfind("86", 0) == 0) {
    digits.erase(0, 2);
  }
  bool ok = digits.size() == 11 && digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9';
  for (char c : digits) ok = ok && c >= '0' && c <= '9';
  if (!ok) return make_error("mobile.bad_format", path);
  return digits;
}

std::string mask_resident_id(std::string_view id) {
  if (id.size() != 18) return std::string(id);
  return std::string(id.substr(0, 6)) + "********" + std::string(id.substr(14));
}

void check_filing_start(Date start, Date as_of, const std::string& path, Errors& errors) {
  if (Date::days_between(start, as_of) > kMaxStartDaysBeforeAsOf) {
    errors.push_back(make_error("filing.start_too_early", path));
  } else if (Date::days_between(as_of, start) > kMaxStartDaysAfterAsOf) {
    errors.push_back(make_error("filing.start_too_late", path));
  }
}

std::optional<FilingPlaces> check_filing_places(const std::optional<std::string>& insured,
                                                const std::string& insured_path,
                                                const std::optional<std::string>& destination,
                                                const std::string& destination_path,
                                                Errors& errors) {
  std::optional<ResolvedRegion> resolved[2];
  const std::optional<std::string>* texts[2] = {&insured, &destination};
  const std::string* paths[2] = {&insured_path, &destination_path};
  for (int i = 0; i < 2; ++i) {
    if (!*texts[i]) continue;
    Result<ResolvedRegion> r = resolve_region(tidy(**texts[i]), *paths[i]);
    if (!r) {
      for (const Error& e : r.errors()) errors.push_back(e);
    } else if (region_outside_mainland(*r->region)) {
      // Hong Kong, Macao and Taiwan are outside the mainland's basic medical insurance, so
      // there is nothing to file for (or from).
      errors.push_back(make_error("filing.outside_mainland", *paths[i]));
    } else {
      resolved[i] = r.value();
    }
  }
  if (!resolved[0] || !resolved[1]) return std::nullopt;
  const RegionRelation relation = relate_regions(*resolved[0]->region, *resolved[1]->region);
  if (relation == RegionRelation::kSameRegion || relation == RegionRelation::kSamePrefecture) {
    errors.push_back(make_error("filing.same_city", destination_path));
    return std::nullopt;
  }
  return FilingPlaces{*resolved[0], *resolved[1], relation};
}

FilingApplicationInput read_filing_application(RequestReader& reader) {
  FilingApplicationInput in;
  in.name = reader.string("name");
  in.id = reader.string("id");
  in.mobile = reader.string("mobile");
  in.insured_region = reader.string("insured_region");
  in.destination = reader.string("destination");
  in.category = reader.string("category");
  in.start_date = reader.date("start_date");
  in.contact_address = reader.string("contact_address");
  in.reason = reader.string("reason", false);
  in.as_of = reader.date("as_of");
  return in;
}

Result<FilingApplication> check_filing_application(const FilingApplicationInput& in,
                                                   const std::string& base, bool allow_masked_id) {
  Errors errors;
  FilingApplication app;
  auto at = [&base](const char* field) { return pointer_join(base, field); };

  if (in.name) {
    app.name = tidy(*in.name);
    check_name(app.name, at("name"), errors);
  }
  if (in.id) {
    const std::string id = tidy(*in.id);
    if (allow_masked_id && id.find('*') != std::string::npos) {
      app.id = id;
      app.id_masked = true;
      if (!masked_id_ok(id)) errors.push_back(make_error("id.bad_character", at("id")));
    } else {
      // Without a valid as_of only the "born in the future" check is skipped, as in id.check.
      Result<ResidentId> rid =
          parse_resident_id(id, in.as_of ? *in.as_of : Date::latest(), at("id"));
      if (!rid) {
        for (const Error& e : rid.errors()) errors.push_back(e);
      } else if (!resolve_region(rid->region_code, at("id"))) {
        errors.push_back(make_error("id.unknown_region", at("id")));
      } else {
        app.id = rid->number;
      }
    }
  }
  if (in.mobile) {
    Result<std::string> mobile = parse_mobile(*in.mobile, at("mobile"));
    if (mobile) {
      app.mobile = mobile.value();
    } else {
      for (const Error& e : mobile.errors()) errors.push_back(e);
    }
  }
  const std::optional<FilingPlaces> places = check_filing_places(
      in.insured_region, at("insured_region"), in.destination, at("destination"), errors);
  if (places) {
    app.insured_region = tidy(*in.insured_region);
    app.destination = tidy(*in.destination);
  }
  if (in.category) {
    app.category = tidy(*in.category);
    const std::optional<FilingCategory> c = word_from_id<FilingCategory>(app.category);
    // Unfiled care is a settlement case of the policy model, not something one files for.
    if (!c || *c == FilingCategory::kUnfiled) {
      errors.push_back(make_error("filing.unknown_category", at("category")));
    }
  }
  if (in.start_date) app.start_date = *in.start_date;
  if (in.as_of) app.as_of = *in.as_of;
  if (in.start_date && in.as_of)
    check_filing_start(app.start_date, app.as_of, at("start_date"), errors);
  if (in.contact_address) {
    app.contact_address = tidy(*in.contact_address);
    if (app.contact_address.empty()) {
      errors.push_back(make_error("filing.address_empty", at("contact_address")));
    } else {
      check_text(app.contact_address, kMaxAddressChars, "filing.address_too_long",
                 at("contact_address"), errors);
    }
  }
  if (in.reason) {
    app.reason = tidy(*in.reason);
    check_text(app.reason, kMaxReasonChars, "filing.reason_too_long", at("reason"), errors);
  }
  const bool all_read = in.name && in.id && in.mobile && places && in.category && in.start_date &&
                        in.contact_address && in.as_of;
  if (!errors.empty() || !all_read) return errors;
  return app;
}

}  // namespace medins
