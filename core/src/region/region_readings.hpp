// The readings of a division's name, character by character: the table stores them only for the
// few names that read otherwise than their characters (region_table.hpp), so they are worked
// out here from char_readings() for the rest. Internal to the core.
#pragma once

#include <string_view>

#include "region/region_table.hpp"

namespace medins {

class RegionReadings {
 public:
  explicit RegionReadings(const RegionRow& row)
      : own_(row.own_readings()), derived_(own_.empty()) {}

  // The readings of the name's next character `ch` (a whole UTF-8 character): "chao|zhao".
  std::string_view next(std::string_view ch);

 private:
  std::string_view own_;  // what is left of the row's own readings
  bool derived_;
};

}  // namespace medins
