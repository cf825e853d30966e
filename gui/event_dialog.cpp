#include "event_dialog.hpp"

#include "trygg/gui_sdk/form_row.hpp"
#include "gui_text.hpp"

#include <wx/combobox.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace trygg::gui {

EventDialog::EventDialog(wxWindow* parent, std::vector<EventKind> kinds)
    : wxDialog(parent, wxID_ANY, tr("Ny händelse")), kinds_(std::move(kinds))
{
  auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 8)));
  grid->AddGrowableCol(1);
  kind_ = new wxComboBox(this, wxID_ANY, {}, wxDefaultPosition, FromDIP(wxSize(300, -1)));
  for (const auto& kind : kinds_) {
    kind_->Append(utf8(kind.label));
  }
  add_form_row(*grid, this, "Händelse", kind_);
  time_ = new wxTextCtrl(this, wxID_ANY, utf8(format_local(now())));
  add_form_row(*grid, this, "Tid (ÅÅÅÅ-MM-DD TT:MM)", time_);
  note_ = new wxTextCtrl(this, wxID_ANY);
  add_form_row(*grid, this, "Anteckning", note_);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
  sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(8));
  SetSizerAndFit(sizer);
}

bool EventDialog::TransferDataFromWindow()
{
  if (kind().empty()) {
    wxMessageBox(tr("Ange vilken händelse det gäller."), tr("Uppgift saknas"), wxOK | wxICON_INFORMATION, this);
    return false;
  }
  const auto parsed = parse_user_time(time_->GetValue().Trim().utf8_string());
  if (!parsed) {
    wxMessageBox(tr("Skriv tiden som 2026-12-24 14:30."), tr("Tiden går inte att läsa"), wxOK | wxICON_INFORMATION, this);
    return false;
  }
  at_ = *parsed;
  return true;
}

std::string EventDialog::kind() const
{
  const auto typed = kind_->GetValue().Trim().Trim(false).utf8_string();
  for (const auto& known : kinds_) {
    if (known.label == typed) {
      return known.kind;
    }
  }
  return typed;
}

std::string EventDialog::note() const
{
  return note_->GetValue().utf8_string();
}

}  // namespace trygg::gui
