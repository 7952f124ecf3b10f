// Op meta.version: {} -> the core's version and the operations it knows, so a front end (or a
// portal embedding the page) can tell which build it talks to.
#include "api/ops.hpp"
#include "common/request_reader.hpp"
#include "medins/handle.hpp"

namespace medins::ops {

Result<nlohmann::json> meta_version(const CoreData& /*data*/, const nlohmann::json& request) {
  Errors errors;
  RequestReader reader(request, "", errors);
  reader.reject_unknown_fields();
  if (!errors.empty()) return errors;
  return nlohmann::json{{"version", version()}, {"ops", op_names()}};
}

}  // namespace medins::ops
