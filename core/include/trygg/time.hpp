#pragma once
// Instants are stored as UTC and shown in Swedish local time (Europe/Stockholm), so deadlines stay
// right across the daylight-saving changes in March and October.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace trygg {

using Timestamp = std::chrono::sys_seconds;

[[nodiscard]] Timestamp now();

// Sets TZ=Europe/Stockholm for the process when TZ is unset, so that code formatting local time
// through the C library (e.g. a plugin) agrees with Trygg wherever the machine is.
void use_swedish_time_by_default();

// "2026-11-22T14:05:00Z": the form kept in the database and in JSON.
[[nodiscard]] std::string to_iso_utc(Timestamp at);
[[nodiscard]] std::optional<Timestamp> from_iso_utc(std::string_view text);

// What a person types: "2026-11-22 14:05" or "2026-11-22T14:05" (Swedish local time),
// "2026-11-22" (local midnight) or the ISO UTC form above.
[[nodiscard]] std::optional<Timestamp> parse_user_time(std::string_view text);

// "2026-11-22 15:05" in Swedish local time.
[[nodiscard]] std::string format_local(Timestamp at);

// A deadline in Swedish local time; local midnight reads as "24:00" of the day before.
[[nodiscard]] std::string format_local_deadline(Timestamp due);

[[nodiscard]] std::chrono::year_month_day local_date(Timestamp at);
// Minutes since local midnight, and back: the instant of a local date and minute.
[[nodiscard]] int local_minute(Timestamp at);
[[nodiscard]] Timestamp local_instant(std::chrono::year_month_day date, int minute);
[[nodiscard]] std::chrono::year_month_day today();
// The first instant of the next Swedish calendar day (local midnight, whatever the DST offset).
[[nodiscard]] Timestamp end_of_local_day(Timestamp at);

[[nodiscard]] std::string to_iso_date(std::chrono::year_month_day date);
[[nodiscard]] std::optional<std::chrono::year_month_day> from_iso_date(std::string_view text);

}  // namespace trygg
