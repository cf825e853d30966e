#include "date_field.hpp"

#include "gui_text.hpp"
#include "trygg/time.hpp"

#include <algorithm>
#include <cctype>

namespace trygg::gui {

DateField::DateField(wxWindow* parent, std::chrono::year_month_day initial)
    : wxTextCtrl(parent, wxID_ANY, utf8(to_iso_date(initial)))
{
  SetHint(tr("ÅÅÅÅ-MM-DD"));
  SetToolTip(tr("Datum som ÅÅÅÅ-MM-DD, t.ex. 2026-12-24"));
}

std::optional<std::chrono::year_month_day> DateField::date() const
{
  std::string text = GetValue().Trim().Trim(false).utf8_string();
  // 20261224 is read as 2026-12-24.
  if (text.size() == 8 && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c) != 0; })) {
    text = text.substr(0, 4) + "-" + text.substr(4, 2) + "-" + text.substr(6, 2);
  }
  return from_iso_date(text);
}

void DateField::set_date(std::chrono::year_month_day date)
{
  ChangeValue(utf8(to_iso_date(date)));
}

}  // namespace trygg::gui
