#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trygg {

// What a plugin may be asked for; the host calls only what is declared.
enum class Capability { checklists, risk_analysis, rules, storage, views };
[[nodiscard]] std::string_view to_string(Capability capability);

struct EventKind {
  std::string kind;
  std::string label;
};

struct ProcessInfo {
  std::string id;
  std::string name;
};

// plugin.xml, read and validated before any of the plugin's code is loaded.
struct PluginManifest {
  std::string id;  // reverse-DNS
  std::string name;
  std::string version;
  int api_version = 0;
  std::string publisher;
  std::string description;
  std::optional<std::filesystem::path> library;  // relative to the folder; absent: declarative
  std::vector<Capability> capabilities;
  std::vector<ProcessInfo> processes;
  std::vector<EventKind> events;
  std::vector<std::filesystem::path> checklist_files;  // relative to the folder
  std::vector<std::filesystem::path> risk_files;
  std::vector<std::filesystem::path> agreement_files;
  std::vector<std::filesystem::path> routine_files;
  std::filesystem::path file;  // the manifest itself

  [[nodiscard]] std::filesystem::path folder() const { return file.parent_path(); }
  [[nodiscard]] bool compiled() const { return library.has_value(); }
  [[nodiscard]] bool has(Capability capability) const;
  [[nodiscard]] const ProcessInfo* process(const std::string& id) const;
  // The name people know an event kind by, or the kind itself when the manifest does not name it.
  [[nodiscard]] std::string event_label(const std::string& kind) const;
};

}  // namespace trygg
