// trygg-cli user: the people of a shared database. An administrator registers each with what they are
// and the units and municipalities they work for; everyone may list them.
#include "cli_context.hpp"

#include "trygg/i18n.hpp"
#include "trygg/storage_error.hpp"
#include "trygg/trygg_user.hpp"
#include "trygg/workspace.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>
#include <memory>

namespace trygg::cli {
namespace {

struct UserOptions {
  std::string role;
  std::string name;
  std::string kind;
  std::vector<std::string> units;
  std::vector<std::string> municipalities;
  bool password_from_stdin = false;
};

nlohmann::json to_json(const TryggUser& user)
{
  return {{"role", user.role}, {"name", user.name}, {"kind", to_string(user.kind)}, {"units", user.units},
          {"municipalities", user.municipalities}};
}

}  // namespace

void add_user_commands(CLI::App& app, Context& context)
{
  auto* user = app.add_subcommand("user", tr("Användarna på en server: vem som får göra vad, för vilka enheter och kommuner"));
  user->require_subcommand(1);
  auto* list = user->add_subcommand("list", tr("Lista användarna"));
  list->callback([&context] {
    const auto users = context.workspace().storage().users();
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& each : users) {
      rows.push_back(to_json(each));
    }
    context.print(rows, [&] {
      for (const auto& each : users) {
        fmt::print("{:<16} {:<24} {:<14} {}{}\n", each.role, each.name, user_kind_words(each.kind),
                   each.municipalities.empty() ? tr("inga kommuner") : joined_list(each.municipalities),
                   each.units.empty() ? "" : " · " + joined_list(each.units));
      }
    });
  });

  const auto options = std::make_shared<UserOptions>();
  auto* add = user->add_subcommand("add", tr("Lägg till eller ändra en användare (bara administratörer)"));
  add->add_option("ROLE", options->role, tr("Inloggningsnamnet på servern"))->required();
  add->add_option("--name", options->name, tr("Namnet som andra ser"))->required();
  add->add_option("--kind", options->kind, tr("coordinator, nurse, process-owner eller administrator"))->required();
  add->add_option("--unit", options->units, tr("En enhet användaren arbetar för (kan anges flera gånger)"));
  add->add_option("--municipality", options->municipalities,
                  tr("En kommun vars invånare användaren vårdar, * för alla (kan anges flera gånger)"));
  add->add_flag("--password-stdin", options->password_from_stdin, tr("Läs ett lösenord för en ny inloggning från standard in"));
  add->callback([&context, options] {
    auto& workspace = context.workspace();
    const auto kind = parse_user_kind(options->kind);
    if (!kind) {
      throw StorageError(ErrorKind::validation,
                         trf("--kind är coordinator, nurse, process-owner eller administrator, inte \"{}\"", options->kind));
    }
    std::optional<std::string> password;
    if (options->password_from_stdin) {
      std::string line;
      std::getline(std::cin, line);
      password = line;
    }
    const TryggUser added{options->role, options->name, *kind, options->units, options->municipalities};
    workspace.register_user(added, password);
    context.print(to_json(added),
                  [&] { fmt::print("{}\n", trf("{} ({}) är användare som {}", added.name, added.role, user_kind_words(added.kind))); });
  });
}

}  // namespace trygg::cli
