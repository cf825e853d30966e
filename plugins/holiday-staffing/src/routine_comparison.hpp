#pragma once
// What changed from one version of a staffing routine to another: its header, and each actor's hours per
// kind of day and per agreed day, for the region and for each municipality whose hours do not simply
// follow the region's change. Agreed days are set against each other by where they sit in the year
// (julafton against julafton, the last day of the Christmas weekend against the last day), as the
// new-version tool moves them, never by date.

#include "staffing_routine.hpp"

#include <optional>
#include <string>
#include <vector>

namespace trygg::holiday {

// An actor's hours on a day as one version gives them: the windows (none: not staffed), or nothing at all
// when the version has no such day (outside its validity, or a kind of day it does not describe).
using VersionHours = std::optional<std::vector<TimeWindow>>;

struct HoursChange {
  std::string day;           // "Vardagar", "julafton 2027-12-24"
  std::string compared_day;  // the earlier version's day it is set against ("2026-12-24"), "" for a kind of day
  std::string municipality;  // "" for the region's hours
  Actor actor = Actor::ward;
  VersionHours before;
  VersionHours after;
};

struct HeaderChange {
  std::string field;  // "Giltighet", in the UI language
  std::string before;
  std::string after;
};

struct RoutineComparison {
  std::string before_title;  // "sormland-jul-2026 v1 (beslutad)"
  std::string after_title;
  std::vector<HeaderChange> header;
  std::vector<HoursChange> hours;  // kinds of day first, then agreed days by date; region before municipalities
};

[[nodiscard]] RoutineComparison compare_routines(const StaffingRoutine& before, const StaffingRoutine& after);

// "08–14, 15–19", "inte bemannad", "ingen sådan dag", in the UI language.
[[nodiscard]] std::string hours_text(const VersionHours& hours);

// The comparison side by side as a printable A4 page.
[[nodiscard]] std::string comparison_html(const RoutineComparison& comparison);

}  // namespace trygg::holiday
