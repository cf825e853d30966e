#pragma once

#include <filesystem>
#include <string>

namespace trygg {

// The folder of the running executable (found through /proc/self/exe).
[[nodiscard]] std::filesystem::path executable_folder();
// $XDG_DATA_HOME/trygg, else ~/.local/share/trygg.
[[nodiscard]] std::filesystem::path user_data_folder();
// $XDG_CONFIG_HOME/trygg, else ~/.config/trygg.
[[nodiscard]] std::filesystem::path user_config_folder();
// Where the desktop app keeps its database unless told otherwise.
[[nodiscard]] std::filesystem::path default_database();
// Third-party plugins a user installs for themselves.
[[nodiscard]] std::filesystem::path user_plugin_folder();
// Who is making changes, for the history: $TRYGG_USER, else the login name.
[[nodiscard]] std::string current_user();

}  // namespace trygg
