#include "sip_follow_up_page.hpp"

#include "follow_up_calendar.hpp"
#include "sip_plan_json.hpp"
#include "trygg/gui_sdk/text.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace trygg::gui {

// wx owns child windows (deleted with their parent), which is why they are made with new here.
SipFollowUpPage::SipFollowUpPage(wxWindow* parent, PageHost& host) : wxPanel(parent), host_(host)
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
      host_.open_case(follow_ups_[row].case_row.id);
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
    const auto now = host_.services().now();
    const auto today = sdk::swedish_date(now);
    const auto until = sdk::swedish_instant(std::chrono::year_month_day{std::chrono::sys_days{today} + std::chrono::days(7 * weeks_shown)}, 0);
    follow_ups_ = host_.services().records_due(sip::plan_record, until);
    int overdue = 0;
    list_->DeleteAllItems();
    for (const auto& follow_up : follow_ups_) {
      const auto& row_case = follow_up.case_row;
      const long row = list_->InsertItem(list_->GetItemCount(), local_date_text(follow_up.due));
      list_->SetItem(row, 1, utf8(row_case.person_name));
      list_->SetItem(row, 2, utf8(row_case.municipality));
      list_->SetItem(row, 3, wxString::Format("%lld  ", static_cast<long long>(row_case.id)) + utf8(row_case.title));
      if (sdk::swedish_date(follow_up.due) < today) {
        ++overdue;
        list_->SetItemBackgroundColour(row, wx_colour(sdk::palette::alarm_background));
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
