#pragma once
// A row of buttons above a page or tool: each labelled in Swedish (translated here), named so tests and
// screenshots find it, and bound to what it does. Header-only. (3.2)

#include "trygg/gui_sdk/text.hpp"

#include <wx/button.h>
#include <wx/sizer.h>

namespace trygg::gui {

template <class Handler>
wxButton* add_button(wxWindow* parent, wxSizer& row, const char* swedish_label, const char* name, Handler handler)
{
  auto* button = new wxButton(parent, wxID_ANY, tr(swedish_label));  // wx owns child windows
  button->SetName(name);
  button->Bind(wxEVT_BUTTON, handler);
  row.Add(button, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, parent->FromDIP(6));
  return button;
}

}  // namespace trygg::gui
