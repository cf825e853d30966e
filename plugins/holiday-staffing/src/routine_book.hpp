#pragma once
// Every staffing routine the plugin knows, version by version: which one is in force on a day for an
// area, when the last decided one ends, and what planning must say once none is.

#include "staffing_routine.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trygg::holiday {

// How long before the last decided version ends planning starts to say so.
inline constexpr int expiry_warning_days = 60;
// An area whose last routine ended longer ago than this is history (a bundled example from 2022), not news:
// its versions are listed, without a notice.
inline constexpr int ended_long_ago_days = 365;

struct RoutineExpiry {
  const StaffingRoutine* last = nullptr;  // the last decided version for the area
  int days_left = 0;                      // from today to its last day (0: ends today); negative once ended
  [[nodiscard]] bool ended() const { return days_left < 0; }
  [[nodiscard]] std::string text() const;  // Swedish, in the UI language
};

class RoutineBook {
public:
  // Throws sdk::ContentError, naming both files, for two decided versions of one area in force on a
  // same day, and for a version that claims to replace one that started no earlier than itself (or one
  // of another area).
  explicit RoutineBook(std::vector<StaffingRoutine> routines);

  [[nodiscard]] const std::vector<StaffingRoutine>& routines() const { return routines_; }
  // The decided version for the area on the day, if any (an example counts when it is decided).
  [[nodiscard]] const StaffingRoutine* in_force(const std::string& area, std::chrono::year_month_day day) const;
  // The decided version for the area that ends last.
  [[nodiscard]] const StaffingRoutine* last_decided(const std::string& area) const;
  // Said from expiry_warning_days before the last decided version ends, and on every day after.
  [[nodiscard]] std::optional<RoutineExpiry> expiry(const std::string& area, std::chrono::year_month_day today) const;
  // Each area's expiry that is news today (not ended_long_ago_days or more ago), in the order of the areas'
  // first versions.
  [[nodiscard]] std::vector<RoutineExpiry> expiries_to_tell(std::chrono::year_month_day today) const;
  // For planning on a day after the area's routines: "ingen gällande rutin", naming the last one.
  [[nodiscard]] std::string no_routine_text(const std::string& area, std::chrono::year_month_day day) const;

private:
  std::vector<StaffingRoutine> routines_;
};

// Reads every routine file (throws sdk::ContentError naming file and line) into one book.
[[nodiscard]] RoutineBook read_routine_book(const std::vector<std::filesystem::path>& files);

}  // namespace trygg::holiday
