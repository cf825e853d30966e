#include "discharge_window.hpp"

#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace trygg::holiday {
namespace {

using namespace std::chrono;

constexpr int minutes_per_day = 24 * 60;

std::string clock_text(int minute)
{
  return minute % 60 == 0 ? fmt::format("{:02}", minute / 60) : fmt::format("{:02}:{:02}", minute / 60, minute % 60);
}

}  // namespace

std::vector<TimeWindow> common_windows(const DayStaffing& staffing, const std::vector<Actor>& needed)
{
  std::array<bool, minutes_per_day> open{};
  open.fill(true);
  for (const auto actor : needed) {
    std::array<bool, minutes_per_day> staffed{};
    if (const auto windows = staffing.find(actor); windows != staffing.end()) {
      for (const auto& window : windows->second) {
        for (int minute = std::max(window.from, 0); minute < std::min(window.to, minutes_per_day); ++minute) {
          staffed[static_cast<std::size_t>(minute)] = true;
        }
      }
    }
    for (std::size_t minute = 0; minute < open.size(); ++minute) {
      open[minute] = open[minute] && staffed[minute];
    }
  }
  std::vector<TimeWindow> intervals;
  for (int minute = 0; minute < minutes_per_day; ++minute) {
    if (open[static_cast<std::size_t>(minute)] && (minute == 0 || !open[static_cast<std::size_t>(minute - 1)])) {
      intervals.push_back({minute, minute});
    }
    if (open[static_cast<std::size_t>(minute)]) {
      intervals.back().to = minute + 1;
    }
  }
  return intervals;
}

std::vector<DayWindows> discharge_windows(const StaffingRoutine& routine, const std::string& municipality, year_month_day first,
                                          year_month_day last, const std::vector<Actor>& needed)
{
  std::vector<DayWindows> result;
  for (auto day = sys_days{first}; day <= sys_days{last}; day += days{1}) {
    const year_month_day date{day};
    if (!routine.in_force(date)) {
      continue;
    }
    const auto staffing = routine.staffing(date, municipality);
    DayWindows entry{date, municipality, {}, common_windows(staffing, needed), {}, {}};
    for (const auto actor : needed) {
      const auto found = staffing.find(actor);
      if (found == staffing.end() || found->second.empty()) {
        entry.not_staffed.push_back(actor);
      } else {
        entry.staffing[actor] = found->second;
      }
    }
    if (!entry.open()) {
      for (const auto actor : needed) {
        std::vector<Actor> others;
        std::copy_if(needed.begin(), needed.end(), std::back_inserter(others), [actor](Actor other) { return other != actor; });
        if (auto shared = common_windows(staffing, others); !shared.empty()) {
          entry.would_open.emplace_back(actor, std::move(shared));
        }
      }
    }
    result.push_back(std::move(entry));
  }
  return result;
}

std::string window_text(const TimeWindow& window)
{
  return clock_text(window.from) + "–" + clock_text(window.to);
}

std::string windows_text(const std::vector<TimeWindow>& windows)
{
  std::string text;
  for (const auto& window : windows) {
    text += (text.empty() ? "" : ", ") + window_text(window);
  }
  return text;
}

const std::vector<Actor>& usual_discharge_actors()
{
  static const std::vector<Actor> actors{Actor::ward, Actor::home_health_care, Actor::home_help};
  return actors;
}

std::vector<std::string> window_places(const StaffingRoutine& routine)
{
  std::vector<std::string> places;
  for (const auto& [name, schedule] : routine.municipalities) {
    places.push_back(name);
  }
  if (places.empty()) {
    places.emplace_back();
  }
  return places;
}

std::string gap_text(const DayWindows& day)
{
  const std::string where = sdk::to_iso_date(day.day) + ", " + (day.municipality.empty() ? sdk::tr("regionens tider") : day.municipality);
  if (day.open()) {
    return sdk::trf("{}: utskrivningsfönster {}", where, windows_text(day.windows));
  }
  if (!day.not_staffed.empty()) {
    std::string missing;
    for (const auto actor : day.not_staffed) {
      missing += (missing.empty() ? "" : ", ") + actor_label(actor);
    }
    return sdk::trf("{}: {} är inte bemannad: inget utskrivningsfönster", where, missing);
  }
  std::string hours;
  for (const auto& [actor, windows] : day.staffing) {
    hours += (hours.empty() ? "" : sdk::tr(" och ")) + actor_label(actor) + " " + windows_text(windows);
  }
  return sdk::trf("{}: {} möts aldrig: inget utskrivningsfönster", where, hours);
}

std::vector<std::string> would_open_texts(const DayWindows& day)
{
  std::vector<std::string> texts;
  for (const auto& [actor, shared] : day.would_open) {
    texts.push_back(sdk::trf("{} bemannad {} skulle öppna ett fönster", actor_label(actor), windows_text(shared)));
  }
  return texts;
}

std::string would_open_line(const DayWindows& day)
{
  std::string line;
  for (const auto& text : would_open_texts(day)) {
    line += (line.empty() ? "" : "; ") + text;
  }
  return line;
}

}  // namespace trygg::holiday
