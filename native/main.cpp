// medins OP [FILE|-]: reads one request (JSON) from FILE or standard input, prints the core's
// response (JSON, one line). Exit status: 0 answered, 2 the input was refused (the response
// lists why), 1 internal error. The same handle() runs in the page, so the CLI is the reference
// for what the page will say.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "medins/error.hpp"
#include "medins/handle.hpp"

namespace {

constexpr const char* kUsage =
    "usage: medins OP [FILE|-]     answer one request (JSON from FILE or standard input)\n"
    "       medins --list-ops      list the operations\n"
    "       medins --version\n"
    "exit status: 0 answered, 2 input refused (see the errors in the response), 1 internal error\n";

bool read_all(std::istream& in, std::string& out) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return !in.bad();
}

int exit_status(const std::string& response) {
  const nlohmann::json parsed = nlohmann::json::parse(response, nullptr, false);
  if (parsed.value("ok", false)) return 0;
  for (const nlohmann::json& error : parsed.value("errors", nlohmann::json::array())) {
    if (error.value("code", "") == "internal.error") return 1;
  }
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const std::string op = argv[1];
  if (op == "--help" || op == "-h") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (op == "--version") {
    std::printf("medins %s\n", medins::version());
    return 0;
  }
  if (op == "--list-ops") {
    for (const std::string& name : medins::op_names()) std::printf("%s\n", name.c_str());
    return 0;
  }

  std::string request;
  const std::string source = argc == 3 ? argv[2] : "-";
  bool read_ok = false;
  if (source == "-") {
    read_ok = read_all(std::cin, request);
  } else {
    std::ifstream file(source, std::ios::binary);
    read_ok = file.is_open() && read_all(file, request);
  }
  const std::string response =
      read_ok ? medins::handle(op, request)
              : medins::error_response({medins::make_error(
                    "input.unreadable", "", "（" + source + "）", "(" + source + ")")});
  std::fwrite(response.data(), 1, response.size(), stdout);
  std::fputc('\n', stdout);
  return exit_status(response);
}
