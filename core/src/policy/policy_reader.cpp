#include "policy/policy_reader.hpp"

#include <cstdint>

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

}  // namespace

std::optional<Money> money_value(const nlohmann::json& value, const std::string& path,
                                 Errors& errors) {
  const std::optional<std::int64_t> fen =
      whole_number(value, path, errors, "这里应是以分为单位的整数（例如1300元写作130000）。",
                   "A whole number of fen is expected here (1,300 yuan is 130000).");
  if (!fen) return std::nullopt;
  if (*fen < 0) {
    errors.push_back(make_error("policy.negative_money", path));
    return std::nullopt;
  }
  if (*fen > kMaxPolicyFen) {
    errors.push_back(make_error("policy.money_too_large", path));
    return std::nullopt;
  }
  return Money::from_fen(*fen);
}

std::optional<BasisPoints> ratio_value(const nlohmann::json& value, const std::string& path,
                                       Errors& errors) {
  const std::optional<std::int64_t> bp =
      whole_number(value, path, errors, "这里应是以基点为单位的整数（例如85%写作8500）。",
                   "A whole number of basis points is expected here (85% is 8500).");
  if (!bp) return std::nullopt;
  if (*bp < 0 || *bp > 10000) {
    errors.push_back(make_error("policy.ratio_out_of_range", path));
    return std::nullopt;
  }
  return static_cast<BasisPoints>(*bp);
}

std::optional<Date> date_value(const nlohmann::json& value, const std::string& path,
                               Errors& errors) {
  const std::optional<std::string> text = string_value(value, path, errors);
  if (!text) return std::nullopt;
  Result<Date> parsed = Date::parse_iso(*text, path);
  if (!parsed) {
    for (const Error& e : parsed.errors()) errors.push_back(e);
    return std::nullopt;
  }
  return parsed.value();
}

}  // namespace medins::policy_detail
