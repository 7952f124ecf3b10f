// Op meta.vocabulary: {} -> every word list of the core (vocab/vocabulary.hpp) with each word's
// id and its labels, in the order the core knows them, so a front end offers the same words the
// core accepts instead of keeping its own lists (docs/vocabulary.md).
#include "api/ops.hpp"
#include "common/request_reader.hpp"
#include "vocab/vocabulary.hpp"

namespace medins::ops {

Result<nlohmann::json> meta_vocabulary(const CoreData& data, const nlohmann::json& request) {
  Errors errors;
  RequestReader reader(request, "", errors);
  reader.reject_unknown_fields();
  if (!errors.empty()) return errors;
  if (!data.vocabulary.get()) {
    const Error& first = data.vocabulary.get().errors().front();
    return make_error("internal.error", "", first.zh_cn, first.en);
  }
  return vocabulary_json(data.vocabulary.get().value());
}

}  // namespace medins::ops
