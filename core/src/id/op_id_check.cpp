// Op id.check: {"id": "...", "as_of": "YYYY-MM-DD"} -> region, birth date, sex, age.
// "as_of" is the person's today; the core has no clock, so the front end supplies it.
#include "api/ops.hpp"
#include "common/request_reader.hpp"
#include "id/resident_id.hpp"
#include "region/region.hpp"
#include "region/region_json.hpp"

namespace medins::ops {

Result<nlohmann::json> id_check(const CoreData& /*data*/, const nlohmann::json& request) {
  Errors errors;
  RequestReader reader(request, "", errors);
  const std::optional<std::string> id = reader.string("id");
  const std::optional<Date> as_of = reader.date("as_of");
  reader.reject_unknown_fields();
  if (!id) return errors;

  // Check the number even when "as_of" is missing or wrong, so every problem shows at once;
  // without a today, only the "born in the future" check is skipped.
  const Date today = as_of ? *as_of : Date::latest();
  Result<ResidentId> parsed = parse_resident_id(*id, today, reader.path("id"));
  if (!parsed) {
    for (const Error& e : parsed.errors()) errors.push_back(e);
  }
  if (!errors.empty()) return errors;
  const ResidentId& rid = parsed.value();
  // Numbers issued before a district was merged keep their old code: those resolve to the
  // prefecture or province (exact: false). Only a number whose province does not exist fails.
  Result<ResolvedRegion> region = resolve_region(rid.region_code, reader.path("id"));
  if (!region) return make_error("id.unknown_region", reader.path("id"));
  return nlohmann::json{
      {"region", resolved_region_json(region.value(), rid.region_code)},
      {"id", rid.number},
      {"region_code", rid.region_code},
      {"birth_date", rid.birth_date.to_iso()},
      {"sex", rid.sex == Sex::kMale ? "male" : "female"},
      {"age", Date::age_on(rid.birth_date, today)},
  };
}

}  // namespace medins::ops
