#include "medins/engine.hpp"

#include <algorithm>
#include <utility>

#include "api/core_data.hpp"
#include "api/dispatch.hpp"
#include "common/json_writer.hpp"
#include "institution/institutions_json.hpp"
#include "medins/error.hpp"
#include "medins/handle.hpp"
#include "policy/op_policy_common.hpp"
#include "policy/policy_json.hpp"
#include "policy/policy_parse.hpp"

namespace medins {
namespace {

// The answer of an Engine without data (moved from, or out of memory at create()).
std::string no_data() {
  return error_response({make_error("internal.error", "")});
}

}  // namespace

Engine::Engine(std::shared_ptr<const CoreData> data) : data_(std::move(data)) {}

Engine Engine::create() {
  try {
    return Engine(std::make_shared<const CoreData>(load_core_data()));
  } catch (...) {
    // load_core_data() does not throw; only the allocation can, and then there is nothing to
    // answer from.
    return Engine(nullptr);
  }
}

std::string Engine::handle(std::string_view op, std::string_view request_json) const {
  if (data_ == nullptr) return no_data();
  return dispatch::answer_text(*data_, op, request_json);
}

std::string Engine::handle_parsed(std::string_view op, const nlohmann::json& request) const {
  std::string out;
  handle_parsed(op, request, out);
  return out;
}

void Engine::handle_parsed(std::string_view op, const nlohmann::json& request,
                           std::string& out) const {
  if (data_ == nullptr) {
    out += no_data();
    return;
  }
  dispatch::append_answer_parsed(out, *data_, op, request);
}

Engine Engine::with_institutions(std::string_view file_json, std::string& answer) const {
  if (data_ == nullptr) {
    answer = no_data();
    return *this;
  }
  try {
    if (!data_->eligibility_rules.get()) {
      answer = error_response(data_->eligibility_rules.get().errors());
      return *this;
    }
    Result<InstitutionList> list =
        load_institutions_text(file_json, data_->eligibility_rules.get()->at("chronic_diseases"));
    if (!list) {
      answer = error_response(list.errors());
      return *this;
    }
    nlohmann::json summary = institutions_summary_json(list.value());
    // The shipped data is copied (small: rules and a few policies) so that this Engine and any
    // request it is serving are untouched.
    auto data = std::make_shared<CoreData>(*data_);
    data->institutions = std::make_shared<const InstitutionIndex>(std::move(list).value());
    answer = json_text({{"ok", true}, {"result", std::move(summary)}});
    return Engine(std::move(data));
  } catch (...) {
    // Only memory exhaustion gets here.
    answer = no_data();
    return *this;
  }
}

Engine Engine::with_policy(std::string_view path, std::string_view file_text,
                           std::string& answer) const {
  if (data_ == nullptr) {
    answer = no_data();
    return *this;
  }
  try {
    if (!data_->sources.get()) {
      answer = error_response(data_->sources.get().errors());
      return *this;
    }
    if (!data_->policies.get()) {
      answer = error_response(data_->policies.get().errors());
      return *this;
    }
    Result<Policy> policy = load_policy_file(path, file_text, &data_->sources.get().value());
    if (!policy) {
      answer = error_response(policy.errors());
      return *this;
    }
    nlohmann::json summary = ops::policy_header_json(policy.value());
    nlohmann::json versions = nlohmann::json::array();
    for (const PolicyVersion& v : policy->versions) versions.push_back(version_summary_json(v));
    summary["versions"] = std::move(versions);
    summary["file"] = std::string(path);
    // A copy, as in with_institutions: the Engine a request is being served from is untouched.
    auto data = std::make_shared<CoreData>(*data_);
    ShippedPolicies held = data->policies.get().value();
    auto& list = held.policies;
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const ShippedPolicy& p) { return p.file == path; }),
               list.end());
    list.push_back({std::string(path), std::move(policy).value()});
    // Sorted by file, as load_shipped_policies leaves them: policy.list answers in that order.
    std::sort(list.begin(), list.end(),
              [](const ShippedPolicy& a, const ShippedPolicy& b) { return a.file < b.file; });
    data->policies = std::move(held);
    answer = json_text({{"ok", true}, {"result", std::move(summary)}});
    return Engine(std::move(data));
  } catch (...) {
    answer = no_data();
    return *this;
  }
}

}  // namespace medins
