// Op case.check {case}: checks an imported case file (docs/case-file.md) before the page
// restores anything from it. `case` is the file's text as read (the usual way: the core then
// also checks its size and JSON syntax) or the parsed document; either way error paths point
// into the document as if it sat at /case.
#include "api/ops.hpp"
#include "casefile/case_file.hpp"
#include "common/json_pointer.hpp"

namespace medins::ops {

Result<nlohmann::json> case_check(const CoreData& /*data*/, const nlohmann::json& request) {
  Errors errors;
  const auto it = request.find("case");
  if (it == request.end() || it->is_null()) {
    errors.push_back(make_error("request.missing_field", "/case"));
  }
  // Not RequestReader: `case` may be a string or an object, which its accessors do not take.
  for (const auto& item : request.items()) {
    if (item.key() != "case") {
      errors.push_back(make_error("request.unknown_field", pointer_join("", item.key())));
    }
  }
  if (!errors.empty()) return errors;
  if (it->is_string()) return check_case_text(it->get_ref<const std::string&>(), "/case");
  return check_case_file(*it, "/case");
}

}  // namespace medins::ops
