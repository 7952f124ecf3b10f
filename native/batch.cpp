#include "batch.hpp"

#include <chrono>
#include <istream>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "medins/engine.hpp"
#include "medins/error.hpp"
#include "medins/handle.hpp"
#include "medins/handle_parsed.hpp"

namespace medins::cli {
namespace {

// The answer for a line that is not a record at all. It names no line number on purpose: output
// line N answers input line N, and a number would differ when the input is split across
// processes (parallel --pipe), breaking "same output however it is run".
void refuse_line(std::string& out, const char* code) {
  out += error_response({make_error(code, "")});
}

// Appends the line's answer to `out`.
void answer_line(const Engine& engine, const std::string& text, std::string& out) {
  if (text.size() > kMaxRequestBytes) return refuse_line(out, "request.too_large");
  // One level more than a request may have: the record wraps the request.
  if (json_nesting_exceeds(text, kMaxRequestDepth + 1)) {
    return refuse_line(out, "request.too_deep");
  }
  if (nul_byte_at(text)) return refuse_line(out, "batch.bad_line");
  const nlohmann::json record = nlohmann::json::parse(text, nullptr, false);
  if (record.is_discarded()) return refuse_line(out, "batch.bad_line");
  if (!record.is_object()) return refuse_line(out, "batch.bad_record");
  const auto op = record.find("op");
  const auto request = record.find("request");
  if (op == record.end() || !op->is_string() || request == record.end() || record.size() != 2) {
    return refuse_line(out, "batch.bad_record");
  }
  engine.handle_parsed(op->get_ref<const std::string&>(), *request, out);
}

bool starts_with(const std::string& s, const char* prefix) {
  return s.rfind(prefix, 0) == 0;
}

}  // namespace

BatchCounts run_batch(const Engine& engine, std::istream& in, std::ostream& out,
                      std::ostream* progress) {
  BatchCounts counts;
  std::string text;
  // One buffer for every answer: after the first few lines it no longer allocates.
  std::string response;
  auto last_report = std::chrono::steady_clock::now();
  while (std::getline(in, text)) {
    if (!text.empty() && text.back() == '\r') text.pop_back();  // files from Windows
    ++counts.lines;
    response.clear();
    answer_line(engine, text, response);
    // Keys are sorted in every answer: a refusal starts with "errors", an answer with "ok".
    if (starts_with(response, "{\"errors\":")) {
      ++counts.refused;
      if (response.find("\"code\":\"internal.error\"") != std::string::npos) ++counts.internal;
    }
    response += '\n';
    out.write(response.data(), static_cast<std::streamsize>(response.size()));
    if (progress != nullptr) {
      const auto now = std::chrono::steady_clock::now();
      if (now - last_report > std::chrono::milliseconds(500)) {
        *progress << "\rmedins batch: " << counts.lines << " lines, " << counts.refused
                  << " refused" << std::flush;
        last_report = now;
      }
    }
  }
  if (progress != nullptr) {
    *progress << "\rmedins batch: " << counts.lines << " lines, " << counts.refused << " refused\n";
  }
  return counts;
}

}  // namespace medins::cli
