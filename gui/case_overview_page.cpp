#include "case_overview_page.hpp"

#include "report_list.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

namespace trygg::gui {

CaseOverviewPage::CaseOverviewPage(wxWindow* parent, const Workspace& workspace, std::function<void()> correct,
                                   std::function<void()> withdraw)
    : wxPanel(parent), workspace_(workspace)
{
  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  events_ = report_list(this, {{N_("Tid"), 130}, {N_("Händelse"), 220}, {N_("Anteckning"), 200}, {N_("Registrerad av"), 130}});
  deadlines_ = report_list(this, {{N_("Frist"), 300}, {N_("Senast"), 130}, {N_("Läge"), 110}, {N_("Källa"), 200}});
  auto* events_column = new wxBoxSizer(wxVERTICAL);
  events_column->Add(events_, 1, wxEXPAND);
  auto* event_buttons = new wxBoxSizer(wxHORIZONTAL);
  for (auto& [label, handler] : std::vector<std::pair<const char*, std::function<void()>>>{
           {N_("Rätta tiden…"), std::move(correct)}, {N_("Ta tillbaka…"), std::move(withdraw)}}) {
    auto* button = new wxButton(this, wxID_ANY, tr(label));
    button->Bind(wxEVT_BUTTON, [handler = std::move(handler)](wxCommandEvent&) { handler(); });
    event_buttons->Add(button, 0, wxRIGHT, FromDIP(6));
    write_controls_.push_back(button);
  }
  events_column->Add(event_buttons, 0, wxTOP, FromDIP(6));
  sizer->Add(events_column, 1, wxEXPAND | wxALL, FromDIP(8));
  sizer->Add(deadlines_, 1, wxEXPAND | wxALL, FromDIP(8));
  SetSizer(sizer);
}

void CaseOverviewPage::show(const CaseView& view)
{
  const auto& care_case = view.care_case;
  shown_events_ = care_case.events;
  events_->DeleteAllItems();
  for (const auto& event : care_case.events) {
    const long row = events_->InsertItem(events_->GetItemCount(), local_time(event.at));
    events_->SetItem(row, 1, utf8(workspace_.event_label(care_case, event.kind)));
    events_->SetItem(row, 2, utf8(event.note));
    events_->SetItem(row, 3, utf8(event.recorded_by));
  }
  deadlines_->DeleteAllItems();
  for (const auto& item : view.deadlines.deadlines) {
    const long row = deadlines_->InsertItem(deadlines_->GetItemCount(), utf8(item.deadline.label));
    deadlines_->SetItem(row, 1, utf8(format_local_deadline(item.deadline.due)));
    deadlines_->SetItem(row, 2, utf8(deadline_state_label(item.state)));
    deadlines_->SetItem(row, 3, utf8(item.deadline.source));
    deadlines_->SetItemBackgroundColour(row, wx_colour(sdk::state_background(item.state)));
  }
}

const CaseEvent* CaseOverviewPage::selected_event() const
{
  const long row = events_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  if (row < 0 || static_cast<std::size_t>(row) >= shown_events_.size()) {
    wxMessageBox(tr("Välj först en händelse i listan."), tr("Ingen händelse vald"), wxOK | wxICON_INFORMATION,
                 const_cast<CaseOverviewPage*>(this));
    return nullptr;
  }
  return &shown_events_[static_cast<std::size_t>(row)];
}

}  // namespace trygg::gui
