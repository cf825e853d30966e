#pragma once
// Swedish local time for plugins, which see only the SDK: Europe/Stockholm from the system's time
// zone database, so deadlines counted in days stay right across the daylight-saving changes.

#include "trygg/sdk/visibility.hpp"

#include <chrono>
#include <string>

namespace trygg::sdk {

// The end of the Swedish calendar day `days_after` days after the day of `at` (local midnight that
// starts the following day): "within 3 days" of a notice is end_of_swedish_day(notice, 3).
[[nodiscard]] TRYGG_SDK_API std::chrono::sys_seconds end_of_swedish_day(std::chrono::sys_seconds at, int days_after = 0);

// "2026-12-24 14:30" in Swedish local time.
[[nodiscard]] TRYGG_SDK_API std::string format_swedish_time(std::chrono::sys_seconds at);

// A deadline as people read it: a deadline at local midnight is the end of the day before,
// "2026-12-27 24:00", not "2026-12-28 00:00".
[[nodiscard]] TRYGG_SDK_API std::string format_swedish_deadline(std::chrono::sys_seconds due);

}  // namespace trygg::sdk
