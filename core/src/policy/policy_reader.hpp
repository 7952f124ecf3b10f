// PolicyReader: reads the fields of one object of a policy document and collects every problem
// under policy.* codes (the request reader's request.* codes are for what people type; these
// are for policy data, whoever wrote it). Internal to the core.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "common/date.hpp"
#include "common/field_reader.hpp"
#include "common/money.hpp"
#include "medins/error.hpp"

namespace medins::policy_detail {

void wrong_type(Errors& errors, const std::string& path, const char* zh, const char* en);

// Values at a known path, any JSON type accepted as input; a wrong one adds an error.
bool expect_object(const nlohmann::json& value, const std::string& path, Errors& errors);
bool expect_array(const nlohmann::json& value, const std::string& path, Errors& errors);
std::optional<std::string> string_value(const nlohmann::json& value, const std::string& path,
                                        Errors& errors);
// Integer fen, 0..kMaxPolicyFen (policy.negative_money, policy.money_too_large).
std::optional<Money> money_value(const nlohmann::json& value, const std::string& path,
                                 Errors& errors);
// Integer basis points, 0..10000 (policy.ratio_out_of_range).
std::optional<BasisPoints> ratio_value(const nlohmann::json& value, const std::string& path,
                                       Errors& errors);
// "YYYY-MM-DD" (date.* codes from Date::parse_iso).
std::optional<Date> date_value(const nlohmann::json& value, const std::string& path,
                               Errors& errors);

// The fields of one object of a policy document, under policy.* codes (missing_field,
// unknown_field).
class PolicyReader : public FieldReader {
 public:
  // `object` must be a JSON object and outlive the reader; `base` is its pointer.
  PolicyReader(const nlohmann::json& object, std::string base, Errors& errors)
      : FieldReader(object, std::move(base), errors, "policy") {}
};

}  // namespace medins::policy_detail
