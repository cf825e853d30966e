#pragma once

#include "trygg/plugin_record.hpp"

#include <string>

namespace trygg {

// What a plugin's derived deadlines depend on besides the cases themselves: its version, its library
// and every content and data file in its folder, and the host's API. When the stamp differs from the
// one stored with the database, every case of the plugin is derived again.
[[nodiscard]] std::string rules_stamp_of(const PluginRecord& plugin);

}  // namespace trygg
