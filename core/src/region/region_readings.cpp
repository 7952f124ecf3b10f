#include "region/region_readings.hpp"

#include "region/name_match.hpp"
#include "region/pinyin.hpp"

namespace medins {

std::string_view RegionReadings::next(std::string_view ch) {
  if (derived_) return char_readings(name_match::code_point(ch));
  const std::size_t space = own_.find(' ');
  const std::string_view readings = own_.substr(0, space);
  own_ = space == std::string_view::npos ? std::string_view() : own_.substr(space + 1);
  return readings;
}

}  // namespace medins
