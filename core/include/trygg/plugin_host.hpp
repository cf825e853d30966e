#pragma once

#include "trygg/error.hpp"
#include "trygg/plugin_policy.hpp"
#include "trygg/plugin_record.hpp"
#include "trygg/sdk/case_snapshot.hpp"
#include "trygg/sdk/case_view.hpp"
#include "trygg/sdk/changes.hpp"
#include "trygg/sdk/command_io.hpp"
#include "trygg/sdk/deadline.hpp"
#include "trygg/sdk/migration.hpp"
#include "trygg/sdk/notice.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace trygg {

struct PluginSearchPath {
  std::filesystem::path folder;  // holds plugin folders, or is one
  PluginOrigin origin = PluginOrigin::bundled;
};

// Finds, checks and loads plugins. A plugin that is wrong in any way is rejected with a reason that
// names it and the file, and the others load as if it were not there. Libraries are never unloaded
// while the host lives, and plugin objects go before their libraries.
class PluginHost {
public:
  // Beside the executable (build tree), the install folder, the user's folder, then TRYGG_PLUGIN_PATH.
  [[nodiscard]] static std::vector<PluginSearchPath> default_search_paths();

  // Plugins the policy turns off are listed but not loaded; plugins from the user's folder load only
  // once the policy trusts their folder as it is now (its files' fingerprint); TRYGG_PLUGIN_PATH too.
  // With a `load_markers` folder, a marker of this process is left there while a plugin's code loads:
  // one left by a process that is gone means the library crashed Trygg. After one crash it loads again
  // (and says so in its reason); after two of the same library it stays off until the user turns it on
  // again. Markers of processes still starting are not crashes.
  explicit PluginHost(const std::vector<PluginSearchPath>& search_paths, const PluginPolicy& policy = {},
                      const std::filesystem::path& load_markers = {});

  [[nodiscard]] const std::vector<PluginRecord>& plugins() const { return plugins_; }
  [[nodiscard]] const PluginRecord* find_loaded(const std::string& id) const;
  // Marks a loaded plugin as rejected after the fact (e.g. its migrations failed).
  void reject(const std::string& id, std::string reason);

  // Guarded calls into a plugin's code: what it throws becomes a PluginCallError naming the plugin.
  [[nodiscard]] std::vector<sdk::Migration> migrations(const PluginRecord& plugin) const;
  [[nodiscard]] std::vector<sdk::Deadline> deadlines(const PluginRecord& plugin, const sdk::CaseSnapshot& snapshot) const;
  [[nodiscard]] std::optional<sdk::CaseReadiness> readiness(const PluginRecord& plugin, const sdk::CaseSnapshot& snapshot) const;
  [[nodiscard]] std::vector<sdk::CaseView> case_views(const PluginRecord& plugin, const sdk::CaseSnapshot& snapshot) const;
  [[nodiscard]] std::vector<sdk::CaseAction> case_actions(const PluginRecord& plugin, const sdk::CaseSnapshot& snapshot) const;
  [[nodiscard]] std::string run_action(const PluginRecord& plugin, const std::string& action_id,
                                       const sdk::CaseSnapshot& snapshot, sdk::Changes& changes) const;
  [[nodiscard]] std::vector<sdk::CaseFact> facts(const PluginRecord& plugin, const sdk::CaseSnapshot& snapshot) const;
  [[nodiscard]] std::string field_label(const PluginRecord& plugin, const std::string& kind, const std::string& pointer) const;
  [[nodiscard]] int seed_demo(const PluginRecord& plugin, const std::vector<sdk::CaseRow>& demo_cases) const;
  // What the plugin says above the case list (API 3.8); none from a plugin built for an older minor.
  [[nodiscard]] std::vector<sdk::Notice> notices(const PluginRecord& plugin) const;
  // A trygg-cli command the plugin declares; an undeclared one is refused before any plugin code runs.
  [[nodiscard]] int run_command(const PluginRecord& plugin, const std::string& name, const std::vector<std::string>& arguments,
                                sdk::CommandIo& io) const;

private:
  std::vector<PluginRecord> plugins_;
};

// A plugin's content, read and checked exactly as the loader does before any code runs: templates
// and forms of processes the plugin (or, for one that <extends> another, that plugin: `base`)
// declares, ids unique within the plugin, data files against their schemas. Throws ContentError.
struct PluginContent {
  std::vector<ChecklistTemplate> checklists;
  std::vector<RiskTemplate> risk_templates;
  std::vector<RecordForm> forms;
  std::vector<ScoredInstrument> instruments;
};
[[nodiscard]] PluginContent read_plugin_content(const PluginManifest& manifest, const std::filesystem::path& folder,
                                                const PluginManifest* base = nullptr);

// Whether a plugin written for API major.minor may load: compiled code needs the host's major and a
// minor no newer than the host's; a declarative plugin may also be of an older major.
[[nodiscard]] bool api_fits(int major, int minor, bool compiled);

// Forgets that a plugin crashed while loading (the user turned it on again: "it is fixed").
void forget_plugin_load_crashes(const std::filesystem::path& load_markers, const std::string& plugin_id);
// Where the desktop app and the CLI keep the markers.
[[nodiscard]] std::filesystem::path default_plugin_load_markers();

class PluginCallError : public Error {
public:
  explicit PluginCallError(const std::string& message) : Error(ErrorKind::plugin, message) {}
};

}  // namespace trygg
