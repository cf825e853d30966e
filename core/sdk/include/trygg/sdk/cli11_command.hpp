#pragma once
// For plugins whose trygg-cli commands parse their arguments with CLI11 (Debian's libcli11-dev,
// header-only): the parse, with --help and parse errors going through the host's CommandIo.

#include "trygg/sdk/command_io.hpp"

#include <CLI/CLI.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace trygg::sdk {

// Parses `arguments` (what followed the command's name) and runs the command's callbacks; returns
// the exit code: 0 (also for --help), or 1 for a usage error, whose text is already written to `io`.
[[nodiscard]] inline int run_cli11_command(CLI::App& command, const std::vector<std::string>& arguments, CommandIo& io)
{
  std::vector<std::string> reversed(arguments.rbegin(), arguments.rend());  // CLI11 reads them last first
  try {
    command.parse(reversed);
  } catch (const CLI::ParseError& error) {
    std::ostringstream out;
    std::ostringstream err;
    const int code = command.exit(error, out, err);
    io.out(out.str());
    io.err(err.str());
    return code == 0 ? 0 : 1;
  }
  return 0;
}

}  // namespace trygg::sdk
