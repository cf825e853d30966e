#pragma once

#include <wx/dcbuffer.h>
#include <wx/panel.h>

namespace trygg::gui {

// A panel that draws itself (the risk matrix, the planning board, the follow-up calendar): painted
// double-buffered on its background colour, and drawn again whenever its size changes.
class DrawnPanel : public wxPanel {
public:
  DrawnPanel(wxWindow* parent, wxSize size) : wxPanel(parent, wxID_ANY, wxDefaultPosition, size)
  {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) {
      wxAutoBufferedPaintDC dc(this);
      dc.SetBackground(wxBrush(GetBackgroundColour()));
      dc.Clear();
      draw(dc);
    });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
      Refresh();
      event.Skip();
    });
  }

protected:
  // Draws the picture on the cleared buffer.
  virtual void draw(wxAutoBufferedPaintDC& dc) = 0;
};

}  // namespace trygg::gui
