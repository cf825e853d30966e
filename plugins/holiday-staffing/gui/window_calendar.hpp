#pragma once

#include "discharge_window.hpp"

#include "trygg/gui_sdk/drawn_panel.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace trygg::gui {

// One row of the calendar: the region's hours or a municipality's, day by day.
struct WindowCalendarRow {
  std::string label;
  std::vector<holiday::DayWindows> days;  // the days of the routine's validity in the shown period, in order
};

// Days across, the region and each municipality down: in each cell the discharge windows (06–22) as
// green bars, a day with none filled red, a day outside the routine's validity hatched; weekends and
// holidays marked in the header. Hovering a cell says what the day is and why it has no window.
class WindowCalendar : public DrawnPanel {
public:
  explicit WindowCalendar(wxWindow* parent);
  void show(std::vector<WindowCalendarRow> rows, std::chrono::year_month_day first, std::chrono::year_month_day last);
  [[nodiscard]] const std::vector<WindowCalendarRow>& rows() const { return rows_; }

private:
  void draw(wxAutoBufferedPaintDC& dc) override;
  // The row's day under a point of the panel, if a cell is there.
  [[nodiscard]] const holiday::DayWindows* day_at(wxPoint point) const;

  std::vector<WindowCalendarRow> rows_;
  std::chrono::year_month_day first_;
  std::chrono::year_month_day last_;
};

}  // namespace trygg::gui
