// Op institution.check {code}: the format of a national medical insurance institution code
// (H/P + division + sequence) and the place its division names.
#include "api/ops.hpp"
#include "common/request_reader.hpp"
#include "institution/institution_code.hpp"
#include "region/region_json.hpp"

namespace medins::ops {

Result<nlohmann::json> institution_check(const CoreData& /*data*/, const nlohmann::json& request) {
  Result<std::string> code = read_single_string(request, "code");
  if (!code) return std::move(code).errors();
  Result<InstitutionCode> parsed = parse_institution_code(code.value(), "/code");
  if (!parsed) return std::move(parsed).errors();
  const InstitutionCode& c = parsed.value();
  return nlohmann::json{{"code", c.code},
                        {"kind", c.kind == InstitutionKind::kMedical ? "medical" : "pharmacy"},
                        {"sequence", c.sequence},
                        {"region", resolved_region_json(c.region, c.code.substr(1, 6))}};
}

}  // namespace medins::ops
