// Op voucher.guide: how to activate the medical insurance e-voucher (national app, WeChat,
// Alipay), bind family (亲情账户), show it at registration and discharge, and the electronic social
// security card: the parts of data/voucher/guide.json, each step with its basis and confidence.
// docs/voucher.md describes request and answer.
//
//   {section?: <part id>}   (all parts when absent)
#include <optional>
#include <string>

#include "api/ops.hpp"
#include "common/request_reader.hpp"
#include "common/rule_check.hpp"

namespace medins::ops {
namespace {

using nlohmann::json;

json section_json(const json& sources, const json& section) {
  json steps = json::array();
  std::string confidence = "high";
  for (const json& step : section.at("steps")) {
    const std::string c = step.at("basis").at("confidence");
    confidence = lower_confidence(confidence, c);
    steps.push_back({{"id", step.at("id")},
                     {"text", step.at("text")},
                     {"basis", expand_basis(sources, step.at("basis"))},
                     {"confidence", c}});
  }
  // A part claims no more than its weakest step: the page marks it unconfirmed if one is.
  return {{"id", section.at("id")},
          {"title", section.at("title")},
          {"steps", std::move(steps)},
          {"confidence", confidence}};
}

}  // namespace

Result<nlohmann::json> voucher_guide(const CoreData& data, const nlohmann::json& request) {
  if (!data.voucher.get()) {
    // A broken shipped file is the core's fault, not the request's.
    const Error& first = data.voucher.get().errors().front();
    return make_error("internal.error", "", first.zh_cn, first.en);
  }
  const json& rules = data.voucher.get().value();
  Errors errors;
  RequestReader reader(request, "", errors);
  const std::optional<std::string> wanted = reader.string("section", false);
  reader.reject_unknown_fields();
  if (!errors.empty()) return errors;

  json sections = json::array();
  for (const json& section : rules.at("guide").at("sections")) {
    if (wanted && section.at("id") != *wanted) continue;
    sections.push_back(section_json(rules.at("sources"), section));
  }
  if (sections.empty()) return make_error("voucher.unknown_section", "/section");
  return json{{"sections", std::move(sections)}};
}

}  // namespace medins::ops
