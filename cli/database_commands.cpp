// trygg-cli db: the database as a whole, wherever it is (a file, or the shared server).
#include "cli_context.hpp"

#include "trygg/database_copy.hpp"
#include "trygg/i18n.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include <unistd.h>

namespace trygg::cli {

void add_database_commands(CLI::App& app, Context& context)
{
  auto* database = app.add_subcommand("db", tr("Databasen som helhet: flytta den mellan fil och server"));
  database->require_subcommand(1);
  struct CopyOptions {
    std::string from;
    std::string to;
  };
  const auto options = std::make_shared<CopyOptions>();
  auto* copy = database->add_subcommand("copy", tr("Kopiera en hel databas, med varje historikrad, mellan en fil och en server "
                                                   "(postgresql://…), åt vilket håll som helst"));
  copy->add_option("--from", options->from, tr("Databasen som kopieras: en fil eller postgresql://…"))->required();
  copy->add_option("--to", options->to, tr("Dit den kopieras: en ny fil, eller en tom databas på en server"))->required();
  copy->callback([&context, options] {
    // Progress on a terminal only: a log or a pipe gets the summary alone.
    const bool terminal = ::isatty(STDERR_FILENO) != 0 && !context.json;
    const auto report = copy_database(options->from, options->to, [terminal](const std::string& table, std::int64_t rows) {
      if (terminal) {
        std::fprintf(stderr, "\r%-22s %lld   ", table.c_str(), static_cast<long long>(rows));
      }
    });
    if (terminal) {
      std::fprintf(stderr, "\r%60s\r", "");
    }
    nlohmann::json tables = nlohmann::json::object();
    for (const auto& [table, rows] : report.tables) {
      tables[table] = rows;
    }
    context.print({{"from", options->from}, {"to", options->to}, {"tables", tables}, {"history_lines", report.history_lines}}, [&] {
      fmt::print("{}\n", trf("{} kopierad till {}: {} historikrader, kedjan hel.", options->from, options->to, report.history_lines));
      for (const auto& [table, rows] : report.tables) {
        fmt::print("  {:<22} {}\n", table, rows);
      }
    });
  });
}

}  // namespace trygg::cli
