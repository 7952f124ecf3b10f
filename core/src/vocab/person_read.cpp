#include "vocab/person_read.hpp"

#include "common/request_reader.hpp"

namespace medins {

PersonRead read_person(const nlohmann::json& object, const PersonFields& fields, Errors& errors) {
  RequestReader reader(object, "/person", errors);
  PersonRead p;
  bool known = true;
  auto check_scheme = [&] {
    if (!p.scheme_text) return;
    p.scheme = word_from_id<Scheme>(*p.scheme_text);
    if (!p.scheme) {
      errors.push_back(make_error("policy.unknown_scheme", reader.path("scheme")));
      known = false;
    }
  };
  auto check_employment = [&] {
    if (!p.employment_text) return;
    const std::optional<Employment> e = word_from_id<Employment>(*p.employment_text);
    if (e && *e != Employment::kAll) {
      p.employment = e;
    } else {
      errors.push_back(make_error(fields.unknown_employment_code, reader.path("employment")));
      known = false;
    }
  };
  p.scheme_text = reader.string("scheme");
  if (fields.words_first) check_scheme();
  p.employment_text = reader.string("employment", fields.employment_required);
  if (fields.words_first) check_employment();
  if (fields.with_age) {
    if (const auto age = reader.integer("age", 0, 150, false)) p.age = static_cast<int>(*age);
    p.birth_date = reader.date("birth_date", false);
  }
  reader.reject_unknown_fields();
  if (!fields.words_first) {
    check_scheme();
    check_employment();
  }
  p.complete = known && p.scheme_text && (p.employment_text || !fields.employment_required);
  return p;
}

}  // namespace medins
