// eligibility.check writes its answer as text, splicing in the rules' texts it serialised once;
// the answer must be the bytes the json tree dumps to. The requests: every worked example of the
// op, each with the facts that change the answer's shape varied (voucher, visit type, whether the
// institution is designated and networked), and the same with rules that are not the shipped ones.
#include <filesystem>
#include <fstream>
#include <optional>
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

std::vector<json> requests() {
  std::vector<json> out;
  const std::filesystem::path dir = std::filesystem::path(MEDINS_CASES_DIR) / "eligibility.check";
  for (const auto& file : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(file.path());
    const json base = json::parse(in).at("request");
    out.push_back(base);
    // An older code resolves to an ancestor: the answer names the code asked for.
    json older = base;
    if (older.contains("insured_region")) older["insured_region"] = "110103";
    out.push_back(std::move(older));
    for (const std::optional<bool> voucher :
         {std::optional<bool>(), std::optional<bool>(true), std::optional<bool>(false)}) {
      for (const char* type :
           {"inpatient", "outpatient", "emergency", "chronic_outpatient", "pharmacy"}) {
        for (const std::optional<bool> known :
             {std::optional<bool>(), std::optional<bool>(true), std::optional<bool>(false)}) {
          json r = base;
          if (voucher) r["voucher_activated"] = *voucher;
          if (r.contains("visit") && r["visit"].is_object()) r["visit"]["type"] = type;
          if (r.contains("institution") && r["institution"].is_object()) {
            json& institution = r["institution"];
            const bool pharmacy = std::string(type) == "pharmacy";
            if (pharmacy || institution.value("kind", "") == "pharmacy") {
              institution["kind"] = pharmacy ? "pharmacy" : "hospital";
            }
            institution.erase("designated");
            institution.erase("networked");
            if (known) {
              institution["designated"] = *known;
              institution["networked"] = {
                  {"inpatient", *known}, {"outpatient", !*known}, {"chronic", *known}};
            }
          }
          out.push_back(std::move(r));
        }
      }
    }
  }
  return out;
}

void expect_same_answers(const CoreData& data, std::size_t* answered = nullptr) {
  std::size_t ok = 0;
  for (const json& request : requests()) {
    const Result<json> tree = ops::eligibility_check(data, request);
    ASSERT_EQ(written(text_of(ops::eligibility_check_text, data, request)), dumped(tree))
        << request.dump();
    if (tree) ++ok;
  }
  if (answered != nullptr) *answered = ok;
}

TEST(EligibilityCheckText, EqualsTheJsonTreeForTheWorkedExamplesAndTheirVariants) {
  const CoreData data = load_core_data();
  std::size_t answered = 0;
  expect_same_answers(data, &answered);
  EXPECT_GT(answered, 300u);  // answers, not only refusals
}

TEST(EligibilityCheckText, RulesChangedByHandAreWrittenFromTheRulesRead) {
  CoreData data = load_core_data();
  ASSERT_TRUE(data.eligibility_parts.get().ok());  // written from the shipped rules
  json rules = data.eligibility_rules.get().value();
  rules["reasons"]["reviewed"] = "2000-01-01";
  rules["answers"]["fallback"]["text"] = {{"zh-CN", "改过的规则"}, {"en", "changed rules"}};
  data.eligibility_rules = rules;
  expect_same_answers(data);
}

TEST(EligibilityCheckText, MissingPartsAreWrittenPerRequest) {
  CoreData data = load_core_data();
  data.eligibility_parts = make_error("internal.error", "");
  expect_same_answers(data);
}

}  // namespace
}  // namespace medins
