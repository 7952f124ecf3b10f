#include "contract.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace medins::fuzz {
namespace {

void check_path(const std::string& path) {
  // json_pointer's constructor enforces RFC 6901 ("" or "/..." with only ~0 and ~1 escapes).
  try {
    nlohmann::json::json_pointer pointer(path);
    (void)pointer;
  } catch (const nlohmann::json::exception&) {
    fuzz_fail("error path is not a JSON Pointer", path);
  }
}

bool non_empty_string(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() && !it->get_ref<const std::string&>().empty();
}

}  // namespace

void fuzz_fail(std::string_view what, std::string_view detail) {
  constexpr std::size_t kShown = 2000;  // enough to see the problem, not a megabyte of JSON
  std::fprintf(stderr, "medins fuzz: %.*s\n  %.*s\n", static_cast<int>(what.size()), what.data(),
               static_cast<int>(std::min(detail.size(), kShown)), detail.data());
  std::abort();
}

void check_error_json(const nlohmann::json& error) {
  if (!error.is_object() || error.size() != 3)
    fuzz_fail("error is not {code,path,message}", error.dump());
  if (!non_empty_string(error, "code")) fuzz_fail("error without a code", error.dump());
  const auto& code = error["code"].get_ref<const std::string&>();
  if (!is_known_error_code(code)) fuzz_fail("error code not in the catalogue", code);
  if (code == "internal.error")
    fuzz_fail("internal.error (an exception escaped an op)", error.dump());
  const auto path = error.find("path");
  if (path == error.end() || !path->is_string()) fuzz_fail("error without a path", error.dump());
  check_path(path->get_ref<const std::string&>());
  const auto message = error.find("message");
  if (message == error.end() || !message->is_object() || message->size() != 2 ||
      !non_empty_string(*message, "zh-CN") || !non_empty_string(*message, "en")) {
    fuzz_fail("error message lacks zh-CN or en", error.dump());
  }
}

void check_error(const Error& error) {
  if (!is_known_error_code(error.code)) fuzz_fail("error code not in the catalogue", error.code);
  if (error.code == "internal.error") fuzz_fail("internal.error from the typed API", error.path);
  check_path(error.path);
  if (error.zh_cn.empty() || error.en.empty())
    fuzz_fail("error message lacks zh-CN or en", error.code);
}

void check_errors(const Errors& errors) {
  if (errors.empty()) fuzz_fail("a failed Result without errors", "");
  for (const Error& e : errors) check_error(e);
}

nlohmann::json check_answer(std::string_view answer) {
  nlohmann::json j = nlohmann::json::parse(answer, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) fuzz_fail("answer is not JSON", answer);
  // Native and wasm answers are compared byte for byte, so the form is part of the contract:
  // sorted keys, no insignificant whitespace, valid UTF-8 (the parser refuses anything else).
  if (j.dump() != answer) fuzz_fail("answer is not in canonical form", answer);
  if (!j.is_object() || j.size() != 2) fuzz_fail("answer is not {ok, result|errors}", answer);
  const auto ok = j.find("ok");
  if (ok == j.end() || !ok->is_boolean()) fuzz_fail("answer without a boolean ok", answer);
  if (ok->get<bool>()) {
    if (!j.contains("result")) fuzz_fail("ok:true without result", answer);
    return j;
  }
  const auto errors = j.find("errors");
  if (errors == j.end() || !errors->is_array() || errors->empty()) {
    fuzz_fail("ok:false without errors", answer);
  }
  for (const auto& e : *errors) check_error_json(e);
  return j;
}

}  // namespace medins::fuzz
