#pragma once

#include <wx/string.h>

#include <utility>
#include <vector>

class wxMenuBar;
class wxWindow;

namespace trygg::gui {

// Each menu command with a key: the key as the menu shows it, and "Menu > Command".
[[nodiscard]] std::vector<std::pair<wxString, wxString>> menu_shortcuts(const wxMenuBar& bar);

// Hjälp > Kortkommandon: every menu command that has a key, read from the menu bar itself, so a tool a
// plugin adds (Ctrl+G, Ctrl+L) is listed with the shell's own and the list cannot fall behind the menus.
void show_shortcuts(wxWindow* parent, const wxMenuBar& bar);

}  // namespace trygg::gui
