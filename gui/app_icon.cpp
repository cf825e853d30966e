#include "app_icon.hpp"

#include "trygg/gui_sdk/palette.hpp"

#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/graphics.h>

#include <memory>

namespace trygg::gui {

wxIcon app_icon(int size)
{
  wxBitmap bitmap(size, size, 32);
  bitmap.UseAlpha();
  {
    wxMemoryDC dc(bitmap);
    dc.SetBackground(*wxTRANSPARENT_BRUSH);
    dc.Clear();
    const std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (gc) {
      const double unit = size / 64.0;
      gc->SetPen(*wxTRANSPARENT_PEN);
      gc->SetBrush(wxBrush(wx_colour(sdk::palette::series[0])));
      gc->DrawRoundedRectangle(2 * unit, 2 * unit, 60 * unit, 60 * unit, 12 * unit);
      gc->SetBrush(*wxWHITE_BRUSH);
      gc->DrawRectangle(14 * unit, 12 * unit, 36 * unit, 8 * unit);  // the T's bar
      gc->DrawRectangle(28 * unit, 12 * unit, 8 * unit, 40 * unit);  // its stem
      gc->SetPen(wxPen(wx_colour(sdk::palette::series[3]), static_cast<int>(6 * unit)));
      wxGraphicsPath tick = gc->CreatePath();
      tick.MoveToPoint(36 * unit, 44 * unit);
      tick.AddLineToPoint(43 * unit, 51 * unit);
      tick.AddLineToPoint(56 * unit, 34 * unit);
      gc->StrokePath(tick);
    }
  }
  wxIcon icon;
  icon.CopyFromBitmap(bitmap);
  return icon;
}

}  // namespace trygg::gui
