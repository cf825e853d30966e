#pragma once

#include <wx/window.h>

#include <filesystem>
#include <string>

namespace trygg::gui {

// Copies what a top-level window shows on screen into a PNG file. Returns an empty string on
// success, otherwise what went wrong.
[[nodiscard]] std::string save_screenshot(wxWindow& window, const std::filesystem::path& file);

}  // namespace trygg::gui
