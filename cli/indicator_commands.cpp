// trygg-cli indicators: the follow-up indicators (uppföljning) the loaded plugins define, computed over
// the database's cases per municipality, month, quarter or year; text, JSON, or CSV for a steering group
// (cells counting fewer cases than --suppress-below left out, and said so).
#include "cli_context.hpp"

#include "trygg/i18n.hpp"
#include "trygg/indicator.hpp"
#include "trygg/sdk/atomic_file.hpp"
#include "trygg/sdk/csv.hpp"
#include "trygg/storage_error.hpp"
#include "trygg/time.hpp"
#include "trygg/workspace.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>
#include <map>
#include <memory>

namespace trygg::cli {
namespace {

using namespace std::chrono;

struct IndicatorOptions {
  std::string from;
  std::string to;
  std::string by = "municipality";
  std::vector<std::string> indicators;
  std::string csv;
  int suppress_below = 5;
};

year_month_day date_option(const std::string& text, const char* option)
{
  if (const auto day = from_iso_date(text)) {
    return *day;
  }
  throw StorageError(ErrorKind::validation, trf("{} tar ett datum (ÅÅÅÅ-MM-DD), inte \"{}\"", option, text));
}

nlohmann::json cell_json(const IndicatorCell& cell)
{
  nlohmann::json data{{"group", cell.group}, {"cases", cell.cases}, {"case_ids", cell.case_ids}};
  for (const auto& [name, value] : {std::pair{"mean", cell.mean}, std::pair{"median", cell.median}, std::pair{"p90", cell.p90}}) {
    data[name] = value ? nlohmann::json(*value) : nlohmann::json(nullptr);
  }
  nlohmann::json shares = nlohmann::json::array();
  for (const auto& [within, share] : cell.shares) {
    shares.push_back({{"within_days", within}, {"share", share}});
  }
  data["shares"] = shares;
  return data;
}

void show_indicators(Context& context, const IndicatorOptions& options)
{
  auto& workspace = context.workspace();
  const auto first = date_option(options.from, "--from");
  const auto last = date_option(options.to, "--to");
  if (last < first) {
    throw StorageError(ErrorKind::validation, trf("--to {} ligger före --from {}", options.to, options.from));
  }
  const auto grouping = indicator_grouping_from(options.by);
  if (!grouping) {
    throw StorageError(ErrorKind::validation, trf("--by tar municipality, month, quarter eller year, inte \"{}\"", options.by));
  }
  const auto catalogue = read_indicators(workspace.plugins());
  for (const auto& refused : catalogue.refused) {
    std::cerr << trf("Indikatorn lästes inte: {}", refused) << '\n';
  }
  std::vector<const IndicatorDefinition*> chosen;
  for (const auto& id : options.indicators) {
    const auto* found = catalogue.find(id);
    if (found == nullptr) {
      std::string known;
      for (const auto& definition : catalogue.definitions) {
        known += (known.empty() ? "" : ", ") + definition.id;
      }
      throw StorageError(ErrorKind::validation, trf("Indikatorn \"{}\" finns inte; de som finns: {}", id, known));
    }
    chosen.push_back(found);
  }
  if (options.indicators.empty()) {
    for (const auto& definition : catalogue.definitions) {
      chosen.push_back(&definition);
    }
  }

  std::map<std::string, std::vector<IndicatorCase>> cases;  // per process, read once
  std::vector<IndicatorResult> results;
  for (const auto* definition : chosen) {
    if (!cases.count(definition->process)) {
      cases[definition->process] = indicator_cases(workspace.storage(), definition->process);
    }
    results.push_back(compute_indicator(*definition, cases[definition->process], first, last, *grouping));
  }

  if (!options.csv.empty()) {
    // For a steering group: a cell of fewer cases than the limit is left out, so the report can leave the care relationship.
    std::string csv = "indicator,variant,group," + std::string("cases,mean,median,p90,shares") + "\n";
    int suppressed = 0;
    for (const auto& result : results) {
      auto rows = result.groups;
      rows.push_back(result.total);
      for (auto& cell : rows) {
        const std::string group = cell.group.empty() ? tr("Totalt") : cell.group;
        if (cell.cases > 0 && cell.cases < options.suppress_below) {
          ++suppressed;
          csv += fmt::format("{},{},{},<{},,,,\n", sdk::csv_field(result.definition->id), sdk::csv_field(result.definition->variant),
                             sdk::csv_field(group), options.suppress_below);
          continue;
        }
        std::string shares;
        for (const auto& [within, share] : cell.shares) {
          shares += (shares.empty() ? "" : ";") + fmt::format("{}:{:.3f}", within, share);
        }
        const auto optional_number = [](const std::optional<double>& value) { return value ? fmt::format("{:.2f}", *value) : std::string(); };
        csv += fmt::format("{},{},{},{},{},{},{},{}\n", sdk::csv_field(result.definition->id), sdk::csv_field(result.definition->variant),
                           sdk::csv_field(group), cell.cases, optional_number(cell.mean), optional_number(cell.median),
                           optional_number(cell.p90), shares);
      }
    }
    sdk::write_file_atomically(options.csv, csv);
    std::cerr << trf("{} celler med färre än {} ärenden är utelämnade i {}", suppressed, options.suppress_below, options.csv) << '\n';
  }

  nlohmann::json data{{"from", to_iso_date(first)}, {"to", to_iso_date(last)}, {"by", options.by}, {"indicators", nlohmann::json::array()}};
  for (const auto& result : results) {
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& cell : result.groups) {
      groups.push_back(cell_json(cell));
    }
    data["indicators"].push_back({{"id", result.definition->id},
                                  {"version", result.definition->version},
                                  {"name", result.definition->name},
                                  {"variant", result.definition->variant},
                                  {"unit", result.definition->unit},
                                  {"source", result.definition->source},
                                  {"groups", groups},
                                  {"total", cell_json(result.total)}});
  }
  context.print(data, [&] {
    fmt::print("{} – {}\n", to_iso_date(first), to_iso_date(last));
    for (const auto& result : results) {
      const auto& definition = *result.definition;
      fmt::print("\n{} [{}]\n", indicator_title(definition), definition.id);
      std::string header = fmt::format("  {:<16}", options.by == "municipality" ? tr("KOMMUN") : tr("PERIOD"));
      for (const auto& field : indicator_columns(definition)) {
        header += fmt::format(" {:>14}", field);
      }
      fmt::print("{}\n", header);
      auto rows = result.groups;
      rows.push_back(result.total);
      for (const auto& cell : rows) {
        std::string line = fmt::format("  {:<16}", cell.group.empty() ? tr("Totalt") : cell.group);
        for (const auto& field : indicator_cell_texts(definition, cell)) {
          line += fmt::format(" {:>14}", field);
        }
        fmt::print("{}\n", line);
      }
    }
  });
}

}  // namespace

void add_indicator_commands(CLI::App& app, Context& context)
{
  const auto options = std::make_shared<IndicatorOptions>();
  auto* indicators = app.add_subcommand("indicators", tr("Uppföljningens indikatorer per kommun, månad, kvartal eller år"));
  indicators->add_option("--from", options->from, tr("Första dagen (ÅÅÅÅ-MM-DD, svensk tid)"))->required();
  indicators->add_option("--to", options->to, tr("Sista dagen (ÅÅÅÅ-MM-DD, svensk tid)"))->required();
  indicators->add_option("--by", options->by, tr("municipality, month, quarter eller year (standard: municipality)"));
  indicators->add_option("--indicator", options->indicators, tr("En indikator (id); flera går att ange, standard: alla"));
  indicators->add_option("--csv", options->csv, tr("Spara som CSV för en styrgrupp (bara ägaren kan läsa filen)"));
  indicators->add_option("--suppress-below", options->suppress_below, tr("I CSV: utelämna celler med färre ärenden än så (standard 5)"))
      ->check(CLI::Range(1, 1000));
  indicators->callback([&context, options] { show_indicators(context, *options); });
}

}  // namespace trygg::cli
