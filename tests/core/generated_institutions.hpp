// A generated institution list for the tests and the benchmark
// (bench/native/institutions_bench.cpp): fictional entries (names end in （演示）) spread over six
// places whose names exercise the readings (长沙 cháng, 重庆 chóng, 厦门 xià, 乐亭 lào) and six
// kinds, the sixth a pharmacy. Each user adds the facts it varies to the entry this gives; the
// codes, names, places and kinds stay the same, so the benchmark's queries and the tests' hit the
// same entries.
#pragma once

#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

namespace medins::test {

/** Entry `i`: code (H or P, the region, five digits), name, region and kind. */
inline nlohmann::json generated_institution(int i) {
  struct Place {
    const char* region;
    const char* name;
  };
  static constexpr Place kPlaces[] = {{"430102", "长沙"},     {"430103", "长沙天心"},
                                      {"110105", "北京朝阳"}, {"350203", "厦门"},
                                      {"500103", "重庆渝中"}, {"130225", "乐亭县"}};
  static constexpr const char* kKinds[] = {"人民医院",         "中医院", "妇幼保健院",
                                           "社区卫生服务中心", "诊所",   "大药房"};
  const Place& place = kPlaces[i % 6];
  const int kind = (i / 6) % 6;
  const bool pharmacy = kind == 5;
  char sequence[8];
  std::snprintf(sequence, sizeof sequence, "%05d", i % 100000);
  return {
      {"code", std::string(pharmacy ? "P" : "H") + place.region + sequence},
      {"name", std::string(place.name) + "演示第" + std::to_string(i) + kKinds[kind] + "（演示）"},
      {"region", place.region},
      {"kind", pharmacy ? "pharmacy" : "hospital"}};
}

/** Whether entry `i` is a pharmacy (as generated_institution names it). */
inline bool generated_is_pharmacy(int i) {
  return (i / 6) % 6 == 5;
}

/** The list file around `institutions` (format, version, source, as of). */
inline nlohmann::json generated_list_file(nlohmann::json institutions, nlohmann::json source) {
  return {{"format", "medins-institutions"},
          {"version", 1},
          {"source", std::move(source)},
          {"as_of", "2026-11-01"},
          {"institutions", std::move(institutions)}};
}

}  // namespace medins::test
