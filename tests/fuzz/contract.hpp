// The answer contract every harness checks (handle.hpp, docs/errors.md): an answer is JSON, either
// {"ok":true,"result":...} or {"ok":false,"errors":[...]} with at least one error, and each error
// has a catalogued code, a JSON Pointer path and a non-empty message in zh-CN and en.
//
// A violation calls fuzz_fail(), which aborts: libFuzzer then keeps the input as a crash, so a
// wrong answer is caught as surely as a segfault.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "medins/error.hpp"

namespace medins::fuzz {

// Prints what broke and the offending text (truncated) and aborts.
[[noreturn]] void fuzz_fail(std::string_view what, std::string_view detail);

// Checks one error object of an answer, and that it is not internal.error: the core guards
// every entry point, so internal.error means an exception escaped an op, which is a bug even
// though the caller got an answer.
void check_error_json(const nlohmann::json& error);

// Checks an error from the typed API (Result<T>::errors()) the same way.
void check_error(const Error& error);
void check_errors(const Errors& errors);

// Parses and checks a whole answer; returns it parsed so a harness can check more.
nlohmann::json check_answer(std::string_view answer);

}  // namespace medins::fuzz
