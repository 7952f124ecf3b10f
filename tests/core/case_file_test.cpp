// The case file validator (docs/case-file.md): the limits that worked examples would make too
// large to keep as files, Base64 as the envelope needs it, and that nothing stored leaks into
// an answer.
#include <string>
#include <utility>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "casefile/case_file.hpp"
#include "medins/handle.hpp"

namespace medins {
namespace {

nlohmann::json plain(nlohmann::json entries) {
  return {{"format", "medins-case"},
          {"version", 1},
          {"saved_at", "2026-11-25T08:30:00.000Z"},
          {"entries", std::move(entries)}};
}

std::string only_code(const Result<nlohmann::json>& r) {
  if (r) return "ok";
  if (r.errors().size() != 1) return "errors: " + std::to_string(r.errors().size());
  return r.errors()[0].code + " at " + r.errors()[0].path;
}

TEST(CaseFile, Base64RoundTripsEveryLength) {
  std::string bytes;
  for (int n = 0; n < 70; ++n) {
    const std::string encoded = base64_encode(bytes);
    EXPECT_EQ(encoded.size() % 4, 0u);
    const auto decoded = base64_decode(encoded);
    ASSERT_TRUE(decoded) << encoded;
    EXPECT_EQ(*decoded, bytes);
    bytes.push_back(static_cast<char>(n * 37 + 200));
  }
  EXPECT_EQ(base64_encode("medins"), "bWVkaW5z");
  EXPECT_EQ(base64_encode("me"), "bWU=");
}

TEST(CaseFile, Base64RefusesWhatWebCryptoExportsNever) {
  EXPECT_FALSE(base64_decode("bWU"));    // unpadded
  EXPECT_FALSE(base64_decode("bWV="));   // unused bits set: not canonical
  EXPECT_FALSE(base64_decode("b=U="));   // padding in the middle
  EXPECT_FALSE(base64_decode("bW U="));  // a space
  EXPECT_FALSE(base64_decode("bW-_"));   // the URL alphabet
  EXPECT_FALSE(base64_decode("===="));
  EXPECT_TRUE(base64_decode(""));
}

TEST(CaseFile, SizeAndCountLimits) {
  EXPECT_EQ(only_code(check_case_text(std::string(kMaxCaseBytes + 1, ' '), "/case")),
            "case.too_large at /case");
  nlohmann::json many = nlohmann::json::object();
  for (std::size_t i = 0; i <= kMaxCaseEntries; ++i) many["medins.x.k" + std::to_string(i)] = "1";
  EXPECT_EQ(only_code(check_case_file(plain(many), "/case")),
            "case.too_many_entries at /case/entries");
  many.erase("medins.x.k0");
  EXPECT_EQ(only_code(check_case_file(plain(many), "/case")), "ok");

  const std::string long_key = "medins." + std::string(kMaxCaseKeyLength, 'a');
  EXPECT_EQ(only_code(check_case_file(plain({{long_key, "1"}}), "/case")),
            "case.bad_key at /case/entries/" + long_key);
  EXPECT_EQ(
      only_code(check_case_file(
          plain({{"medins.ledger.notes", std::string(kMaxCaseValueBytes + 1, 'a')}}), "/case")),
      "case.value_too_long at /case/entries/medins.ledger.notes");
}

TEST(CaseFile, NestingInTheFileAndInAValue) {
  const std::string deep(100, '[');
  EXPECT_EQ(only_code(check_case_text(deep, "/case")), "case.malformed_json at /case");
  std::string value(kMaxCaseValueDepth + 1, '[');
  value += std::string(kMaxCaseValueDepth + 1, ']');
  EXPECT_EQ(only_code(check_case_file(plain({{"medins.estimate.lines", value}}), "/case")),
            "case.bad_value at /case/entries/medins.estimate.lines");
}

TEST(CaseFile, ExportTimes) {
  // What checking a file saved at this time says.
  const auto saved_at = [](const char* when) {
    return only_code(check_case_file(nlohmann::json{{"format", "medins-case"},
                                                    {"version", 1},
                                                    {"saved_at", when},
                                                    {"entries", nlohmann::json::object()}},
                                     ""));
  };
  for (const char* ok : {"2026-11-25T08:30:00Z", "2026-11-25T08:30:00.123Z",
                         "2026-11-25T16:30:00+08:00", "2024-02-29T23:59:60-05:30"}) {
    EXPECT_EQ(saved_at(ok), "ok") << ok;
  }
  for (const char* bad : {"2026-11-25", "2026-11-25T08:30:00", "2023-02-29T08:30:00Z",
                          "2026-11-25T24:00:00Z", "2026-11-25T08:30:00.Z", "2026-11-25T08:30:00+8",
                          "2026-11-25t08:30:00Z", "2026-11-25T08:30:00ZZ"}) {
    EXPECT_EQ(saved_at(bad), "case.bad_saved_at at /saved_at") << bad;
  }
}

TEST(CaseFile, StoresAndSections) {
  for (const char* key : {"medins.filing.id", "medins.eligibility.disease"}) {
    EXPECT_TRUE(case_session_only(key)) << key;
  }
  EXPECT_FALSE(case_session_only("medins.filing.name"));
  const std::pair<const char*, const char*> sections[] = {
      {"medins.ledger", "ledger"}, {"medins.ledger.2026.visits", "ledger"},
      {"medins.ledgers", "other"}, {"medins.treatment_region", "regions"},
      {"medins.lang", "language"},
  };
  for (const auto& [key, section] : sections) EXPECT_EQ(case_section(key), section) << key;
}

// An answer may end up on a screen, in a bug report or a log: it names keys, never values.
TEST(CaseFile, NoStoredValueInAnyAnswer) {
  const std::string id = "11010519491231002X";
  const nlohmann::json good = plain({{"medins.filing.id", "\"" + id + "\""}});
  const std::string ok_answer = handle("case.check", nlohmann::json{{"case", good}}.dump());
  EXPECT_NE(ok_answer.find("\"ok\":true"), std::string::npos) << ok_answer;
  EXPECT_EQ(ok_answer.find(id), std::string::npos) << ok_answer;

  const nlohmann::json bad = plain({{"medins.filing.id", id},  // not JSON text
                                    {"medins.lang", id},
                                    {"medins.insured_region", id}});
  const std::string bad_answer = handle("case.check", nlohmann::json{{"case", bad}}.dump());
  EXPECT_NE(bad_answer.find("case.bad_value"), std::string::npos) << bad_answer;
  EXPECT_EQ(bad_answer.find(id), std::string::npos) << bad_answer;
}

TEST(CaseFile, IdIsKeptAsTypedButNotAnythingAtAll) {
  // Half a number, a lower-case x, spaces: what the field holds while typing comes back.
  for (const char* typed :
       {"\"1101\"", "\"11010519491231002x\"", "\"110105 1949 1231 002X\"", "\"\""}) {
    EXPECT_EQ(only_code(check_case_file(plain({{"medins.filing.id", typed}}), "")), "ok") << typed;
  }
  for (const char* bad : {"110105", "[\"11010519491231002X\"]", "\"a\\nb\""}) {
    EXPECT_EQ(only_code(check_case_file(plain({{"medins.filing.id", bad}}), "")),
              "case.bad_value at /entries/medins.filing.id")
        << bad;
  }
}

TEST(CaseFile, EnvelopeIterationBounds) {
  auto envelope = [](std::int64_t iterations) {
    return nlohmann::json{
        {"format", "medins-case-encrypted"},
        {"version", 1},
        {"kdf",
         {{"name", "PBKDF2"},
          {"hash", "SHA-256"},
          {"iterations", iterations},
          {"salt", base64_encode(std::string(16, 'S'))}}},
        {"cipher", {{"name", "AES-GCM"}, {"iv", base64_encode(std::string(12, 'I'))}}},
        {"data", base64_encode(std::string(17, 'D'))}};
  };
  EXPECT_EQ(only_code(check_case_file(envelope(kMinCaseIterations), "")), "ok");
  EXPECT_EQ(only_code(check_case_file(envelope(kMaxCaseIterations), "")), "ok");
  EXPECT_EQ(only_code(check_case_file(envelope(kMinCaseIterations - 1), "")),
            "case.bad_iterations at /kdf/iterations");
  EXPECT_EQ(only_code(check_case_file(envelope(kMaxCaseIterations + 1), "")),
            "case.bad_iterations at /kdf/iterations");
  EXPECT_EQ(only_code(check_case_file(envelope(0), "")), "request.out_of_range at /kdf/iterations");
}

}  // namespace
}  // namespace medins
