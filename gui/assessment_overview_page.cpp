#include "assessment_overview_page.hpp"

#include "assessment_share_chart.hpp"
#include "gui_text.hpp"
#include "trygg/gui_sdk/palette.hpp"
#include "trygg/workspace.hpp"

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace trygg::gui {

AssessmentOverviewPage::AssessmentOverviewPage(wxWindow* parent, const Workspace& workspace, std::function<void(CaseId)> open_case)
    : wxPanel(parent), workspace_(workspace), open_case_(std::move(open_case))
{
  SetName("assessment-overview");
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  summary_ = new wxStaticText(this, wxID_ANY, {});
  sizer->Add(summary_, 0, wxALL, FromDIP(8));
  chart_ = new AssessmentShareChart(this);
  sizer->Add(chart_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));
  due_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  due_->SetName("assessment-due");
  for (const auto& [label, width] : std::initializer_list<std::pair<const char*, int>>{{N_("Kommun"), 110},
                                                                                     {N_("Namn"), 170},
                                                                                     {N_("Personnummer"), 120},
                                                                                     {N_("Ärende"), 180},
                                                                                     {N_("Instrument"), 240},
                                                                                     {N_("Senast"), 90},
                                                                                     {N_("Förfaller"), 130},
                                                                                     {N_("Nivå"), 150}}) {
    due_->AppendColumn(tr(label), wxLIST_FORMAT_LEFT, FromDIP(width));
  }
  due_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
    const auto row = static_cast<std::size_t>(event.GetIndex());
    if (row < overview_.due.size()) {
      open_case_(overview_.due[row].case_id);
    }
  });
  sizer->Add(due_, 1, wxEXPAND | wxALL, FromDIP(8));
  SetSizer(sizer);
  show();
}

void AssessmentOverviewPage::show()
{
  const Timestamp now = workspace_.current_time();
  overview_ = assessment_overview(workspace_, end_of_local_day(now));
  chart_->show(overview_.municipalities);
  due_->DeleteAllItems();
  for (const auto& item : overview_.due) {
    const long row = due_->InsertItem(due_->GetItemCount(), utf8(item.municipality));
    due_->SetItem(row, 1, utf8(item.person_name));
    due_->SetItem(row, 2, display_identity(item.person_identity));
    due_->SetItem(row, 3, utf8(item.case_title));
    due_->SetItem(row, 4, utf8(item.instrument));
    due_->SetItem(row, 5, item.last ? local_date_text(*item.last) : tr("aldrig"));
    due_->SetItem(row, 6, item.last ? local_time(item.due) : wxString());
    due_->SetItem(row, 7, utf8(item.level));
    if (item.last && item.due < now) {
      due_->SetItemBackgroundColour(row, wx_colour(sdk::palette::alarm_background));
    }
  }
  int persons = 0;
  for (const auto& [name, counts] : overview_.municipalities) {
    persons += counts.persons;
  }
  summary_->SetLabel(wxString::Format(trn("%d person i öppna ärenden med bedömningsinstrument; %zu bedömningar att göra i dag eller försenade.",
                                          "%d personer i öppna ärenden med bedömningsinstrument; %zu bedömningar att göra i dag eller försenade.",
                                          static_cast<unsigned long>(persons)),
                                      persons, overview_.due.size()));
  Layout();
}

}  // namespace trygg::gui
