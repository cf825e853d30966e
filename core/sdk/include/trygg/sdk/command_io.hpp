#pragma once

#include "trygg/sdk/visibility.hpp"

#include <string>
#include <string_view>

namespace trygg::sdk {

// Where a plugin's trygg-cli command reads and writes: the host implements it, so a command never
// touches the process's streams and can be run and tested anywhere.
class TRYGG_SDK_API CommandIo {
public:
  CommandIo() = default;
  CommandIo(const CommandIo&) = delete;
  CommandIo& operator=(const CommandIo&) = delete;
  virtual ~CommandIo();

  // --json was given: print data as JSON.
  [[nodiscard]] virtual bool json() const = 0;
  virtual void out(std::string_view text) = 0;
  virtual void err(std::string_view text) = 0;
  // A file's text, or standard input for "-"; throws HostError naming the file.
  [[nodiscard]] virtual std::string read_input(const std::string& file) = 0;
  // Writes a document to a file, or to standard output for "" or "-".
  virtual void write_output(const std::string& text, const std::string& file) = 0;
};

}  // namespace trygg::sdk
