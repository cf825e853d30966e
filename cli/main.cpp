// trygg-cli: the scriptable face of Trygg. Every command that prints data takes --json; every
// command that touches data takes --db. Exit 0 on success, 1 with a message on stderr otherwise.
#include "cli_context.hpp"

#include "trygg/open_workspace.hpp"
#include "trygg/atomic_file.hpp"
#include "trygg/error.hpp"
#include "trygg/i18n.hpp"

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

namespace trygg::cli {

Workspace& Context::workspace()
{
  if (!workspace_) {
    // Long work on open (a plugin's deadlines derived again for every case) says what it does, on stderr.
    workspace_ = open_workspace(database, user, [](const std::string& what, std::int64_t done, std::int64_t total) {
      if (total >= 2000 && (done <= 500 || done == total)) {
        std::cerr << "trygg-cli: " << what << ": " << done << "/" << total << '\n';
      }
    });
    if (workspace_->user() && !user.empty() && user != workspace_->actor()) {
      // On the server, the history's "who" is who signed in: a name typed would be a claim, not a fact.
      throw StorageError(ErrorKind::validation, trf("--user gäller en databasfil. På servern {} är du den du loggat in som ({}); "
                                                    "logga in som {} i adressen för att arbeta som {}.",
                                                    workspace_->storage().place(), workspace_->actor(), user, user));
    }
  }
  return *workspace_;
}

PluginHost Context::plugins_only() const
{
  return PluginHost(PluginHost::default_search_paths(), PluginPolicy::load(default_plugin_policy_file()),
                    default_plugin_load_markers());
}

void Context::print(const nlohmann::json& data, const std::function<void()>& text) const
{
  if (json) {
    // Bad bytes in a text (a file name, a reason) are replaced, never a failed command as a whole.
    std::cout << data.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else {
    text();
  }
}

CaseId parse_case_id(const std::string& text)
{
  return sdk::case_number(text);
}

CareCase require_case(Context& context, CaseId id)
{
  auto found = context.workspace().storage().find_case(id);
  if (!found) {
    throw StorageError(ErrorKind::validation, trf("Ärende {} finns inte i {}", id, context.workspace().storage().place()));
  }
  return *found;
}

void write_output(const std::string& text, const std::string& output)
{
  if (output.empty() || output == "-") {
    std::cout << text;
    return;
  }
  write_file_atomically(output, text);  // never a half export under the file's name
}

}  // namespace trygg::cli

int main(int argc, char** argv)
{
  trygg::use_language(trygg::requested_language());
  trygg::use_swedish_time_by_default();
  trygg::cli::Context context;
  CLI::App app{trygg::tr("trygg-cli: planera trygga övergångar mellan region och kommun")};
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--db", context.database,
                 trygg::tr("Databasfil, eller en server: postgresql://användare@värd/databas (standard: användarens databasfil)"));
  app.add_option("--user", context.user, trygg::tr("Vem som gör ändringen i en databasfil (standard: inloggad användare)"));
  app.add_option("--emergency", context.emergency_reason,
                 trygg::tr("Nödåtkomst: varför du läser ett ärende utanför dina kommuner (sparas i loggen och följs upp)"));
  app.add_flag("--json", context.json, trygg::tr("Skriv ut data som JSON"));
  trygg::cli::add_content_commands(app, context);
  trygg::cli::add_case_commands(app, context);
  trygg::cli::add_database_commands(app, context);
  trygg::cli::add_access_log_commands(app, context);
  trygg::cli::add_indicator_commands(app, context);
  trygg::cli::add_user_commands(app, context);
  trygg::cli::add_assessment_commands(app, context);
  trygg::cli::add_form_commands(app, context);
  trygg::cli::add_plugin_commands(app, context);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // Help is a success; every usage error exits 1, as every other error does.
    return app.exit(error) == 0 ? 0 : 1;
  } catch (const trygg::cli::NegativeResult&) {
    return 1;
  } catch (const trygg::cli::ExitWith& exit) {
    return exit.code;
  } catch (const trygg::NeedsConfirmation& question) {
    for (const auto& text : question.questions()) {
      std::cerr << "trygg-cli: " << text << '\n';
    }
    std::cerr << "trygg-cli: " << trygg::tr("Inget sparades. Stämmer det, kör igen med --confirm.") << '\n';
    return 1;
  } catch (const std::exception& error) {
    std::cerr << "trygg-cli: " << error.what() << '\n';
    if (context.json) {
      // The kind, for scripts to act on without reading the words.
      std::cerr << nlohmann::json{{"error", {{"kind", std::string(trygg::to_string(trygg::error_kind(error)))}, {"message", error.what()}}}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                << '\n';
    }
    return 1;
  }
  return 0;
}
