#pragma once
// Where a routine's hours leave room for a discharge: the hours of a day in which every actor it needs
// is staffed at once (the discharge window), the days with none, and whose change would open one.

#include "staffing_routine.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace trygg::holiday {

// Who a discharge needs staffed unless told otherwise: the ward, home health care and home help, as for
// the most common discharge, home with both.
[[nodiscard]] const std::vector<Actor>& usual_discharge_actors();

// The times of the day every actor in `needed` is staffed, as minute intervals in order.
[[nodiscard]] std::vector<TimeWindow> common_windows(const DayStaffing& staffing, const std::vector<Actor>& needed);

struct DayWindows {
  std::chrono::year_month_day day;
  std::string municipality;             // "" for the region's own hours
  DayStaffing staffing;                 // of the needed actors, as the routine gives them that day
  std::vector<TimeWindow> windows;      // when all of them are there
  std::vector<Actor> not_staffed;       // needed and not staffed at all that day
  // With no window: each actor whose hours alone keep it shut, with the hours the others share (so
  // staffing that actor then would open a window).
  std::vector<std::pair<Actor, std::vector<TimeWindow>>> would_open;
  [[nodiscard]] bool open() const { return !windows.empty(); }
};

// Where a routine's windows are looked at: each municipality it names, else the region as a whole ("").
[[nodiscard]] std::vector<std::string> window_places(const StaffingRoutine& routine);

// Every day from `first` to `last` inside the routine's validity, for the region (municipality "") or
// one municipality.
[[nodiscard]] std::vector<DayWindows> discharge_windows(const StaffingRoutine& routine, const std::string& municipality,
                                                        std::chrono::year_month_day first, std::chrono::year_month_day last,
                                                        const std::vector<Actor>& needed);

// "08–14" and "08:30–14"
[[nodiscard]] std::string window_text(const TimeWindow& window);
// "08–12, 13–16"
[[nodiscard]] std::string windows_text(const std::vector<TimeWindow>& windows);
// "2027-12-24, Flen: Slutenvårdsavdelning 08–14 och Hemtjänst 15–19 möts aldrig: inget utskrivningsfönster", in the UI language.
[[nodiscard]] std::string gap_text(const DayWindows& day);
// "Hemtjänst bemannad 10–14 skulle öppna ett fönster", for each of a closed day's would_open, in the UI language.
[[nodiscard]] std::vector<std::string> would_open_texts(const DayWindows& day);
// The same on one line, with "; " between: a table's cell.
[[nodiscard]] std::string would_open_line(const DayWindows& day);

}  // namespace trygg::holiday
