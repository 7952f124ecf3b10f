// The person a request describes, {scheme, employment?}, read once for every op that takes one
// (filing.plan, eligibility.check, estimate). The ops differ only in what they always said: which
// code an unknown employment gets, whether employment may be left out, and in which order the
// problems are listed. Those stay each op's own (docs/errors.md), chosen by PersonFields.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "common/date.hpp"
#include "medins/error.hpp"
#include "vocab/vocabulary.hpp"

namespace medins {

struct PersonFields {
  bool employment_required = false;
  // The op's code for an employment other than working or retired.
  const char* unknown_employment_code = "filing.unknown_employment";
  // true: each unknown word is reported as soon as it is read, before request.unknown_field
  // (the estimate's order); false: after it (filing.plan's and eligibility.check's order).
  bool words_first = false;
  // The estimate also reads the person's age or birth date (a ratio may depend on age).
  bool with_age = false;
};

struct PersonRead {
  std::optional<std::string> scheme_text;      // as given, when it was a string
  std::optional<std::string> employment_text;  // as given, when it was a string
  std::optional<Scheme> scheme;                // when the word is known
  std::optional<Employment> employment;        // working or retired, when given and known
  std::optional<int> age;                      // with_age: completed years, as given
  std::optional<Date> birth_date;              // with_age
  bool complete = false;  // every required field was there and every word given is known
};

// Reads `object` (the request's /person). Errors: request.* from the reader,
// policy.unknown_scheme at /person/scheme, the op's unknown-employment code at
// /person/employment. A person is working or retired: a policy's "all" is not a person's word.
PersonRead read_person(const nlohmann::json& object, const PersonFields& fields, Errors& errors);

}  // namespace medins
