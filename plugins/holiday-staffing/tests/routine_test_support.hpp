#pragma once
// What the holiday-staffing plugin's tests share: where the bundled routines are, and dates written as people write them.

#include "trygg/time.hpp"

#include <chrono>
#include <filesystem>

namespace trygg::holiday_test {

inline const std::filesystem::path bundled_routines =
    std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/holiday-staffing/content/routines";

// "2027-12-24"; a test that writes a date wrongly fails here.
inline std::chrono::year_month_day date(const char* text)
{
  return from_iso_date(text).value();
}

}  // namespace trygg::holiday_test
