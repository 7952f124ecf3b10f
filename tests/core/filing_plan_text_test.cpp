// filing.plan writes its answer as text, splicing in the rules it serialised once; the answer
// must be the bytes the json tree dumps to, for every category, place relation, person and date
// the op can meet, and also when the rules are not the shipped ones.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "answer_bytes.hpp"
#include "api/core_data.hpp"
#include "api/ops.hpp"

namespace medins {
namespace {

using nlohmann::json;

using test::dumped;
using test::text_of;
using test::written;

// Every shipped category by reason, and the decision by facts, for working and retired people of
// both schemes, to places in the same city, the same province, another province (with and
// without a prefecture: 三亚, 北京's districts, a county directly under a province), with a
// month-end start and a start before as_of; 110103 is an older code that resolves to 北京市
// (exact false, with the requested code).
std::vector<json> requests(const json& rules) {
  std::vector<json> reasons;
  for (const json& c : rules.at("categories")) reasons.push_back({{"reason", c.at("id")}});
  reasons.push_back({{"facts", json::object()}});
  reasons.push_back({{"facts", {{"household_registration_moved", true}}}});
  reasons.push_back({{"facts", {{"days_living_there", 200}, {"has_residence_permit", true}}}});
  reasons.push_back({{"facts", {{"living_there_since", "2025-01-31"}}}});
  reasons.push_back({{"facts", {{"emergency", true}}}});
  reasons.push_back({{"facts", {{"referred_by_hospital", true}}}});
  reasons.push_back({{"facts", {{"posted_by_employer", true}, {"will_sign_undertaking", true}}}});
  const std::vector<std::pair<const char*, const char*>> places = {
      {"110105", "460200"}, {"110105", "110108"}, {"430102", "430104"},
      {"430102", "431100"}, {"440300", "469005"}, {"110000", "500101"},
      {"310115", "110105"}, {"110103", "460200"}, {"430102", "110103"}};
  const std::vector<std::pair<const char*, const char*>> dates = {
      {"2026-01-31", "2025-11-25"}, {"2028-02-29", "2028-02-01"}, {"2026-11-20", "2026-11-25"}};
  std::vector<json> out;
  for (const json& reason : reasons) {
    for (const char* scheme : {"employee", "resident"}) {
      for (const char* employment : {"working", "retired"}) {
        for (const auto& [insured, destination] : places) {
          for (const auto& [start, as_of] : dates) {
            json r = reason;
            r["person"] = {{"scheme", scheme}, {"employment", employment}};
            r["insured_region"] = insured;
            r["destination"] = destination;
            r["start_date"] = start;
            r["as_of"] = as_of;
            out.push_back(std::move(r));
          }
        }
      }
    }
  }
  // Refusals go through the same reading.
  out.push_back(json::object());
  out.push_back({{"reason", "nonsense"}, {"facts", json::object()}});
  return out;
}

void expect_same_answers(const CoreData& data, std::size_t* answered = nullptr) {
  std::size_t ok = 0;
  for (const json& request : requests(data.filing_rules.get().value())) {
    const Result<json> tree = ops::filing_plan(data, request);
    ASSERT_EQ(written(text_of(ops::filing_plan_text, data, request)), dumped(tree))
        << request.dump();
    if (tree) ++ok;
  }
  if (answered != nullptr) *answered = ok;
}

TEST(FilingPlanText, EqualsTheJsonTreeForEveryCategoryPlaceAndDate) {
  const CoreData data = load_core_data();
  std::size_t answered = 0;
  expect_same_answers(data, &answered);
  // Most of the requests are answered, so the comparison covers answers and not only refusals.
  EXPECT_GT(answered, 500u);
}

TEST(FilingPlanText, RulesChangedByHandAreWrittenFromTheRulesRead) {
  CoreData data = load_core_data();
  ASSERT_TRUE(data.filing_plan_parts.get().ok());  // written from the shipped rules
  json rules = data.filing_rules.get().value();
  rules["channels"] = json::array({{{"id", "window"}, {"note", "改过的规则"}}});
  rules["reviewed"] = "2000-01-01";
  data.filing_rules = rules;
  expect_same_answers(data);
  const json answer =
      json::parse(written(text_of(ops::filing_plan_text, data,
                                  {{"reason", "resettled_retiree"},
                                   {"person", {{"scheme", "employee"}, {"employment", "retired"}}},
                                   {"insured_region", "110105"},
                                   {"destination", "460200"},
                                   {"start_date", "2026-12-01"},
                                   {"as_of", "2026-11-25"}})));
  EXPECT_EQ(answer["data"]["reviewed"], "2000-01-01");
  EXPECT_EQ(answer["channels"][0]["note"], "改过的规则");
}

TEST(FilingPlanText, MissingPartsAreWrittenPerRequest) {
  CoreData data = load_core_data();
  data.filing_plan_parts = make_error("internal.error", "");
  expect_same_answers(data);
}

}  // namespace
}  // namespace medins
