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

// A file that cannot be used, with everything found wrong in it.
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
