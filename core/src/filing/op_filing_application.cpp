// Ops on the filing application form and its QR summary (docs/filing-qr.md):
//   filing.validate   {name, id, mobile, insured_region, destination, category, start_date,
//                      contact_address, reason?, as_of}   -> the normalised application
//   filing.encode_qr  {application, include_full_id?}     -> {payload, ...}
//   filing.decode_qr  {payload}                           -> the application, verified
#include "api/ops.hpp"
#include "common/collect.hpp"
#include "filing/filing_application.hpp"
#include "filing/filing_qr.hpp"
#include "filing/filing_rules.hpp"
#include "region/region_json.hpp"

namespace medins::ops {
namespace {

using nlohmann::json;

json application_json(const FilingApplication& app) {
  return {{"name", app.name},
          {"id", app.id},
          {"mobile", app.mobile},
          {"insured_region", app.insured_region},
          {"destination", app.destination},
          {"category", app.category},
          {"start_date", app.start_date.to_iso()},
          {"contact_address", app.contact_address},
          {"reason", app.reason},
          {"as_of", app.as_of.to_iso()}};
}

// The checked application with what a person reading it wants named: the two places, how they
// relate, the category's names.
Result<json> summary(const CoreData& data, const FilingApplication& app) {
  const Result<json>& rules = data.filing_rules.get();
  const Result<Vocabulary>& words = data.vocabulary.get();
  if (!rules || !words) {
    const Error& first = (!rules ? rules.errors() : words.errors()).front();
    return make_error("internal.error", "", first.zh_cn, first.en);
  }
  Errors scratch;  // the application was checked already; this only resolves the places again
  const std::optional<FilingPlaces> places =
      check_filing_places(app.insured_region, "", app.destination, "", scratch);
  const json* category = find_filing_category(rules.value(), app.category);
  const std::optional<FilingCategory> id = word_from_id<FilingCategory>(app.category);
  if (!places || category == nullptr || !id) return make_error("internal.error", "");
  return json{{"application", application_json(app)},
              {"insured", resolved_region_json(places->insured, app.insured_region)},
              {"destination", resolved_region_json(places->destination, app.destination)},
              {"relation", region_relation_name(places->relation)},
              {"category",
               {{"id", app.category},
                {"group", category->at("group")},
                {"name", local_text_json(words->labels(*id).label)}}}};
}

// The application's fields read from `fields` (an object at fields.base()) and checked; every
// problem of either step is added to `errors`.
std::optional<FilingApplication> checked_application(RequestReader& fields, Errors& errors) {
  const FilingApplicationInput input = read_filing_application(fields);
  fields.reject_unknown_fields();
  return collect(check_filing_application(input, fields.base(), false), errors);
}

}  // namespace

Result<nlohmann::json> filing_validate(const CoreData& data, const nlohmann::json& request) {
  Errors errors;
  RequestReader reader(request, "", errors);
  const std::optional<FilingApplication> app = checked_application(reader, errors);
  if (!errors.empty()) return errors;
  return summary(data, *app);
}

Result<nlohmann::json> filing_encode_qr(const CoreData& /*data*/, const nlohmann::json& request) {
  Errors errors;
  RequestReader reader(request, "", errors);
  const json* object = reader.object("application");
  const bool full_id = reader.boolean("include_full_id", false).value_or(false);
  reader.reject_unknown_fields();
  if (object == nullptr) return errors;
  RequestReader fields(*object, "/application", errors);
  const std::optional<FilingApplication> app = checked_application(fields, errors);
  if (!errors.empty()) return errors;
  const std::string payload = encode_filing_qr(*app, full_id);
  return json{{"payload", payload},
              {"version", kFilingQrVersion},
              {"id_masked", !full_id},
              {"length", payload.size()}};
}

Result<nlohmann::json> filing_decode_qr(const CoreData& data, const nlohmann::json& request) {
  Result<std::string> payload = read_single_string(request, "payload");
  if (!payload) return std::move(payload).errors();
  Result<FilingApplication> app = decode_filing_qr(payload.value(), "/payload");
  if (!app) return std::move(app).errors();
  Result<json> out = summary(data, app.value());
  if (!out) return out;
  json result = std::move(out).value();
  result["version"] = kFilingQrVersion;
  result["id_masked"] = app->id_masked;
  return result;
}

}  // namespace medins::ops
