#include "cover_calendar.hpp"

#include "trygg/gui_sdk/palette.hpp"
#include "trygg/gui_sdk/text.hpp"

#include <algorithm>
#include <map>

namespace trygg::gui {

CoverCalendar::CoverCalendar(wxWindow* parent) : DrawnPanel(parent, parent->FromDIP(wxSize(700, 300)))
{
  SetBackgroundColour(*wxWHITE);
  SetName("physician-time-cover");
}

void CoverCalendar::show(physician::WeekCover cover, std::string agreement_name)
{
  cover_ = std::move(cover);
  name_ = std::move(agreement_name);
  Refresh();
}

void CoverCalendar::draw(wxAutoBufferedPaintDC& dc)
{
  static const char* const days[] = {N_("måndag"), N_("tisdag"), N_("onsdag"), N_("torsdag"), N_("fredag"), N_("lördag"), N_("söndag")};
  const wxSize size = GetClientSize();
  dc.SetFont(GetFont());
  const int left = FromDIP(50);
  const int top = FromDIP(44);
  const int bottom = size.y - FromDIP(28);
  const int column = std::max((size.x - left - FromDIP(8)) / 7, FromDIP(40));
  const double per_minute = static_cast<double>(bottom - top) / (24 * 60);
  dc.SetTextForeground(*wxBLACK);
  dc.DrawText(utf8(name_), FromDIP(4), FromDIP(4));
  for (int day = 0; day < 7; ++day) {
    dc.DrawText(tr(days[day]), left + day * column + FromDIP(4), top - FromDIP(20));
  }
  dc.SetTextForeground(wx_colour(sdk::palette::quiet_text));
  for (int hour = 0; hour <= 24; hour += 4) {
    const int y = top + static_cast<int>(hour * 60 * per_minute);
    dc.DrawText(wxString::Format("%02d:00", hour), FromDIP(4), y - dc.GetCharHeight() / 2);
    dc.SetPen(wxPen(wx_colour(sdk::palette::header_background)));
    dc.DrawLine(left, y, left + 7 * column, y);
  }
  // A stretch, cut at each midnight into the day columns it crosses.
  const auto paint = [&](const physician::WeekStretch& stretch, const wxBrush& brush, const wxString& label, const wxColour& ink) {
    for (int from = stretch.from; from < stretch.to;) {
      const int day = (from / (24 * 60)) % 7;
      const int day_end = (from / (24 * 60) + 1) * 24 * 60;
      const int to = std::min(stretch.to, day_end);
      const int y0 = top + static_cast<int>((from % (24 * 60)) * per_minute);
      const int y1 = top + static_cast<int>(((to - 1) % (24 * 60) + 1) * per_minute);
      dc.SetBrush(brush);
      dc.SetPen(*wxTRANSPARENT_PEN);
      dc.DrawRectangle(left + day * column + FromDIP(2), y0, column - FromDIP(4), std::max(1, y1 - y0));
      if (!label.empty() && y1 - y0 > dc.GetCharHeight() + FromDIP(4)) {
        dc.SetTextForeground(ink);
        dc.DrawText(label, left + day * column + FromDIP(6), y0 + FromDIP(2));
      }
      from = to;
    }
  };
  std::map<std::string, wxColour> colours;
  for (const auto& stretch : cover_.covered) {
    if (!colours.contains(stretch.what)) {
      colours[stretch.what] = wx_colour(sdk::palette::series[colours.size() % std::size(sdk::palette::series)]);
    }
    paint(stretch, wxBrush(colours[stretch.what]), utf8(stretch.what), *wxWHITE);
  }
  for (const auto& gap : cover_.gaps) {
    paint(gap, wxBrush(wx_colour(sdk::palette::alarm_background), wxBRUSHSTYLE_SOLID), {}, *wxBLACK);
    paint(gap, wxBrush(wx_colour(sdk::palette::alarm_text), wxBRUSHSTYLE_BDIAGONAL_HATCH), tr("ingen läkare"),
          wx_colour(sdk::palette::alarm_text));
  }
  dc.SetTextForeground(cover_.gaps.empty() ? wx_colour(sdk::palette::ok_text) : wx_colour(sdk::palette::alarm_text));
  dc.DrawText(cover_.gaps.empty() ? tr("Läkare nåbar hela veckan")
                                  : wxString::Format(tr("Ingen läkare att nå %.0f timmar i veckan"), cover_.gap_minutes() / 60.0),
              FromDIP(4), bottom + FromDIP(6));
}

}  // namespace trygg::gui
