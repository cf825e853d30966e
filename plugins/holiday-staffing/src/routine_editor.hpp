#pragma once
// A routine's hours edited without XML: each actor's windows per kind of day, municipality and agreed
// day, with undo. Every change is written into the routine's own XML (comments and all, so the process
// owner still reads the same document) and read back through its schema and checks before it is taken.

#include "staffing_routine.hpp"

#include "trygg/sdk/text.hpp"

#include <chrono>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trygg::holiday {

// Which hours of a schedule: a kind of day, or one agreed day.
struct HoursDay {
  DayKind kind = DayKind::working;
  std::chrono::year_month_day date;  // agreed
  bool operator==(const HoursDay&) const = default;
};

// Where a set of hours stands: the region's schedule (municipality "") or a municipality's, on a day.
struct HoursPlace {
  std::string municipality;
  HoursDay day;
};

// "Vardagar", "2027-12-24 julafton", "2027-12-27 sista dagen i julhelgen", in the UI language.
[[nodiscard]] std::string hours_day_label(const HoursDay& day);

// Windows as a person types them: "08:00–14:00, 16–19" (a hyphen or en dash, hours with or without
// minutes, 24 for midnight). Empty text is no hours of its own; "ingen" is not staffed at all.
// The word for it in Swedish; translated, the UI language's word is read too.
inline constexpr const char* unstaffed_word = N_("ingen");
struct TypedWindows {
  std::vector<TimeWindow> windows;
  bool unstaffed = false;  // "ingen"
  std::string error;       // what is wrong with the text, empty when it reads
};
// Reads back what windows_text writes.
[[nodiscard]] TypedWindows read_typed_windows(std::string_view text);

class RoutineEditor {
public:
  // `where` is the file the routine is saved to. Throws sdk::ContentError (file, line) when the text is
  // not a valid routine.
  RoutineEditor(std::string xml, std::filesystem::path where);

  [[nodiscard]] const StaffingRoutine& routine() const { return states_[current_].routine; }
  [[nodiscard]] const std::string& xml() const { return states_[current_].xml; }
  [[nodiscard]] const std::filesystem::path& file() const { return file_; }

  // The actor's own windows at the place; none when the place names none for it: not staffed in the
  // region's schedule, the region's hours in a municipality's; no windows when it says the actor is not
  // staffed (a municipality's <unstaffed>). A kind of day the schedule leaves out reads as what governs
  // those days (storhelg days as other non-working days).
  [[nodiscard]] std::optional<std::vector<TimeWindow>> windows(const HoursPlace& place, Actor actor) const;
  // The agreed days of a schedule, in date order.
  [[nodiscard]] std::vector<std::chrono::year_month_day> agreed_days(const std::string& municipality) const;

  // Each change is one step to undo. Each throws sdk::ContentError, and changes nothing, when the result
  // would not be a valid routine (a window ending before it starts, a day outside the validity).
  // Windows none: the place no longer names the actor; no windows: not staffed (in a municipality's
  // schedule written as <unstaffed>, in the region's by naming none).
  void set_windows(const HoursPlace& place, Actor actor, const std::optional<std::vector<TimeWindow>>& windows);
  // A new agreed day starts with the hours it has now, so adding it changes nothing until it is edited.
  void add_day(const std::string& municipality, std::chrono::year_month_day day);
  void remove_day(const std::string& municipality, std::chrono::year_month_day day);

  [[nodiscard]] bool can_undo() const { return current_ > 0; }
  [[nodiscard]] bool can_redo() const { return current_ + 1 < states_.size(); }
  // What the step undone or redone was ("Flen, julafton: Hemtjänst 15:00–19:00").
  [[nodiscard]] std::string undo_text() const;
  [[nodiscard]] std::string redo_text() const;
  void undo();
  void redo();
  // Whether what is edited differs from what was last saved (or opened).
  [[nodiscard]] bool modified() const { return current_ != saved_; }

  // Writes the XML (never half a file); the routine is then saved there. Throws std::runtime_error
  // naming the file when it cannot be written, and nothing is lost.
  void save(const std::filesystem::path& to);

private:
  // The region's schedule ("") or a municipality's; throws std::invalid_argument for one it does not name.
  [[nodiscard]] const Schedule& schedule(const std::string& municipality) const;
  // What governs the place's hours, as the routine reads it.
  [[nodiscard]] std::optional<DayStaffing> hours(const HoursPlace& place) const;
  struct State {
    std::string xml;
    StaffingRoutine routine;
    std::string change;  // what made it from the state before
  };
  void take(std::string xml, std::string change);

  std::filesystem::path file_;
  std::vector<State> states_;
  std::size_t current_ = 0;
  static constexpr std::size_t never_saved = std::numeric_limits<std::size_t>::max();
  std::size_t saved_ = 0;
};

}  // namespace trygg::holiday
