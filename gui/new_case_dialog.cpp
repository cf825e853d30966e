#include "new_case_dialog.hpp"

#include "app_settings.hpp"

#include "trygg/gui_sdk/form_row.hpp"
#include "gui_text.hpp"
#include "trygg/personal_identity.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <algorithm>

#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace trygg::gui {

NewCaseDialog::NewCaseDialog(wxWindow* parent, const Workspace& workspace)
    : wxDialog(parent, wxID_ANY, tr("Nytt ärende")), workspace_(workspace)
{
  auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 8)));
  grid->AddGrowableCol(1);
  const auto row = [&](const char* label, wxWindow* control) { add_form_row(*grid, this, label, control); };
  process_ = new wxChoice(this, wxID_ANY);
  for (const auto& plugin : workspace.plugins().plugins()) {
    if (!plugin.loaded) {
      continue;
    }
    for (const auto& process : plugin.manifest->processes) {
      processes_.emplace_back(plugin.id, process.id);
      about_person_.push_back(process.about_person);
      process_->Append(utf8(process.name));
    }
  }
  // The process chosen last time, so a coordinator who opens discharges all day picks it once.
  const auto last = AppSettings::load().last_process;
  int selected = processes_.empty() ? wxNOT_FOUND : 0;
  for (std::size_t index = 0; index < processes_.size(); ++index) {
    if (processes_[index].first + "/" + processes_[index].second == last) {
      selected = static_cast<int>(index);
    }
  }
  process_->SetSelection(selected);
  row("Process", process_);
  identity_ = new wxTextCtrl(this, wxID_ANY, {}, wxDefaultPosition, FromDIP(wxSize(320, -1)));
  identity_->SetHint(tr("ÅÅÅÅMMDD-NNNN"));
  row("Personnummer", identity_);
  identity_check_ = new wxStaticText(this, wxID_ANY, " ");
  grid->AddSpacer(0);
  grid->Add(identity_check_);
  name_ = new wxTextCtrl(this, wxID_ANY);
  row("Namn", name_);
  municipality_ = new wxComboBox(this, wxID_ANY);
  try {
    for (const auto& name : workspace.storage().municipalities()) {
      municipality_->Append(utf8(name));
    }
  } catch (const std::exception&) {
    // Suggestions only; typing a municipality still works.
  }
  row("Kommun", municipality_);
  title_ = new wxTextCtrl(this, wxID_ANY);
  title_->SetHint(tr("t.ex. Höftfraktur, avdelning 12"));
  row("Rubrik", title_);
  identity_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { check_identity(); });
  process_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show_subject(); });
  show_subject();

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
  sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(8));
  SetSizerAndFit(sizer);
  // Wide enough for the line under the number to name a known person without clipping.
  SetSize(wxSize(std::max(GetSize().GetWidth(), FromDIP(560)), GetSize().GetHeight()));
}

void NewCaseDialog::check_identity()
{
  const auto text = identity_->GetValue().Trim().Trim(false).utf8_string();
  if (text.empty()) {
    identity_check_->SetLabel(" ");
    return;
  }
  const auto check = parsed_identity();
  if (check.identity) {
    identity_check_->SetForegroundColour(wx_colour(sdk::palette::ok_text));
    wxString label = wxString::FromUTF8("✔ ") + utf8(std::string(to_string(check.identity->kind()))) + ", " +
                     utf8(check.identity->display());
    // A known person is shown as known, and their name and municipality filled in where empty: changing
    // them changes all their cases, and is asked about when the case is made.
    for (const auto& row : workspace_.storage().list_cases({.status = std::nullopt, .search = check.identity->normalised()})) {
      if (row.person_identity == check.identity->normalised()) {
        // The number is in the field above: the line names the person instead, so it fits.
        label = wxString::FromUTF8("✔ ") + utf8(std::string(to_string(check.identity->kind()))) +
                wxString::Format(tr(" · känd: %s, %s"), utf8(row.person_name), utf8(row.municipality));
        if (about_person() && name_->GetValue().Trim().empty()) {
          name_->ChangeValue(utf8(row.person_name));
        }
        if (municipality_->GetValue().Trim().empty()) {
          municipality_->ChangeValue(utf8(row.municipality));
        }
        break;
      }
    }
    identity_check_->SetLabel(label);
  } else {
    identity_check_->SetForegroundColour(wx_colour(sdk::palette::alarm_text));
    identity_check_->SetLabel(utf8(check.reason));
  }
  Layout();
}

bool NewCaseDialog::about_person() const
{
  const int selected = process_->GetSelection();
  return selected == wxNOT_FOUND || about_person_.at(static_cast<std::size_t>(selected));
}

void NewCaseDialog::show_subject()
{
  const bool person = about_person();
  identity_->Enable(person);
  name_->Enable(person);
  identity_check_->SetLabel(person ? wxString(" ") : tr("Processen gäller ingen person: skriv i rubriken vad ärendet gäller."));
  identity_check_->SetForegroundColour(GetForegroundColour());
  title_->SetHint(person ? tr("t.ex. Höftfraktur, avdelning 12") : tr("t.ex. Solgården, jul och nyår 2026"));
  if (person) {
    check_identity();
  }
  Layout();
}

IdentityCheck NewCaseDialog::parsed_identity() const
{
  return PersonalIdentity::parse(identity_->GetValue().Trim().Trim(false).utf8_string(), today(),
                                 workspace_.storage().reserve_number_formats());
}

bool NewCaseDialog::TransferDataFromWindow()
{
  const auto check = parsed_identity();
  if (processes_.empty()) {
    wxMessageBox(tr("Ingen plugin med en process är laddad."), tr("Nytt ärende"), wxOK | wxICON_ERROR, this);
    return false;
  }
  if (!about_person()) {
    if (title_->GetValue().Trim().empty()) {
      wxMessageBox(tr("Skriv i rubriken vad ärendet gäller: enheten, avtalet eller perioden."), tr("Uppgift saknas"),
                   wxOK | wxICON_INFORMATION, this);
      title_->SetFocus();
      return false;
    }
  } else if (!check.identity) {
    wxMessageBox(tr("Personnumret är inte giltigt: ") + utf8(check.reason), tr("Kontrollera personnumret"),
                 wxOK | wxICON_INFORMATION, this);
    identity_->SetFocus();
    return false;
  }
  if (about_person() && name_->GetValue().Trim().empty()) {
    wxMessageBox(tr("Ange personens namn."), tr("Uppgift saknas"), wxOK | wxICON_INFORMATION, this);
    name_->SetFocus();
    return false;
  }
  auto settings = AppSettings::load();
  settings.last_process = plugin_id() + "/" + process();
  settings.save();
  return true;
}

std::string NewCaseDialog::plugin_id() const
{
  return processes_.at(static_cast<std::size_t>(process_->GetSelection())).first;
}

std::string NewCaseDialog::process() const
{
  return processes_.at(static_cast<std::size_t>(process_->GetSelection())).second;
}

Person NewCaseDialog::person() const
{
  if (!about_person()) {
    return {{}, {}, municipality_->GetValue().Trim().utf8_string()};
  }
  const auto check = parsed_identity();
  return {check.identity ? check.identity->normalised() : std::string(), name_->GetValue().Trim().utf8_string(),
          municipality_->GetValue().Trim().utf8_string()};
}

std::string NewCaseDialog::title() const
{
  return title_->GetValue().Trim().utf8_string();
}

}  // namespace trygg::gui
