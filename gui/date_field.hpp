#pragma once

#include <wx/textctrl.h>

#include <chrono>
#include <optional>

namespace trygg::gui {

// A date as Swedes write it, ÅÅÅÅ-MM-DD, typed or pasted (also 20261126), whatever the desktop's
// locale: the stock date picker showed 11/26/2026 under a C locale and dropped a typed ISO date.
class DateField : public wxTextCtrl {
public:
  DateField(wxWindow* parent, std::chrono::year_month_day initial);
  // The date typed, or nullopt when the text is not a date.
  [[nodiscard]] std::optional<std::chrono::year_month_day> date() const;
  void set_date(std::chrono::year_month_day date);
};

}  // namespace trygg::gui
