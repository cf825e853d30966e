#pragma once

#include "gui_text.hpp"

#include <wx/listctrl.h>

#include <initializer_list>
#include <utility>

namespace trygg::gui {

// A report-style list with translated column titles (Swedish source, marked with N_) and widths in DIP.
inline wxListCtrl* report_list(wxWindow* parent, std::initializer_list<std::pair<const char*, int>> columns)
{
  auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  for (const auto& [label, width] : columns) {
    list->AppendColumn(tr(label), wxLIST_FORMAT_LEFT, parent->FromDIP(width));
  }
  return list;
}

}  // namespace trygg::gui
