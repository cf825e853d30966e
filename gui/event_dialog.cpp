#include "event_dialog.hpp"

#include "trygg/gui_sdk/form_row.hpp"
#include "gui_text.hpp"

#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace trygg::gui {

EventDialog::EventDialog(wxWindow* parent, std::vector<EventKind> kinds, const Setup& setup)
    : wxDialog(parent, wxID_ANY, setup.title.empty() ? tr("Ny händelse") : setup.title), kinds_(std::move(kinds)),
      note_required_(!setup.note_label.empty())
{
  if (!setup.fixed_kind.empty()) {
    std::erase_if(kinds_, [&](const EventKind& kind) { return kind.kind != setup.fixed_kind; });
    if (kinds_.empty()) {
      kinds_.push_back({setup.fixed_kind, setup.fixed_kind});
    }
  }
  auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 8)));
  grid->AddGrowableCol(1);
  // Only the kinds the process declares: a typo cannot become a new kind of event.
  kind_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(300, -1)));
  for (const auto& kind : kinds_) {
    kind_->Append(utf8(kind.label));
  }
  if (kinds_.size() == 1) {
    kind_->SetSelection(0);
    kind_->Enable(false);
  }
  add_form_row(*grid, this, "Händelse", kind_);
  time_ = new wxTextCtrl(this, wxID_ANY, utf8(format_local(setup.at.value_or(now()))), wxDefaultPosition, wxDefaultSize, 0,
                         wxDefaultValidator, "event-time");
  add_form_row(*grid, this, "Tid (ÅÅÅÅ-MM-DD TT:MM)", time_);
  note_ = new wxTextCtrl(this, wxID_ANY);
  if (setup.ask_note || note_required_) {
    add_form_row(*grid, this, note_required_ ? setup.note_label.utf8_string().c_str() : "Anteckning", note_);
  } else {
    note_->Hide();
  }
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  if (!setup.intro.empty()) {
    auto* intro = new wxStaticText(this, wxID_ANY, setup.intro);
    intro->Wrap(FromDIP(420));
    sizer->Add(intro, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
  }
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
  if (note_required_ && note_->GetValue().Trim().empty()) {
    wxMessageBox(tr("Skriv varför, så att det står i historiken."), tr("Uppgift saknas"), wxOK | wxICON_INFORMATION, this);
    return false;
  }
  at_ = *parsed;
  return true;
}

std::string EventDialog::kind() const
{
  const int chosen = kind_->GetSelection();
  return chosen == wxNOT_FOUND ? std::string() : kinds_.at(static_cast<std::size_t>(chosen)).kind;
}

std::string EventDialog::note() const
{
  return note_->GetValue().utf8_string();
}

}  // namespace trygg::gui
