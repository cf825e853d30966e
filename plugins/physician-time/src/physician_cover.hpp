#pragma once
// When a physician can be reached in an ordinary week under an agreement: office hours and the
// out-of-hours windows, and the gaps between them. Since 1 July 2026 (prop. 2025/26:19) municipal health
// care must be able to get a physician's assessment at any time of day, so a gap is a finding.

#include "physician_agreement.hpp"

#include <string>
#include <vector>

namespace trygg::physician {

inline constexpr int minutes_per_week = 7 * 24 * 60;

// A stretch of the week, in minutes from Monday 00:00 (to is exclusive; a gap over Sunday midnight runs
// past the week's end, to > minutes_per_week).
struct WeekStretch {
  int from = 0;
  int to = 0;
  std::string what;  // "Kontorstid", the window's name, or empty for a gap
};

struct WeekCover {
  std::vector<WeekStretch> covered;  // by office hours or a window, in order
  std::vector<WeekStretch> gaps;     // nobody to call, in order
  [[nodiscard]] int gap_minutes() const;
};

// The ordinary week under the agreement (windows for the day before a holiday are not part of it).
[[nodiscard]] WeekCover week_cover(const PhysicianAgreement& agreement);

// "mån 17:00–tis 08:00" in Swedish day names.
[[nodiscard]] std::string stretch_text(const WeekStretch& stretch);

}  // namespace trygg::physician
