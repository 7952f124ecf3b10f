// The filing application form (备案申请): the fields a person fills in before filing through a
// channel, checked all at once and normalised (full-width characters to ASCII, spaces trimmed,
// +86 dropped from a mobile number), so the page can mark every wrong field together and the QR
// summary carries a clean copy.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/date.hpp"
#include "common/request_reader.hpp"
#include "medins/result.hpp"
#include "region/region.hpp"

namespace medins {

// Limits on what a person types, in characters (code points). Generous for names and addresses
// as written on an ID card or a parcel; they also keep the QR summary under ~600 characters.
constexpr std::size_t kMaxNameChars = 20;
constexpr std::size_t kMaxAddressChars = 50;
constexpr std::size_t kMaxReasonChars = 30;

// A start date this many days before as_of is refused (filing.start_too_early). Filing can be
// made up to discharge settlement, so a past start is fine; a year back is a typo or a claim,
// not a filing. An input check, not a policy rule.
constexpr int kMaxStartDaysBeforeAsOf = 365;
// A start date more than this many days after as_of is refused (filing.start_too_late): one
// files for care now or soon, and a start years ahead ("2035") is a mistyped year. The page asks
// to confirm a start more than a year ahead. An input check, not a policy rule.
constexpr int kMaxStartDaysAfterAsOf = 730;

struct FilingApplication {
  std::string name;
  std::string id;  // 18 characters; masked ("110105********002X") only in a decoded QR
  std::string mobile;
  std::string insured_region;
  std::string destination;
  std::string category;  // one of the six ids of docs/filing.md
  Date start_date = Date::latest();
  std::string contact_address;
  std::string reason;  // may be empty
  Date as_of = Date::latest();
  bool id_masked = false;
};

// The form's fields as read from a request; nullopt where missing or of the wrong type (the
// reader has reported it).
struct FilingApplicationInput {
  std::optional<std::string> name, id, mobile, insured_region, destination, category,
      contact_address, reason;
  std::optional<Date> start_date, as_of;
};

// Reads the form's fields from one object; `reason` is optional. Unknown fields are left for
// the caller to reject (it may take more fields).
FilingApplicationInput read_filing_application(RequestReader& reader);

// Checks every field and reports every problem, each at pointer_join(base, field):
// filing.name_*, id.* (parse_resident_id) , mobile.*, region.*, filing.outside_mainland,
// filing.same_city, filing.unknown_category, filing.start_too_early, filing.start_too_late,
// filing.address_*,
// filing.reason_too_long, filing.text_bad_character. `allow_masked_id`: a QR summary may carry
// the ID masked (6 digits, 8 '*', 3 digits, check character); only its form is checked.
Result<FilingApplication> check_filing_application(const FilingApplicationInput& input,
                                                   const std::string& base, bool allow_masked_id);

// The two places of a filing: both resolved, neither outside the mainland insurance system
// (filing.outside_mainland), not the same city (filing.same_city, at the destination).
struct FilingPlaces {
  ResolvedRegion insured;
  ResolvedRegion destination;
  RegionRelation relation;
};
std::optional<FilingPlaces> check_filing_places(const std::optional<std::string>& insured,
                                                const std::string& insured_path,
                                                const std::optional<std::string>& destination,
                                                const std::string& destination_path,
                                                Errors& errors);

// filing.start_too_early when `start` is more than kMaxStartDaysBeforeAsOf days before `as_of`,
// filing.start_too_late when it is more than kMaxStartDaysAfterAsOf days after.
void check_filing_start(Date start, Date as_of, const std::string& path, Errors& errors);

// Mainland mobile number: 11 digits 1[3-9]xxxxxxxxx after dropping spaces, '-' and a +86/0086
// prefix (full-width digits accepted). mobile.empty, mobile.bad_format.
Result<std::string> parse_mobile(std::string_view text, const std::string& path);

// "110105194912310021" -> "110105********0021": the first 6 and last 4 characters.
std::string mask_resident_id(std::string_view id);

}  // namespace medins
