#pragma once

#include <boost/dll/shared_library.hpp>

#include <filesystem>

namespace trygg {

// A plugin's shared library (its rules, or its pages for the desktop app), loaded with rtld_now so a
// missing symbol fails here, and its API level (`level_symbol`) checked before any C++ object of it
// exists. Throws std::runtime_error naming the file and what is wrong.
[[nodiscard]] boost::dll::shared_library load_plugin_library(const std::filesystem::path& file, const char* level_symbol);

}  // namespace trygg
