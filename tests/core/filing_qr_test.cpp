// The filing summary QR payload (docs/filing-qr.md): what goes in comes out, the ID is masked
// unless asked, and a damaged, edited, truncated or forged payload is refused with a reason.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "filing/filing_qr.hpp"
#include "filing_form.hpp"
#include "medins/handle.hpp"

namespace medins {
namespace {

using nlohmann::json;

json application() {
  return filing_form("2024-01-31", "2024-01-20");
}

json call(const char* op, const json& request) {
  return json::parse(handle(op, request.dump()));
}

std::string encode(const json& app, bool full_id) {
  json request = {{"application", app}};
  if (full_id) request["include_full_id"] = true;
  const json r = call("filing.encode_qr", request);
  EXPECT_TRUE(r["ok"].get<bool>()) << r.dump();
  return r.value("/result/payload"_json_pointer, std::string());
}

json decode(const std::string& payload) {
  return call("filing.decode_qr", {{"payload", payload}});
}

std::string first_code(const json& r) {
  EXPECT_FALSE(r["ok"].get<bool>()) << r.dump();
  return r.value("/errors/0/code"_json_pointer, std::string());
}

TEST(Base45, Rfc9285Examples) {
  EXPECT_EQ(base45_encode("AB"), "BB8");
  EXPECT_EQ(base45_encode("Hello!!"), "%69 VD92EX0");
  EXPECT_EQ(base45_encode("base-45"), "UJCLQE7W581");
  EXPECT_EQ(base45_decode("QED8WEX0"), std::optional<std::string>("ietf!"));
  EXPECT_EQ(base45_decode("GGW"), std::nullopt);   // 65535 < value: not two bytes
  EXPECT_EQ(base45_decode("BB8a"), std::nullopt);  // lower case is outside the alphabet
  EXPECT_EQ(base45_decode("BB8B"), std::nullopt);  // a single leftover character
}

TEST(Crc32, CheckValue) {
  EXPECT_EQ(crc32("123456789"), 0xCBF43926u);
  EXPECT_EQ(crc32(""), 0u);
}

TEST(FilingQr, RoundTripWithTheFullId) {
  const std::string payload = encode(application(), true);
  EXPECT_EQ(payload.rfind("MEDINS1:", 0), 0u);
  const json r = decode(payload);
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  EXPECT_EQ(r["result"]["application"], application());
  EXPECT_EQ(r["result"]["id_masked"], false);
  EXPECT_EQ(r["result"]["version"], 1);
  EXPECT_EQ(r["result"]["category"]["name"]["en"], "Retiree resettled elsewhere");
}

TEST(FilingQr, TheIdIsMaskedByDefault) {
  const json r = decode(encode(application(), false));
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  EXPECT_EQ(r["result"]["application"]["id"], "110105********002X");
  EXPECT_EQ(r["result"]["id_masked"], true);
  EXPECT_EQ(r["result"]["application"]["name"], "张三");
}

TEST(FilingQr, EveryCharacterIsInTheQrAlphanumericSet) {
  const std::string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
  for (char c : encode(application(), true)) {
    EXPECT_NE(alphabet.find(c), std::string::npos) << c;
  }
}

TEST(FilingQr, TheLongestFormStaysUnder600Characters) {
  json app = application();
  std::string name, address, reason;
  for (int i = 0; i < 20; ++i) name += "龘";
  for (int i = 0; i < 50; ++i) address += "龘";
  for (int i = 0; i < 30; ++i) reason += "龘";
  app["name"] = name;
  app["contact_address"] = address;
  app["reason"] = reason;
  const std::string payload = encode(app, true);
  EXPECT_LE(payload.size(), 600u);
  EXPECT_EQ(decode(payload)["result"]["application"], app);
}

TEST(FilingQr, AFlippedCharacterFailsTheChecksum) {
  const std::string payload = encode(application(), true);
  // Anywhere in the body, and in the checksum itself.
  for (std::size_t at : {std::size_t{8}, payload.size() / 2, payload.size() - 1}) {
    std::string damaged = payload;
    damaged[at] = damaged[at] == 'A' ? 'B' : 'A';
    EXPECT_EQ(first_code(decode(damaged)), "qr.bad_checksum") << at;
  }
}

TEST(FilingQr, TruncatedPayloadFailsTheChecksum) {
  const std::string payload = encode(application(), true);
  EXPECT_EQ(first_code(decode(payload.substr(0, payload.size() - 1))), "qr.bad_checksum");
  EXPECT_EQ(first_code(decode(payload.substr(0, 40))), "qr.bad_checksum");
  EXPECT_EQ(first_code(decode("MEDINS1:")), "qr.bad_checksum");
}

TEST(FilingQr, AnotherVersionIsNotRead) {
  std::string payload = encode(application(), true);
  payload[6] = '2';
  const json r = decode(payload);
  EXPECT_EQ(first_code(r), "qr.unsupported_version");
  EXPECT_EQ(r["errors"][0]["message"]["en"],
            "This QR code's format version is not supported; please update medins. (version 2)");
}

TEST(FilingQr, SomethingElseEntirelyIsNotOurs) {
  EXPECT_EQ(first_code(decode("https://example.com/")), "qr.bad_prefix");
  EXPECT_EQ(first_code(decode("MEDINS:abc")), "qr.bad_prefix");
  EXPECT_EQ(first_code(decode("")), "qr.bad_prefix");
}

// A forger who knows the format can recompute the CRC: the fields are still checked.
std::string forge(const std::string& body45) {
  const std::string signed_part = "MEDINS1:" + body45;
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08X", crc32(signed_part));
  return signed_part + ":" + hex;
}

TEST(FilingQr, AForgedBodyThatIsNotBase45IsBadEncoding) {
  EXPECT_EQ(first_code(decode(forge("GGW"))), "qr.bad_encoding");
  EXPECT_EQ(first_code(decode(forge(base45_encode("only\x1Fthree\x1F"
                                                  "fields")))),
            "qr.bad_encoding");
}

// The fields of a payload (separated by 0x1F) as a forger would write them, with a mobile
// number and an address of their choosing.
std::string forged_body(const std::string& mobile, const std::string& address) {
  return std::string("F\x1FR\x1F") + "11010519491231002X\x1F" + "张三\x1F" + mobile + "\x1F" +
         "110105\x1F" + "460200\x1F" + "20240131\x1F" + "20240120\x1F" + address + "\x1F";
}

TEST(FilingQr, AForgedFieldIsAFieldErrorAtThePayload) {
  const json r = decode(forge(base45_encode(forged_body("12345", "三亚"))));
  ASSERT_EQ(r["errors"].size(), 1u) << r.dump();
  EXPECT_EQ(r["errors"][0]["code"], "mobile.bad_format");
  EXPECT_EQ(r["errors"][0]["path"], "/payload");
  EXPECT_EQ(r["errors"][0]["message"]["zh-CN"],
            "手机号码应为11位数字，以13到19开头，例如 13800138000。（二维码中的手机号码）");
}

TEST(FilingQr, BrokenTextInAForgedFieldIsRefused) {
  const json r = decode(forge(base45_encode(forged_body("13800138000", "\xE4\xB8"))));
  ASSERT_EQ(r["errors"].size(), 1u) << r.dump();
  EXPECT_EQ(r["errors"][0]["code"], "filing.text_bad_character");
  EXPECT_EQ(r["errors"][0]["path"], "/payload");
}

TEST(FilingQr, EncodeChecksTheApplicationFirst) {
  json app = application();
  app["mobile"] = "12";
  app.erase("name");
  const json r = call("filing.encode_qr", {{"application", app}});
  ASSERT_EQ(r["errors"].size(), 2u) << r.dump();
  EXPECT_EQ(r["errors"][0]["path"], "/application/name");
  EXPECT_EQ(r["errors"][1]["path"], "/application/mobile");
}

}  // namespace
}  // namespace medins
