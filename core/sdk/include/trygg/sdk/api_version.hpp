#pragma once

namespace trygg::sdk {

// Raised whenever the Plugin interface or a value type it passes changes layout. The host checks a
// plugin's exported version before it creates any C++ object from it, so a stale binary is rejected
// cleanly instead of crashing on a mismatched vtable.
// 2: CaseReadiness findings with their own level; the SIP plan and linked cases in CaseSnapshot.
inline constexpr int api_version = 2;

// Names of the symbols every compiled plugin exports (see plugin_entry.hpp).
inline constexpr const char* api_version_symbol = "trygg_plugin_api_version";
inline constexpr const char* factory_symbol = "trygg_plugin_create";

}  // namespace trygg::sdk
