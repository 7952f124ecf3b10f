// RequestReader: reads the fields of one JSON object of a request and collects every problem it
// finds (missing, wrong type, unknown field, bad value) instead of stopping at the first, so a
// form can mark all of its wrong fields at once.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "common/date.hpp"
#include "medins/error.hpp"

namespace medins {

class RequestReader {
 public:
  // `object` must outlive the reader; `base` is the JSON Pointer of `object` in the request.
  RequestReader(const nlohmann::json& object, std::string base, Errors& errors);

  // The pointer of a field of this object, for errors raised by the caller.
  std::string path(const char* name) const;

  // Each accessor marks the field as known. A missing required field or a wrong type adds an
  // error and returns nullopt; a missing optional field returns nullopt silently.
  std::optional<std::string> string(const char* name, bool required = true);
  std::optional<Date> date(const char* name, bool required = true);
  // A whole number within [min, max] (request.out_of_range outside it).
  std::optional<std::int64_t> integer(const char* name, std::int64_t min, std::int64_t max,
                                      bool required = true);
  std::optional<bool> boolean(const char* name, bool required = true);
  // A nested object or array, returned as is for the caller to read (with its own reader for
  // objects, base = path(name)).
  const nlohmann::json* object(const char* name, bool required = true);
  const nlohmann::json* array(const char* name, bool required = true);

  // Adds request.unknown_field for every field no accessor asked for. Call once, last.
  void reject_unknown_fields();

 private:
  const nlohmann::json* lookup(const char* name, bool required);
  void wrong_type(const char* name, const char* zh, const char* en);

  const nlohmann::json& object_;
  std::string base_;
  Errors& errors_;
  std::set<std::string> known_;
};

}  // namespace medins
