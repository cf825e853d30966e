#pragma once

#include "gui_text.hpp"

#include <wx/dcmemory.h>
#include <wx/html/htmprint.h>

#include <string>

namespace trygg::gui {

// The width an A4 portrait page leaves for the text under wx's default print margins (25.2 mm each
// side), in screen pixels at 96 per inch: what wx's HTML printing lays a page out in before scaling.
inline constexpr int a4_text_width_px = static_cast<int>((210.0 - 2 * 25.2) / 25.4 * 96.0);

// How wide an HTML printout lays out on such a page: wider than a4_text_width_px means cut columns.
inline int printed_width(const std::string& html)
{
  wxBitmap bitmap(8, 8);
  wxMemoryDC dc(bitmap);
  wxHtmlDCRenderer renderer;
  renderer.SetDC(&dc);
  renderer.SetStandardFonts();
  renderer.SetSize(a4_text_width_px, 100000);
  renderer.SetHtmlText(utf8(html));
  return renderer.GetTotalWidth();
}

}  // namespace trygg::gui
