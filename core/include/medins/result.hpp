// Result<T>: a value or the list of errors that prevented it. The core never throws across its
// API; functions that can fail return this instead.
#pragma once

#include <utility>
#include <variant>

#include "medins/error.hpp"

namespace medins {

template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}              // NOLINT: implicit by design
  Result(Error error) : state_(Errors{std::move(error)}) {}  // NOLINT
  Result(Errors errors) : state_(std::move(errors)) {}       // NOLINT

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }

  const Errors& errors() const& { return std::get<Errors>(state_); }
  Errors&& errors() && { return std::get<Errors>(std::move(state_)); }

 private:
  std::variant<T, Errors> state_;
};

}  // namespace medins
