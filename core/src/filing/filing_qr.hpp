// The filing summary QR payload (docs/filing-qr.md): a prepared application as compact,
// versioned text with a CRC-32, so it can be carried from a PC to a phone or shown at a window.
//
//   MEDINS1:<base45 of the fields>:<CRC-32, 8 upper-case hex digits>
//
// Every character is in the QR alphanumeric set, so the code uses its dense alphanumeric mode
// and no scanner has to guess a text encoding. The CRC catches damage and casual edits; it is
// not a signature: anyone can make a payload that passes it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "filing/filing_application.hpp"
#include "medins/result.hpp"

namespace medins {

constexpr int kFilingQrVersion = 1;

// RFC 9285 Base45 (the QR alphanumeric alphabet, two bytes to three characters).
std::string base45_encode(std::string_view bytes);
// nullopt for a character outside the alphabet, a leftover single character, or a group above
// the byte range.
std::optional<std::string> base45_decode(std::string_view text);

// CRC-32 of ISO-HDLC / zlib / PNG (reflected, polynomial 0xEDB88320): crc32("123456789")
// == 0xCBF43926.
std::uint32_t crc32(std::string_view bytes);

// The payload of a checked application; the ID masked (first 6 and last 4) unless
// `include_full_id`.
std::string encode_filing_qr(const FilingApplication& application, bool include_full_id);

// Parses and verifies a payload: qr.bad_prefix, qr.unsupported_version, qr.bad_checksum,
// qr.bad_encoding, then every field as check_filing_application checks it (dates against the
// payload's own as_of), all at `path` with the field named in the message.
Result<FilingApplication> decode_filing_qr(std::string_view payload, const std::string& path);

}  // namespace medins
