#pragma once

#include <filesystem>
#include <string>

namespace trygg {

// What a user's trust in a third-party plugin is bound to: SHA-256 over every file in its folder (its
// manifest, library and content), by relative path. A swapped library or an edited manifest gives
// another fingerprint, and the plugin asks for trust again.
[[nodiscard]] std::string plugin_fingerprint(const std::filesystem::path& folder);

// Why a plugin folder's code must not be trusted as it lies, or empty: a library that is a symbolic
// link, or that others than its owner may write (the file or its folder).
[[nodiscard]] std::string unsafe_library_reason(const std::filesystem::path& library);

}  // namespace trygg
