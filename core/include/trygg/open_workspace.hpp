#pragma once

#include "trygg/workspace.hpp"

#include <memory>
#include <string>

namespace trygg {

// The workspace the app and the CLI open: the given database, or the user's default one, which
// gets the demo data when this open creates it. Plugins from the default search paths.
[[nodiscard]] std::unique_ptr<Workspace> open_workspace(const std::string& database_or_empty, const std::string& actor,
                                                        const Workspace::Progress& progress = {});

}  // namespace trygg
