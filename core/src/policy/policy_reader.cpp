#include "policy/policy_reader.hpp"

#include <cstdint>

#include "common/collect.hpp"
#include "common/json_pointer.hpp"
#include "policy/policy_parse.hpp"

namespace medins::policy_detail {

void wrong_type(Errors& errors, const std::string& path, const char* zh, const char* en) {
  errors.push_back(make_error("policy.wrong_type", path, zh, en));
}

bool expect_object(const nlohmann::json& value, const std::string& path, Errors& errors) {
  if (value.is_object()) return true;
  wrong_type(errors, path, "这里应是一个对象。", "An object is expected here.");
  return false;
}

bool expect_array(const nlohmann::json& value, const std::string& path, Errors& errors) {
  if (value.is_array()) return true;
  wrong_type(errors, path, "这里应是一个列表（数组）。", "A list (array) is expected here.");
  return false;
}

std::optional<std::string> string_value(const nlohmann::json& value, const std::string& path,
                                        Errors& errors) {
  if (value.is_string()) return value.get<std::string>();
  wrong_type(errors, path, "这里应是文字（字符串）。", "A string is expected here.");
  return std::nullopt;
}

namespace {

// Whole numbers only: a float (1300.5 or even 1300.0) in a policy file is a sign that someone
// wrote yuan where fen were meant, so it is refused rather than converted.
std::optional<std::int64_t> whole_number(const nlohmann::json& value, const std::string& path,
                                         Errors& errors, const char* zh, const char* en) {
  if (!value.is_number_integer()) {
    wrong_type(errors, path, zh, en);
    return std::nullopt;
  }
  if (value.is_number_unsigned() &&
      value.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
    return INT64_MAX;  // the callers' upper bounds refuse it
  }
  return value.get<std::int64_t>();
}

// A whole number in [0, max]: `below` under 0, `above` over max (codes of docs/errors.md).
std::optional<std::int64_t> bounded_number(const nlohmann::json& value, const std::string& path,
                                           Errors& errors, const char* zh, const char* en,
                                           std::int64_t max, const char* below, const char* above) {
  const std::optional<std::int64_t> n = whole_number(value, path, errors, zh, en);
  if (!n) return std::nullopt;
  if (*n < 0 || *n > max) {
    errors.push_back(make_error(*n < 0 ? below : above, path));
    return std::nullopt;
  }
  return n;
}

}  // namespace

std::optional<Money> money_value(const nlohmann::json& value, const std::string& path,
                                 Errors& errors) {
  const std::optional<std::int64_t> fen =
      bounded_number(value, path, errors, "这里应是以分为单位的整数（例如1300元写作130000）。",
                     "A whole number of fen is expected here (1,300 yuan is 130000).",
                     kMaxPolicyFen, "policy.negative_money", "policy.money_too_large");
  if (!fen) return std::nullopt;
  return Money::from_fen(*fen);
}

std::optional<BasisPoints> ratio_value(const nlohmann::json& value, const std::string& path,
                                       Errors& errors) {
  const std::optional<std::int64_t> bp =
      bounded_number(value, path, errors, "这里应是以基点为单位的整数（例如85%写作8500）。",
                     "A whole number of basis points is expected here (85% is 8500).", 10000,
                     "policy.ratio_out_of_range", "policy.ratio_out_of_range");
  if (!bp) return std::nullopt;
  return static_cast<BasisPoints>(*bp);
}

std::optional<Date> date_value(const nlohmann::json& value, const std::string& path,
                               Errors& errors) {
  const std::optional<std::string> text = string_value(value, path, errors);
  if (!text) return std::nullopt;
  return collect(Date::parse_iso(*text, path), errors);
}

}  // namespace medins::policy_detail
