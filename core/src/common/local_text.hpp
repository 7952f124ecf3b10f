// A text in both languages every answer carries (zh-CN first, the person's usual language).
#pragma once

#include <string>

namespace medins {

struct LocalText {
  std::string zh_cn;
  std::string en;
};

}  // namespace medins
