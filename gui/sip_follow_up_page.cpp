#include "sip_follow_up_page.hpp"

#include "follow_up_calendar.hpp"
#include "gui_text.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace trygg::gui {

// wx owns child windows (deleted with their parent), which is why they are made with new here.
SipFollowUpPage::SipFollowUpPage(wxWindow* parent, Workspace& workspace, std::function<void(CaseId)> open_case)
    : wxPanel(parent), workspace_(workspace), open_case_(std::move(open_case))
{
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* top = new wxBoxSizer(wxHORIZONTAL);
  summary_ = new wxStaticText(this, wxID_ANY, {});
  summary_->SetFont(summary_->GetFont().Bold().Larger());
  auto* refresh = new wxButton(this, wxID_REFRESH, tr("Uppdatera"));
  refresh->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { reload(); });
  top->Add(summary_, 1, wxALIGN_CENTER_VERTICAL);
  top->Add(refresh);
  sizer->Add(top, 0, wxEXPAND | wxALL, FromDIP(10));

  auto* body = new wxBoxSizer(wxHORIZONTAL);
  calendar_ = new FollowUpCalendar(this);
  body->Add(calendar_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
  list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  list_->AppendColumn(tr("Uppföljning"), wxLIST_FORMAT_LEFT, FromDIP(100));
  list_->AppendColumn(tr("Namn"), wxLIST_FORMAT_LEFT, FromDIP(150));
  list_->AppendColumn(tr("Kommun"), wxLIST_FORMAT_LEFT, FromDIP(100));
  list_->AppendColumn(tr("Ärende"), wxLIST_FORMAT_LEFT, FromDIP(230));
  list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
    const auto row = static_cast<std::size_t>(event.GetIndex());
    if (row < follow_ups_.size()) {
      open_case_(follow_ups_[row].case_id);
    }
  });
  body->Add(list_, 1, wxEXPAND | wxRIGHT, FromDIP(10));
  sizer->Add(body, 1, wxEXPAND | wxBOTTOM, FromDIP(10));
  SetSizer(sizer);
  reload();
}

void SipFollowUpPage::reload()
{
  try {
    const Timestamp now = workspace_.current_time();
    const auto today = local_date(now);
    const auto until = local_instant(std::chrono::year_month_day{std::chrono::sys_days{today} + std::chrono::days(7 * weeks_shown)}, 0);
    follow_ups_ = workspace_.storage().sip_follow_ups(until);
    int overdue = 0;
    list_->DeleteAllItems();
    for (const auto& follow_up : follow_ups_) {
      const long row = list_->InsertItem(list_->GetItemCount(), utf8(to_iso_date(local_date(follow_up.follow_up_at))));
      list_->SetItem(row, 1, utf8(follow_up.person_name));
      list_->SetItem(row, 2, utf8(follow_up.municipality));
      list_->SetItem(row, 3, wxString::Format("%lld  ", static_cast<long long>(follow_up.case_id)) + utf8(follow_up.case_title));
      if (local_date(follow_up.follow_up_at) < today) {
        ++overdue;
        list_->SetItemBackgroundColour(row, wxColour(0xFF, 0xCD, 0xD2));
      }
    }
    summary_->SetLabel(wxString::Format(tr("%zu SIP att följa upp de närmaste %d veckorna, varav %d försenade"), follow_ups_.size(),
                                        weeks_shown, overdue));
    calendar_->show(follow_ups_, today, weeks_shown);
    Layout();
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Uppföljningarna kunde inte läsas"), wxOK | wxICON_ERROR, this);
  }
}

int SipFollowUpPage::rows() const
{
  return list_->GetItemCount();
}

}  // namespace trygg::gui
