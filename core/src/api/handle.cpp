#include "medins/handle.hpp"

#include <exception>
#include <string_view>

#include "api/dispatch.hpp"
#include "api/ops.hpp"
#include "common/json_writer.hpp"
#include "medins/engine.hpp"
#include "medins/error.hpp"
#include "medins/handle_parsed.hpp"

namespace medins {
namespace {

// One op per line, sorted, so that adding one is a one-line change. An op that writes its answer
// as text lists no tree-built op: that one (ops::filing_plan beside ops::filing_plan_text, ...)
// stays in the core as the reference its text is tested against, and with nothing here naming
// it, the linker leaves it out of the module and the CLI.
// clang-format off
constexpr ops::OpEntry kOps[] = {
    {"case.check", ops::case_check,
     "check an exported case file (plain or encrypted envelope) before importing it"},
    {"eligibility.check", nullptr,
     "which route a visit settles by (direct, manual claim, file first, not covered), why, papers and deadline",
     ops::eligibility_check_text},
    {"eligibility.why_failed", ops::eligibility_why_failed,
     "why direct settlement failed: yes/no questions to the likely reason, what can still be done, deadlines"},
    {"estimate", nullptr,
     "what the fund and the person pay for a bill, to the fen, with every step explained",
     ops::estimate_text},
    {"estimate.bounds", ops::estimate_bounds,
     "the lowest and highest figures among the shipped policies, by scheme, setting and level: what a ranged estimate assumes"},
    {"filing.decode_qr", ops::filing_decode_qr,
     "read and verify a filing summary QR payload"},
    {"filing.encode_qr", ops::filing_encode_qr,
     "the prepared filing application as a QR payload with a checksum"},
    {"filing.plan", nullptr,
     "the filing category, materials, channels, validity and rules for a trip", ops::filing_plan_text},
    {"filing.validate", ops::filing_validate,
     "check a filing application form, every field at once"},
    {"id.check", nullptr,
     "check an 18-character resident ID: check character, birth date, sex, age, region",
     ops::id_check_text},
    {"institution.check", ops::institution_check,
     "check a medical insurance institution code (H/P + region + sequence)"},
    {"institutions.check", ops::institutions_check,
     "check a portal's designated-institution list: counts by kind, region and networked, or every problem"},
    {"institutions.search", nullptr,
     "find designated institutions by name, alias, pinyin, initials or code, with their eligibility facts",
     ops::institutions_search_text},
    {"ledger.summarize", ops::ledger_summarize,
     "the person's ledger: each year's running totals, spending by month and payer, cap used, claims and deadlines"},
    {"meta.version", ops::meta_version,
     "the core version and the operations it knows"},
    {"meta.vocabulary", ops::meta_vocabulary,
     "the words of requests and answers (scheme, setting, level, filing category...) with zh-CN and en labels"},
    {"policy.coverage", ops::policy_coverage,
     "the places medins knows: each policy's region, province, scheme, settings, confidence and dates"},
    {"policy.get", ops::policy_get,
     "the insured place's policy version in force on a date"},
    {"policy.list", ops::policy_list,
     "the shipped policies, their versions, sources and confidence"},
    {"policy.validate", ops::policy_validate,
     "validate a policy document (a portal's or one typed from a notice)"},
    {"region.get", ops::region_get,
     "a division by code: name, level, path; older codes resolve to an ancestor"},
    {"region.relation", ops::region_relation,
     "same region, same city, in-province or cross-province"},
    {"region.search", nullptr,
     "find divisions by Chinese, pinyin, initials or code", ops::region_search_text},
    {"voucher.face_check", ops::voucher_face_check,
     "the face check fails when activating the e-voucher: yes/no questions to what to try, with sources"},
    {"voucher.guide", ops::voucher_guide,
     "activate the e-voucher, bind family, show it, the e-social-security card: steps with sources"},
};
// clang-format on

constexpr bool every_op_answers() {
  for (const ops::OpEntry& e : kOps) {
    if (e.run == nullptr && e.text == nullptr) return false;
  }
  return true;
}
static_assert(every_op_answers(), "an op with neither a tree-built nor a written answer");

void append_failure(std::string& out, const Errors& errors) {
  nlohmann::json list = nlohmann::json::array();
  for (const Error& e : errors) list.push_back(ops::error_json(e));
  append_json(out, {{"ok", false}, {"errors", std::move(list)}});
}

std::string failure(const Errors& errors) {
  std::string out;
  append_failure(out, errors);
  return out;
}

const ops::OpEntry* find_op(std::string_view op) {
  for (const ops::OpEntry& e : kOps) {
    if (op == e.name) return &e;
  }
  return nullptr;
}

void append_unknown_op(std::string& out, std::string_view op) {
  // The op name is echoed escaped by the JSON encoder, so hostile text stays inert.
  const std::string name(op);
  append_failure(out, {make_error("request.unknown_op", "", "（" + name + "）", "(" + name + ")")});
}

void append_answer(std::string& out, const CoreData& data, const ops::OpEntry& entry,
                   const nlohmann::json& request) {
  if (!request.is_object()) return append_failure(out, {make_error("request.not_object", "")});
  if (entry.text != nullptr) {
    // The op writes its result in place, inside the wrapper (the keys sorted: "ok" before
    // "result"): no string of its own to copy in afterwards (23 KB for filing.plan).
    const std::size_t start = out.size();
    out += "{\"ok\":true,\"result\":";
    const Errors errors = entry.text(data, request, out);
    if (!errors.empty()) {
      out.resize(start);
      return append_failure(out, errors);
    }
    out += '}';
    return;
  }
  Result<nlohmann::json> result = entry.run(data, request);
  if (!result) return append_failure(out, result.errors());
  append_json(out, {{"ok", true}, {"result", std::move(result).value()}});
}

void append_too_deep(std::string& out) {
  const std::string max = std::to_string(kMaxRequestDepth);
  append_failure(out, {make_error("request.too_deep", "", "最多" + max + "层。",
                                  "At most " + max + " levels.")});
}

void append_run(std::string& out, const CoreData& data, std::string_view op,
                std::string_view request_json) {
  if (request_json.size() > kMaxRequestBytes) {
    return append_failure(
        out,
        {make_error("request.too_large", "", "上限是" + std::to_string(kMaxRequestBytes) + "字节。",
                    "The limit is " + std::to_string(kMaxRequestBytes) + " bytes.")});
  }
  const ops::OpEntry* entry = find_op(op);
  if (entry == nullptr) return append_unknown_op(out, op);
  if (const auto nul = nul_byte_at(request_json)) {
    const std::string at = std::to_string(*nul + 1);
    return append_failure(out,
                          {make_error("request.malformed_json", "", "出错位置：第" + at + "字节。",
                                      "The error is at byte " + at + ".")});
  }
  if (json_nesting_exceeds(request_json, kMaxRequestDepth)) return append_too_deep(out);
  nlohmann::json request;
  try {
    request = nlohmann::json::parse(request_json.begin(), request_json.end());
  } catch (const nlohmann::json::parse_error& e) {
    const std::string at = std::to_string(e.byte);
    return append_failure(out,
                          {make_error("request.malformed_json", "", "出错位置：第" + at + "字节。",
                                      "The error is at byte " + at + ".")});
  } catch (const nlohmann::json::out_of_range&) {
    // A number beyond double's range (1e400): the parser throws out_of_range, not parse_error,
    // and it is still text the core cannot read, not an internal failure.
    return append_failure(
        out, {make_error("request.malformed_json", "", "其中有数字超出了可表示的范围。",
                         "A number in it is too large to represent.")});
  }
  append_answer(out, data, *entry, request);
}

// Every public entry point answers, whatever happens inside: whatever was appended before the
// failure is cut off and the failure written in its place.
template <typename F>
void guarded(std::string& out, F&& f) {
  const std::size_t start = out.size();
  try {
    f();
  } catch (const std::exception&) {
    // Only a bug or memory exhaustion gets here; the caller still gets a structured answer.
    out.resize(start);
    append_failure(out, {make_error("internal.error", "")});
  } catch (...) {
    out.resize(start);
    append_failure(out, {make_error("internal.error", "")});
  }
}

}  // namespace

namespace dispatch {

std::string answer_text(const CoreData& data, std::string_view op, std::string_view request_json) {
  std::string out;
  guarded(out, [&] { append_run(out, data, op, request_json); });
  return out;
}

void append_answer_parsed(std::string& out, const CoreData& data, std::string_view op,
                          const nlohmann::json& request) {
  guarded(out, [&] {
    const ops::OpEntry* entry = find_op(op);
    if (entry == nullptr) return append_unknown_op(out, op);
    append_answer(out, data, *entry, request);
  });
}

}  // namespace dispatch

// The free functions load the data afresh on every call: correct, with no state kept between
// calls, but the loading dwarfs the request's own work. Front ends hold an Engine instead.
std::string handle(std::string_view op, std::string_view request_json) {
  return Engine::create().handle(op, request_json);
}

std::string handle_parsed(std::string_view op, const nlohmann::json& request) {
  return Engine::create().handle_parsed(op, request);
}

std::string error_response(const std::vector<Error>& errors) {
  return failure(errors);
}

std::optional<std::size_t> nul_byte_at(std::string_view text) {
  const std::size_t at = text.find('\0');
  if (at == std::string_view::npos) return std::nullopt;
  return at;
}

std::vector<OpSummary> op_summaries() {
  std::vector<OpSummary> out;
  for (const ops::OpEntry& e : kOps) out.push_back({e.name, e.summary});
  return out;
}

std::vector<std::string> op_names() {
  std::vector<std::string> names;
  for (const ops::OpEntry& e : kOps) names.emplace_back(e.name);
  return names;
}

const char* version() {
  return MEDINS_VERSION;
}

nlohmann::json ops::error_json(const Error& e) {
  return {{"code", e.code}, {"path", e.path}, {"message", {{"zh-CN", e.zh_cn}, {"en", e.en}}}};
}

}  // namespace medins
