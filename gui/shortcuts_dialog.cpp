#include "shortcuts_dialog.hpp"

#include "gui_text.hpp"

#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/sizer.h>

#include <functional>

namespace trygg::gui {

std::vector<std::pair<wxString, wxString>> menu_shortcuts(const wxMenuBar& bar)
{
  std::vector<std::pair<wxString, wxString>> result;
  const std::function<void(const wxMenu&, const wxString&)> walk = [&](const wxMenu& menu, const wxString& path) {
    for (const wxMenuItem* item : menu.GetMenuItems()) {
      if (item->IsSeparator()) {
        continue;
      }
      const wxString name = path + " > " + item->GetItemLabelText();
      if (item->IsSubMenu()) {
        walk(*item->GetSubMenu(), name);
        continue;
      }
      const wxString label = item->GetItemLabel();
      if (const int tab = label.Find('\t'); tab != wxNOT_FOUND) {
        result.emplace_back(label.Mid(static_cast<std::size_t>(tab) + 1), name);
      }
    }
  };
  for (std::size_t index = 0; index < bar.GetMenuCount(); ++index) {
    walk(*bar.GetMenu(index), bar.GetMenuLabelText(index));
  }
  return result;
}

void show_shortcuts(wxWindow* parent, const wxMenuBar& bar)
{
  wxDialog dialog(parent, wxID_ANY, tr("Kortkommandon"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
  auto* list = new wxListCtrl(&dialog, wxID_ANY, wxDefaultPosition, dialog.FromDIP(wxSize(520, 360)), wxLC_REPORT | wxLC_SINGLE_SEL);
  list->SetName("shortcuts");
  list->AppendColumn(tr("Kortkommando"), wxLIST_FORMAT_LEFT, dialog.FromDIP(120));
  list->AppendColumn(tr("Kommando"), wxLIST_FORMAT_LEFT, dialog.FromDIP(380));
  for (const auto& [key, command] : menu_shortcuts(bar)) {
    const long row = list->InsertItem(list->GetItemCount(), key);
    list->SetItem(row, 1, command);
  }
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(list, 1, wxEXPAND | wxALL, dialog.FromDIP(10));
  sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK), 0, wxEXPAND | wxALL, dialog.FromDIP(8));
  dialog.SetSizerAndFit(sizer);
  dialog.ShowModal();
}

}  // namespace trygg::gui
