#include "risk_dialog.hpp"

#include "date_field.hpp"
#include "gui_text.hpp"
#include "trygg/gui_sdk/form_row.hpp"
#include "trygg/time.hpp"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace trygg::gui {
namespace {

wxChoice* scale_choice(wxWindow* parent, const std::vector<ScaleStep>& steps)
{
  auto* choice = new wxChoice(parent, wxID_ANY);
  for (const auto& step : steps) {
    choice->Append(wxString::Format("%d  ", step.value) + utf8(step.label));
  }
  choice->SetSelection(0);
  return choice;
}

}  // namespace

RiskDialog::RiskDialog(wxWindow* parent, const RiskTemplate& scales, const Risk* existing)
    : wxDialog(parent, wxID_ANY, existing != nullptr ? tr("Ändra risk") : tr("Ny risk"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      scales_(scales)
{
  auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 8)));
  grid->AddGrowableCol(1);
  const auto row = [&](const char* label, wxWindow* control) { add_form_row(*grid, this, label, control); };
  area_ = new wxChoice(this, wxID_ANY);
  for (const auto& area : scales.areas) {
    area_->Append(utf8(area.label));
  }
  area_->SetSelection(0);
  row("Område", area_);
  description_ = new wxTextCtrl(this, wxID_ANY, {}, wxDefaultPosition, FromDIP(wxSize(380, 60)), wxTE_MULTILINE);
  row("Beskrivning", description_);
  likelihood_ = scale_choice(this, scales.likelihood);
  row("Sannolikhet", likelihood_);
  consequence_ = scale_choice(this, scales.consequence);
  row("Konsekvens", consequence_);

  has_residual_ = new wxCheckBox(this, wxID_ANY, tr("Bedöm kvarstående risk efter åtgärd"));
  grid->AddSpacer(0);
  grid->Add(has_residual_);
  residual_likelihood_ = scale_choice(this, scales.likelihood);
  row("Sannolikhet efter", residual_likelihood_);
  residual_consequence_ = scale_choice(this, scales.consequence);
  row("Konsekvens efter", residual_consequence_);

  action_ = new wxTextCtrl(this, wxID_ANY);
  row(existing != nullptr ? N_("Ny åtgärd") : N_("Åtgärd"), action_);
  owner_ = new wxTextCtrl(this, wxID_ANY);
  row("Ansvarig", owner_);
  const auto today_date = today();  // the Swedish date, not the UTC one
  action_due_ = new DateField(this, std::chrono::sys_days{today_date} + std::chrono::days(3));
  row("Klar senast", action_due_);
  has_follow_up_ = new wxCheckBox(this, wxID_ANY, tr("Följ upp"));
  has_follow_up_->SetValue(true);
  grid->AddSpacer(0);
  grid->Add(has_follow_up_);
  follow_up_ = new DateField(this, std::chrono::sys_days{today_date} + std::chrono::weeks(1));
  row("Uppföljning", follow_up_);

  const auto update = [this] {
    residual_likelihood_->Enable(has_residual_->GetValue());
    residual_consequence_->Enable(has_residual_->GetValue());
    follow_up_->Enable(has_follow_up_->GetValue());
  };
  has_residual_->Bind(wxEVT_CHECKBOX, [update](wxCommandEvent&) { update(); });
  has_follow_up_->Bind(wxEVT_CHECKBOX, [update](wxCommandEvent&) { update(); });
  if (existing != nullptr) {
    fill_from(*existing);
  }
  update();

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
  sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(8));
  SetSizerAndFit(sizer);
}

void RiskDialog::fill_from(const Risk& existing)
{
  fill(existing.area, existing.description, existing.likelihood, existing.consequence);
  has_residual_->SetValue(existing.residual_likelihood.has_value());
  if (existing.residual_likelihood && existing.residual_consequence) {
    residual_likelihood_->SetSelection(*existing.residual_likelihood - 1);
    residual_consequence_->SetSelection(*existing.residual_consequence - 1);
  }
  has_follow_up_->SetValue(existing.follow_up.has_value());
  if (existing.follow_up) {
    follow_up_->set_date(*existing.follow_up);
  }
}

void RiskDialog::fill(const std::string& area_id, const std::string& description, int likelihood, int consequence)
{
  for (std::size_t i = 0; i < scales_.areas.size(); ++i) {
    if (scales_.areas[i].id == area_id) {
      area_->SetSelection(static_cast<int>(i));
    }
  }
  description_->SetValue(utf8(description));
  likelihood_->SetSelection(likelihood - 1);
  consequence_->SetSelection(consequence - 1);
}

bool RiskDialog::TransferDataFromWindow()
{
  if (description_->GetValue().Trim().empty()) {
    wxMessageBox(tr("Beskriv risken."), tr("Uppgift saknas"), wxOK | wxICON_INFORMATION, this);
    description_->SetFocus();
    return false;
  }
  for (const auto& [field, used] : {std::pair{follow_up_, has_follow_up_->GetValue()}, std::pair{action_due_, !action_->GetValue().Trim().empty()}}) {
    if (used && !field->date()) {
      wxMessageBox(wxString::Format(tr("\"%s\" är inget datum. Skriv det som 2026-12-24."), field->GetValue()),
                   tr("Datumet går inte att läsa"), wxOK | wxICON_INFORMATION, this);
      field->SetFocus();
      return false;
    }
  }
  if (!action_->GetValue().Trim().empty() && owner_->GetValue().Trim().empty()) {
    wxMessageBox(tr("Ange vem som ansvarar för åtgärden."), tr("Uppgift saknas"), wxOK | wxICON_INFORMATION, this);
    owner_->SetFocus();
    return false;
  }
  return true;
}

RiskAssessment RiskDialog::risk() const
{
  RiskAssessment result;
  const int area = area_->GetSelection();
  result.area = area >= 0 ? scales_.areas[static_cast<std::size_t>(area)].id : std::string();
  result.description = description_->GetValue().Trim().utf8_string();
  result.likelihood = likelihood_->GetSelection() + 1;
  result.consequence = consequence_->GetSelection() + 1;
  if (has_residual_->GetValue()) {
    result.residual_likelihood = residual_likelihood_->GetSelection() + 1;
    result.residual_consequence = residual_consequence_->GetSelection() + 1;
  }
  if (has_follow_up_->GetValue()) {
    result.follow_up = follow_up_->date();
  }
  if (!action_->GetValue().Trim().empty()) {
    result.actions.push_back({0, action_->GetValue().Trim().utf8_string(), owner_->GetValue().Trim().utf8_string(),
                              action_due_->date(), std::nullopt});
  }
  return result;
}

}  // namespace trygg::gui
