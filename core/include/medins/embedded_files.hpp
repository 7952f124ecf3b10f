// Data files compiled into the core (policy JSON and the like): the core does no I/O, so the
// build turns the files under data/ into constant text (tools/embed_files.mjs).
#pragma once

#include <cstddef>
#include <string_view>

namespace medins {

struct EmbeddedFile {
  std::string_view
      path;  // relative to data/, with "/" separators, e.g. "policies/110000/employee.json"
  std::string_view text;  // the file's bytes
};

struct EmbeddedFiles {
  const EmbeddedFile* first;
  std::size_t count;
  const EmbeddedFile* begin() const { return first; }
  const EmbeddedFile* end() const { return first + count; }
  std::size_t size() const { return count; }
};

// Every file under data/policies/, sorted by path.
EmbeddedFiles embedded_policy_files();

}  // namespace medins
