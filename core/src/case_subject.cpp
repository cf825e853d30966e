// The line that says who or what a case is about, for the report, the CLI and the shell alike.
#include "trygg/care_case.hpp"
#include "trygg/personal_identity.hpp"

namespace trygg {

std::string subject_line(const Person& person, std::string_view process)
{
  const std::string identity = display_identity(person.identity);
  std::string line;
  for (const std::string_view part : {std::string_view(person.name), std::string_view(identity),
                                      std::string_view(person.municipality), process}) {
    if (!part.empty()) {
      line += line.empty() ? "" : " · ";
      line += part;
    }
  }
  return line;
}

}  // namespace trygg
