// The policies shipped in data/policies/: every file validates, and the figures are the ones of
// the cited sources (data/sources.json, docs/sources.md), checked by hand to the fen and basis
// point. What they answer in an estimate is pinned in tests/shipped/ (shipped_data_test.cpp); the
// worked examples run on frozen copies under tests/data/policies/estimate/ instead.
#include <algorithm>
#include <initializer_list>
#include <tuple>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "common/embedded_files.hpp"
#include "medins/handle.hpp"
#include "policy/shipped_policies.hpp"

namespace medins {
namespace {

TEST(PolicyShipped, EveryEmbeddedFileValidates) {
  const ShippedPolicies shipped = load_shipped_policies(load_bibliography().value());
  for (const auto& [file, errors] : shipped.broken) {
    for (const Error& e : errors) ADD_FAILURE() << file << ": " << e.code << " at " << e.path;
  }
  std::vector<std::string> files;
  for (const ShippedPolicy& p : shipped.policies) files.push_back(p.file);
  EXPECT_EQ(files.size(), embedded_policy_files().size());
  // The four with a public source (docs/sources.md); the unattributed "本溪-style" table is
  // only a test fixture.
  for (const char* f : {"policies/110000/employee.json", "policies/140800/employee.json",
                        "policies/140800/resident.json", "policies/532625/resident.json"}) {
    EXPECT_NE(std::find(files.begin(), files.end(), f), files.end()) << f;
  }
}

// A shipped policy, read once for the whole suite.
const Policy& shipped(const char* region, Scheme scheme) {
  static const ShippedPolicies all = load_shipped_policies(load_bibliography().value());
  const ShippedPolicy* p = find_shipped_policy(all, region, scheme);
  EXPECT_NE(p, nullptr) << region;
  return p->policy;
}

std::vector<BasisPoints> ratios(const Terms& t) {
  std::vector<BasisPoints> out;
  for (const Band& b : t.bands) out.push_back(b.fund_ratio);
  return out;
}

// Each level's deductible (fen) and single fund ratio (bp), for everyone of the scheme.
void expect_levels(const SettingTerms& in,
                   std::initializer_list<std::tuple<Level, std::int64_t, BasisPoints>> rows) {
  for (const auto& [level, fen, bp] : rows) {
    const Terms& t = in.levels.at(level).at(Employment::kAll);
    EXPECT_EQ(t.deductible->value.fen(), fen) << word_id(level);
    EXPECT_EQ(ratios(t), (std::vector<BasisPoints>{bp})) << word_id(level);
  }
}

TEST(PolicyShipped, BeijingEmployeeInpatient) {
  const Policy& p = shipped("110000", Scheme::kEmployee);
  ASSERT_EQ(p.versions.size(), 1u);
  const PolicyVersion& v = p.versions[0];
  EXPECT_FALSE(v.effective_from.has_value());  // the explainer gives no date
  EXPECT_FALSE(v.dates_confirmed);
  EXPECT_EQ(v.confidence, Confidence::kMedium);
  const SettingTerms& in = v.settings.at(Setting::kInpatient);
  EXPECT_FALSE(in.annual_cap.has_value());  // not sourced: the page asks for it
  const Terms& w3 = in.levels.at(Level::k3).at(Employment::kWorking);
  EXPECT_FALSE(w3.provenance.confidence.has_value());  // the version's "medium"
  ASSERT_EQ(w3.deductible_by_admission.size(), 2u);
  EXPECT_EQ(w3.deductible_by_admission[0].value.fen(), 130000);  // 1,300 yuan first admission
  EXPECT_EQ(w3.deductible_by_admission[1].value.fen(), 65000);   // 650 yuan later ones
  EXPECT_EQ(ratios(w3), (std::vector<BasisPoints>{8500, 9000, 9500}));
  EXPECT_EQ(w3.bands[1].from.fen(), 3000000);  // 30,000 yuan
  EXPECT_EQ(w3.bands[2].from.fen(), 4000000);  // 40,000 yuan
  // The rows that are medins' own reading ship only as "low", with no public address.
  const std::pair<Level, Employment> low_rows[] = {{Level::k3, Employment::kRetired},
                                                   {Level::k2, Employment::kWorking},
                                                   {Level::k2, Employment::kRetired},
                                                   {Level::k1, Employment::kWorking},
                                                   {Level::k1, Employment::kRetired}};
  for (const auto& [level, employment] : low_rows) {
    const Terms& t = in.levels.at(level).at(employment);
    EXPECT_EQ(t.provenance.confidence, Confidence::kLow) << word_id(level);
    EXPECT_FALSE(t.provenance.source->url.has_value());
  }
  EXPECT_EQ(ratios(in.levels.at(Level::k2).at(Employment::kRetired)),
            (std::vector<BasisPoints>{9220, 9520, 9820}));
  EXPECT_EQ(ratios(in.levels.at(Level::k1).at(Employment::kWorking)),
            (std::vector<BasisPoints>{9000, 9500, 9700}));
}

TEST(PolicyShipped, YunchengResidentsOutOfProvince) {
  const Policy& p = shipped("140800", Scheme::kResident);
  const SettingTerms& in = p.versions.at(0).settings.at(Setting::kInpatient);
  EXPECT_TRUE(in.levels.empty());  // local hospital categories are not the national levels
  const Terms& t = in.out_of_province->levels.at(Level::kAny).at(Employment::kAll);
  EXPECT_EQ(t.deductible->value.fen(), 150000);  // 1,500 yuan
  EXPECT_EQ(ratios(t), (std::vector<BasisPoints>{5500}));
  EXPECT_EQ(in.annual_cap->value.fen(), 7000000);              // 70,000 yuan
  EXPECT_EQ(in.critical_illness->cap->value.fen(), 40000000);  // 400,000 yuan
  EXPECT_EQ(in.filing_cuts.at(FilingCategory::kUnfiled).ratio_cut->value, 2000);
  // No public page at hand states Yuncheng's cut: medins' own reading, so only "low".
  const Provenance& cut = in.filing_cuts.at(FilingCategory::kUnfiled).provenance;
  EXPECT_EQ(cut.confidence, Confidence::kLow);
  EXPECT_FALSE(cut.source->url.has_value());
}

TEST(PolicyShipped, YunchengEmployees) {
  const SettingTerms& in =
      shipped("140800", Scheme::kEmployee).versions.at(0).settings.at(Setting::kInpatient);
  expect_levels(in, {{Level::k1, 20000, 9000}, {Level::k2, 40000, 8500}, {Level::k3, 60000, 8000}});
  for (Level level : {Level::k1, Level::k2, Level::k3}) {
    // The tier mapping is inferred.
    EXPECT_EQ(in.levels.at(level).at(Employment::kAll).provenance.confidence, Confidence::kMedium);
  }
  EXPECT_EQ(in.annual_cap->value.fen(), 8000000);
  EXPECT_EQ(in.critical_illness->cap->value.fen(), 50000000);
}

TEST(PolicyShipped, MaguanResidents) {
  const SettingTerms& in =
      shipped("532625", Scheme::kResident).versions.at(0).settings.at(Setting::kInpatient);
  expect_levels(in, {{Level::k1, 10000, 9000}, {Level::k2, 40000, 8000}, {Level::k3, 80000, 6000}});
  const OutOfProvince& out = *in.out_of_province;
  EXPECT_EQ(out.applies_to, (std::vector<FilingCategory>{FilingCategory::kOtherTemporary,
                                                         FilingCategory::kUnfiled}));
  const Terms& t = out.levels.at(Level::kAny).at(Employment::kAll);
  EXPECT_EQ(t.deductible->value.fen(), 120000);
  EXPECT_EQ(ratios(t), (std::vector<BasisPoints>{4000}));
}

nlohmann::json call(const std::string& op, const std::string& request) {
  return nlohmann::json::parse(handle(op, request));
}

TEST(PolicyShipped, GetFallsBackToThePrefectureAndSaysSo) {
  const nlohmann::json r =
      call("policy.get", R"({"region":"140802","scheme":"resident","on":"2026-03-01"})");
  ASSERT_TRUE(r["ok"]) << r.dump();
  EXPECT_EQ(r["result"]["region"], "140800");
  EXPECT_EQ(r["result"]["resolved_from"],
            nlohmann::json({{"region", "140802"}, {"level", "prefecture"}}));
}

TEST(PolicyShipped, GetExactRegionHasNoResolvedFrom) {
  const nlohmann::json r =
      call("policy.get", R"({"region":"532625","scheme":"resident","on":"2026-03-01"})");
  ASSERT_TRUE(r["ok"]) << r.dump();
  EXPECT_FALSE(r["result"].contains("resolved_from"));
  // The version always names its source, here inherited from the file.
  EXPECT_EQ(r["result"]["version"]["source"]["url"], "http://crsrw.com/dianzishuiwu/93880.html");
}

TEST(PolicyShipped, NotFoundPointsAtTheSchemeWhenTheOtherSchemeExists) {
  const nlohmann::json r =
      call("policy.get", R"({"region":"110000","scheme":"resident","on":"2026-03-01"})");
  EXPECT_EQ(r["errors"][0]["code"], "policy.not_found");
  EXPECT_EQ(r["errors"][0]["path"], "/scheme");
  const nlohmann::json r2 =
      call("policy.get", R"({"region":"710000","scheme":"employee","on":"2026-03-01"})");
  EXPECT_EQ(r2["errors"][0]["code"], "policy.not_found");
  EXPECT_EQ(r2["errors"][0]["path"], "/region");
}

}  // namespace
}  // namespace medins
