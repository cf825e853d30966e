#include "routine_document.hpp"

#include "discharge_window.hpp"

#include "trygg/sdk/markup.hpp"
#include "trygg/sdk/swedish_calendar.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <set>

namespace trygg::holiday {
namespace {

using sdk::tr;

std::string e(const std::string& text)
{
  return sdk::escape_markup(text);
}

// An actor without hours: not staffed in the region's table, as the region in a municipality's.
std::string hours_cell(const DayStaffing& staffing, Actor actor, bool overrides)
{
  const auto found = staffing.find(actor);
  if (found == staffing.end()) {
    return overrides ? "<td class=off></td>" : "<td class=off>–</td>";
  }
  if (found->second.empty()) {
    return "<td class=off>–</td>";  // not staffed, in a municipality whatever the region's hours
  }
  return "<td>" + e(windows_text(found->second)) + "</td>";
}

// The actors the routine gives hours to anywhere: the tables' columns (all seven do not fit an A4 page).
std::vector<Actor> actors_staffed(const StaffingRoutine& routine)
{
  std::set<Actor> found;
  const auto add = [&](const Schedule& schedule) {
    for (const auto* kind : {&schedule.working_day, &schedule.non_working_day, &schedule.storhelg_day}) {
      if (*kind) {
        for (const auto& [actor, windows] : **kind) {
          found.insert(actor);
        }
      }
    }
    for (const auto& [day, staffing] : schedule.days) {
      for (const auto& [actor, windows] : staffing) {
        found.insert(actor);
      }
    }
  };
  add(routine.region);
  for (const auto& [name, schedule] : routine.municipalities) {
    add(schedule);
  }
  std::vector<Actor> actors;
  std::copy_if(all_actors().begin(), all_actors().end(), std::back_inserter(actors), [&](Actor actor) { return found.count(actor) > 0; });
  return actors;
}

// One table: a row per kind of day or agreed day, a column per actor. A municipality's `overrides` the
// region's hours only where it gives its own.
std::string schedule_table(const Schedule& schedule, const std::vector<Actor>& actors, bool overrides)
{
  // wx's print preview knows no CSS: a size smaller than the text's keeps eight columns on a portrait page
  // there, while the style sheet keeps browsers at the page's size.
  std::string html = "<font size=-1><table><tr><th>" + e(tr("Dag")) + "</th>";
  for (const auto actor : actors) {
    html += "<th>" + e(actor_short_label(actor)) + "</th>";
  }
  html += "</tr>";
  const auto row = [&](const std::string& label, const DayStaffing& staffing) {
    html += "<tr><th class=day>" + e(label) + "</th>";
    for (const auto actor : actors) {
      html += hours_cell(staffing, actor, overrides);
    }
    html += "</tr>";
  };
  if (schedule.working_day) {
    row(day_kind_label(DayKind::working), *schedule.working_day);
  }
  if (schedule.non_working_day) {
    row(day_kind_label(DayKind::non_working), *schedule.non_working_day);
  }
  if (schedule.storhelg_day) {
    row(day_kind_label(DayKind::storhelg), *schedule.storhelg_day);
  }
  for (const auto& [day, staffing] : schedule.days) {
    const std::chrono::year_month_day date{day};
    const auto named = sdk::holiday_on(date);
    row(sdk::to_iso_date(date) + (named ? " " + named->name : std::string()), staffing);
  }
  return html + "</table></font>";
}

}  // namespace

std::string a4_page_head(const std::string& title)
{
  std::string html = "<!DOCTYPE html>\n<html lang=sv><head><meta charset=utf-8>";
  html += "<title>" + e(title) + "</title>";
  html += "<style>@page{size:A4;margin:18mm}body{font-family:sans-serif;font-size:9.5pt}h1{font-size:15pt}h2{font-size:12pt;"
          "margin-top:1.4em}table{border-collapse:collapse;margin-bottom:1em;width:100%}td,th{border:1px solid #999;padding:2px 4px;"
          "text-align:left;vertical-align:top}th.day{font-weight:normal;white-space:nowrap}.off{color:#999}.gap{background:#fde0dc}.changed{background:#fff3bf}"
          ".status{display:inline-block;border:1px solid #555;padding:1px 6px;margin-left:6px}font{font-size:inherit}</style></head><body>";
  return html;
}

std::string routine_document_html(const StaffingRoutine& routine, const std::vector<Actor>& needed)
{
  std::string html = a4_page_head(routine.name);
  html += fmt::format("<h1>{}<span class=status>{}</span></h1>", e(routine.name), e(status_label(routine.status)));
  html += "<table>";
  const auto fact = [&](const std::string& label, const std::string& value) {
    if (!value.empty()) {
      html += "<tr><th class=day>" + e(label) + "</th><td>" + e(value) + "</td></tr>";
    }
  };
  fact(tr("Område"), routine.area);
  fact(tr("Id och version"), routine.id + ", " + tr("version") + " " + std::to_string(routine.version));
  fact(tr("Gäller"), sdk::to_iso_date(routine.valid_from) + " – " + sdk::to_iso_date(routine.last_day()));
  fact(tr("Beslutad"), routine.decided_on ? sdk::to_iso_date(*routine.decided_on) + (routine.decided_by.empty() ? "" : ", " + routine.decided_by)
                                          : std::string());
  fact(tr("Diarienummer"), routine.reference);
  fact(tr("Ersätter"), routine.replaces);
  fact(tr("Fil"), routine.file.filename().string());
  html += "</table>";
  if (routine.example) {
    html += "<p><b>" + e(tr("Exempel: inte ett beslut.")) + "</b></p>";
  }
  html += "<p>" + e(routine.source) + "</p>";

  const auto actors = actors_staffed(routine);
  html += "<h2>" + e(tr("Regionens tider")) + "</h2>" + schedule_table(routine.region, actors, false);
  // The columns' short names, said in full once: seven actors fit a portrait page only so.
  std::string legend;
  for (const auto actor : actors) {
    legend += (legend.empty() ? "" : "; ") + actor_short_label(actor) + ": " + actor_label(actor);
  }
  html += "<p>" + e(legend) + ".</p>";
  html += "<p>" + e(tr("–: inte bemannad. I kommunernas tabeller gäller regionens tider där rutan är tom.")) + "</p>";
  std::vector<Actor> without_hours;
  std::copy_if(all_actors().begin(), all_actors().end(), std::back_inserter(without_hours),
               [&](Actor actor) { return std::find(actors.begin(), actors.end(), actor) == actors.end(); });
  if (!without_hours.empty()) {
    html += "<p>" + e(sdk::trf("Utan tider i rutinen, inte bemannade någon dag: {}.", actors_text(without_hours))) + "</p>";
  }
  for (const auto& [name, schedule] : routine.municipalities) {
    if (schedule.working_day || schedule.non_working_day || schedule.storhelg_day || !schedule.days.empty()) {
      html += "<h2>" + e(sdk::trf("{}: avvikelser från regionens tider", name)) + "</h2>" + schedule_table(schedule, actors, true);
    }
  }

  // Where the hours leave no window, per municipality (the region's hours when it names none).
  html += "<h2>" + e(tr("Dagar utan utskrivningsfönster")) + "</h2>";
  html += "<p>" + e(sdk::trf("Timmar då alla som en utskrivning behöver är bemannade samtidigt ({}), varje dag rutinen gäller.", actors_text(needed))) + "</p>";
  std::string gaps;
  int closed = 0;
  int total = 0;
  for (const auto& place : window_places(routine)) {
    for (const auto& day : discharge_windows(routine, place, routine.valid_from, routine.last_day(), needed)) {
      ++total;
      if (!day.open()) {
        ++closed;
        gaps += "<tr class=gap><td>" + e(gap_text(day)) + "</td><td>" + e(would_open_line(day)) + "</td></tr>";
      }
    }
  }
  html += "<p>" + e(sdk::trf("{} av {} dagar (per kommun) saknar utskrivningsfönster.", closed, total)) + "</p>";
  if (!gaps.empty()) {
    html += "<table><tr><th>" + e(tr("Dag och kommun")) + "</th><th>" + e(tr("Det som skulle öppna ett fönster")) + "</th></tr>" + gaps +
            "</table>";
  }
  html += "</body></html>\n";
  return html;
}

}  // namespace trygg::holiday
