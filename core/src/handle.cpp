#include "medins/handle.hpp"

#include <exception>

#include "medins/error.hpp"
#include "medins/handle_parsed.hpp"
#include "ops.hpp"

namespace medins {
namespace {

// One op per line, sorted, so that adding one is a one-line change.
// clang-format off
constexpr ops::OpEntry kOps[] = {
    {"eligibility.check", ops::eligibility_check},
    {"estimate", ops::estimate},
    {"filing.decode_qr", ops::filing_decode_qr},
    {"filing.encode_qr", ops::filing_encode_qr},
    {"filing.plan", ops::filing_plan},
    {"filing.validate", ops::filing_validate},
    {"id.check", ops::id_check},
    {"institution.check", ops::institution_check},
    {"meta.version", ops::meta_version},
    {"policy.get", ops::policy_get},
    {"policy.list", ops::policy_list},
    {"policy.validate", ops::policy_validate},
    {"region.get", ops::region_get},
    {"region.relation", ops::region_relation},
    {"region.search", ops::region_search},
};
// clang-format on

nlohmann::json error_json(const Error& e) {
  return {{"code", e.code}, {"path", e.path}, {"message", {{"zh-CN", e.zh_cn}, {"en", e.en}}}};
}

std::string dump(const nlohmann::json& j) {
  // replace: a string from the request with broken UTF-8 must not make the answer unprintable.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string failure(const Errors& errors) {
  nlohmann::json list = nlohmann::json::array();
  for (const Error& e : errors) list.push_back(error_json(e));
  return dump({{"ok", false}, {"errors", std::move(list)}});
}

const ops::OpEntry* find_op(std::string_view op) {
  for (const ops::OpEntry& e : kOps) {
    if (op == e.name) return &e;
  }
  return nullptr;
}

std::string unknown_op(std::string_view op) {
  // The op name is echoed escaped by the JSON encoder, so hostile text stays inert.
  const std::string name(op);
  return failure({make_error("request.unknown_op", "", "（" + name + "）", "(" + name + ")")});
}

std::string answer(const ops::OpEntry& entry, const nlohmann::json& request) {
  if (!request.is_object()) return failure({make_error("request.not_object", "")});
  Result<nlohmann::json> result = entry.run(request);
  if (!result) return failure(result.errors());
  return dump({{"ok", true}, {"result", std::move(result).value()}});
}

std::string run(std::string_view op, std::string_view request_json) {
  if (request_json.size() > kMaxRequestBytes) {
    return failure(
        {make_error("request.too_large", "", "上限是" + std::to_string(kMaxRequestBytes) + "字节。",
                    "The limit is " + std::to_string(kMaxRequestBytes) + " bytes.")});
  }
  const ops::OpEntry* entry = find_op(op);
  if (entry == nullptr) return unknown_op(op);
  nlohmann::json request;
  try {
    request = nlohmann::json::parse(request_json.begin(), request_json.end());
  } catch (const nlohmann::json::parse_error& e) {
    const std::string at = std::to_string(e.byte);
    return failure({make_error("request.malformed_json", "", "出错位置：第" + at + "字节。",
                               "The error is at byte " + at + ".")});
  }
  return answer(*entry, request);
}

// Every public entry point answers, whatever happens inside.
template <typename F>
std::string guarded(F&& f) {
  try {
    return f();
  } catch (const std::exception&) {
    // Only a bug or memory exhaustion gets here; the caller still gets a structured answer.
    return failure({make_error("internal.error", "")});
  } catch (...) {
    return failure({make_error("internal.error", "")});
  }
}

}  // namespace

std::string handle(std::string_view op, std::string_view request_json) {
  return guarded([&] { return run(op, request_json); });
}

std::string handle_parsed(std::string_view op, const nlohmann::json& request) {
  return guarded([&] {
    const ops::OpEntry* entry = find_op(op);
    return entry == nullptr ? unknown_op(op) : answer(*entry, request);
  });
}

std::string error_response(const std::vector<Error>& errors) {
  return failure(errors);
}

std::vector<std::string> op_names() {
  std::vector<std::string> names;
  for (const ops::OpEntry& e : kOps) names.emplace_back(e.name);
  return names;
}

const char* version() {
  return MEDINS_VERSION;
}

}  // namespace medins
