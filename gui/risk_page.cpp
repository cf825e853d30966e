#include "risk_page.hpp"

#include "gui_text.hpp"
#include "risk_dialog.hpp"
#include "risk_matrix_panel.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

namespace trygg::gui {

RiskPage::RiskPage(wxWindow* parent, Workspace& workspace, std::function<void()> changed)
    : wxPanel(parent), workspace_(workspace), changed_(std::move(changed))
{
  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  auto* left = new wxBoxSizer(wxVERTICAL);
  risks_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  risks_->AppendColumn("#", wxLIST_FORMAT_RIGHT, FromDIP(30));
  risks_->AppendColumn(tr("Område"), wxLIST_FORMAT_LEFT, FromDIP(140));
  risks_->AppendColumn(tr("Risk"), wxLIST_FORMAT_LEFT, FromDIP(230));
  risks_->AppendColumn(tr("S×K"), wxLIST_FORMAT_LEFT, FromDIP(70));
  risks_->AppendColumn(tr("Nivå"), wxLIST_FORMAT_LEFT, FromDIP(90));
  risks_->AppendColumn(tr("Efter åtgärd"), wxLIST_FORMAT_LEFT, FromDIP(90));
  risks_->AppendColumn(tr("Åtgärder"), wxLIST_FORMAT_LEFT, FromDIP(260));
  risks_->AppendColumn(tr("Uppföljning"), wxLIST_FORMAT_LEFT, FromDIP(95));
  left->Add(risks_, 1, wxEXPAND | wxALL, FromDIP(8));
  auto* add = new wxButton(this, wxID_ANY, tr("Ny risk…"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "risk-new");
  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ask_new_risk(); });
  left->Add(add, 0, wxLEFT | wxBOTTOM, FromDIP(8));
  sizer->Add(left, 1, wxEXPAND);
  matrix_ = new RiskMatrixPanel(this);
  matrix_->SetMinSize(FromDIP(wxSize(520, 420)));
  sizer->Add(matrix_, 0, wxEXPAND | wxALL, FromDIP(8));
  SetSizer(sizer);
}

void RiskPage::show(const RiskAnalysis& analysis)
{
  analysis_ = analysis;
  risks_->DeleteAllItems();
  const auto& scales = analysis_.risk_template;
  int number = 1;
  for (const auto& risk : analysis_.risks) {
    const long row = risks_->InsertItem(risks_->GetItemCount(), wxString::Format("%d", number++));
    const auto* area = scales.area(risk.area);
    risks_->SetItem(row, 1, utf8(area != nullptr ? area->label : risk.area));
    risks_->SetItem(row, 2, utf8(risk.description));
    risks_->SetItem(row, 3, wxString::Format(utf8("%d×%d = %d"), risk.likelihood, risk.consequence, risk.score()));
    const auto& level = scales.level_for(risk.score());
    risks_->SetItem(row, 4, utf8(level.label));
    const auto residual = risk.residual_score();
    risks_->SetItem(row, 5, residual ? wxString::Format("%d (", *residual) + utf8(scales.level_for(*residual).label) + ")"
                                     : wxString::FromUTF8("–"));
    wxString actions;
    for (const auto& action : risk.actions) {
      actions += utf8(action.description + " (" + action.owner + (action.due ? ", " + to_iso_date(*action.due) : "") + ")  ");
    }
    if (actions.empty() && level.requires_action) {
      actions = tr("Åtgärd krävs!");
      risks_->SetItemTextColour(row, wxColour(0xB0, 0x1E, 0x1E));
    }
    risks_->SetItem(row, 6, actions);
    risks_->SetItem(row, 7, risk.follow_up ? utf8(to_iso_date(*risk.follow_up)) : wxString::FromUTF8("–"));
  }
  matrix_->show(analysis_);
}

void RiskPage::ask_new_risk()
{
  RiskDialog dialog(this, analysis_.risk_template);
  if (dialog.ShowModal() != wxID_OK) {
    return;
  }
  try {
    workspace_.storage().add_risk(analysis_.id, dialog.risk(), workspace_.actor());
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Risken sparades inte"), wxOK | wxICON_ERROR, this);
  }
  changed_();
}

}  // namespace trygg::gui
