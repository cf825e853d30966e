#pragma once

namespace trygg::sdk {

// The plugin API as major.minor. A host loads a compiled plugin built for its own major and a minor
// no newer than its own: within a major, what crosses the boundary only grows (new accessors, new
// host services, new versioned interfaces), so a plugin built for 3.0 keeps working under 3.4.
// A new major is for what cannot grow, and rejects every older plugin cleanly before any of its
// C++ objects exist. core/sdk/CHANGES.md says what each minor added.
inline constexpr int api_major = 3;
inline constexpr int api_minor = 8;

// One integer for the C-level check: 3.1 is 3001.
[[nodiscard]] constexpr int api_level(int major, int minor) { return major * 1000 + minor; }
[[nodiscard]] constexpr int api_level_major(int level) { return level / 1000; }
[[nodiscard]] constexpr int api_level_minor(int level) { return level % 1000; }

// Names of the symbols every compiled plugin exports (see plugin_entry.hpp).
inline constexpr const char* api_level_symbol = "trygg_plugin_api_level";
inline constexpr const char* factory_symbol = "trygg_plugin_create";
// What plugins built for API 1 and 2 exported instead; read only to say what they were built for.
inline constexpr const char* legacy_api_version_symbol = "trygg_plugin_api_version";

}  // namespace trygg::sdk
