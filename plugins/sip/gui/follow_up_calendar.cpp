#include "follow_up_calendar.hpp"

#include "trygg/gui_sdk/text.hpp"
#include "trygg/sdk/swedish_calendar.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <wx/dcbuffer.h>

#include <map>

namespace trygg::gui {
namespace {

using namespace std::chrono;

sys_days monday_of(year_month_day day)
{
  const sys_days days{day};
  return days - (weekday{days} - Monday);
}

// The ISO 8601 week number, as Swedish calendars print it: the week of the Thursday.
unsigned iso_week(sys_days day)
{
  const sys_days thursday = day - (weekday{day} - Monday) + days(3);
  const year_month_day thursday_date{thursday};
  return static_cast<unsigned>((thursday - sys_days{thursday_date.year() / January / 1}).count() / 7 + 1);
}

bool red_day(year_month_day date)
{
  const auto holiday = sdk::holiday_on(date);
  return weekday{sys_days{date}} == Sunday || (holiday && holiday->public_holiday);
}

}  // namespace

FollowUpCalendar::FollowUpCalendar(wxWindow* parent) : DrawnPanel(parent, parent->FromDIP(wxSize(560, 280)))
{
  SetBackgroundColour(*wxWHITE);
}

void FollowUpCalendar::show(const std::vector<sdk::DueRecord>& follow_ups, year_month_day today, int weeks)
{
  follow_ups_ = follow_ups;
  today_ = today;
  weeks_ = weeks;
  Refresh();
}

void FollowUpCalendar::draw(wxAutoBufferedPaintDC& dc)
{
  if (weeks_ <= 0) {
    return;
  }
  const sys_days today{today_};
  std::map<sys_days, int> due;  // per day; everything overdue counts on today
  int overdue = 0;
  for (const auto& follow_up : follow_ups_) {
    const sys_days day{sdk::swedish_date(follow_up.due)};
    if (day < today) {
      ++overdue;
      ++due[today];
    } else {
      ++due[day];
    }
  }
  const wxSize size = GetClientSize();
  const int left = FromDIP(56);
  const int top = FromDIP(24);
  const int cell_w = (size.x - left - FromDIP(4)) / 7;
  const int cell_h = std::min(FromDIP(44), (size.y - top - FromDIP(4)) / weeks_);
  static const char* const day_names[] = {N_("mån"), N_("tis"), N_("ons"), N_("tor"), N_("fre"), N_("lör"), N_("sön")};
  dc.SetFont(GetFont().Smaller());
  dc.SetTextForeground(wxColour(0x55, 0x55, 0x55));
  for (int column = 0; column < 7; ++column) {
    dc.DrawText(tr(day_names[column]), left + column * cell_w + FromDIP(4), FromDIP(4));
  }
  const sys_days first = monday_of(today_);
  for (int week = 0; week < weeks_; ++week) {
    const int y = top + week * cell_h;
    const sys_days monday = first + days(7 * week);
    dc.SetTextForeground(wxColour(0x55, 0x55, 0x55));
    dc.DrawText(wxString::Format(tr("v. %u"), iso_week(monday)), FromDIP(6), y + FromDIP(4));
    for (int column = 0; column < 7; ++column) {
      const sys_days day = monday + days(column);
      const year_month_day date{day};
      const int x = left + column * cell_w;
      const int count = due.count(day) > 0 ? due[day] : 0;
      wxColour fill = day < today ? wxColour(0xF5, 0xF5, 0xF5) : *wxWHITE;
      if (count > 0) {
        const bool late = day == today && overdue > 0;
        fill = late ? wx_colour(sdk::palette::alarm_background) : count >= 3 ? wxColour(0x90, 0xCA, 0xF9) : wxColour(0xE3, 0xF2, 0xFD);
      }
      dc.SetBrush(wxBrush(fill));
      dc.SetPen(wxPen(day == today ? wx_colour(sdk::palette::guidance_text) : wxColour(0xDD, 0xDD, 0xDD), day == today ? FromDIP(2) : 1));
      dc.DrawRectangle(x, y, cell_w - FromDIP(2), cell_h - FromDIP(2));
      dc.SetFont(GetFont().Smaller());
      dc.SetTextForeground(red_day(date) ? wxColour(0xC6, 0x28, 0x28) : wxColour(0x44, 0x44, 0x44));
      dc.DrawText(wxString::Format("%u", static_cast<unsigned>(date.day())), x + FromDIP(4), y + FromDIP(2));
      if (count > 0) {
        dc.SetFont(GetFont().Bold().Larger());
        dc.SetTextForeground(wxColour(0x1A, 0x1A, 0x1A));
        const wxString text = wxString::Format("%d", count);
        const wxSize extent = dc.GetTextExtent(text);
        dc.DrawText(text, x + (cell_w - extent.x) / 2, y + (cell_h - extent.y) / 2 + FromDIP(3));
      }
    }
  }
}

}  // namespace trygg::gui
