#include "id/resident_id.hpp"

#include <gtest/gtest.h>

namespace medins {
namespace {

const Date kToday = Date::parse_iso("2026-11-25", "").value();

std::vector<std::string> codes_of(const char* text) {
  Result<ResidentId> r = parse_resident_id(text, kToday, "/id");
  std::vector<std::string> codes;
  if (r) return codes;
  for (const Error& e : r.errors()) {
    EXPECT_EQ(e.path, "/id");
    codes.push_back(e.code);
  }
  return codes;
}

// Weighted sum by hand for the standard's sample: 1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3
// +1*7+2*9+3*10+1*5+0*8+0*4+2*2 = 167; 167 mod 11 = 2 -> 'X'.
TEST(ResidentId, StandardSampleIsValid) {
  Result<ResidentId> r = parse_resident_id("11010519491231002X", kToday, "/id");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->region_code, "110105");
  EXPECT_EQ(r->birth_date.to_iso(), "1949-12-31");
  EXPECT_EQ(r->sex, Sex::kFemale);  // sequence 002: even
  EXPECT_EQ(resident_id_check_char("11010519491231002"), 'X');
}

TEST(ResidentId, CheckCharacterForEachRemainder) {
  // 17 zeros sum to 0 -> '1'; a single 1 in the last position weighs 2 -> remainder 2 -> 'X'.
  EXPECT_EQ(resident_id_check_char("00000000000000000"), '1');
  EXPECT_EQ(resident_id_check_char("00000000000000001"), 'X');
  EXPECT_EQ(resident_id_check_char("10000000000000000"), '5');  // 7 -> '5'
}

TEST(ResidentId, NormalisesWhatPhonesSend) {
  Result<ResidentId> r = parse_resident_id(" 110105 19491231 002x ", kToday, "/id");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->number, "11010519491231002X");
  Result<ResidentId> wide =
      parse_resident_id("１１０１０５１９４９１２３１００２Ｘ", kToday, "/id");
  ASSERT_TRUE(wide.ok());
  EXPECT_EQ(wide->number, "11010519491231002X");
}

TEST(ResidentId, MaleWhenSequenceIsOdd) {
  // Sequence 001 is odd. 1*7+1*9+1*5+5*4+1*2+9*1+8*6+1*9+1*5+1*2 (zeros left out) = 116;
  // 116 mod 11 = 6 -> '6'.
  std::string first17 = "11010519800101001";
  EXPECT_EQ(resident_id_check_char(first17), '6');
  Result<ResidentId> r = parse_resident_id(first17 + '6', kToday, "/id");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->sex, Sex::kMale);
}

TEST(ResidentId, ReportsEachProblem) {
  EXPECT_EQ(codes_of(""), std::vector<std::string>{"id.empty"});
  EXPECT_EQ(codes_of("11010519491231002"), std::vector<std::string>{"id.wrong_length"});
  EXPECT_EQ(codes_of("1101051949123100211"), std::vector<std::string>{"id.wrong_length"});
  EXPECT_EQ(codes_of("11010519491231002Y"), std::vector<std::string>{"id.bad_character"});
  EXPECT_EQ(codes_of("1101051949123100X2"), std::vector<std::string>{"id.bad_character"});
  EXPECT_EQ(codes_of("110105194912310021"), std::vector<std::string>{"id.bad_checksum"});
  // Region code cannot start with 0.
  std::string zero_region = "01010519491231002";
  EXPECT_EQ(codes_of((zero_region + resident_id_check_char(zero_region)).c_str()),
            std::vector<std::string>{"id.bad_region"});
}

TEST(ResidentId, BirthDateMustBeRealAndNotInTheFuture) {
  std::string feb30 = "11010519490230002";
  EXPECT_EQ(codes_of((feb30 + resident_id_check_char(feb30)).c_str()),
            std::vector<std::string>{"id.bad_birth_date"});
  std::string tomorrow = "11010520261126002";
  EXPECT_EQ(codes_of((tomorrow + resident_id_check_char(tomorrow)).c_str()),
            std::vector<std::string>{"id.birth_in_future"});
  std::string today = "11010520261125002";
  EXPECT_TRUE(codes_of((today + resident_id_check_char(today)).c_str()).empty());
  // A bad date and a bad check character are both reported.
  // (1949-02-30 with check character 1; the right one would be 0.)
  EXPECT_EQ(codes_of("110105194902300021"),
            (std::vector<std::string>{"id.bad_birth_date", "id.bad_checksum"}));
}

TEST(ResidentId, WrongLengthCountsCharactersNotBytes) {
  Result<ResidentId> cjk = parse_resident_id("1101051949年", kToday, "/id");
  ASSERT_FALSE(cjk.ok());
  EXPECT_EQ(cjk.errors().at(0).en, "A resident ID card number has 18 characters. This one has 11.");
}

TEST(ResidentId, WrongLengthCountsWhatWasTyped) {
  Result<ResidentId> r = parse_resident_id("1101051949", kToday, "/id");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.errors().at(0).zh_cn, "身份证号码应为18位。现在是10位。");
  EXPECT_EQ(r.errors().at(0).en, "A resident ID card number has 18 characters. This one has 10.");
}

}  // namespace
}  // namespace medins
