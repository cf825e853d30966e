#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace trygg {

// What kind of "no" an error is, so callers and tests act on the kind and never on the words:
// storage (the database refused or failed), plugin (a plugin's code failed), content (an XML file is
// wrong), validation (what was asked for breaks a rule: an unknown event kind, a missing reason),
// conflict (the data changed or is in a state that forbids it: a closed case, a settled item),
// confirmation (allowed, but only when the person confirms it: an event in the future).
enum class ErrorKind { storage, plugin, content, validation, conflict, confirmation, permission };
[[nodiscard]] std::string_view to_string(ErrorKind kind);

class Error : public std::runtime_error {
public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  [[nodiscard]] ErrorKind kind() const { return kind_; }

private:
  ErrorKind kind_;
};

// The kind of any exception Trygg throws (a ContentError is content, a PluginCallError plugin, an
// unknown one storage).
[[nodiscard]] ErrorKind error_kind(const std::exception& error);

// Something the person must confirm first, with each reason to ask. Do it again with confirmation.
class NeedsConfirmation : public Error {
public:
  explicit NeedsConfirmation(std::vector<std::string> questions);
  [[nodiscard]] const std::vector<std::string>& questions() const { return questions_; }

private:
  std::vector<std::string> questions_;
};

}  // namespace trygg
