// The filing summary QR payload decoder (filing_qr.hpp): what a phone camera hands over, forged
// or damaged payloads included.
//
// Input: the first byte picks the mode. Raw (even): the rest is the payload as scanned. Sealed
// (odd): the rest is the payload's body (fields joined by 0x1F), which the harness wraps as
// MEDINS1:<base45>:<CRC-32> itself, because a mutator never guesses a CRC and the field checks
// behind it would stay unreached.
//
// Invariants: a refusal carries catalogued errors, all at the given path; an accepted payload
// re-encodes to one that decodes to the same application (decode(encode(x)) == x), and that
// encoding is a fixed point; Base45 round-trips both ways (it is canonical: decode refuses
// groups above the byte range, so encode(decode(t)) == t).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "contract.hpp"
#include "filing/filing_qr.hpp"

namespace {

using medins::FilingApplication;
using medins::fuzz::fuzz_fail;

std::string hex8(std::uint32_t v) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out(8, '0');
  for (int i = 7; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = kHex[v & 0xFu];
  return out;
}

std::string seal(std::string_view body) {
  const std::string signed_part = "MEDINS1:" + medins::base45_encode(body);
  return signed_part + ":" + hex8(medins::crc32(signed_part));
}

bool same(const FilingApplication& a, const FilingApplication& b) {
  return a.name == b.name && a.id == b.id && a.mobile == b.mobile &&
         a.insured_region == b.insured_region && a.destination == b.destination &&
         a.category == b.category && a.start_date == b.start_date &&
         a.contact_address == b.contact_address && a.reason == b.reason && a.as_of == b.as_of &&
         a.id_masked == b.id_masked;
}

void check_base45(std::string_view bytes) {
  const std::string encoded = medins::base45_encode(bytes);
  const auto decoded = medins::base45_decode(encoded);
  if (!decoded || *decoded != bytes) fuzz_fail("base45_decode(base45_encode(x)) != x", encoded);
  if (const auto d = medins::base45_decode(bytes)) {
    if (medins::base45_encode(*d) != bytes) fuzz_fail("base45 decoding is not canonical", bytes);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  check_base45(rest);
  const std::string payload = (data[0] & 1) ? seal(rest) : std::string(rest);

  const auto decoded = medins::decode_filing_qr(payload, "/payload");
  if (!decoded) {
    medins::fuzz::check_errors(decoded.errors());
    for (const auto& e : decoded.errors()) {
      if (e.path != "/payload") fuzz_fail("QR error not at the payload", e.path);
    }
    return 0;
  }
  const FilingApplication& app = decoded.value();
  const std::string again = medins::encode_filing_qr(app, !app.id_masked);
  const auto redecoded = medins::decode_filing_qr(again, "/payload");
  if (!redecoded) fuzz_fail("a re-encoded application does not decode", again);
  if (!same(redecoded.value(), app)) fuzz_fail("decode(encode(x)) != x", again);
  if (medins::encode_filing_qr(redecoded.value(), !app.id_masked) != again) {
    fuzz_fail("encode(decode(encode(x))) != encode(x)", again);
  }
  return 0;
}
