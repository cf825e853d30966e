#pragma once
// Swedish local time for plugins and for the host alike: Europe/Stockholm from the system's time
// zone database, so deadlines counted in days stay right across the daylight-saving changes.
// Instants are stored as UTC and shown in Swedish local time.

#include "trygg/sdk/visibility.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace trygg::sdk {

// "2026-11-22T14:05:00Z": the form kept in the database and in JSON.
[[nodiscard]] TRYGG_SDK_API std::string to_iso_utc(std::chrono::sys_seconds at);
[[nodiscard]] TRYGG_SDK_API std::optional<std::chrono::sys_seconds> from_iso_utc(std::string_view text);

// What a person types: "2026-11-22 14:05" or "2026-11-22T14:05" (Swedish local time), "2026-11-22"
// (local midnight) or the ISO UTC form above. A time skipped in spring moves forward; an ambiguous
// autumn time takes the earlier instant. Years outside 1900–2199 are refused (nothing returned).
[[nodiscard]] TRYGG_SDK_API std::optional<std::chrono::sys_seconds> parse_swedish_time(std::string_view text);

// The end of the Swedish calendar day `days_after` days after the day of `at` (local midnight that
// starts the following day): "within 3 days" of a notice is end_of_swedish_day(notice, 3).
[[nodiscard]] TRYGG_SDK_API std::chrono::sys_seconds end_of_swedish_day(std::chrono::sys_seconds at, int days_after = 0);

// "2026-12-24 14:30" in Swedish local time.
[[nodiscard]] TRYGG_SDK_API std::string format_swedish_time(std::chrono::sys_seconds at);

// A deadline as people read it: a deadline at local midnight is the end of the day before,
// "2026-12-27 24:00", not "2026-12-28 00:00".
[[nodiscard]] TRYGG_SDK_API std::string format_swedish_deadline(std::chrono::sys_seconds due);

// The Swedish calendar date of an instant, minutes since local midnight, and back.
[[nodiscard]] TRYGG_SDK_API std::chrono::year_month_day swedish_date(std::chrono::sys_seconds at);
[[nodiscard]] TRYGG_SDK_API int swedish_minute(std::chrono::sys_seconds at);
[[nodiscard]] TRYGG_SDK_API std::chrono::sys_seconds swedish_instant(std::chrono::year_month_day date, int minute);

// "2026-12-24", and back. Whitespace around a date is ignored, as XSD ignores it. (3.4)
[[nodiscard]] TRYGG_SDK_API std::string to_iso_date(std::chrono::year_month_day date);
[[nodiscard]] TRYGG_SDK_API std::optional<std::chrono::year_month_day> from_iso_date(std::string_view text);

}  // namespace trygg::sdk
