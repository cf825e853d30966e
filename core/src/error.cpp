#include "trygg/error.hpp"

#include "trygg/content_error.hpp"
#include "trygg/plugin_host.hpp"

namespace trygg {
namespace {

std::string joined(const std::vector<std::string>& questions)
{
  std::string text;
  for (const auto& question : questions) {
    text += (text.empty() ? "" : "\n") + question;
  }
  return text;
}

}  // namespace

std::string_view to_string(ErrorKind kind)
{
  switch (kind) {
    case ErrorKind::storage:
      return "storage";
    case ErrorKind::plugin:
      return "plugin";
    case ErrorKind::content:
      return "content";
    case ErrorKind::validation:
      return "validation";
    case ErrorKind::conflict:
      return "conflict";
    case ErrorKind::confirmation:
      return "confirmation";
    case ErrorKind::permission:
      return "permission";
  }
  return "storage";
}

ErrorKind error_kind(const std::exception& error)
{
  if (const auto* known = dynamic_cast<const Error*>(&error)) {
    return known->kind();
  }
  if (dynamic_cast<const ContentError*>(&error) != nullptr) {
    return ErrorKind::content;
  }
  if (dynamic_cast<const PluginCallError*>(&error) != nullptr) {
    return ErrorKind::plugin;
  }
  return ErrorKind::storage;
}

NeedsConfirmation::NeedsConfirmation(std::vector<std::string> questions)
    : Error(ErrorKind::confirmation, joined(questions)), questions_(std::move(questions))
{
}

}  // namespace trygg
