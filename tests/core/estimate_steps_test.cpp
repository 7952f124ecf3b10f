// The estimate's sentence catalogue (estimate_steps.cpp): every template sound in both
// languages, every slot filled, and the sentences of real answers with no slot left over.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "common/json_writer.hpp"
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

// A step kept as figures writes the same sentence as the template filled with their text.
TEST(EstimateSteps, StepWordsWriteFiguresAsTheSentencesShowThem) {
  // Labels are views (of the vocabulary, in the estimate): they must outlive the words.
  const LocalText level{"三级", "tier-3"};
  const LocalText category{"其他临时外出就医人员", "other care"};
  const StepWords band(StepText::kBand, {{"from", Money::from_fen(0)},
                                         {"to", Money::from_fen(1234567)},
                                         {"amount", Money::from_fen(5)},
                                         {"ratio", Percent{9220}},
                                         {"paid", Money::from_fen(-150)},
                                         {"payer", StepWords(StepText::kFundPayer)}});
  EXPECT_EQ(band.text().zh_cn,
            "累计0.00元至12345.67元这一段0.05元×92.2%=-1.50元（四舍五入到分），由统筹基金支付。");
  EXPECT_EQ(band.text().en,
            "Cumulative 0.00 to 12345.67 yuan: 0.05 yuan × 92.2% = -1.50 yuan (rounded half up to "
            "the fen), paid by the fund.");
  const StepWords age(StepText::kAge,
                      {{"age", Number{70}}, {"how", StepWords()}, {"points", Points{250}}});
  EXPECT_EQ(age.text().en,
            "Aged 70: each band's fund ratio rises by 2.5 points (to at most 100%).");
  const StepWords terms_level(StepText::kFilingCutTermsLevel, {{"level", level}});
  const StepWords filing(StepText::kFilingCut,
                         {{"category", category},
                          {"cut", StepWords(StepText::kFilingCutRatio, {{"points", Points{2000}}})},
                          {"self_first", StepWords()},
                          {"terms_level", terms_level}});
  EXPECT_EQ(filing.text().zh_cn,
            "备案类别：其他临时外出就医人员。各段支付比例降低20个百分点（最低为0）。"
            "按三级医疗机构的起付标准和支付比例计算。");
  // A line's own name, copied; and a sentence given as text stays as it is.
  std::string name = "项目2";
  const StepWords line(StepText::kClassBSelf, {{"name", std::string_view(name)},
                                               {"amount", Money::from_fen(100)},
                                               {"ratio", Percent{1000}},
                                               {"self", Money::from_fen(10)}});
  name = "changed";
  EXPECT_EQ(line.text().zh_cn,
            "项目2（乙类）1.00元×先行自付10%=0.10元（四舍五入到分），由个人自付。");
  EXPECT_EQ(StepWords::given(LocalText{"甲", "A"}).text().en, "A");
  EXPECT_EQ(StepWords(StepText::kFund).text().en, "The fund pays {amount} yuan.");
}

// StepWords::append_json copies a template's text unescaped when it says it may: each template
// is valid UTF-8, and it may be copied exactly when escaping would leave it as it is. One
// template quotes its slot, so both ways are taken.
TEST(EstimateSteps, EachTemplateKnowsWhetherJsonEscapesIt) {
  for (StepText id : every_template()) {
    const StepTemplate& t = step_template(id);
    for (const bool zh : {true, false}) {
      const std::string text = zh ? t.zh_cn : t.en;
      std::string chars;
      ASSERT_TRUE(append_json_chars(chars, text)) << text;
      EXPECT_EQ(step_template_copies_into_json(id, zh), chars == text) << text;
    }
  }
  EXPECT_FALSE(step_template_copies_into_json(StepText::kMissingFilingCut, false));
  EXPECT_TRUE(step_template_copies_into_json(StepText::kMissingFilingCut, true));
}

// A sentence written as JSON is the JSON string of the sentence as text, whatever the values
// hold: quotes and control characters in a label or a line's name are escaped, and a name of
// broken UTF-8 is replaced as the serializer replaces it in the whole sentence.
TEST(EstimateSteps, SentencesWrittenAsJsonAreTheirTextEscaped) {
  const LocalText level{"三\"级\\", "tier\t\"3\""};
  const LocalText category{"其他\x01人员", "other care"};
  for (const std::string& name :
       {std::string("项目2"), std::string("a \"quoted\" \\ name\n"), std::string("\xE4\xB8"),
        std::string("\xB8\xAD中"), std::string("\xFF"), std::string()}) {
    SCOPED_TRACE(name);
    const StepWords terms_level(StepText::kFilingCutTermsLevel, {{"level", level}});
    const StepWords filing(
        StepText::kFilingCut,
        {{"category", category},
         {"cut", StepWords(StepText::kFilingCutRatio, {{"points", Points{2000}}})},
         {"self_first", StepWords()},
         {"terms_level", terms_level}});
    const StepWords line(StepText::kClassBSelf, {{"name", std::string_view(name)},
                                                 {"amount", Money::from_fen(-100)},
                                                 {"ratio", Percent{1050}},
                                                 {"self", Money::from_fen(10)}});
    const StepWords given = StepWords::given(LocalText{name, "\"" + name + "\""});
    const StepWords quoted(StepText::kMissingFilingCut, {{"category", std::string_view(name)}});
    for (const StepWords* words : {&filing, &line, &given, &terms_level, &quoted}) {
      for (bool zh : {true, false}) {
        std::string sentence;
        words->append_text(zh, sentence);
        std::string expected = "[";
        append_json_string(expected, sentence);
        std::string written = "[";
        words->append_json(zh, written);
        EXPECT_EQ(written, expected);
      }
    }
  }
}

// The band ratios raised for age read as they did when built from kBandAgeRatio inside
// kBandCutRatio, and inside plain brackets.
TEST(EstimateSteps, AgeRaisedBandRatiosReadAsTheirFragmentsDid) {
  const LocalText own = step_text(StepText::kBandAgeRatio, {{"band", "85%"}, {"add", "2"}});
  const LocalText cut =
      step_text(StepText::kBandCutRatio, {{"band", own}, {"cut", "20"}, {"ratio", "67%"}});
  const LocalText both = StepWords(StepText::kBandCutAgeRatio, {{"band", Percent{8500}},
                                                                {"add", Points{200}},
                                                                {"cut", Points{2000}},
                                                                {"ratio", Percent{6700}}})
                             .text();
  EXPECT_EQ(both.zh_cn, cut.zh_cn);
  EXPECT_EQ(both.en, cut.en);
  const LocalText raised =
      StepWords(StepText::kBandAgeRaisedRatio,
                {{"band", Percent{8500}}, {"add", Points{200}}, {"ratio", Percent{8700}}})
          .text();
  EXPECT_EQ(raised.zh_cn, "（" + own.zh_cn + "=87%）");
  EXPECT_EQ(raised.en, "(" + own.en + " = 87%)");
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
