#pragma once

#include <wx/stattext.h>

namespace trygg::gui {

// A page's or a pane's title: the text font, bold and a little larger.
inline wxStaticText* heading(wxWindow* parent, const wxString& text)
{
  auto* label = new wxStaticText(parent, wxID_ANY, text);
  label->SetFont(label->GetFont().Bold().Scaled(1.15F));
  return label;
}

}  // namespace trygg::gui
