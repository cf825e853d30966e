#pragma once

#include <optional>
#include <string>

class wxWindow;

namespace trygg::gui {

// The database used last time is gone (moved, on a drive not mounted, deleted). Asked, never switched
// silently to the user's own database: find it (a file dialog), use the user's own database instead
// (returns ""), or quit (returns nothing).
[[nodiscard]] std::optional<std::string> choose_missing_database(wxWindow* parent, const std::string& last);

}  // namespace trygg::gui
