// The case file validator (case_file.hpp, op case.check): files people import come from
// anywhere, tampered or damaged ones included.
//
// Input: the first byte picks the mode, the rest is the input. Raw (0): the rest is the file's
// text. Entries (1): the rest is JSON put as `entries` in an otherwise valid plain file, so the
// mutator works on entries rather than on the envelope around them. Entry (2): the rest is
// key NUL value, one entry of an otherwise valid file, strings as they are (broken UTF-8
// included), which reaches the value checks a mutator would rarely reach through JSON.
//
// Invariants: refusals keep the error contract with every path under /case; the op through the
// engine agrees with the typed API; the text path agrees with the parsed path; an accepted
// plain file lists each of its entries once with a valid store, and re-checking what it lists
// (keys only) is again accepted; an accepted envelope's Base64 fields decode to the sizes the
// format fixes and re-encode to the same text; Base64 round-trips both ways on any input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "casefile/case_file.hpp"
#include "contract.hpp"
#include "medins/engine.hpp"

namespace {

using medins::fuzz::fuzz_fail;
using Json = nlohmann::json;

const medins::Engine& engine() {
  static const medins::Engine instance = medins::Engine::create();
  return instance;
}

std::string codes(const medins::Result<Json>& r) {
  if (r) return "ok";
  std::string out;
  for (const auto& e : r.errors()) out += e.code + "@" + e.path + " ";
  return out;
}

Json plain_with(Json entries) {
  return {{"format", "medins-case"},
          {"version", 1},
          {"saved_at", "2026-11-25T08:30:00.000Z"},
          {"entries", std::move(entries)}};
}

void check_refusal(const medins::Result<Json>& r) {
  medins::fuzz::check_errors(r.errors());
  for (const auto& e : r.errors()) {
    if (e.path != "/case" && e.path.rfind("/case/", 0) != 0)
      fuzz_fail("error outside /case", e.path);
  }
}

void check_plain(const Json& file, const Json& result) {
  const Json& entries = file.at("entries");
  const Json& listed = result.at("entries");
  if (listed.size() != entries.size() || result.at("entry_count") != entries.size()) {
    fuzz_fail("accepted file lists a different number of entries", result.dump());
  }
  std::size_t counted = 0;
  for (const auto& item : result.at("sections").items()) counted += item.value().get<std::size_t>();
  if (counted != entries.size()) fuzz_fail("section counts do not add up", result.dump());
  for (const Json& e : listed) {
    const std::string& key = e.at("key").get_ref<const std::string&>();
    if (!entries.contains(key)) fuzz_fail("listed key not in the file", key);
    const bool session = e.at("store") == "session";
    if (session != medins::case_session_only(key)) fuzz_fail("wrong store", key);
    if (e.at("section") != medins::case_section(key)) fuzz_fail("wrong section", key);
  }
  // The keys alone, with neutral values, are a file the pages could have written too, unless a
  // key's value is checked (the neutral "null" JSON is then refused as a value, never as a key).
  Json neutral = Json::object();
  for (const Json& e : listed) neutral[e.at("key").get<std::string>()] = "1";
  const auto again = medins::check_case_file(plain_with(neutral), "/case");
  if (!again) {
    for (const auto& err : again.errors()) {
      if (err.code != "case.bad_value") fuzz_fail("an accepted key is refused", codes(again));
    }
  }
}

void check_encrypted(const Json& file, const Json& result) {
  const std::string& salt = file.at("kdf").at("salt").get_ref<const std::string&>();
  const std::string& iv = file.at("cipher").at("iv").get_ref<const std::string&>();
  const std::string& data = file.at("data").get_ref<const std::string&>();
  const auto s = medins::base64_decode(salt);
  const auto i = medins::base64_decode(iv);
  const auto d = medins::base64_decode(data);
  if (!s || !i || !d) fuzz_fail("accepted envelope with bad Base64", result.dump());
  if (s->size() < 16 || s->size() > 64 || i->size() != 12 || d->size() <= 16) {
    fuzz_fail("accepted envelope with wrong sizes", result.dump());
  }
  if (medins::base64_encode(*s) != salt || medins::base64_encode(*i) != iv ||
      medins::base64_encode(*d) != data) {
    fuzz_fail("Base64 is not canonical", result.dump());
  }
  if (result.at("kdf").at("iterations") != file.at("kdf").at("iterations")) {
    fuzz_fail("iterations changed", result.dump());
  }
}

// Base64 both ways on the raw input: round trip, and canonical decoding (one text per byte
// string), which the envelope checks rely on.
void check_base64(std::string_view bytes) {
  const auto decoded = medins::base64_decode(medins::base64_encode(bytes));
  if (!decoded || *decoded != bytes) fuzz_fail("base64_decode(base64_encode(x)) != x", bytes);
  if (const auto d = medins::base64_decode(bytes)) {
    if (medins::base64_encode(*d) != bytes) fuzz_fail("base64 decoding is not canonical", bytes);
  }
}

// The typed API against the op as the page calls it (text inside a request).
void check_op_agrees(std::string_view text, const medins::Result<Json>& direct) {
  std::string request;
  try {
    request = Json{{"case", std::string(text)}}.dump();
  } catch (const Json::type_error&) {
    return;  // broken UTF-8: no page can send it as a JSON string
  }
  const Json answer = medins::fuzz::check_answer(engine().handle("case.check", request));
  if (answer.at("ok").get<bool>() != direct.ok()) {
    // Only the request's own limit may differ: escaping can take text under the case limit
    // over the request limit.
    if (answer.at("errors").at(0).at("code") != "request.too_large") {
      fuzz_fail("op and typed API disagree", answer.dump() + "\n  " + codes(direct));
    }
    return;
  }
  if (direct && answer.at("result") != direct.value()) fuzz_fail("op result differs", request);
}

// A file checked: refused with well-formed errors, or accepted as the plain form of itself.
int check_file(const Json& file) {
  const auto r = medins::check_case_file(file, "/case");
  if (!r) {
    check_refusal(r);
  } else {
    check_plain(file, r.value());
  }
  return 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  check_base64(rest);
  switch (data[0] % 3) {
    case 0: {
      const auto r = medins::check_case_text(rest, "/case");
      if (!r) check_refusal(r);
      check_op_agrees(rest, r);
      if (rest.size() > medins::kMaxCaseBytes) return 0;
      const Json file = Json::parse(rest, nullptr, false);
      if (file.is_discarded()) {
        if (r && rest.size() > 0) fuzz_fail("accepted text that is not JSON", rest);
        return 0;
      }
      const auto parsed = medins::check_case_file(file, "/case");
      // Text nested over 64 levels is refused before parsing, the document is not.
      if (codes(parsed) != codes(r) && codes(r).rfind("case.malformed_json", 0) != 0) {
        fuzz_fail("text and parsed paths disagree", codes(r) + "\n  " + codes(parsed));
      }
      if (r && r.value().at("kind") == "plain") check_plain(file, r.value());
      if (r && r.value().at("kind") == "encrypted") check_encrypted(file, r.value());
      return 0;
    }
    case 1: {
      const Json entries = Json::parse(rest, nullptr, false);
      if (entries.is_discarded()) return 0;
      const Json file = plain_with(entries);
      return check_file(file);
    }
    default: {
      const std::size_t nul = rest.find('\0');
      if (nul == std::string_view::npos) return 0;
      const Json file =
          plain_with(Json{{std::string(rest.substr(0, nul)), std::string(rest.substr(nul + 1))}});
      return check_file(file);
    }
  }
}
