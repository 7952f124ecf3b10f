// The case file (docs/case-file.md): everything the pages keep on the device (localStorage and
// sessionStorage items under "medins."), exported as one JSON file and imported again, plain or
// inside a passphrase-encrypted envelope (PBKDF2-SHA-256 + AES-GCM, done by the page with
// WebCrypto). check_case_file() is the one validator the page, the CLI and the fuzzer share: it
// reads an untrusted file and says what it holds, never its values.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "medins/result.hpp"

namespace medins {

// Limits: far above what the pages store (a full filing, checklist and estimate is about
// 10 KB), far below what would hurt a phone. The text limit keeps the text, escaped into a
// request, under the request limit (1 MiB).
constexpr std::size_t kMaxCaseBytes = 256 * 1024;
constexpr std::size_t kMaxCaseEntries = 500;
constexpr std::size_t kMaxCaseKeyLength = 100;
constexpr std::size_t kMaxCaseValueBytes = 64 * 1024;
// Nesting of a stored value that is JSON text (the pages store at most 4 levels).
constexpr std::size_t kMaxCaseValueDepth = 16;
// OWASP (2023) asks for at least 600,000 PBKDF2-HMAC-SHA-256 iterations; the upper bound keeps
// a forged file from making a phone derive a key for minutes.
constexpr std::int64_t kMinCaseIterations = 600000;
constexpr std::int64_t kMaxCaseIterations = 10000000;

// Which page a stored key belongs to, for the "what is stored here" list.
std::string case_section(std::string_view key);
// True for the keys the pages keep in sessionStorage only (gone when the tab closes).
bool case_session_only(std::string_view key);

// Standard Base64 (RFC 4648 §4) with padding, canonical only (unused bits zero): nullopt when
// the text is anything else.
std::optional<std::string> base64_decode(std::string_view text);
std::string base64_encode(std::string_view bytes);

// Checks a case file given as a parsed document; `base` is its JSON Pointer in the request.
// The result names the kind ("plain" or "encrypted"), and for a plain file each entry's key,
// section and store, with counts per section; for an envelope the checked KDF and cipher
// parameters.
Result<nlohmann::json> check_case_file(const nlohmann::json& file, const std::string& base);

// Same, from the file's text (as read from disk): size, nesting and JSON syntax first.
Result<nlohmann::json> check_case_text(std::string_view text, const std::string& base);

}  // namespace medins
