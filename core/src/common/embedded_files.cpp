#include "common/embedded_files.hpp"

#include <algorithm>

namespace medins {

EmbeddedFiles embedded_files_under(std::string_view prefix) {
  const EmbeddedFiles all = embedded_data_files();
  const auto starts = [prefix](const EmbeddedFile& f) {
    return f.path.substr(0, prefix.size()) == prefix;
  };
  const EmbeddedFile* first = std::find_if(all.begin(), all.end(), starts);
  const EmbeddedFile* last = std::find_if_not(first, all.end(), starts);
  return {first, static_cast<std::size_t>(last - first)};
}

}  // namespace medins
