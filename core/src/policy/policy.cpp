#include "policy/policy.hpp"

namespace medins {

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

}  // namespace medins
