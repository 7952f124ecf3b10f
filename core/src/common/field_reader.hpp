// FieldReader: the fields of one JSON object, read by name, with every problem collected rather
// than the first thrown. It knows which fields were asked for, so whatever is left over is an
// unknown field (most often a typo, which would otherwise be silently ignored).
//
// One reader for every kind of document; only the error codes differ: requests say
// request.missing_field, policy files policy.missing_field, institution lists
// institutions.missing_field. The prefix is given once, at construction.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "medins/error.hpp"

namespace medins {

class FieldReader {
 public:
  // `object` must be a JSON object and outlive the reader; `base` is its JSON Pointer in the
  // document; `prefix` names the error codes ("request", "policy", "institutions").
  FieldReader(const nlohmann::json& object, std::string base, Errors& errors, const char* prefix);

  // The pointer of a field of this object, for errors raised by the caller.
  std::string path(std::string_view name) const;
  const std::string& base() const { return base_; }
  const nlohmann::json& whole() const { return object_; }  // the object itself
  Errors& errors() { return errors_; }

  // The field, or nullptr when absent or null (<prefix>.missing_field if required). Marks the
  // field as known.
  const nlohmann::json* field(const char* name, bool required);

  // A field that must be written but may be null ("unknown" or "open" said explicitly): false
  // with <prefix>.missing_field when the key is absent; `value` is nullptr for null.
  bool nullable(const char* name, const nlohmann::json*& value);

  // Adds <prefix>.unknown_field for every key no accessor asked for. Call once, last.
  void reject_unknown_fields();

 protected:
  std::string code(const char* what) const { return prefix_ + "." + what; }

 private:
  const nlohmann::json& object_;
  std::string base_;
  Errors& errors_;
  std::string prefix_;
  // The members an accessor asked for, by address in `object_` (a name asked for but absent
  // cannot be unknown): no string is made or kept per field, which a set of names did for every
  // field of every object read (an estimate request's bill line, a policy's figure). Objects
  // have a handful of members; the first kInline need no allocation.
  void mark_known(const nlohmann::json* member);
  bool is_known(const nlohmann::json* member) const;
  static constexpr std::size_t kInline = 12;
  const nlohmann::json* known_inline_[kInline] = {};
  std::size_t known_count_ = 0;
  std::vector<const nlohmann::json*> known_more_;
};

}  // namespace medins
