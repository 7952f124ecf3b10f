#include "common/object_text.hpp"

#include <utility>

namespace medins {

ObjectText ObjectText::members_of(const nlohmann::json& object) {
  ObjectText out;
  if (!object.is_object()) return out;
  for (const auto& [key, value] : object.items()) out.set(key, value);
  return out;
}

void ObjectText::set_text(const std::string& key, std::string text) {
  members_[key] = std::move(text);
}

void ObjectText::set(const std::string& key, const nlohmann::json& value) {
  members_[key] = json_text(value);
}

void ObjectText::append_to(std::string& out) const {
  out += '{';
  bool first = true;
  for (const auto& [key, text] : members_) {
    if (!first) out += ',';
    first = false;
    append_json_key(out, key);
    out += text;
  }
  out += '}';
}

std::string ObjectText::text() const {
  std::string out;
  append_to(out);
  return out;
}

}  // namespace medins
