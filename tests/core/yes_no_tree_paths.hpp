// Walking a shipped yes/no tree (why-failed, the face check) in tests: for each leaf, the answers
// of the first path from the root that ends there, so every leaf is asked about once.
#pragma once

#include <functional>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace medins::test {

inline std::map<std::string, nlohmann::json> answers_per_leaf(const nlohmann::json& t) {
  std::map<std::string, nlohmann::json> out;
  std::function<void(const std::string&, nlohmann::json)> walk = [&](const std::string& at,
                                                                     nlohmann::json answers) {
    if (t["leaves"].contains(at)) {
      out.emplace(at, answers);
      return;
    }
    const nlohmann::json& node = t["nodes"][at];
    for (const bool yes : {true, false}) {
      nlohmann::json next = answers;
      next[node["ask"].get<std::string>()] = yes;
      walk(node[yes ? "yes" : "no"], next);
    }
  };
  walk(t["root"], nlohmann::json::object());
  return out;
}

// A text of the data in both languages, neither empty.
inline bool bilingual(const nlohmann::json& text) {
  return text.is_object() && text.value("zh-CN", "") != "" && text.value("en", "") != "";
}

}  // namespace medins::test
