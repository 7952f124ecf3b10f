// The designated-institution list loader (institutions.hpp) and the search over what it accepts
// (institution_search.hpp): files a portal wrote, read as Engine::with_institutions reads them.
//
// Input: the file text, then optionally a NUL byte and a search query. Invariants: a refusal
// carries catalogued errors with JSON Pointer paths, no more than the documented cap allows;
// text that is not JSON is refused as institutions.malformed_json; an accepted list has no code
// twice, only regions of the table, kinds that agree with the codes' letters; its summary counts
// add up; a search gives at most `limit` hits, each an entry of the list, ranked as documented;
// and searching an entry's own name (without brackets) finds that entry as an exact match.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "contract.hpp"
#include "eligibility/eligibility_rules.hpp"
#include "institution/institution_search.hpp"
#include "institution/institutions.hpp"
#include "region/region.hpp"

using medins::fuzz::fuzz_fail;

namespace {

const nlohmann::json& chronic_diseases() {
  static const nlohmann::json rules = [] {
    auto loaded = medins::with_shipped_bibliography(medins::load_eligibility_rules);
    if (!loaded) fuzz_fail("shipped eligibility rules do not load", "");
    return loaded.value().at("chronic_diseases");
  }();
  return rules;
}

bool has_bracket(std::string_view name) {
  for (std::string_view b :
       {"(", ")", "[", "]", "\xEF\xBC\x88", "\xEF\xBC\x89", "\xEF\xBC\xBB", "\xEF\xBC\xBD",
        "\xE3\x80\x90", "\xE3\x80\x91", "\xE3\x80\x8A", "\xE3\x80\x8B"}) {
    if (name.find(b) != std::string_view::npos) return true;
  }
  return false;
}

void check_ranking(const medins::InstitutionSearch& found, const medins::InstitutionList& list,
                   std::size_t limit, std::string_view query) {
  if (found.hits.size() > limit) fuzz_fail("more hits than the limit", query);
  if (found.total < found.hits.size()) fuzz_fail("total below the hits shown", query);
  std::set<const medins::InstitutionEntry*> seen;
  for (std::size_t i = 0; i < found.hits.size(); ++i) {
    const medins::InstitutionHit& h = found.hits[i];
    if (h.entry < list.institutions.data() ||
        h.entry >= list.institutions.data() + list.institutions.size()) {
      fuzz_fail("hit outside the list", query);
    }
    if (!seen.insert(h.entry).second) fuzz_fail("an entry listed twice", query);
    if (h.field == medins::InstitutionField::kAlias && h.alias >= h.entry->aliases.size()) {
      fuzz_fail("alias index out of range", query);
    }
    if (i > 0) {
      const medins::InstitutionHit& p = found.hits[i - 1];
      if (p.match > h.match || (p.match == h.match && p.field > h.field)) {
        fuzz_fail("hits out of order", query);
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t nul = input.find('\0');
  const std::string_view text = input.substr(0, nul);
  const std::string_view query =
      nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1);

  const auto loaded = medins::load_institutions_text(text, chronic_diseases());
  if (!loaded) {
    medins::fuzz::check_errors(loaded.errors());
    // 100 before the cap is checked, plus what one entry can add (its fields, 8 aliases and 64
    // diseases), plus institutions.more_errors.
    if (loaded.errors().size() > medins::kMaxInstitutionsErrors + 100) {
      fuzz_fail("more errors than the cap allows", std::to_string(loaded.errors().size()));
    }
    const nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
    if (document.is_discarded() && loaded.errors()[0].code != "institutions.malformed_json" &&
        loaded.errors()[0].code != "institutions.too_large") {
      fuzz_fail("text that is not JSON was not refused as malformed", loaded.errors()[0].code);
    }
    return 0;
  }

  const medins::InstitutionList& list = loaded.value();
  std::set<std::string> codes;
  for (const medins::InstitutionEntry& e : list.institutions) {
    if (!codes.insert(e.code).second) fuzz_fail("a code accepted twice", e.code);
    const auto code = medins::parse_institution_code(e.code, "/code");
    if (!code) fuzz_fail("an accepted code does not parse", e.code);
    if (code->kind != e.kind) fuzz_fail("kind disagrees with the code's letter", e.code);
    if (medins::find_region(e.region) == nullptr) fuzz_fail("region not in the table", e.code);
    if (e.name.empty()) fuzz_fail("an empty name accepted", e.code);
  }
  if (list.institutions.size() > medins::kMaxInstitutions) fuzz_fail("too many accepted", "");

  const medins::InstitutionIndex index(list);
  const std::size_t limit = 10;
  if (!query.empty()) {
    const auto found = index.search(query, {}, limit, "/query");
    if (!found) {
      medins::fuzz::check_errors(found.errors());
    } else {
      check_ranking(found.value(), index.list(), limit, query);
    }
  }
  // Each entry is found by its own name (a few, to keep runs fast on long lists).
  for (std::size_t i = 0; i < index.list().institutions.size() && i < 4; ++i) {
    const medins::InstitutionEntry& e = index.list().institutions[i];
    if (has_bracket(e.name)) continue;
    const auto found = index.search(e.name, {}, medins::kMaxInstitutions, "/query");
    if (!found) continue;  // nothing searchable in it, or too long
    check_ranking(found.value(), index.list(), medins::kMaxInstitutions, e.name);
    bool self = false;
    for (const medins::InstitutionHit& h : found->hits) {
      self = self ||
             (h.entry == &index.list().institutions[i] && h.match == medins::RegionMatch::kExact);
    }
    if (!self) fuzz_fail("an entry is not found by its own name", e.name);
  }
  return 0;
}
