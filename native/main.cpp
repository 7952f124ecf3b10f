// medins: the command line over the same core the page runs.
//   medins OP [FILE|-]        one request (JSON) in, the response (JSON, one line) out
//   medins batch [FILE|-]     JSON Lines in, one response per line out, in order
//   medins qr encode OUT.png [PAYLOAD|-]   a filing summary payload as a QR code PNG
//   medins qr decode IMAGE    read a QR code (PNG/JPEG) and verify it as a filing payload
//   medins institutions check FILE | search FILE QUERY [--region R] [--kind K] [--limit N]
//                             a portal's designated-institution list (docs/institutions-format.md)
//   medins help | --version | --list-ops
// Exit status: 0 answered, 2 input refused (the response says why), 1 internal error.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "batch.hpp"
#include "medins/engine.hpp"
#include "medins/error.hpp"
#include "medins/handle.hpp"
#include "qr_image.hpp"

namespace {

constexpr const char* kUsage =
    "usage: medins OP [FILE|-]                answer one request (JSON from FILE or stdin)\n"
    "       medins batch [FILE|-]             JSON Lines {\"op\":...,\"request\":{...}} -> one "
    "response per line\n"
    "       medins qr encode [--scale N] OUT.png [PAYLOAD|-]   draw a filing summary payload\n"
    "       medins qr decode IMAGE            read and verify a filing summary QR code\n"
    "       medins institutions check FILE    check a designated-institution list file\n"
    "       medins institutions search FILE QUERY [--region CODE] [--kind hospital|pharmacy] "
    "[--limit N]\n"
    "                                         search it by name, pinyin, initials or code\n"
    "       medins help | --version | --list-ops\n"
    "exit status: 0 answered, 2 input refused (see the errors in the response), 1 internal "
    "error\n";

int usage_error() {
  std::fputs(kUsage, stderr);
  return 2;
}

bool read_all(std::istream& in, std::string& out) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return !in.bad();
}

// Reads FILE, or standard input for "-".
bool read_source(const std::string& source, std::string& out) {
  if (source == "-") return read_all(std::cin, out);
  std::ifstream file(source, std::ios::binary);
  return file.is_open() && read_all(file, out);
}

std::string unreadable(const std::string& source) {
  return medins::error_response(
      {medins::make_error("input.unreadable", "", "（" + source + "）", "(" + source + ")")});
}

int exit_status(const std::string& response) {
  const nlohmann::json parsed = nlohmann::json::parse(response, nullptr, false);
  if (parsed.value("ok", false)) return 0;
  for (const nlohmann::json& error : parsed.value("errors", nlohmann::json::array())) {
    if (error.value("code", "") == "internal.error") return 1;
  }
  return 2;
}

int print(const std::string& response) {
  std::fwrite(response.data(), 1, response.size(), stdout);
  std::fputc('\n', stdout);
  return exit_status(response);
}

int help() {
  std::fputs(kUsage, stdout);
  std::fputs("\noperations:\n", stdout);
  const std::vector<medins::OpSummary> ops = medins::op_summaries();
  int width = 0;  // the longest name, so the summaries line up
  for (const medins::OpSummary& op : ops) width = std::max(width, static_cast<int>(op.name.size()));
  for (const medins::OpSummary& op : ops) {
    std::printf("  %-*s  %s\n", width, op.name.c_str(), op.summary.c_str());
  }
  return 0;
}

int batch(const medins::Engine& engine, int argc, char** argv) {
  if (argc > 3) return usage_error();
  const std::string source = argc == 3 ? argv[2] : "-";
  std::ifstream file;
  if (source != "-") {
    file.open(source, std::ios::binary);
    if (!file.is_open()) return print(unreadable(source));
  }
  std::istream& in = source == "-" ? std::cin : file;
  std::ios::sync_with_stdio(false);
  // Progress only for a person watching: never into a pipe or a log a program reads.
  const medins::cli::BatchCounts counts =
      medins::cli::run_batch(engine, in, std::cout, isatty(STDERR_FILENO) ? &std::cerr : nullptr);
  std::cout.flush();
  if (counts.internal > 0) return 1;
  return counts.refused > 0 ? 2 : 0;
}

int qr(const medins::Engine& engine, int argc, char** argv) {
  if (argc < 3) return usage_error();
  const std::string verb = argv[2];
  if (verb == "decode") {
    if (argc != 4) return usage_error();
    medins::Result<std::string> text = medins::cli::read_qr_image(argv[3]);
    if (!text) return print(medins::error_response(text.errors()));
    return print(
        engine.handle("filing.decode_qr", nlohmann::json{{"payload", text.value()}}.dump()));
  }
  if (verb != "encode") return usage_error();
  int next = 3;
  int scale = 8;
  if (argc > next + 1 && std::string(argv[next]) == "--scale") {
    scale = std::atoi(argv[next + 1]);
    if (scale < 1 || scale > 64) return usage_error();
    next += 2;
  }
  if (argc < next + 1 || argc > next + 2) return usage_error();
  const std::string out = argv[next];
  std::string payload;
  if (argc == next + 2 && std::string(argv[next + 1]) != "-") {
    payload = argv[next + 1];
  } else if (!read_all(std::cin, payload)) {
    return print(unreadable("-"));
  }
  while (!payload.empty() && (payload.back() == '\n' || payload.back() == '\r')) payload.pop_back();
  // Only a payload the core accepts is drawn: a typo must not end up printed as a QR code.
  const std::string verified =
      engine.handle("filing.decode_qr", nlohmann::json{{"payload", payload}}.dump());
  if (exit_status(verified) != 0) return print(verified);
  medins::Result<bool> written = medins::cli::write_qr_png(payload, out, scale);
  if (!written) return print(medins::error_response(written.errors()));
  return print(
      nlohmann::json{{"ok", true}, {"result", {{"image", out}, {"payload", payload}}}}.dump());
}

// The list file itself, not a request: up to 8 MiB (a request stops at 1 MiB), read and indexed
// once by the Engine as a page would hold it.
int institutions(const medins::Engine& engine, int argc, char** argv) {
  if (argc < 4) return usage_error();
  const std::string verb = argv[2];
  std::string text;
  if (!read_source(argv[3], text)) return print(unreadable(argv[3]));
  std::string loaded;
  const medins::Engine with_list = engine.with_institutions(text, loaded);
  if (verb == "check") return argc == 4 ? print(loaded) : usage_error();
  if (verb != "search" || argc < 5) return usage_error();
  if (exit_status(loaded) != 0) return print(loaded);
  nlohmann::json request = {{"query", argv[4]}};
  for (int i = 5; i < argc; i += 2) {
    const std::string option = argv[i];
    if (i + 1 >= argc) return usage_error();
    if (option == "--region") {
      request["region"] = argv[i + 1];
    } else if (option == "--kind") {
      request["kind"] = argv[i + 1];
    } else if (option == "--limit") {
      const std::string n = argv[i + 1];
      if (n.empty() || n.size() > 4 || n.find_first_not_of("0123456789") != std::string::npos) {
        return usage_error();
      }
      request["limit"] = std::stoi(n);
    } else {
      return usage_error();
    }
  }
  return print(with_list.handle("institutions.search", request.dump()));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage_error();
  const std::string command = argv[1];
  if (command == "help" || command == "--help" || command == "-h") return help();
  if (command == "--version") {
    std::printf("medins %s\n", medins::version());
    return 0;
  }
  if (command == "--list-ops") {
    for (const std::string& name : medins::op_names()) std::printf("%s\n", name.c_str());
    return 0;
  }
  // One engine for the whole run: the shipped data is parsed and checked here, once, not again
  // for every request of a batch.
  const medins::Engine engine = medins::Engine::create();
  if (command == "batch") return batch(engine, argc, argv);
  if (command == "qr") return qr(engine, argc, argv);
  if (command == "institutions") return institutions(engine, argc, argv);
  if (argc > 3) return usage_error();

  const std::string source = argc == 3 ? argv[2] : "-";
  std::string request;
  if (!read_source(source, request)) return print(unreadable(source));
  return print(engine.handle(command, request));
}
