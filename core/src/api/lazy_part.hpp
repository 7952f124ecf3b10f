// One part of the shipped data, loaded the first time an op asks for it: creating an Engine
// parses nothing, so a page that only checks an ID never pays for the filing rules, and the first
// answer comes sooner. Internal to the core.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>
#include <utility>

#include "medins/result.hpp"

namespace medins {

template <typename T>
class LazyPart {
 public:
  using Load = std::function<Result<T>()>;

  // Loaded on first get(). `load` must not throw (wrap it: core_data.cpp's guarded), and it may
  // hold copies of the parts it reads: copies share one holder, so each is loaded once.
  explicit LazyPart(Load load) : state_(std::make_shared<State>()) {
    state_->load = std::move(load);
  }

  // Already known (a part put together by hand in a test, or a held policy replacing the
  // shipped ones): anything a Result<T> can be made from, so that `part = make_error(...)` and
  // aggregate initialisation from a Result both read as they did when the part was a Result.
  template <typename U, typename = std::enable_if_t<std::is_constructible_v<Result<T>, U&&> &&
                                                    !std::is_same_v<std::decay_t<U>, LazyPart>>>
  LazyPart(U&& value)  // NOLINT: implicit by design
      : state_(std::make_shared<State>()) {
    state_->value.emplace(std::forward<U>(value));
  }

  // Copies share the holder (the data cannot change under a request, and a part loaded through
  // one copy is loaded for all); several threads may ask at once: the first loads, the others
  // wait for it.
  const Result<T>& get() const {
    State& s = *state_;
    std::call_once(s.once, [&s] {
      if (!s.value) s.value.emplace(s.load());
      s.load = nullptr;  // the parts it held are no longer needed through it
    });
    return *s.value;
  }

 private:
  struct State {
    std::once_flag once;
    Load load;
    std::optional<Result<T>> value;
  };
  std::shared_ptr<State> state_;
};

}  // namespace medins
