#include "trygg/sdk/content_error.hpp"

namespace trygg::sdk {
namespace {

std::string summary(const std::vector<ContentProblem>& problems)
{
  std::string text;
  for (const auto& problem : problems) {
    if (!text.empty()) {
      text += '\n';
    }
    text += problem.describe();
  }
  return text;
}

}  // namespace

std::string ContentProblem::describe() const
{
  std::string text = file.string();
  if (line > 0) {
    text += ':' + std::to_string(line);
  }
  text += ": ";
  if (!element.empty()) {
    text += '<' + element + ">: ";
  }
  return text + message;
}

ContentError::ContentError(std::vector<ContentProblem> problems)
    : std::runtime_error(summary(problems)), problems_(std::move(problems))
{
}

ContentError::~ContentError() = default;

}  // namespace trygg::sdk
