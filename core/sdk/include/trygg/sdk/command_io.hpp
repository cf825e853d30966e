#pragma once

#include "trygg/sdk/host.hpp"
#include "trygg/sdk/text.hpp"
#include "trygg/sdk/visibility.hpp"

#include <cstdint>
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

// A case number as a command's argument: a positive whole number, or HostError saying it is not one.
[[nodiscard]] inline std::int64_t case_number(const std::string& text)
{
  try {
    std::size_t used = 0;
    const long long id = std::stoll(text, &used);
    if (used == text.size() && id > 0) {
      return id;
    }
  } catch (const std::exception&) {
    // not a number: said below
  }
  throw HostError(trf("\"{}\" är inget ärendenummer", text));
}

}  // namespace trygg::sdk
