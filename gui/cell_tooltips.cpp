#include "cell_tooltips.hpp"

#include <wx/listctrl.h>

#include <algorithm>

namespace trygg::gui {

wxString cut_cell_text(const wxListCtrl& list, long row, int x)
{
  if (row < 0 || row >= list.GetItemCount()) {
    return {};
  }
  int left = 0;
  for (int column = 0; column < list.GetColumnCount(); ++column) {
    const int width = list.GetColumnWidth(column);
    if (x >= left && x < left + width) {
      const wxString text = list.GetItemText(row, column);
      // A little room for the cell's own margins: a text that just fits is not cut.
      return list.GetTextExtent(text).x + list.FromDIP(12) > width ? text : wxString();
    }
    left += width;
  }
  return {};
}

void show_cut_cells_as_tooltips(wxListCtrl& list)
{
  // The generic list draws its rows in a child window (the header is another, above it): the mouse moves
  // there, and the list scrolls it.
  for (auto* rows : list.GetChildren()) {
    rows->Bind(wxEVT_MOTION, [&list, rows](wxMouseEvent& event) {
      event.Skip();
      const auto& children = list.GetChildren();
      if (std::any_of(children.begin(), children.end(),
                      [rows](const wxWindow* other) { return other->GetPosition().y > rows->GetPosition().y; })) {
        return;  // the header
      }
      int flags = 0;
      const long row = list.HitTest(event.GetPosition(), flags);
      const wxString text = cut_cell_text(list, row, list.CalcUnscrolledPosition(event.GetPosition()).x);
      if (text != (rows->GetToolTip() != nullptr ? rows->GetToolTipText() : wxString())) {
        if (text.empty()) {
          rows->UnsetToolTip();
        } else {
          rows->SetToolTip(text);
        }
      }
    });
  }
}

}  // namespace trygg::gui
