// A filing application form as a person fills it in: a Beijing (朝阳) retiree moving to Sanya to
// live with a child, starting on `start_date`, checked on `as_of`. The filing tests change one
// field at a time from here.
#pragma once

#include <nlohmann/json.hpp>

namespace medins {

inline nlohmann::json filing_form(const char* start_date, const char* as_of) {
  return {{"name", "张三"},
          {"id", "11010519491231002X"},
          {"mobile", "13800138000"},
          {"insured_region", "110105"},
          {"destination", "460200"},
          {"category", "resettled_retiree"},
          {"start_date", start_date},
          {"contact_address", "海南省三亚市吉阳区迎宾路1号"},
          {"reason", "退休后随子女居住"},
          {"as_of", as_of}};
}

}  // namespace medins
