#include "day_header.hpp"

#include "trygg/gui_sdk/palette.hpp"
#include "trygg/gui_sdk/text.hpp"
#include "trygg/sdk/swedish_calendar.hpp"

#include <wx/control.h>
#include <wx/window.h>

namespace trygg::gui {
namespace {

using namespace std::chrono;

const char* weekday_short(year_month_day day)
{
  static const char* const names[] = {"sön", "mån", "tis", "ons", "tor", "fre", "lör"};
  return names[weekday{sys_days{day}}.c_encoding()];
}

}  // namespace

void draw_day_header(wxGraphicsContext& gc, wxDC& dc, year_month_day day, double x, double width, bool covered)
{
  const wxWindow* window = dc.GetWindow();
  const wxFont font = window->GetFont();
  const wxColour day_off(0x1F, 0x4E, 0x8C);
  const bool working = sdk::is_working_day(day);
  const wxString date = wxString::Format("%u/%u", static_cast<unsigned>(day.day()), static_cast<unsigned>(day.month()));
  // Narrow columns (a month shown) keep the date and drop the weekday.
  const wxString weekday_and_date = utf8(weekday_short(day)) + " " + date;
  double text_width = 0;
  double text_height = 0;
  gc.SetFont(font.Bold(), working ? *wxBLACK : day_off);
  gc.GetTextExtent(weekday_and_date, &text_width, &text_height);
  gc.DrawText(text_width + 6 <= width ? weekday_and_date : date, x + 3, window->FromDIP(4));
  const int room = static_cast<int>(width) - 6;
  if (const auto holiday = sdk::holiday_on(day)) {
    gc.SetFont(font.Smaller(), day_off);
    gc.DrawText(wxControl::Ellipsize(utf8(holiday->name), dc, wxELLIPSIZE_END, room), x + 3, window->FromDIP(22));
  } else if (!covered) {
    gc.SetFont(font.Smaller(), wx_colour(sdk::palette::alarm_text));
    gc.DrawText(wxControl::Ellipsize(tr("ingen rutin"), dc, wxELLIPSIZE_END, room), x + 3, window->FromDIP(22));
  }
}

}  // namespace trygg::gui
