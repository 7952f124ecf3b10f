#include "medins/request_reader.hpp"

#include "medins/json_pointer.hpp"

namespace medins {

RequestReader::RequestReader(const nlohmann::json& object, std::string base, Errors& errors)
    : object_(object), base_(std::move(base)), errors_(errors) {}

std::string RequestReader::path(const char* name) const { return pointer_join(base_, name); }

const nlohmann::json* RequestReader::lookup(const char* name, bool required) {
  known_.insert(name);
  const auto it = object_.find(name);
  if (it == object_.end() || it->is_null()) {
    if (required) errors_.push_back(make_error("request.missing_field", path(name)));
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> RequestReader::string(const char* name, bool required) {
  const nlohmann::json* value = lookup(name, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) {
    errors_.push_back(make_error("request.wrong_type", path(name), "这里应是文字（字符串）。",
                                 "A string is expected here."));
    return std::nullopt;
  }
  return value->get_ref<const std::string&>();
}

std::optional<Date> RequestReader::date(const char* name, bool required) {
  const std::optional<std::string> text = string(name, required);
  if (!text) return std::nullopt;
  Result<Date> parsed = Date::parse_iso(*text, path(name));
  if (!parsed) {
    for (const Error& e : parsed.errors()) errors_.push_back(e);
    return std::nullopt;
  }
  return parsed.value();
}

void RequestReader::reject_unknown_fields() {
  for (const auto& item : object_.items()) {
    if (known_.count(item.key()) == 0) {
      errors_.push_back(make_error("request.unknown_field", path(item.key().c_str())));
    }
  }
}

}  // namespace medins
