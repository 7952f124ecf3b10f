#include "common/object_text.hpp"

#include <algorithm>
#include <utility>

namespace medins {

ObjectText ObjectText::members_of(const nlohmann::json& object) {
  ObjectText out;
  if (!object.is_object()) return out;
  for (const auto& [key, value] : object.items()) out.set(key, value);
  return out;
}

void ObjectText::set_text(const std::string& key, std::string text) {
  members_[key] = Member{std::move(text), nullptr};
}

void ObjectText::set_held(const std::string& key, const std::string& text) {
  members_[key] = Member{std::string(), &text};
}

void ObjectText::set(const std::string& key, const nlohmann::json& value) {
  set_text(key, json_text(value));
}

void ObjectText::append_to(std::string& out) const {
  // Room for the whole object first (a key that needs escaping may still grow it): the members
  // of an answer run to tens of KB, which would otherwise be copied at every doubling.
  std::size_t size = out.size() + 2;
  for (const auto& [key, member] : members_) size += key.size() + 4 + member.text().size();
  // Never less than double, so that writing objects one after another into one string still
  // grows it geometrically.
  if (size > out.capacity()) out.reserve(std::max(size, 2 * out.capacity()));
  out += '{';
  bool first = true;
  for (const auto& [key, member] : members_) {
    if (!first) out += ',';
    first = false;
    append_json_key(out, key);
    out += member.text();
  }
  out += '}';
}

std::string ObjectText::text() const {
  std::string out;
  append_to(out);
  return out;
}

}  // namespace medins
