#include "policy/policy.hpp"

#include <string_view>

namespace medins {
namespace {

// One table per enum, in enum order, so a name and its value cannot drift apart.
constexpr const char* kSchemes[] = {"employee", "resident"};
constexpr const char* kConfidences[] = {"high", "medium", "low"};
constexpr const char* kSettings[] = {"inpatient", "outpatient", "chronic_outpatient"};
constexpr const char* kLevels[] = {"1", "2", "3", "any"};
constexpr const char* kEmployments[] = {"working", "retired", "all"};
constexpr const char* kFilingCategories[] = {
    "resettled_retiree", "long_term_resident", "posted_worker", "referral",
    "emergency",         "other_temporary",    "unfiled",
};

template <typename E, std::size_t N>
std::optional<E> from_name(const char* const (&names)[N], std::string_view name) {
  for (std::size_t i = 0; i < N; ++i) {
    if (name == names[i]) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace

bool PolicyVersion::covers(Date day) const {
  if (effective_from && day < *effective_from) return false;
  return !effective_to || day <= *effective_to;
}

const PolicyVersion* version_on(const Policy& policy, Date day) {
  for (const PolicyVersion& v : policy.versions) {
    if (v.covers(day)) return &v;
  }
  return nullptr;
}

const char* scheme_name(Scheme v) {
  return kSchemes[static_cast<int>(v)];
}
const char* confidence_name(Confidence v) {
  return kConfidences[static_cast<int>(v)];
}
const char* setting_name(Setting v) {
  return kSettings[static_cast<int>(v)];
}
const char* level_name(Level v) {
  return kLevels[static_cast<int>(v)];
}
const char* employment_name(Employment v) {
  return kEmployments[static_cast<int>(v)];
}
const char* filing_category_name(FilingCategory v) {
  return kFilingCategories[static_cast<int>(v)];
}

std::optional<Scheme> scheme_from_name(std::string_view n) {
  return from_name<Scheme>(kSchemes, n);
}
std::optional<Confidence> confidence_from_name(std::string_view n) {
  return from_name<Confidence>(kConfidences, n);
}
std::optional<Setting> setting_from_name(std::string_view n) {
  return from_name<Setting>(kSettings, n);
}
std::optional<Level> level_from_name(std::string_view n) {
  return from_name<Level>(kLevels, n);
}
std::optional<Employment> employment_from_name(std::string_view n) {
  return from_name<Employment>(kEmployments, n);
}
std::optional<FilingCategory> filing_category_from_name(std::string_view n) {
  return from_name<FilingCategory>(kFilingCategories, n);
}

}  // namespace medins
