// Commands about plugins, content files and identity numbers.
#include "cli_context.hpp"

#include "trygg/server_schema.hpp"
#include "json_views.hpp"

#include "trygg/content_reader.hpp"
#include "trygg/i18n.hpp"
#include "trygg/indicator.hpp"
#include "trygg/personal_identity.hpp"
#include "trygg/plugin_host.hpp"
#include "trygg/plugin_policy.hpp"

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
    for (const auto& files : {parsed.checklist_files, parsed.risk_files, parsed.form_files}) {
      for (const auto& file : files) {
        reports.push_back(validate_content_file(path / file));
      }
    }
    for (const auto& [file, schema] : parsed.data_files) {
      reports.push_back(validate_content_file(path / file));
    }
    // Then exactly what the loader checks across the files (processes, unique ids, the plugin it extends).
    bool files_valid = true;
    for (const auto& report : reports) {
      files_valid = files_valid && report.problems.empty();
    }
    if (files_valid) {
      ValidationReport plugin_check{path / "plugin.xml", "plugin", {}};
      try {
        std::optional<PluginHost> bundled;
        const PluginRecord* base = nullptr;
        if (!parsed.extends.empty()) {
          bundled.emplace(PluginHost::default_search_paths(), PluginPolicy::load(default_plugin_policy_file()));
          base = bundled->find_loaded(parsed.extends);
        }
        (void)read_plugin_content(parsed, path, base != nullptr ? &*base->manifest : nullptr);
      } catch (const ContentError& error) {
        plugin_check.problems = error.problems();
      }
      if (!plugin_check.problems.empty()) {
        reports.push_back(std::move(plugin_check));
      }
      // An indicator counts the event kinds of a process some plugin declares: checked against the plugins
      // this machine loads, as trygg-cli indicators reads it.
      std::optional<PluginHost> installed;
      for (const auto& [file, schema] : parsed.data_files) {
        if (schema != "indicator.xsd") {
          continue;
        }
        if (!installed) {
          installed.emplace(PluginHost::default_search_paths(), PluginPolicy::load(default_plugin_policy_file()));
        }
        try {
          (void)read_indicator(path / file, *installed);
        } catch (const ContentError& error) {
          // The file's own report: its form passed, what it names did not.
          for (auto& report : reports) {
            if (report.file == path / file) {
              report.problems = error.problems();
            }
          }
        }
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

// Turning plugins on and off, and trusting a third-party folder: the same policy file the desktop
// app's plugins dialog writes.
void change_policy(Context& context, const std::function<void(PluginPolicy&)>& edit, const std::string& done)
{
  if (is_server_address(context.database)) {
    context.workspace().require(Permission::trust_plugins);  // on a shared server, administrators only
  }
  auto policy = PluginPolicy::load(default_plugin_policy_file());
  edit(policy);
  policy.save(default_plugin_policy_file());
  context.print({{"policy", default_plugin_policy_file().string()}, {"done", done}}, [&] { fmt::print("{}\n", done); });
}

}  // namespace

void add_content_commands(CLI::App& app, Context& context)
{
  auto* plugin = app.add_subcommand("plugin", tr("Slå på, stäng av eller godkänn en plugin"));
  plugin->require_subcommand(1);
  auto plugin_id = std::make_shared<std::string>();
  auto* enable = plugin->add_subcommand("enable", tr("Slå på en plugin (också en som kraschade vid laddning)"));
  enable->add_option("ID", *plugin_id, tr("Pluginens id"))->required();
  enable->callback([&context, plugin_id] {
    change_policy(context, [&](PluginPolicy& policy) { policy.disabled.erase(*plugin_id); }, trf("{} är påslagen", *plugin_id));
    forget_plugin_load_crashes(default_plugin_load_markers(), *plugin_id);
  });
  auto* disable = plugin->add_subcommand("disable", tr("Stäng av en plugin"));
  disable->add_option("ID", *plugin_id, tr("Pluginens id"))->required();
  disable->callback([&context, plugin_id] {
    change_policy(context, [&](PluginPolicy& policy) { policy.disabled.insert(*plugin_id); }, trf("{} är avstängd", *plugin_id));
  });
  auto folder = std::make_shared<std::string>();
  auto* trust = plugin->add_subcommand("trust", tr("Godkänn en tredjepartsplugin i din pluginmapp"));
  trust->add_option("FOLDER", *folder, tr("Pluginens mapp"))->required()->check(CLI::ExistingDirectory);
  trust->callback([&context, folder] {
    change_policy(context, [&](PluginPolicy& policy) { policy.trust(*folder); }, trf("{} är godkänd", *folder));
  });

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
