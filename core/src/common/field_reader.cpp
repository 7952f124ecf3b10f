#include "common/field_reader.hpp"

#include "common/json_pointer.hpp"

namespace medins {

FieldReader::FieldReader(const nlohmann::json& object, std::string base, Errors& errors,
                         const char* prefix)
    : object_(object), base_(std::move(base)), errors_(errors), prefix_(prefix) {}

std::string FieldReader::path(std::string_view name) const {
  return pointer_join(base_, name);
}

const nlohmann::json* FieldReader::field(const char* name, bool required) {
  known_.insert(name);
  const auto it = object_.find(name);
  if (it == object_.end() || it->is_null()) {
    if (required) errors_.push_back(make_error(code("missing_field"), path(name)));
    return nullptr;
  }
  return &*it;
}

bool FieldReader::nullable(const char* name, const nlohmann::json*& value) {
  known_.insert(name);
  value = nullptr;
  const auto it = object_.find(name);
  if (it == object_.end()) {
    errors_.push_back(make_error(code("missing_field"), path(name)));
    return false;
  }
  if (!it->is_null()) value = &*it;
  return true;
}

void FieldReader::reject_unknown_fields() {
  for (const auto& item : object_.items()) {
    if (known_.count(item.key()) == 0) {
      errors_.push_back(make_error(code("unknown_field"), path(item.key())));
    }
  }
}

}  // namespace medins
