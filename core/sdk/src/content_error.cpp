#include "trygg/sdk/content_error.hpp"

#include "trygg/sdk/text.hpp"
#include "trygg/sdk/utf8.hpp"

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

// What is told: valid text, and no more problems than anyone reads.
std::vector<ContentProblem> told(std::vector<ContentProblem> problems)
{
  if (problems.size() > problems_told + 1) {
    const auto more = problems.size() - problems_told;
    problems.resize(problems_told);
    problems.push_back(more_problems(problems.front().file, more));
  }
  for (auto& problem : problems) {
    problem.message = valid_utf8(problem.message);
    problem.element = valid_utf8(problem.element);
  }
  return problems;
}

}  // namespace

ContentProblem more_problems(const std::filesystem::path& file, std::size_t count)
{
  return {file, 0, {}, trfn("… och {} fel till", "… och {} fel till", count, count)};
}

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
    : std::runtime_error(""), problems_(told(std::move(problems)))
{
  // what() is made from the problems as told, which exist only once the members are built.
  static_cast<std::runtime_error&>(*this) = std::runtime_error(summary(problems_));
}

ContentError::~ContentError() = default;

}  // namespace trygg::sdk
