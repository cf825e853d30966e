#include "routine_book.hpp"

#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include <algorithm>

namespace trygg::holiday {
namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

bool decided(const StaffingRoutine& routine) { return routine.status == RoutineStatus::decided; }

std::string file_name(const StaffingRoutine& routine) { return routine.file.filename().string(); }

}  // namespace

std::string RoutineExpiry::text() const
{
  const auto end = sdk::to_iso_date(last->last_day());
  if (ended()) {
    return sdk::trf("Ingen gällande bemanningsrutin för {}: den senaste, {} (version {}), gällde till och med {}.", last->area,
                    last->name, last->version, end);
  }
  if (days_left == 0) {
    return sdk::trf("Bemanningsrutinen {} (version {}) gäller sista dagen i dag, {}, och ingen beslutad version tar vid.",
                    last->name, last->version, end);
  }
  return sdk::trf("Bemanningsrutinen {} (version {}) upphör {} (om {} dagar) och ingen beslutad version tar vid: ta fram nästa.",
                  last->name, last->version, end, days_left);
}

RoutineBook::RoutineBook(std::vector<StaffingRoutine> routines) : routines_(std::move(routines))
{
  std::vector<sdk::ContentProblem> problems;
  for (std::size_t i = 0; i < routines_.size(); ++i) {
    const auto& a = routines_[i];
    for (std::size_t j = i + 1; j < routines_.size(); ++j) {
      const auto& b = routines_[j];
      if (a.area == b.area && decided(a) && decided(b) && a.overlaps(b)) {
        problems.push_back({b.file, b.line, "staffing-routine",
                            sdk::trf("två beslutade rutiner för {} gäller samma dagar: {} (version {}) och {} (version {})", a.area,
                                     file_name(a), a.version, file_name(b), b.version)});
      }
    }
    if (a.replaces.empty()) {
      continue;
    }
    for (const auto& earlier : routines_) {
      if (earlier.id != a.replaces || &earlier == &a) {
        continue;
      }
      if (earlier.area != a.area) {
        problems.push_back({a.file, a.line, "staffing-routine",
                            sdk::trf("rutinen ersätter {} ({}), som gäller ett annat område ({})", earlier.id, file_name(earlier), earlier.area)});
      } else if (sys_days{earlier.valid_from} >= sys_days{a.valid_from}) {
        problems.push_back({a.file, a.line, "staffing-routine",
                            sdk::trf("rutinen ersätter {} ({}), som börjar gälla {}, samma dag eller senare än den själv ({})", earlier.id,
                                     file_name(earlier), sdk::to_iso_date(earlier.valid_from), sdk::to_iso_date(a.valid_from))});
      }
    }
  }
  if (!problems.empty()) {
    throw sdk::ContentError(std::move(problems));
  }
}

RoutineBook read_routine_book(const std::vector<std::filesystem::path>& files)
{
  std::vector<StaffingRoutine> routines;
  for (const auto& file : files) {
    routines.push_back(read_staffing_routine(file));
  }
  return RoutineBook(std::move(routines));
}

const StaffingRoutine* RoutineBook::in_force(const std::string& area, year_month_day day) const
{
  const auto found = std::find_if(routines_.begin(), routines_.end(),
                                  [&](const StaffingRoutine& routine) { return routine.area == area && decided(routine) && routine.in_force(day); });
  return found == routines_.end() ? nullptr : &*found;
}

const StaffingRoutine* RoutineBook::last_decided(const std::string& area) const
{
  const StaffingRoutine* last = nullptr;
  for (const auto& routine : routines_) {
    if (routine.area == area && decided(routine) && (!last || sys_days{last->last_day()} < sys_days{routine.last_day()})) {
      last = &routine;
    }
  }
  return last;
}

std::optional<RoutineExpiry> RoutineBook::expiry(const std::string& area, year_month_day today) const
{
  const auto* last = last_decided(area);
  if (!last || !last->valid_to) {
    return std::nullopt;
  }
  const int days_left = static_cast<int>((sys_days{*last->valid_to} - sys_days{today}).count());
  if (days_left > expiry_warning_days) {
    return std::nullopt;
  }
  return RoutineExpiry{last, days_left};
}

std::vector<RoutineExpiry> RoutineBook::expiries_to_tell(year_month_day today) const
{
  std::vector<std::string> areas;
  for (const auto& routine : routines_) {
    if (std::find(areas.begin(), areas.end(), routine.area) == areas.end()) {
      areas.push_back(routine.area);
    }
  }
  std::vector<RoutineExpiry> told;
  for (const auto& area : areas) {
    if (const auto found = expiry(area, today); found && found->days_left >= -ended_long_ago_days) {
      told.push_back(*found);
    }
  }
  return told;
}

std::string RoutineBook::no_routine_text(const std::string& area, year_month_day day) const
{
  const auto* last = last_decided(area);
  if (!last) {
    return sdk::trf("Ingen gällande rutin för {} den {}: ingen beslutad rutin finns.", area, sdk::to_iso_date(day));
  }
  return sdk::trf("Ingen gällande rutin för {} den {}: den senaste är {} (version {}, {} – {}).", area, sdk::to_iso_date(day), last->name,
                  last->version, sdk::to_iso_date(last->valid_from), sdk::to_iso_date(last->last_day()));
}

}  // namespace trygg::holiday
