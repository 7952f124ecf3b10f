#include "common/request_reader.hpp"

#include "common/collect.hpp"
namespace medins {

const nlohmann::json* RequestReader::typed(const char* name, bool required, JsonIs is,
                                           const char* zh, const char* en) {
  const nlohmann::json* value = field(name, required);
  if (value == nullptr || (value->*is)()) return value;
  wrong_type(name, zh, en);
  return nullptr;
}

std::optional<std::string> RequestReader::string(const char* name, bool required) {
  const nlohmann::json* value = typed(name, required, &nlohmann::json::is_string,
                                      "这里应是文字（字符串）。", "A string is expected here.");
  if (value == nullptr) return std::nullopt;
  return value->get_ref<const std::string&>();
}

std::optional<Date> RequestReader::date(const char* name, bool required) {
  const std::optional<std::string> text = string(name, required);
  if (!text) return std::nullopt;
  return collect(Date::parse_iso(*text, path(name)), errors());
}

void RequestReader::wrong_type(const char* name, const char* zh, const char* en) {
  errors().push_back(make_error("request.wrong_type", path(name), zh, en));
}

std::optional<std::int64_t> RequestReader::integer(const char* name, std::int64_t min,
                                                   std::int64_t max, bool required) {
  const nlohmann::json* value = typed(name, required, &nlohmann::json::is_number_integer,
                                      "这里应是整数。", "A whole number is expected here.");
  if (value == nullptr) return std::nullopt;
  // Unsigned values above INT64_MAX are out of range too, not wrapped.
  const bool too_big =
      value->is_number_unsigned() && value->get<std::uint64_t>() > static_cast<std::uint64_t>(max);
  const std::int64_t v = too_big ? max : value->get<std::int64_t>();
  if (too_big || v < min || v > max) {
    errors().push_back(make_error(
        "request.out_of_range", path(name),
        "应在" + std::to_string(min) + "到" + std::to_string(max) + "之间。",
        "It must be between " + std::to_string(min) + " and " + std::to_string(max) + "."));
    return std::nullopt;
  }
  return v;
}

std::optional<bool> RequestReader::boolean(const char* name, bool required) {
  const nlohmann::json* value =
      typed(name, required, &nlohmann::json::is_boolean, "这里应是 true 或 false。",
            "true or false is expected here.");
  if (value == nullptr) return std::nullopt;
  return value->get<bool>();
}

const nlohmann::json* RequestReader::object(const char* name, bool required) {
  return typed(name, required, &nlohmann::json::is_object, "这里应是一个对象。",
               "An object is expected here.");
}

const nlohmann::json* RequestReader::array(const char* name, bool required) {
  return typed(name, required, &nlohmann::json::is_array, "这里应是一个列表（数组）。",
               "A list (array) is expected here.");
}

Result<std::string> read_single_string(const nlohmann::json& request, const char* name) {
  Errors errors;
  RequestReader reader(request, "", errors);
  std::optional<std::string> value = reader.string(name);
  reader.reject_unknown_fields();
  if (!errors.empty()) return errors;
  return std::move(*value);
}

}  // namespace medins
