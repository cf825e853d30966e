#include "assessment_page.hpp"

#include "assessment_chart.hpp"
#include "assessment_dialog.hpp"
#include "gui_text.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

namespace trygg::gui {

AssessmentPage::AssessmentPage(wxWindow* parent, Workspace& workspace, CaseId id, std::vector<Workspace::Instrument> instruments,
                               std::function<void()> changed)
    : wxPanel(parent), workspace_(workspace), id_(id), instruments_(std::move(instruments)), changed_(std::move(changed))
{
  SetName("assessments");
  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  auto* left = new wxBoxSizer(wxVERTICAL);
  list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(560, -1)), wxLC_REPORT | wxLC_SINGLE_SEL);
  list_->SetName("assessment-list");
  list_->AppendColumn(tr("Instrument"), wxLIST_FORMAT_LEFT, FromDIP(200));
  list_->AppendColumn(tr("Senast"), wxLIST_FORMAT_LEFT, FromDIP(90));
  list_->AppendColumn(tr("Poäng"), wxLIST_FORMAT_RIGHT, FromDIP(55));
  list_->AppendColumn(tr("Nivå"), wxLIST_FORMAT_LEFT, FromDIP(130));
  list_->AppendColumn(tr("Nästa"), wxLIST_FORMAT_LEFT, FromDIP(90));
  list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
    selected_ = static_cast<std::size_t>(event.GetIndex());
    show_chart();
  });
  // A double click on an instrument starts a new assessment with it.
  list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) {
    wxCommandEvent click(wxEVT_BUTTON, new_->GetId());
    new_->GetEventHandler()->ProcessEvent(click);
  });
  left->Add(list_, 1, wxEXPAND | wxALL, FromDIP(6));
  new_ = new wxButton(this, wxID_ANY, tr("Ny bedömning…"));
  new_->SetName("assessment-new");
  new_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (selected_ >= instruments_.size()) {
      return;
    }
    AssessmentDialog dialog(this, *instruments_[selected_].instrument);
    if (dialog.ShowModal() == wxID_OK) {
      record(selected_, dialog.answers());
    }
  });
  left->Add(new_, 0, wxLEFT | wxBOTTOM, FromDIP(6));
  sizer->Add(left, 0, wxEXPAND);
  chart_ = new AssessmentChart(this);
  sizer->Add(chart_, 1, wxEXPAND | wxALL, FromDIP(6));
  SetSizer(sizer);
  show();
  if (!instruments_.empty()) {
    select(0);
  }
}

void AssessmentPage::select(std::size_t index)
{
  if (index < instruments_.size()) {
    list_->SetItemState(static_cast<long>(index), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    selected_ = index;
    show_chart();
  }
}

void AssessmentPage::show()
{
  list_->DeleteAllItems();
  const Timestamp now = workspace_.current_time();
  for (const auto& offered : instruments_) {
    const auto& instrument = *offered.instrument;
    const long row = list_->InsertItem(list_->GetItemCount(), utf8(instrument.title));
    const auto assessments = workspace_.assessments(id_, offered);
    if (assessments.empty()) {
      list_->SetItem(row, 1, tr("aldrig"));
      continue;
    }
    const auto& latest = assessments.back();
    const auto& band = instrument.band_for(latest.score);
    list_->SetItem(row, 1, local_date_text(latest.at));
    list_->SetItem(row, 2, wxString::Format("%d", latest.score));
    list_->SetItem(row, 3, utf8(band.label));
    const Timestamp next = latest.at + std::chrono::days(band.reassess_days.value_or(instrument.reassess_days));
    list_->SetItem(row, 4, local_date_text(next));
    // An overdue reassessment or a high result in red, a result at risk in yellow.
    if (next < now || band.level == ScoredInstrument::Level::high) {
      list_->SetItemBackgroundColour(row, wx_colour(sdk::palette::alarm_background));
    } else if (band.level != ScoredInstrument::Level::none) {
      list_->SetItemBackgroundColour(row, wx_colour(sdk::palette::caution_background));
    }
  }
  if (selected_ < instruments_.size()) {
    list_->SetItemState(static_cast<long>(selected_), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  }
  show_chart();
}

void AssessmentPage::show_chart()
{
  if (selected_ >= instruments_.size()) {
    chart_->show(nullptr, {}, std::nullopt);
    return;
  }
  const auto& offered = instruments_[selected_];
  auto assessments = workspace_.assessments(id_, offered);
  std::optional<Timestamp> next;
  if (!assessments.empty()) {
    const auto& band = offered.instrument->band_for(assessments.back().score);
    next = assessments.back().at + std::chrono::days(band.reassess_days.value_or(offered.instrument->reassess_days));
  }
  chart_->show(offered.instrument, std::move(assessments), next);
}

bool AssessmentPage::record(std::size_t index, const InstrumentAnswers& answers)
{
  if (index >= instruments_.size()) {
    return false;
  }
  try {
    const auto outcome = workspace_.assess(id_, instruments_[index].instrument->id, answers);
    selected_ = index;
    if (!outcome.risk_note.empty()) {
      wxMessageBox(utf8(outcome.risk_note), utf8(instruments_[index].instrument->title), wxOK | wxICON_INFORMATION, this);
    }
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Bedömningen sparades inte"), wxOK | wxICON_ERROR, this);
    return false;
  }
  changed_();
  return true;
}

}  // namespace trygg::gui
