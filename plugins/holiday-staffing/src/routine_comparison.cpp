#include "routine_comparison.hpp"

#include "discharge_window.hpp"
#include "routine_document.hpp"
#include "routine_redating.hpp"

#include "trygg/sdk/markup.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"
#include "trygg/sdk/text_fold.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

namespace trygg::holiday {
namespace {

using namespace std::chrono;
using sdk::tr;

// Who is staffed on a day, or nothing when the version has no such day.
using Staffing = std::optional<DayStaffing>;
using Lookup = std::function<Staffing(const std::string& municipality)>;

VersionHours hours_of(const Staffing& staffing, Actor actor)
{
  if (!staffing) {
    return std::nullopt;
  }
  const auto found = staffing->find(actor);
  return found == staffing->end() ? std::vector<TimeWindow>{} : found->second;
}

std::string title_of(const StaffingRoutine& routine)
{
  return fmt::format("{} v{} ({})", routine.id, routine.version, status_label(routine.status));
}

// A kind of day as a version describes it for a municipality: the municipality's hours over the region's.
Staffing kind_staffing(const StaffingRoutine& routine, std::optional<DayStaffing> Schedule::*kind, const std::string& municipality)
{
  Staffing result = routine.region.*kind;
  const auto* local = routine.schedule_of(municipality);
  if (local != nullptr && local->*kind) {
    result = with_overrides(result.value_or(DayStaffing{}), *(local->*kind));
  }
  return result;
}

Staffing staffing_on(const StaffingRoutine& routine, std::optional<year_month_day> day, const std::string& municipality)
{
  if (!day || !routine.in_force(*day)) {
    return std::nullopt;
  }
  return routine.staffing(*day, municipality);
}

// Every date either version agrees hours for, in the region or any municipality.
std::vector<year_month_day> agreed_days(const StaffingRoutine& routine)
{
  std::vector<sys_days> days;
  const auto add = [&](const Schedule& schedule) {
    for (const auto& [day, staffing] : schedule.days) {
      days.push_back(day);
    }
  };
  add(routine.region);
  for (const auto& [name, schedule] : routine.municipalities) {
    add(schedule);
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return {days.begin(), days.end()};
}

// The day in `routine` that sits where `day` sits in its year, within the routine's validity.
std::optional<year_month_day> counterpart(const StaffingRoutine& routine, year_month_day day)
{
  const auto role = role_of(day);
  for (int year = static_cast<int>(routine.valid_from.year()); year <= static_cast<int>(routine.last_day().year()); ++year) {
    if (const auto found = day_in(role, year); found && routine.in_force(*found)) {
      return found;
    }
  }
  return std::nullopt;
}

// Both versions' municipalities, each once (names compared as Swedish readers compare them).
std::vector<std::string> municipalities_of(const StaffingRoutine& before, const StaffingRoutine& after)
{
  std::vector<std::string> names;
  for (const auto* routine : {&before, &after}) {
    for (const auto& [name, schedule] : routine->municipalities) {
      if (std::none_of(names.begin(), names.end(), [&](const std::string& known) { return sdk::fold_for_search(known) == sdk::fold_for_search(name); })) {
        names.push_back(name);
      }
    }
  }
  return names;
}

// The actors whose hours differ on one day: the region's, then each municipality's where its change is not
// the region's own.
void add_day(std::vector<HoursChange>& changes, const std::vector<std::string>& municipalities, const std::string& day,
             const std::string& compared_day, const Lookup& before, const Lookup& after)
{
  const auto region_before = before({});
  const auto region_after = after({});
  for (const auto actor : all_actors()) {
    if (auto was = hours_of(region_before, actor), is = hours_of(region_after, actor); was != is) {
      changes.push_back({day, compared_day, {}, actor, std::move(was), std::move(is)});
    }
  }
  for (const auto& municipality : municipalities) {
    const auto local_before = before(municipality);
    const auto local_after = after(municipality);
    for (const auto actor : all_actors()) {
      auto was = hours_of(local_before, actor);
      auto is = hours_of(local_after, actor);
      if (was != is && (was != hours_of(region_before, actor) || is != hours_of(region_after, actor))) {
        changes.push_back({day, compared_day, municipality, actor, std::move(was), std::move(is)});
      }
    }
  }
}

std::string day_label(year_month_day day)
{
  return describe(role_of(day)) + " " + sdk::to_iso_date(day);
}

std::vector<HeaderChange> header_changes(const StaffingRoutine& before, const StaffingRoutine& after)
{
  const auto decision = [](const StaffingRoutine& routine) {
    return routine.decided_on ? sdk::to_iso_date(*routine.decided_on) + (routine.decided_by.empty() ? "" : ", " + routine.decided_by)
                              : std::string("–");
  };
  const auto validity = [](const StaffingRoutine& routine) {
    return sdk::to_iso_date(routine.valid_from) + " – " + sdk::to_iso_date(routine.last_day());
  };
  const auto yes_no = [](bool value) { return value ? tr("ja") : tr("nej"); };
  const std::vector<HeaderChange> fields{
      {tr("Namn"), before.name, after.name},
      {tr("Område"), before.area, after.area},
      {tr("Id och version"), fmt::format("{} v{}", before.id, before.version), fmt::format("{} v{}", after.id, after.version)},
      {tr("Status"), status_label(before.status), status_label(after.status)},
      {tr("Gäller"), validity(before), validity(after)},
      {tr("Beslutad"), decision(before), decision(after)},
      {tr("Diarienummer"), before.reference, after.reference},
      {tr("Ersätter"), before.replaces, after.replaces},
      {tr("Exempel"), yes_no(before.example), yes_no(after.example)},
  };
  std::vector<HeaderChange> changed;
  for (const auto& field : fields) {
    if (field.before != field.after) {
      const auto shown = [](const std::string& value) { return value.empty() ? std::string("–") : value; };
      changed.push_back({field.field, shown(field.before), shown(field.after)});
    }
  }
  return changed;
}

}  // namespace

RoutineComparison compare_routines(const StaffingRoutine& before, const StaffingRoutine& after)
{
  RoutineComparison comparison{title_of(before), title_of(after), header_changes(before, after), {}};
  const auto municipalities = municipalities_of(before, after);

  // The kinds of day, as each version describes them.
  const std::initializer_list<std::pair<std::string, std::optional<DayStaffing> Schedule::*>> kinds{
      {day_kind_label(DayKind::working), &Schedule::working_day},
      {day_kind_label(DayKind::non_working), &Schedule::non_working_day},
      {day_kind_label(DayKind::storhelg), &Schedule::storhelg_day},
  };
  for (const auto& [label, kind] : kinds) {
    add_day(comparison.hours, municipalities, label, {},
            [&, kind = kind](const std::string& municipality) { return kind_staffing(before, kind, municipality); },
            [&, kind = kind](const std::string& municipality) { return kind_staffing(after, kind, municipality); });
  }

  // Agreed days: each of the later version's against the earlier one's day in the same place in its year;
  // each earlier agreed day where it falls in the later version (agreed there or not); and last the earlier
  // agreed days that have no place in the later validity at all.
  // A later day may stand against two earlier ones (annandag jul and the last day of the Christmas weekend
  // can fall on one date), so each pair is kept, once.
  std::vector<std::pair<sys_days, std::optional<sys_days>>> pairs;  // later day, earlier day
  const auto pair_up = [&](year_month_day later, std::optional<year_month_day> earlier) {
    std::pair<sys_days, std::optional<sys_days>> entry{sys_days{later}, std::nullopt};
    if (earlier) {
      entry.second = sys_days{*earlier};
    }
    if (std::find(pairs.begin(), pairs.end(), entry) == pairs.end()) {
      pairs.push_back(entry);
    }
  };
  for (const auto day : agreed_days(after)) {
    pair_up(day, counterpart(before, day));
  }
  std::vector<year_month_day> dropped;
  for (const auto day : agreed_days(before)) {
    bool placed = false;
    for (int year = static_cast<int>(after.valid_from.year()); year <= static_cast<int>(after.last_day().year()); ++year) {
      if (const auto moved = day_in(role_of(day), year); moved && after.in_force(*moved)) {
        pair_up(*moved, day);
        placed = true;
      }
    }
    if (!placed) {
      dropped.push_back(day);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  for (const auto& [later, earlier] : pairs) {
    const year_month_day day{later};
    std::optional<year_month_day> compared;
    if (earlier) {
      compared = year_month_day{*earlier};
    }
    add_day(comparison.hours, municipalities, day_label(day), compared ? sdk::to_iso_date(*compared) : std::string(),
            [&, compared](const std::string& municipality) { return staffing_on(before, compared, municipality); },
            [&, day](const std::string& municipality) { return staffing_on(after, day, municipality); });
  }
  for (const auto day : dropped) {
    add_day(comparison.hours, municipalities, describe(role_of(day)), sdk::to_iso_date(day),
            [&](const std::string& municipality) { return staffing_on(before, day, municipality); },
            [](const std::string&) { return Staffing{}; });
  }
  return comparison;
}

std::string hours_text(const VersionHours& hours)
{
  if (!hours) {
    return tr("ingen sådan dag");
  }
  return hours->empty() ? tr("inte bemannad") : windows_text(*hours);
}

std::string comparison_html(const RoutineComparison& comparison)
{
  const auto e = [](const std::string& text) { return sdk::escape_markup(text); };
  const std::string title = sdk::trf("Jämförelse: {} och {}", comparison.before_title, comparison.after_title);
  std::string html = a4_page_head(title);
  html += "<h1>" + e(title) + "</h1>";
  html += "<h2>" + e(tr("Rutinen")) + "</h2>";
  if (comparison.header.empty()) {
    html += "<p>" + e(tr("Samma uppgifter om rutinen.")) + "</p>";
  } else {
    html += "<table><tr><th></th><th>" + e(comparison.before_title) + "</th><th>" + e(comparison.after_title) + "</th></tr>";
    for (const auto& field : comparison.header) {
      html += "<tr><th class=day>" + e(field.field) + "</th><td>" + e(field.before) + "</td><td class=changed>" + e(field.after) + "</td></tr>";
    }
    html += "</table>";
  }
  html += "<h2>" + e(tr("Tiderna")) + "</h2>";
  if (comparison.hours.empty()) {
    html += "<p>" + e(tr("Samma tider för varje aktör, dag och kommun.")) + "</p>";
  } else {
    html += "<p>" + e(sdk::trf("{} ändrade tider. Kommunerna visas där deras ändring inte är regionens.", comparison.hours.size())) + " " +
            e(sdk::trf("Före: {}. Efter: {}.", comparison.before_title, comparison.after_title)) + "</p>";
    // Five columns fit an A4 page in portrait: the day it is set against goes under the day.
    html += "<table><tr><th>" + e(tr("Dag")) + "</th><th>" + e(tr("Kommun")) + "</th><th>" + e(tr("Aktör")) + "</th><th>" +
            e(tr("Före")) + "</th><th>" + e(tr("Efter")) + "</th></tr>";
    for (const auto& change : comparison.hours) {
      const std::string against = change.compared_day.empty() ? "" : "<br>" + e(sdk::trf("mot {}", change.compared_day));
      html += "<tr><th class=day>" + e(change.day) + against + "</th><td>" + e(change.municipality.empty() ? tr("regionen") : change.municipality) +
              "</td><td>" + e(actor_label(change.actor)) + "</td><td>" + e(hours_text(change.before)) + "</td><td class=changed>" +
              e(hours_text(change.after)) + "</td></tr>";
    }
    html += "</table>";
  }
  html += "</body></html>\n";
  return html;
}

}  // namespace trygg::holiday
