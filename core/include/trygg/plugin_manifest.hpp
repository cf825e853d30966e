#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trygg {

// What a plugin may be asked for; the host calls only what is declared.
enum class Capability { checklists, risk_analysis, rules, storage, views, commands };
[[nodiscard]] std::string_view to_string(Capability capability);

struct EventKind {
  std::string kind;
  std::string label;
  bool starts = false;  // the case's episode starts with it: events dated before it need confirming
};

struct ProcessInfo {
  std::string id;
  std::string name;
  std::string opened_from;  // a process whose cases this one can be opened from (a follow-on process)
  std::string open_label;   // the button on that case
  // subject="organisation": the process's cases are about a unit, an agreement or a period, not a person
  // (a storhelg plan, a physician-time agreement, a unit's risk analysis).
  bool about_person = true;
  // consent-form="F": the case's information goes to another unit only with a valid consent kept in the
  // plugin's record form F (schemas/plugin-manifest.xsd says which fields it must have); empty: no gate.
  std::string consent_form;
};

// A document kind the plugin keeps in the record store.
struct RecordKind {
  std::string kind;
  bool per_case = true;  // else one per workspace (and key)
  std::string label;
};

// A trygg-cli subcommand the plugin's code runs.
struct CommandInfo {
  std::string name;
  std::string summary;
  bool needs_database = true;
};

// A page the plugin's GUI library adds to cases of a process.
struct PageInfo {
  std::string id;
  std::string title;
  std::string process;
};

// A workspace tool the plugin's GUI library opens in a tab, from the Verktyg menu.
struct ToolInfo {
  std::string id;
  std::string label;
  std::string shortcut;
};

// plugin.xml, read and validated before any of the plugin's code is loaded.
struct PluginManifest {
  std::string id;  // reverse-DNS
  std::string name;
  std::string version;
  int api_major = 0;  // the plugin API the plugin is written for
  int api_minor = 0;
  std::string publisher;
  std::string description;
  std::string extends;  // the plugin whose processes this one adapts (<extends>), or empty
  std::optional<std::filesystem::path> library;  // relative to the folder; absent: declarative
  std::optional<std::filesystem::path> gui_library;  // pages and tools for the desktop app
  std::vector<Capability> capabilities;
  std::vector<ProcessInfo> processes;
  std::vector<EventKind> events;
  std::vector<RecordKind> records;
  std::vector<CommandInfo> commands;
  std::vector<PageInfo> pages;
  std::vector<ToolInfo> tools;
  // A case fact the case list shows in a column of its own, and the column's title.
  std::string list_column_fact;
  std::string list_column_title;
  std::vector<std::filesystem::path> checklist_files;  // relative to the folder
  std::vector<std::filesystem::path> risk_files;
  std::vector<std::filesystem::path> form_files;  // record forms (schemas/record-form.xsd)
  std::vector<std::filesystem::path> instrument_files;  // scored instruments (schemas/scored-instrument.xsd)
  // Data files the plugin's code reads (<data>), each with the schema the host validates it against.
  std::vector<std::pair<std::filesystem::path, std::string>> data_files;
  std::filesystem::path file;  // the manifest itself

  [[nodiscard]] std::filesystem::path folder() const { return file.parent_path(); }
  [[nodiscard]] bool compiled() const { return library.has_value(); }
  [[nodiscard]] bool has(Capability capability) const;
  [[nodiscard]] const ProcessInfo* process(const std::string& id) const;
  [[nodiscard]] const RecordKind* record(const std::string& kind) const;
  [[nodiscard]] const CommandInfo* command(const std::string& name) const;
  // The name people know an event kind by, or the kind itself when the manifest does not name it.
  [[nodiscard]] std::string event_label(const std::string& kind) const;
};

}  // namespace trygg
