// The estimate's sentence catalogue (estimate_steps.cpp): every template sound in both
// languages, every slot filled, and the sentences of real answers with no slot left over.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "estimate/estimate_steps.hpp"
#include "json_case.hpp"
#include "medins/handle.hpp"

namespace medins {
namespace {

using nlohmann::json;

std::vector<StepText> every_template() {
  std::vector<StepText> ids;
  for (std::size_t i = 0; i < static_cast<std::size_t>(StepText::kCount); ++i) {
    ids.push_back(static_cast<StepText>(i));
  }
  return ids;
}

TEST(EstimateSteps, EveryTemplateIsSoundInBothLanguages) {
  for (StepText id : every_template()) {
    const StepTemplate& t = step_template(id);
    SCOPED_TRACE(t.en);
    EXPECT_EQ(t.id, id);
    EXPECT_TRUE(check_step_template(t).empty()) << ::testing::PrintToString(check_step_template(t));
  }
}

TEST(EstimateSteps, EveryTemplateRendersWithItsSlotsInBothLanguages) {
  for (StepText id : every_template()) {
    const StepTemplate& t = step_template(id);
    SCOPED_TRACE(t.en);
    const std::vector<std::string> names = template_slots(t.zh_cn);
    std::vector<std::string> values;
    for (const std::string& name : names) values.push_back("<" + name + ">");
    std::vector<Slot> slots;
    for (std::size_t i = 0; i < names.size(); ++i) slots.emplace_back(names[i], values[i]);
    const LocalText text = fill_step_template(t, slots.data(), slots.size());
    for (const std::string* language : {&text.zh_cn, &text.en}) {
      EXPECT_EQ(language->find_first_of("{}"), std::string::npos) << *language;
      for (const std::string& value : values) {
        EXPECT_NE(language->find(value), std::string::npos) << value << " in " << *language;
      }
    }
  }
}

TEST(EstimateSteps, SlotsAreFilledPerLanguage) {
  const LocalText total = step_text(StepText::kTotal, {{"total", "1300.00"}});
  EXPECT_EQ(total.zh_cn, "医疗费用总额1300.00元。");
  EXPECT_EQ(total.en, "The bill totals 1300.00 yuan.");

  // A filing step built from its two fragments, as the estimate says it for 其他临时外出就医.
  const LocalText cut = step_text(StepText::kFilingCutRatio, {{"points", "20"}});
  const LocalText first = step_text(StepText::kFilingCutSelfFirst, {{"share", "5%"}});
  const LocalText filing = step_text(
      StepText::kFilingCut, {{"category", "其他临时外出就医人员", "other temporary care elsewhere"},
                             {"cut", cut},
                             {"self_first", first},
                             {"terms_level", ""}});
  EXPECT_EQ(filing.zh_cn,
            "备案类别：其他临时外出就医人员。各段支付比例降低20个百分点（最低为0）。"
            "政策范围内费用先由个人自付5%。");
  EXPECT_EQ(filing.en,
            "Filing category: other temporary care elsewhere. Each band's fund ratio is cut by 20 "
            "points (not below 0). The person first pays 5% of the in-scope amount.");
}

TEST(EstimateSteps, ASlotNotGivenStaysVisible) {
  const LocalText text = step_text(StepText::kFund);
  EXPECT_EQ(text.zh_cn, "统筹基金支付{amount}元。");
  EXPECT_EQ(text.en, "The fund pays {amount} yuan.");
}

TEST(EstimateSteps, TheCheckCatchesABrokenTemplate) {
  const auto problems = [](const char* zh, const char* en) {
    return check_step_template(StepTemplate{StepText::kTotal, zh, en});
  };
  EXPECT_TRUE(problems("共{total}元", "{total} yuan").empty());
  // A slot in one language only, either way round.
  EXPECT_EQ(problems("共{total}元，其中{fund}元", "{total} yuan"),
            std::vector<std::string>{"slot {fund} is in zh-CN but not in en"});
  EXPECT_EQ(problems("共{total}元", "{total} yuan, {fund} from the fund"),
            std::vector<std::string>{"slot {fund} is in en but not in zh-CN"});
  // Braces that do not pair, an empty slot, an empty language.
  EXPECT_FALSE(problems("共{total元", "{total} yuan").empty());
  EXPECT_FALSE(problems("共total}元", "{total} yuan").empty());
  EXPECT_FALSE(problems("共{}元", "{} yuan").empty());
  EXPECT_FALSE(problems("共{total}元", "").empty());
}

// Every sentence and message of every worked estimate, each with every slot filled.
// Every explanation step of an answer: the one explanation, or both ends' of a ranged answer.
std::vector<const json*> explanation_steps(const json& result) {
  std::vector<const json*> out;
  if (result.contains("ends")) {
    for (const auto& end : result["ends"].items()) {
      for (const json& s : end.value()["explanation"]) out.push_back(&s);
    }
    return out;
  }
  for (const json& s : result["explanation"]) out.push_back(&s);
  return out;
}

TEST(EstimateSteps, NoAnswerOfTheWorkedExamplesLeavesASlot) {
  std::size_t texts = 0;
  for (const auto& file : testing::json_case_files(std::string(MEDINS_CASES_DIR) + "/estimate")) {
    const testing::JsonCase c = testing::read_json_case(file);
    ASSERT_EQ(c.problem, "") << file;
    const json response = json::parse(handle("estimate", c.text));
    SCOPED_TRACE(file.string());
    std::vector<const json*> items;
    if (response.contains("errors")) {
      for (const json& e : response["errors"]) items.push_back(&e["message"]);
    } else {
      items = explanation_steps(response["result"]);
      for (const json& w : response["result"]["warnings"]) items.push_back(&w["message"]);
    }
    for (const json* item : items) {
      for (const char* language : {"zh-CN", "en"}) {
        const std::string text = item->at(language).get<std::string>();
        EXPECT_EQ(text.find_first_of("{}"), std::string::npos) << text;
        ++texts;
      }
    }
  }
  EXPECT_GT(texts, 100u);  // the worked examples were read
}

// A step that states a rule (the terms used, the filing's cut, a layer or cap the policy lacks)
// has no amount: amount_fen is null, so no "0.00 yuan" is shown under it. A step has an amount
// exactly when its sentence names one.
TEST(EstimateSteps, OnlyStepsThatNameAnAmountCarryOne) {
  std::size_t notes = 0;
  std::size_t amounts = 0;
  for (const auto& file : testing::json_case_files(std::string(MEDINS_CASES_DIR) + "/estimate")) {
    const testing::JsonCase c = testing::read_json_case(file);
    const json response = json::parse(handle("estimate", c.text));
    if (!response.contains("result")) continue;
    SCOPED_TRACE(file.string());
    for (const json* step : explanation_steps(response["result"])) {
      const json& s = *step;
      const std::string zh = s.at("zh-CN");
      const bool names_amount = zh.find("元") != std::string::npos;
      EXPECT_EQ(s.at("amount_fen").is_number_integer(), names_amount) << s.dump();
      if (s.at("amount_fen").is_null()) ++notes;
      if (names_amount) ++amounts;
    }
  }
  EXPECT_GT(notes, 10u);  // "terms" and "filing" in every answer
  EXPECT_GT(amounts, 50u);
}

}  // namespace
}  // namespace medins
