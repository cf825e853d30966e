// Commands about plugins, content files and identity numbers.
#include "cli_context.hpp"
#include "json_views.hpp"

#include "trygg/content_reader.hpp"
#include "trygg/i18n.hpp"
#include "trygg/personal_identity.hpp"

#include <fmt/format.h>

#include <iostream>

namespace trygg::cli {
namespace {

void list_plugins(Context& context)
{
  const PluginHost host = context.plugins_only();
  nlohmann::json data = nlohmann::json::array();
  for (const auto& plugin : host.plugins()) {
    data.push_back(to_json(plugin));
  }
  context.print(data, [&] {
    fmt::print("{:<24} {:<20} {:<8} {:<12} {:<9} {}\n", "ID", tr("NAMN"), "VERSION", tr("TYP"), "STATUS", tr("KÄLLA"));
    for (const auto& plugin : host.plugins()) {
      fmt::print("{:<24} {:<20} {:<8} {:<12} {:<9} {}\n", plugin.id, plugin.name, plugin.version, plugin.kind(),
                 plugin.loaded ? tr("laddad") : plugin.disabled ? tr("avstängd") : plugin.needs_trust ? tr("ej godkänd") : tr("avvisad"),
                 plugin.folder.string());
      if (!plugin.loaded) {
        fmt::print("    {}\n", plugin.reason);
      }
    }
  });
}

// A plugin folder: its manifest and every content file it names. A file: by its root element.
std::vector<ValidationReport> validate_path(const std::filesystem::path& path)
{
  if (!std::filesystem::is_directory(path)) {
    return {validate_content_file(path)};
  }
  auto manifest = validate_content_file(path / "plugin.xml");
  std::vector<ValidationReport> reports{manifest};
  if (manifest.problems.empty()) {
    const auto parsed = read_plugin_manifest(path / "plugin.xml");
    for (const auto& files : {parsed.checklist_files, parsed.risk_files, parsed.agreement_files, parsed.routine_files}) {
      for (const auto& file : files) {
        reports.push_back(validate_content_file(path / file));
      }
    }
  }
  return reports;
}

void validate(Context& context, const std::string& path)
{
  const auto reports = validate_path(path);
  bool valid = true;
  nlohmann::json data = nlohmann::json::array();
  for (const auto& report : reports) {
    valid = valid && report.problems.empty();
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& problem : report.problems) {
      problems.push_back(to_json(problem));
    }
    data.push_back({{"file", report.file.string()}, {"format", report.format}, {"valid", report.problems.empty()},
                    {"problems", problems}});
  }
  context.print(data, [&] {
    for (const auto& report : reports) {
      if (report.problems.empty()) {
        fmt::print("{}: {} ({})\n", report.file.string(), tr("giltig"), report.format);
      }
      for (const auto& problem : report.problems) {
        fmt::print(stderr, "{}\n", problem.describe());
      }
    }
  });
  if (!valid) {
    throw NegativeResult{};
  }
}

void check_identity(Context& context, const std::string& text)
{
  const auto check = PersonalIdentity::parse(text, today());
  nlohmann::json data{{"input", text}, {"valid", check.identity.has_value()}};
  if (check.identity) {
    data["kind"] = to_string(check.identity->kind());
    data["normalised"] = check.identity->normalised();
    data["sex"] = to_string(check.identity->sex());
    data["birth_date"] = to_iso_date(check.identity->birth_date());
  } else {
    data["reason"] = check.reason;
  }
  context.print(data, [&] {
    if (check.identity) {
      fmt::print("{}: {} {} ({}, {}, {} {})\n", text, tr("giltigt"), to_string(check.identity->kind()),
                 check.identity->normalised(),
                 check.identity->sex() == PersonalIdentity::Sex::male ? tr("man") : tr("kvinna"), tr("född"),
                 to_iso_date(check.identity->birth_date()));
    } else {
      fmt::print("{}: {}: {}\n", text, tr("ogiltigt"), check.reason);
    }
  });
  if (!check.identity) {
    throw NegativeResult{};
  }
}

}  // namespace

void add_content_commands(CLI::App& app, Context& context)
{
  auto* plugins = app.add_subcommand("plugins", tr("Lista pluginer: laddade och avvisade med orsak"));
  plugins->callback([&context] { list_plugins(context); });

  auto* validate_command = app.add_subcommand("validate", tr("Validera en pluginmapp eller en XML-fil mot sitt schema"));
  auto path = std::make_shared<std::string>();
  validate_command->add_option("PATH", *path, tr("Pluginmapp eller XML-fil"))->required();
  validate_command->callback([&context, path] { validate(context, *path); });

  auto* id = app.add_subcommand("id", tr("Person- och samordningsnummer"));
  id->require_subcommand(1);
  auto* check = id->add_subcommand("check", tr("Kontrollera ett nummer (exit 1 om ogiltigt)"));
  auto number = std::make_shared<std::string>();
  check->add_option("ID", *number, tr("Numret"))->required();
  check->callback([&context, number] { check_identity(context, *number); });
}

}  // namespace trygg::cli
