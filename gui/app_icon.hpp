#pragma once

#include <wx/icon.h>

namespace trygg::gui {

// Trygg's icon, drawn rather than shipped as a file: a blue rounded square with a white "T" and a green
// tick, for the window and the About box (an icon file that fails to load shows as a broken image).
[[nodiscard]] wxIcon app_icon(int size = 64);

}  // namespace trygg::gui
