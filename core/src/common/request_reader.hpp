// RequestReader: reads the fields of one JSON object of a request and collects every problem it
// finds (missing, wrong type, unknown field, bad value) instead of stopping at the first, so a
// form can mark all of its wrong fields at once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "common/date.hpp"
#include "common/field_reader.hpp"
#include "medins/error.hpp"
#include "medins/result.hpp"

namespace medins {

class RequestReader : public FieldReader {
 public:
  // `object` must outlive the reader; `base` is the JSON Pointer of `object` in the request.
  RequestReader(const nlohmann::json& object, std::string base, Errors& errors)
      : FieldReader(object, std::move(base), errors, "request") {}

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

  // reject_unknown_fields() (request.unknown_field) comes from FieldReader: call it once, last.

 private:
  using JsonIs = bool (nlohmann::json::*)() const noexcept;
  // The field when present and of the type `is` tests, else nullptr (request.wrong_type with
  // zh/en when present with another type).
  const nlohmann::json* typed(const char* name, bool required, JsonIs is, const char* zh,
                              const char* en);
  void wrong_type(const char* name, const char* zh, const char* en);
};

// A request of one string field and nothing else ({"code": "110105"}): the field, or its errors
// (request.missing_field, request.wrong_type, request.unknown_field).
Result<std::string> read_single_string(const nlohmann::json& request, const char* name);

}  // namespace medins
