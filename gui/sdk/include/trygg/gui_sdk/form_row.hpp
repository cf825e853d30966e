#pragma once

#include "trygg/gui_sdk/text.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>

namespace trygg::gui {

// One "label: field" row of a dialog's two-column form; the field takes the spare width.
inline void add_form_row(wxFlexGridSizer& grid, wxWindow* parent, const char* swedish_label, wxWindow* field)
{
  grid.Add(new wxStaticText(parent, wxID_ANY, tr(swedish_label)), 0, wxALIGN_CENTER_VERTICAL);
  grid.Add(field, 1, wxEXPAND);
}

}  // namespace trygg::gui
