// A JSON object written as text, member by member, with the same bytes nlohmann's compact
// dump() gives for the tree (keys in its std::map order, "," and ":" with no spaces): lets an op
// splice in parts of its answer that it serialised once (fixed rules and sources) instead of
// rebuilding and re-dumping them per request. Internal to the core.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "common/json_writer.hpp"

namespace medins {

class ObjectText {
 public:
  // The members of a json object, each dumped once; an empty writer for anything else.
  static ObjectText members_of(const nlohmann::json& object);

  // `text` must be one JSON value as json_text writes it. A key set twice keeps the last
  // value, as assigning to a json object does.
  void set_text(const std::string& key, std::string text);
  // The same for text held elsewhere (an Engine's parts, serialised once), which must outlive
  // this writer: it is read when the object is written, not copied in first.
  void set_held(const std::string& key, const std::string& text);
  void set(const std::string& key, const nlohmann::json& value);

  void append_to(std::string& out) const;
  std::string text() const;

 private:
  struct Member {
    std::string own;
    const std::string* held = nullptr;
    const std::string& text() const { return held != nullptr ? *held : own; }
  };
  // std::map<std::string, ...> with std::less: the order nlohmann's default object_t keeps.
  std::map<std::string, Member> members_;
};

}  // namespace medins
