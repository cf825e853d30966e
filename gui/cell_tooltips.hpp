#pragma once
// A list's cell whose text is cut at its column's edge shows the whole text as a tooltip when the mouse
// rests on it: long item texts, names and titles are read without widening the column.

#include <wx/string.h>

class wxListCtrl;

namespace trygg::gui {

// The whole text of the cell at `position` (in the list's item area, unscrolled) when the column cuts it,
// else empty.
[[nodiscard]] wxString cut_cell_text(const wxListCtrl& list, long row, int x);
void show_cut_cells_as_tooltips(wxListCtrl& list);

}  // namespace trygg::gui
