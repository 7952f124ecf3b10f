// A text in both languages every answer carries (zh-CN first, the person's usual language).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace medins {

struct LocalText {
  std::string zh_cn;
  std::string en;
};

// As answers and data files write it: {"zh-CN": ..., "en": ...}.
inline nlohmann::json local_text_json(const LocalText& text) {
  return {{"zh-CN", text.zh_cn}, {"en", text.en}};
}

}  // namespace medins
