// RowSpan: a view of rows compiled into the binary (the embedded data files, the region table):
// a pointer and a count that range-for, size() and indexing read. C++17 has no std::span.
#pragma once

#include <cstddef>

namespace medins {

template <typename Row>
struct RowSpan {
  const Row* first;
  std::size_t count;
  const Row* begin() const { return first; }
  const Row* end() const { return first + count; }
  std::size_t size() const { return count; }
};

}  // namespace medins
