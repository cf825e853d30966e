#pragma once
// A new version of a staffing routine from the last one: the same hours, each agreed day moved to
// where it falls in the new years by the Swedish calendar, never copied by date.

#include "staffing_routine.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trygg::holiday {

// Where a day sits in its year, so it can be found in another: a named day (julafton, påskdagen,
// midsommarafton …), a place in a storhelg (the last day of the Christmas weekend), the first working day
// after one or the last before one, or, failing all of these, its date.
struct DayRole {
  enum class Kind { named, in_storhelg, after_storhelg, before_storhelg, by_date };
  Kind kind = Kind::by_date;
  std::string name;   // the calendar's name, or the storhelg's id
  int position = 0;   // in_storhelg: from the first day (>= 0) or from the last (< 0: -1 is the last)
  std::chrono::month_day date;  // by_date
};

[[nodiscard]] DayRole role_of(std::chrono::year_month_day day);
// Where the role falls in a year, if it does there (a storhelg may be shorter).
[[nodiscard]] std::optional<std::chrono::year_month_day> day_in(const DayRole& role, int year);
// "julafton", "sista dagen i julhelgen", "första vardagen efter påskhelgen", "den 7 januari", in the UI language.
[[nodiscard]] std::string describe(const DayRole& role);

struct NewVersionRequest {
  std::string id;
  int version = 0;
  std::string name;
  std::chrono::year_month_day valid_from;
  std::chrono::year_month_day valid_to;
  bool example = false;
};

// What the desktop app offers for the next version of `old`: from the day after it ends, as many years
// (a routine of whole years gets whole years), its years in id and name moved on as far, version plus one.
[[nodiscard]] NewVersionRequest suggested_next_version(const StaffingRoutine& old);

// What became of one agreed day of the old version (for one schedule: the region or a municipality).
struct MovedDay {
  std::string schedule;  // "" for the region, else the municipality
  std::chrono::year_month_day from;
  std::string role;      // describe(role_of(from))
  std::vector<std::chrono::year_month_day> to;  // within the new validity
  std::vector<std::string> not_moved;           // per year where it could not go, why
};

struct NewVersion {
  std::string xml;  // the new routine, XSD-valid, status utkast, replacing the old one
  std::vector<MovedDay> days;
};

// Reads `from` (throws sdk::ContentError naming file and line when it is not a valid routine) and
// makes the new version. Throws sdk::ContentError when the request itself is bad (validity backwards,
// a version not newer than the old one, the old one's id).
[[nodiscard]] NewVersion new_version(const std::filesystem::path& from, const NewVersionRequest& request);

}  // namespace trygg::holiday
