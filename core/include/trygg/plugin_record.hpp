#pragma once

#include "trygg/checklist.hpp"
#include "trygg/plugin_manifest.hpp"
#include "trygg/plugin_services.hpp"
#include "trygg/record_form.hpp"
#include "trygg/scored_instrument.hpp"
#include "trygg/risk.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace trygg::sdk {
class Plugin;
}

namespace trygg {

// Where a plugin was found. Bundled plugins ship with Trygg; the others are third-party.
enum class PluginOrigin { bundled, user, environment };
[[nodiscard]] std::string_view to_string(PluginOrigin origin);

class LoadedCode;  // a compiled plugin's library and the object made from it

// Everything the host knows about one plugin folder: loaded, or rejected and why.
struct PluginRecord {
  std::string id;  // from the manifest, or the folder's name when the manifest is unusable
  std::string name;
  std::string version;
  bool compiled = false;
  PluginOrigin origin = PluginOrigin::bundled;
  std::filesystem::path folder;
  bool loaded = false;
  bool disabled = false;     // turned off by the user
  bool needs_trust = false;  // third-party, not yet trusted by the user
  std::string reason;        // why it is not loaded; names the file
  std::optional<PluginManifest> manifest;
  std::vector<ChecklistTemplate> checklists;
  std::vector<RiskTemplate> risk_templates;
  std::vector<RecordForm> forms;
  std::vector<ScoredInstrument> instruments;  // each kept as a record of its id, per case
  std::vector<std::string> extended_by;  // loaded plugins whose content adapts this one's processes
  std::shared_ptr<PluginServices> services;  // what the plugin's code may call; outlives the code
  std::shared_ptr<LoadedCode> code;          // compiled and loaded plugins only

  [[nodiscard]] std::string_view kind() const { return compiled ? "compiled" : "declarative"; }
  // "loaded", "disabled", "untrusted" or "rejected".
  [[nodiscard]] std::string_view status() const
  {
    return loaded ? "loaded" : disabled ? "disabled" : needs_trust ? "untrusted" : "rejected";
  }
  // The plugin's object, or null for a declarative or rejected plugin.
  [[nodiscard]] const sdk::Plugin* object() const;
  [[nodiscard]] bool has(Capability capability) const { return loaded && manifest && manifest->has(capability); }
};

}  // namespace trygg
