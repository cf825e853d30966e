#include "holiday_planner.hpp"

#include "discharge_window.hpp"

#include "trygg/sdk/clock.hpp"
#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/csv.hpp"
#include "trygg/sdk/text.hpp"
#include "trygg/sdk/personal_identity.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

namespace trygg::holiday {
namespace {

using namespace std::chrono;

constexpr int days_back = 14;
constexpr int days_ahead = 28;

year_month_day shifted(year_month_day day, int by)
{
  return year_month_day{sys_days{day} + days{by}};
}

// Which routine judges a day: the one chosen, or an area's version in force; none outside them.
using RoutineOn = std::function<const StaffingRoutine*(year_month_day)>;

// The times of a day when every needed actor is staffed, as minute intervals. Cached, because a
// season's plan asks the same day, municipality and actors thousands of times.
class FeasibleTimes {
public:
  explicit FeasibleTimes(const RoutineOn& routine_on) : routine_on_(routine_on) {}

  const std::vector<TimeWindow>& on(year_month_day day, const PlannedDischarge& discharge)
  {
    std::string key = std::to_string(sys_days{day}.time_since_epoch().count()) + '|' + discharge.municipality + '|';
    for (const auto actor : discharge.actors) {
      key += std::string(to_string(actor)) + ',';
    }
    auto found = cache_.find(key);
    if (found == cache_.end()) {
      found = cache_.emplace(key, compute(day, discharge)).first;
    }
    return found->second;
  }

private:
  std::vector<TimeWindow> compute(year_month_day day, const PlannedDischarge& discharge) const
  {
    const auto* routine = routine_on_(day);
    return routine ? common_windows(routine->staffing(day, discharge.municipality), discharge.actors) : std::vector<TimeWindow>{};
  }

  const RoutineOn& routine_on_;
  std::map<std::string, std::vector<TimeWindow>> cache_;
};

// Every municipality the routine of the planned day names, or none when it names none (then its hours
// are the region's for all). A discharge in a municipality it does not name is refused, naming the ones
// it knows.
void check_municipalities(const RoutineOn& routine_on, const std::vector<PlannedDischarge>& discharges)
{
  std::vector<sdk::ContentProblem> problems;
  for (const auto& discharge : discharges) {
    const auto* routine = routine_on(sdk::swedish_date(discharge.ready));
    if (routine == nullptr) {
      continue;  // outside every routine: said as an uncovered day
    }
    if (!routine->knows_municipality(discharge.municipality)) {
      std::string known;
      for (const auto& [name, schedule] : routine->municipalities) {
        known += (known.empty() ? "" : ", ") + name;
      }
      problems.push_back({{}, discharge.line, {},
                          sdk::trf("{}: rutinen {} känner inte kommunen \"{}\"; den känner {}", discharge.id, routine->name,
                                   discharge.municipality, known)});
    }
  }
  if (!problems.empty()) {
    throw sdk::ContentError(std::move(problems));
  }
}

HolidayPlan plan_with(const RoutineOn& routine_on, const std::vector<PlannedDischarge>& discharges, const Pricing& pricing)
{
  check_municipalities(routine_on, discharges);
  HolidayPlan plan;
  FeasibleTimes feasible(routine_on);
  std::set<sys_days> uncovered;
  for (const auto& planned : discharges) {
    // A discharge needs at least its ward, whatever the list says.
    PlannedDischarge discharge = planned;
    if (std::find(discharge.actors.begin(), discharge.actors.end(), Actor::ward) == discharge.actors.end()) {
      discharge.actors.insert(discharge.actors.begin(), Actor::ward);
    }
    PlannedOutcome outcome{discharge, false, {}, std::nullopt, std::nullopt, 0, std::nullopt, true};
    const auto day = sdk::swedish_date(discharge.ready);
    const int minute = sdk::swedish_minute(discharge.ready);
    const auto* routine = routine_on(day);
    outcome.routine_in_force = routine != nullptr;
    if (!outcome.routine_in_force) {
      // Outside the routine nothing is judged: no actor is blamed, no wait or cost is made up.
      uncovered.insert(sys_days{day});
      ++plan.per_day[sys_days{day}].planned;
      ++plan.per_municipality[discharge.municipality].planned;
      plan.outcomes.push_back(std::move(outcome));
      continue;
    }
    outcome.routine_id = routine->id;
    outcome.routine_version = routine->version;
    const auto staffing = routine->staffing(day, discharge.municipality);
    for (const auto actor : discharge.actors) {
      const auto windows = staffing.find(actor);
      const bool staffed = windows != staffing.end() &&
                           std::any_of(windows->second.begin(), windows->second.end(),
                                       [minute](const TimeWindow& window) { return window.contains(minute); });
      if (!staffed) {
        outcome.not_staffed.push_back(actor);
      }
    }
    outcome.feasible = outcome.not_staffed.empty();

    for (int back = 0; back <= days_back && !outcome.latest_before; ++back) {
      const auto candidate = shifted(day, -back);
      const auto& intervals = feasible.on(candidate, discharge);
      for (auto interval = intervals.rbegin(); interval != intervals.rend(); ++interval) {
        const int latest = back == 0 ? std::min(interval->to - 1, minute) : interval->to - 1;
        if (latest >= interval->from) {
          outcome.latest_before = sdk::swedish_instant(candidate, latest);
          break;
        }
      }
    }
    for (int ahead = 0; ahead <= days_ahead && !outcome.earliest_after; ++ahead) {
      const auto candidate = shifted(day, ahead);
      if (routine_on(candidate) == nullptr) {
        outcome.after_routine_end = true;  // the routine says nothing from here on: no time is invented
        break;
      }
      for (const auto& interval : feasible.on(candidate, discharge)) {
        const int earliest = ahead == 0 ? std::max(interval.from, minute) : interval.from;
        if (earliest < interval.to) {
          outcome.earliest_after = sdk::swedish_instant(candidate, earliest);
          outcome.wait_days = ahead;
          break;
        }
      }
    }
    if (pricing && outcome.earliest_after) {
      // What waiting costs if the municipality is liable: the notices sent at the ready time.
      discharge::LiabilityCase care;
      care.admission_notice = discharge.ready;
      care.ready_notices = {discharge.ready};
      care.sip_called = discharge.ready;
      care.discharged = outcome.earliest_after;
      outcome.exposure = discharge::payment_liability(pricing(discharge.municipality), care, *outcome.earliest_after);
    }

    auto& load = plan.per_day[sys_days{day}];
    ++load.planned;
    auto& municipal = plan.per_municipality[discharge.municipality];
    ++municipal.planned;
    if (!outcome.feasible) {
      ++load.infeasible;
      ++municipal.infeasible;
      for (const auto actor : outcome.not_staffed) {
        ++plan.blocking[actor];
      }
    }
    municipal.wait_days += outcome.wait_days;
    municipal.exposure += outcome.exposure ? outcome.exposure->amount : 0;
    plan.outcomes.push_back(std::move(outcome));
  }
  for (const auto day : uncovered) {
    plan.uncovered_days.emplace_back(day);
  }
  return plan;
}

}  // namespace

HolidayPlan plan_discharges(const StaffingRoutine& routine, const std::vector<PlannedDischarge>& discharges,
                            const Pricing& pricing)
{
  const RoutineOn chosen = [&routine](year_month_day day) { return routine.in_force(day) ? &routine : nullptr; };
  return plan_with(chosen, discharges, pricing);
}

HolidayPlan plan_discharges(const RoutineBook& book, const std::string& area, const std::vector<PlannedDischarge>& discharges,
                            const Pricing& pricing)
{
  const RoutineOn in_force = [&book, &area](year_month_day day) { return book.in_force(area, day); };
  return plan_with(in_force, discharges, pricing);
}

std::vector<PlannedDischarge> read_planned_discharges(const std::filesystem::path& csv)
{
  std::vector<PlannedDischarge> result;
  std::vector<sdk::ContentProblem> problems;
  for (const auto& row : sdk::read_csv_rows(csv, "id")) {
    const auto& fields = row.fields;
    const auto problem = [&](std::string message) { problems.push_back({csv, row.line, {}, std::move(message)}); };
    if (fields.size() != 5) {
      problem(sdk::trf("{} fält, väntade 5: id,ward,ready,municipality,actors", fields.size()));
      continue;
    }
    // A planning list is shared widely: it must not carry personnummer.
    if (sdk::PersonalIdentity::parse(fields[0], sdk::swedish_today()).identity) {
      problem(sdk::tr("id ser ut som ett personnummer; använd ärendenummer eller ett pseudonymt id"));
      continue;
    }
    const auto ready = sdk::parse_swedish_time(fields[2]);
    if (!ready) {
      problem(sdk::trf("\"{}\" är ingen tid; skriv t.ex. 2026-12-24 10:00", fields[2]));
      continue;
    }
    // A blank actors column is missing data, not "the ward only": a discharge home needs someone there.
    if (fields[4].find_first_not_of(" \t") == std::string::npos) {
      problem(sdk::tr("kolumnen actors är tom: skriv vilka aktörer utskrivningen behöver, t.ex. ward;home-help"));
      continue;
    }
    PlannedDischarge discharge{fields[0], fields[1], *ready, fields[3], {}, row.line};
    for (const auto& id : sdk::split_csv_line(fields[4], ';')) {
      if (const auto actor = actor_from(id)) {
        discharge.actors.push_back(*actor);
      } else if (!id.empty()) {
        problem(sdk::trf("okänd aktör \"{}\"", id));
      }
    }
    result.push_back(std::move(discharge));
  }
  if (!problems.empty()) {
    throw sdk::ContentError(std::move(problems));
  }
  return result;
}

}  // namespace trygg::holiday
