#pragma once

#include "trygg/sdk/visibility.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace trygg::sdk {

// One thing wrong in an XML file, located as precisely as the file allows.
struct TRYGG_SDK_API ContentProblem {
  std::filesystem::path file;
  int line = 0;         // 0 when unknown
  std::string element;  // empty when unknown
  std::string message;

  // "plugins/x/content/a.xml:12: <item>: message"
  [[nodiscard]] std::string describe() const;
};

// How many problems of one file are told: a file with thousands of copies of one mistake is refused
// just as surely with the first fifty, and naming each would take longer than the file is worth. (3.4)
inline constexpr std::size_t problems_told = 50;
// The last line of a long list: "… and N more problems" in the file.
[[nodiscard]] TRYGG_SDK_API ContentProblem more_problems(const std::filesystem::path& file, std::size_t count);

// A file that cannot be used, with what was found wrong in it: at most problems_told of them and a line
// saying how many more, each message valid UTF-8 (bytes of a broken file it quotes become U+FFFD).
class TRYGG_SDK_API ContentError : public std::runtime_error {
public:
  explicit ContentError(std::vector<ContentProblem> problems);
  ContentError(const ContentError&) = default;
  ContentError& operator=(const ContentError&) = default;
  ~ContentError() override;
  [[nodiscard]] const std::vector<ContentProblem>& problems() const { return problems_; }

private:
  std::vector<ContentProblem> problems_;
};

}  // namespace trygg::sdk
