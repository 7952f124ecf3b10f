// Op id.check: {"id": "...", "as_of": "YYYY-MM-DD"} -> region, birth date, sex, age.
// "as_of" is the person's today; the core has no clock, so the front end supplies it.
#include "api/ops.hpp"
#include "common/json_writer.hpp"
#include "common/request_reader.hpp"
#include "id/resident_id.hpp"
#include "region/region.hpp"
#include "region/region_json.hpp"
#include "region/region_text.hpp"

namespace medins::ops {
namespace {

struct CheckedId {
  ResidentId id;
  ResolvedRegion region;
  Date today;
};

Result<CheckedId> checked(const nlohmann::json& request) {
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
  // Numbers issued before a district was merged keep their old code: those resolve to the
  // prefecture or province (exact: false). Only a number whose province does not exist fails.
  Result<ResolvedRegion> region = resolve_region(parsed->region_code, reader.path("id"));
  if (!region) return make_error("id.unknown_region", reader.path("id"));
  return CheckedId{std::move(parsed).value(), std::move(region).value(), today};
}

const char* sex_name(Sex sex) {
  return sex == Sex::kMale ? "male" : "female";
}

}  // namespace

Result<nlohmann::json> id_check(const CoreData& /*data*/, const nlohmann::json& request) {
  Result<CheckedId> c = checked(request);
  if (!c) return std::move(c).errors();
  const ResidentId& rid = c->id;
  return nlohmann::json{
      {"region", resolved_region_json(c->region, rid.region_code)},
      {"id", rid.number},
      {"region_code", rid.region_code},
      {"birth_date", rid.birth_date.to_iso()},
      {"sex", sex_name(rid.sex)},
      {"age", Date::age_on(rid.birth_date, c->today)},
  };
}

// The same answer written as text, which is what handle() sends: the tree of a dozen members and
// its dump cost more than checking the number.
Errors id_check_text(const CoreData& /*data*/, const nlohmann::json& request, std::string& out) {
  Result<CheckedId> c = checked(request);
  if (!c) return std::move(c).errors();
  const ResidentId& rid = c->id;
  // The members in the order dump() writes them: keys sorted.
  out += "{\"age\":";
  append_json_int(out, Date::age_on(rid.birth_date, c->today));
  out += ",\"birth_date\":";
  append_json_string(out, rid.birth_date.to_iso());
  out += ",\"id\":";
  append_json_string(out, rid.number);
  out += ",\"region\":";
  append_resolved_region_text(out, c->region, rid.region_code);
  out += ",\"region_code\":";
  append_json_string(out, rid.region_code);
  out += ",\"sex\":";
  append_json_string(out, sex_name(rid.sex));
  out += '}';
  return {};
}

}  // namespace medins::ops
