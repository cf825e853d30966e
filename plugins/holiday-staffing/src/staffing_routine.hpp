#pragma once

#include "trygg/sdk/versioned_document.hpp"

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace trygg::holiday {

// The actors a discharge may need on its day. Their names are the domain's, not a region's.
enum class Actor { ward, discharge_planning, primary_care, home_health_care, home_help, short_term_care, needs_assessment };
[[nodiscard]] const std::vector<Actor>& all_actors();
[[nodiscard]] std::string_view to_string(Actor actor);   // the id in files: "home-help"
[[nodiscard]] std::string actor_label(Actor actor);      // Swedish, in the UI language
[[nodiscard]] std::string actor_short_label(Actor actor);  // "Hemsjukvård": a column header on an A4 page
[[nodiscard]] std::optional<Actor> actor_from(std::string_view id);
[[nodiscard]] std::string actors_text(const std::vector<Actor>& actors);  // "Slutenvårdsavdelning, Hemtjänst"

// A time of day from..to, in minutes since local midnight (to may be 24:00).
struct TimeWindow {
  int from = 0;
  int to = 0;
  [[nodiscard]] bool contains(int minute) const { return from <= minute && minute < to; }
  bool operator==(const TimeWindow&) const = default;
};

// Windows per actor for one kind of day; an actor missing is not staffed that day.
using DayStaffing = std::map<Actor, std::vector<TimeWindow>>;
// A municipality's hours over the region's: each actor it names gets its windows, the others keep the region's.
[[nodiscard]] DayStaffing with_overrides(DayStaffing region, const DayStaffing& local);

// The kinds of day a schedule describes: the ones a routine gives hours for by what the day is, and the
// agreed days it names by date.
enum class DayKind { working, non_working, storhelg, agreed };
// "Vardagar", "Helger och helgdagar", "Övriga dagar i en storhelg" (the agreed days: "Överenskomna dagar"), in the UI language.
[[nodiscard]] std::string day_kind_label(DayKind kind);

struct Schedule {
  std::optional<DayStaffing> working_day;
  std::optional<DayStaffing> non_working_day;
  std::optional<DayStaffing> storhelg_day;  // non-working days inside a storhelg block, not agreed days
  std::map<std::chrono::sys_days, DayStaffing> days;  // agreed storhelg days

  // What the schedule says for a kind of day (storhelg days it leaves out are its other non-working days;
  // `agreed`: nothing), and for a day (its agreed day, else the kind of day it is); none when it says nothing.
  [[nodiscard]] std::optional<DayStaffing> of_kind(DayKind kind) const;
  [[nodiscard]] std::optional<DayStaffing> on(std::chrono::year_month_day day) const;
};

// Where a routine stands in its life: written, sent for comments (remiss), decided (the only status
// planning follows on its own), or revoked. In files: utkast, remiss, beslutad, upphavd.
enum class RoutineStatus { draft, on_remiss, decided, revoked };
[[nodiscard]] std::string_view to_string(RoutineStatus status);
[[nodiscard]] std::string status_label(RoutineStatus status);  // Swedish, in the UI language

// A staffing routine for discharges over storhelger. See schemas/staffing-routine.xsd.
// A staffing routine always states when it ends (valid-to is required by its schema).
struct StaffingRoutine : sdk::VersionedDocument {
  // Whose discharges it governs ("Region Sörmland"): versions for the same area follow each other.
  // A file that names none is an area of its own, its id.
  std::string area;
  RoutineStatus status = RoutineStatus::decided;
  std::string decided_by;
  std::optional<std::chrono::year_month_day> decided_on;
  std::string reference;  // the decision's reference (diarienummer)
  std::string replaces;   // the id of the routine this version takes over from, if any
  int line = 0;           // of the root element in its file, for what is found wrong across versions
  Schedule region;
  std::map<std::string, Schedule> municipalities;

  [[nodiscard]] std::chrono::year_month_day last_day() const { return valid_to.value_or(valid_from); }

  // Whether the routine has hours for the municipality: it names it (compared as Swedish readers compare
  // names), or names none and so gives the region's hours to all.
  [[nodiscard]] bool knows_municipality(const std::string& municipality) const;
  // The municipality's own hours (its departures from the region's), found as knows_municipality finds it;
  // null when the routine does not name it.
  [[nodiscard]] const Schedule* schedule_of(const std::string& municipality) const;

  // Who is staffed when on a day, for a municipality (its overrides over the region's schedule).
  // Empty outside the routine's validity.
  [[nodiscard]] DayStaffing staffing(std::chrono::year_month_day day, const std::string& municipality) const;
};

// Throws sdk::ContentError naming file, line and element.
[[nodiscard]] StaffingRoutine read_staffing_routine(const std::filesystem::path& file);
// The same for a routine's text not yet saved (one being edited), named as the file it will be.
[[nodiscard]] StaffingRoutine parse_staffing_routine(std::string text, const std::filesystem::path& where);

}  // namespace trygg::holiday
