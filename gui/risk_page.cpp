#include "risk_page.hpp"

#include "gui_text.hpp"
#include "risk_dialog.hpp"
#include "risk_matrix_panel.hpp"
#include "trygg/gui_sdk/palette.hpp"

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
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  const auto add_button = [&](const char* label, const char* name, auto handler) {
    auto* button = new wxButton(this, wxID_ANY, tr(label), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
    button->Bind(wxEVT_BUTTON, handler);
    buttons->Add(button, 0, wxRIGHT, FromDIP(6));
  };
  add_button("Ny risk…", "risk-new", [this](wxCommandEvent&) { ask_new_risk(); });
  add_button("Ändra…", "risk-edit", [this](wxCommandEvent&) { ask_edit_risk(); });
  add_button("Åtgärd klar", "risk-action-done", [this](wxCommandEvent&) { complete_next_action(); });
  left->Add(buttons, 0, wxLEFT | wxBOTTOM, FromDIP(8));
  risks_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { ask_edit_risk(); });
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
      actions += wxString::FromUTF8(action.done_at ? "✔ " : "☐ ") +
                 utf8(action.description + " (" + action.owner + (action.due ? ", " + to_iso_date(*action.due) : "") + ")  ");
    }
    if (actions.empty() && level.requires_action) {
      actions = tr("Åtgärd krävs!");
      risks_->SetItemTextColour(row, wx_colour(sdk::palette::alarm_text));
    }
    risks_->SetItem(row, 6, actions);
    risks_->SetItem(row, 7, risk.follow_up ? utf8(to_iso_date(*risk.follow_up)) : wxString::FromUTF8("–"));
  }
  matrix_->show(analysis_);
}

void RiskPage::save(const std::function<void()>& write, const wxString& failure)
{
  try {
    write();
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), failure, wxOK | wxICON_ERROR, this);
  }
  changed_();
}

void RiskPage::ask_new_risk()
{
  RiskDialog dialog(this, analysis_.risk_template);
  if (dialog.ShowModal() == wxID_OK) {
    save([&] { workspace_.add_risk(analysis_.id, dialog.risk()); }, tr("Risken sparades inte"));
  }
}

const Risk* RiskPage::selected_risk() const
{
  const long row = risks_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  return row >= 0 && static_cast<std::size_t>(row) < analysis_.risks.size() ? &analysis_.risks[static_cast<std::size_t>(row)]
                                                                             : nullptr;
}

bool RiskPage::select_risk(std::size_t index)
{
  if (index >= analysis_.risks.size()) {
    return false;
  }
  risks_->SetItemState(static_cast<long>(index), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                       wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  return true;
}

void RiskPage::ask_edit_risk()
{
  const Risk* risk = selected_risk();
  if (risk == nullptr) {
    wxMessageBox(tr("Välj först en risk i listan."), tr("Ingen risk vald"), wxOK | wxICON_INFORMATION, this);
    return;
  }
  const Risk existing = *risk;
  RiskDialog dialog(this, analysis_.risk_template, &existing);
  if (dialog.ShowModal() == wxID_OK) {
    save([&] { workspace_.update_risk(existing.id, dialog.risk()); },
         tr("Risken sparades inte"));
  }
}

void RiskPage::complete_next_action()
{
  const Risk* risk = selected_risk();
  if (risk == nullptr) {
    wxMessageBox(tr("Välj först en risk i listan."), tr("Ingen risk vald"), wxOK | wxICON_INFORMATION, this);
    return;
  }
  for (const auto& action : risk->actions) {
    if (!action.done_at) {
      const auto action_id = action.id;
      save([&] { workspace_.complete_action(action_id); }, tr("Åtgärden sparades inte"));
      return;
    }
  }
  wxMessageBox(tr("Risken har ingen öppen åtgärd."), tr("Åtgärd klar"), wxOK | wxICON_INFORMATION, this);
}

}  // namespace trygg::gui
