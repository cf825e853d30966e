#pragma once

#include "trygg/workspace.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace trygg::cli {

// Options every command shares, and the workspace opened from them on first use.
class Context {
public:
  std::string database;  // empty: the user's default database
  std::string user;      // empty: the login name
  // A read of a case outside the signed-in user's municipalities (nödåtkomst) needs a reason: this one.
  std::optional<std::string> emergency_reason;
  bool json = false;

  Workspace& workspace();
  [[nodiscard]] PluginHost plugins_only() const;

  // Prints data as JSON with --json, otherwise as the text `text` writes.
  void print(const nlohmann::json& data, const std::function<void()>& text) const;

private:
  std::unique_ptr<Workspace> workspace_;
};

// Thrown by a command that ran and found the answer "no" (an invalid number, an invalid file):
// the message is already printed and the exit code is 1.
struct NegativeResult {};

// Thrown by a plugin's command that finished with this exit code.
struct ExitWith {
  int code = 0;
};

// Each command runs inside this: what it throws becomes a message on stderr and a non-zero exit.
void add_case_commands(CLI::App& app, Context& context);
void add_database_commands(CLI::App& app, Context& context);
void add_access_log_commands(CLI::App& app, Context& context);
void add_indicator_commands(CLI::App& app, Context& context);
void add_user_commands(CLI::App& app, Context& context);
void add_content_commands(CLI::App& app, Context& context);
// Scored instruments on a case: instruments, assess, assessments.
void add_assessment_commands(CLI::App& app, Context& context);
// A case's record forms: form show, form set.
void add_form_commands(CLI::App& app, Context& context);
// A subcommand for each command a loaded plugin declares; the plugin parses its own arguments.
void add_plugin_commands(CLI::App& app, Context& context);

[[nodiscard]] CaseId parse_case_id(const std::string& text);
// The case, or an error naming the case and the database.
[[nodiscard]] CareCase require_case(Context& context, CaseId id);
// Writes a document to `output`, or to stdout when it is empty or "-".
void write_output(const std::string& text, const std::string& output);

}  // namespace trygg::cli
