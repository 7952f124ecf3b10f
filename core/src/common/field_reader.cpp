#include "common/field_reader.hpp"

#include "common/json_pointer.hpp"

namespace medins {

FieldReader::FieldReader(const nlohmann::json& object, std::string base, Errors& errors,
                         const char* prefix)
    : object_(object), base_(std::move(base)), errors_(errors), prefix_(prefix) {}

std::string FieldReader::path(std::string_view name) const {
  return pointer_join(base_, name);
}

void FieldReader::mark_known(const nlohmann::json* member) {
  if (known_count_ < kInline) {
    known_inline_[known_count_++] = member;
  } else {
    known_more_.push_back(member);
  }
}

bool FieldReader::is_known(const nlohmann::json* member) const {
  for (std::size_t i = 0; i < known_count_; ++i) {
    if (known_inline_[i] == member) return true;
  }
  for (const nlohmann::json* m : known_more_) {
    if (m == member) return true;
  }
  return false;
}

const nlohmann::json* FieldReader::field(const char* name, bool required) {
  const auto it = object_.find(name);
  if (it != object_.end()) mark_known(&*it);
  if (it == object_.end() || it->is_null()) {
    if (required) errors_.push_back(make_error(code("missing_field"), path(name)));
    return nullptr;
  }
  return &*it;
}

bool FieldReader::nullable(const char* name, const nlohmann::json*& value) {
  value = nullptr;
  const auto it = object_.find(name);
  if (it != object_.end()) mark_known(&*it);
  if (it == object_.end()) {
    errors_.push_back(make_error(code("missing_field"), path(name)));
    return false;
  }
  if (!it->is_null()) value = &*it;
  return true;
}

void FieldReader::reject_unknown_fields() {
  for (const auto& item : object_.items()) {
    if (!is_known(&item.value())) {
      errors_.push_back(make_error(code("unknown_field"), path(item.key())));
    }
  }
}

}  // namespace medins
