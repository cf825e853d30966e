#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace trygg {

// One thing wrong in an XML file, located as precisely as the file allows.
struct ContentProblem {
  std::filesystem::path file;
  int line = 0;         // 0 when unknown
  std::string element;  // empty when unknown
  std::string message;

  // "plugins/x/content/a.xml:12: <item>: message"
  [[nodiscard]] std::string describe() const;
};

// A file that cannot be used, with everything found wrong in it.
class ContentError : public std::runtime_error {
public:
  explicit ContentError(std::vector<ContentProblem> problems);
  [[nodiscard]] const std::vector<ContentProblem>& problems() const { return problems_; }

private:
  std::vector<ContentProblem> problems_;
};

}  // namespace trygg
