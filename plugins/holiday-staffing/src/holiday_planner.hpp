#pragma once
// Planning discharges over storhelger against a staffing routine: which can happen when planned,
// which cannot because a receiving actor is not staffed, and what to do instead.

#include "payment_liability.hpp"
#include "routine_book.hpp"
#include "staffing_routine.hpp"
#include "trygg/sdk/swedish_time.hpp"

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace trygg::holiday {

struct PlannedDischarge {
  std::string id;  // a case number or a pseudonymous id: never a personnummer
  std::string ward;
  std::chrono::sys_seconds ready;  // expected ready for discharge
  std::string municipality;
  std::vector<Actor> actors;  // who must be staffed for the discharge to happen (the ward always is)
  int line = 0;               // where it came from in a CSV file, 0 otherwise
};

struct PlannedOutcome {
  PlannedDischarge discharge;
  bool feasible = false;
  std::vector<Actor> not_staffed;           // at the planned time
  std::optional<std::chrono::sys_seconds> latest_before;   // the last feasible moment before the planned time
  std::optional<std::chrono::sys_seconds> earliest_after;  // the first feasible moment from the planned time on
  int wait_days = 0;                        // calendar days from the planned day to the earliest day
  std::optional<discharge::Liability> exposure;        // payment liability while waiting, under the agreement
  bool routine_in_force = true;             // false: the planned day is outside the routine (nothing is judged)
  std::string routine_id;                   // the version that judged the planned day, when one did
  int routine_version = 0;
  // No feasible time before the routine ends: after its last day the routine says nothing.
  bool after_routine_end = false;
};

struct DayLoad {
  int planned = 0;
  int infeasible = 0;
};
struct MunicipalityLoad {
  int planned = 0;
  int infeasible = 0;
  int wait_days = 0;
  long exposure = 0;  // kronor
};

struct HolidayPlan {
  std::vector<PlannedOutcome> outcomes;
  std::map<std::chrono::sys_days, DayLoad> per_day;
  std::map<std::string, MunicipalityLoad> per_municipality;
  std::map<Actor, int> blocking;  // how many planned discharges each actor's absence blocks
  std::vector<std::chrono::year_month_day> uncovered_days;  // planned days no routine in force covers
};

// Plans every discharge. Looks up to two weeks back and four weeks ahead for feasible times, within
// the routine's validity. A discharge always needs its ward. Throws sdk::ContentError naming each
// discharge whose municipality the routine does not know (when it names municipalities), with the
// ones it knows: a misspelling must never quietly get the region's hours.
// What a wait costs is priced, when `pricing` is given, under the agreement it picks for the
// discharge's municipality (the region's choice, or one agreement for all).
using Pricing = std::function<discharge::AgreementSelector(const std::string& municipality)>;
[[nodiscard]] HolidayPlan plan_discharges(const StaffingRoutine& routine, const std::vector<PlannedDischarge>& discharges,
                                          const Pricing& pricing = {});
// The same against every version of an area's routine: each day is judged by the decided version in
// force on it, and a wait may run on into the next version.
[[nodiscard]] HolidayPlan plan_discharges(const RoutineBook& book, const std::string& area, const std::vector<PlannedDischarge>& discharges,
                                          const Pricing& pricing = {});

// id,ward,ready,municipality,actors (actors separated by ';', e.g. "ward;home-help"), with or without
// a header row ("id,ward,ready,…"). Throws sdk::ContentError naming the line of a bad row.
[[nodiscard]] std::vector<PlannedDischarge> read_planned_discharges(const std::filesystem::path& csv);

}  // namespace trygg::holiday
