#pragma once
// The storhelg plan as people take it away: printed (HTML for the print preview) and exported (CSV
// for a spreadsheet), with the routine it was planned against, the conflicts and the summaries.

#include "holiday_planner.hpp"

#include <string>

namespace trygg::holiday {

// One printable page: the routine and its validity, every planned discharge with its outcome, and the
// load per day, per municipality and per actor. `source` says where the discharges came from.
[[nodiscard]] std::string plan_report_html(const StaffingRoutine& routine, const HolidayPlan& plan, const std::string& source);

// One row per planned discharge (id, ward, municipality, planned time, feasible, missing actors,
// earliest after, latest before, waiting days, kronor, note, the version that judged it), with a header
// row; fields quoted as needed.
[[nodiscard]] std::string plan_csv(const StaffingRoutine& routine, const HolidayPlan& plan);

// Whether the wait is known: the day is judged and a time was found before the routine ends.
[[nodiscard]] inline bool wait_known(const PlannedOutcome& outcome) { return outcome.routine_in_force && outcome.earliest_after.has_value(); }
// The days waiting, or "–" when they are not known.
[[nodiscard]] std::string wait_text(const PlannedOutcome& outcome);

// What the wait costs: kronor, "belopp okänt" for a year without a known amount (never 0 kr), "okänt"
// when no time could be found before the routine ends, or "–" when nothing is priced.
[[nodiscard]] std::string kronor_text(const PlannedOutcome& outcome);

// The version that judged the planned day ("sormland-jul-2026 v1"), or "ingen gällande rutin".
[[nodiscard]] std::string governing_text(const PlannedOutcome& outcome);

// Why an outcome has no answer: outside the routine, or no time before it ends; empty otherwise.
[[nodiscard]] std::string outcome_note(const PlannedOutcome& outcome, const StaffingRoutine& routine);

}  // namespace trygg::holiday
