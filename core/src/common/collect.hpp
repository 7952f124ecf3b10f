// For readers that collect every problem of a document rather than stop at the first: a Result's
// value, or nothing with its errors added to the others.
#pragma once

#include <optional>
#include <utility>

#include "medins/error.hpp"
#include "medins/result.hpp"

namespace medins {

template <typename T>
std::optional<T> collect(Result<T> result, Errors& errors) {
  if (result) return std::move(result).value();
  for (const Error& e : result.errors()) errors.push_back(e);
  return std::nullopt;
}

}  // namespace medins
