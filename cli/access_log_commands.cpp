// trygg-cli access-log: the log follow-up (logguppföljning) the Patient Data Act asks for: who read or
// changed a person's data, when, what and from where; per person or per user, in a period, with export.
#include "cli_context.hpp"

#include "trygg/access_log.hpp"
#include "trygg/i18n.hpp"
#include "trygg/personal_identity.hpp"
#include "trygg/sdk/atomic_file.hpp"
#include "trygg/storage_error.hpp"
#include "trygg/time.hpp"
#include "trygg/workspace.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace trygg::cli {
namespace {

struct AccessLogOptions {
  std::string person;
  std::string user;
  std::string from;
  std::string until;
  std::string csv;
  bool emergency = false;
};

std::optional<Timestamp> day_or_time(const std::string& text, const char* option)
{
  if (text.empty()) {
    return std::nullopt;
  }
  if (auto at = parse_day_or_time(text)) {
    return at;
  }
  throw StorageError(ErrorKind::validation, trf("{} tar ett datum (ÅÅÅÅ-MM-DD) eller en tid (ÅÅÅÅ-MM-DD TT:MM), inte \"{}\"", option, text));
}

}  // namespace

void add_access_log_commands(CLI::App& app, Context& context)
{
  const auto options = std::make_shared<AccessLogOptions>();
  auto* log = app.add_subcommand("access-log", tr("Logguppföljning: vem som läst eller ändrat en persons uppgifter, när, vad och varifrån"));
  log->add_option("--person", options->person, tr("En persons loggar (personnummer)"));
  log->add_option("--user", options->user, tr("En användares loggar"));
  log->add_option("--from", options->from, tr("Från och med (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DD TT:MM, svensk tid)"));
  log->add_option("--until", options->until, tr("Till (ej med)"));
  log->add_option("--csv", options->csv, tr("Spara loggen som CSV-fil (bara ägaren kan läsa den)"));
  log->add_flag("--emergency", options->emergency, tr("Bara nödåtkomst: läsningar utanför användarens kommuner, med skälet"));
  log->callback([&context, options] {
    const auto query = AccessLogQuery{options->person, options->user, day_or_time(options->from, "--from"),
                                      day_or_time(options->until, "--until"), options->emergency};
    const auto lines = context.workspace().access_log(query);
    if (!options->csv.empty()) {
      sdk::write_file_atomically(options->csv, access_log_csv(lines));
    }
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& line : lines) {
      rows.push_back({{"at", to_iso_utc(line.at)}, {"user", line.actor}, {"client", line.client}, {"case", line.case_id},
                      {"personnummer", line.person_identity}, {"name", line.person_name}, {"action", line.action}, {"what", line.what},
                      {"emergency_reason", line.emergency_reason}});
    }
    context.print(rows, [&] {
      for (const auto& line : lines) {
        fmt::print("{}  {:<12} {:<11} {} ({}), ärende {}: {}{}{}\n", format_local(line.at), line.actor, access_action_words(line.action),
                   line.person_name.empty() ? "–" : line.person_name,
                   line.person_identity.empty() ? "–" : display_identity(line.person_identity), line.case_id, line.what,
                   line.client.empty() ? "" : "  [" + line.client + "]",
                   line.emergency_reason.empty() ? "" : "  " + trf("NÖDÅTKOMST: {}", line.emergency_reason));
      }
      if (!options->csv.empty()) {
        fmt::print("{}\n", trf("{} rader sparade i {}", lines.size(), options->csv));
      }
    });
  });
}

}  // namespace trygg::cli
