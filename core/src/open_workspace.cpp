#include "trygg/open_workspace.hpp"

#include "trygg/app_paths.hpp"
#include "trygg/demo_data.hpp"

namespace trygg {

std::unique_ptr<Workspace> open_workspace(const std::string& database_or_empty, const std::string& actor,
                                          const Workspace::Progress& progress)
{
  const bool use_default = database_or_empty.empty();
  const auto file = use_default ? default_database() : std::filesystem::path(database_or_empty);
  auto workspace = std::make_unique<Workspace>(file, PluginHost::default_search_paths(),
                                               actor.empty() ? current_user() : actor, now,
                                               PluginPolicy::load(default_plugin_policy_file()),
                                               default_plugin_load_markers(), progress);
  // Only the user's own database starts with the demo set, whichever face opens it first.
  if (use_default && workspace->storage().created()) {
    seed_demo_data(*workspace);
  }
  return workspace;
}

}  // namespace trygg
