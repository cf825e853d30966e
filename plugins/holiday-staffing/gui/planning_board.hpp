#pragma once

#include "holiday_planner.hpp"

#include "trygg/gui_sdk/drawn_panel.hpp"

#include <functional>

namespace trygg::gui {

using holiday::HolidayPlan;
using holiday::StaffingRoutine;

// Days across, actors down: each actor's staffed hours (06-22) drawn as bars for one municipality,
// storhelg days shaded, days no routine covers hatched red, and the planned discharges in the bottom
// row: green where they can happen, red where they cannot, with a ring at the suggested time.
class PlanningBoard : public DrawnPanel {
public:
  // Which version governs a day: null where none is in force.
  using RoutineOn = std::function<const StaffingRoutine*(std::chrono::year_month_day)>;
  explicit PlanningBoard(wxWindow* parent);
  void show(RoutineOn routine_on, const std::string& municipality, const HolidayPlan& plan, std::chrono::year_month_day first,
            std::chrono::year_month_day last);

private:
  void draw(wxAutoBufferedPaintDC& dc) override;

  RoutineOn routine_on_;
  std::string municipality_;
  HolidayPlan plan_;
  std::chrono::year_month_day first_;
  std::chrono::year_month_day last_;
};

}  // namespace trygg::gui
