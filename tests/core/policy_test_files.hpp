// Reading the frozen policy fixtures under tests/data/policies/ (tests may do I/O; the core
// may not). The fixtures, not data/policies/, keep these tests stable when real data changes.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace medins::testing {

inline std::string policy_fixture_dir() {
  return std::string(MEDINS_CASES_DIR) + "/../data/policies";
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::string policy_fixture(const std::string& name) {
  return read_text(policy_fixture_dir() + "/" + name);
}

}  // namespace medins::testing
