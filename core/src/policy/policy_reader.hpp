// PolicyReader: reads the fields of one object of a policy document and collects every problem
// under policy.* codes (the request reader's request.* codes are for what people type; these
// are for policy data, whoever wrote it). Internal to the core.
#pragma once

#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "common/date.hpp"
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

class PolicyReader {
 public:
  // `object` must be a JSON object and outlive the reader; `base` is its pointer.
  PolicyReader(const nlohmann::json& object, std::string base, Errors& errors);

  std::string path(std::string_view name) const;
  const std::string& base() const { return base_; }
  Errors& errors() { return errors_; }

  // The field, or nullptr when absent or null (policy.missing_field if required). Marks the
  // field as known.
  const nlohmann::json* field(const char* name, bool required);
  // A field that must be written but may be null ("unknown" or "open" said explicitly):
  // returns false with policy.missing_field when the key is absent; `value` is nullptr for null.
  bool nullable(const char* name, const nlohmann::json*& value);

  // Adds policy.unknown_field for every key no accessor asked for. Call once, last.
  void reject_unknown_fields();

 private:
  const nlohmann::json& object_;
  std::string base_;
  Errors& errors_;
  std::set<std::string> known_;
};

}  // namespace medins::policy_detail
