#pragma once
// Instants are stored as UTC and shown in Swedish local time (Europe/Stockholm), so deadlines stay
// right across the daylight-saving changes in March and October. The conversions live in the SDK
// (trygg/sdk/swedish_time.hpp), so plugins and the host read and write time the same way.

#include "trygg/sdk/swedish_time.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace trygg {

using Timestamp = std::chrono::sys_seconds;

[[nodiscard]] Timestamp now();
[[nodiscard]] std::chrono::year_month_day today();

// Sets TZ=Europe/Stockholm for the process when TZ is unset, so that code formatting local time
// through the C library (e.g. a plugin) agrees with Trygg wherever the machine is.
void use_swedish_time_by_default();

using sdk::from_iso_date;
using sdk::from_iso_utc;
using sdk::to_iso_date;
using sdk::to_iso_utc;

// What a person types, in Swedish local time (see sdk::parse_swedish_time).
[[nodiscard]] inline std::optional<Timestamp> parse_user_time(std::string_view text)
{
  return sdk::parse_swedish_time(text);
}
[[nodiscard]] inline std::string format_local(Timestamp at) { return sdk::format_swedish_time(at); }
[[nodiscard]] inline std::string format_local_deadline(Timestamp due) { return sdk::format_swedish_deadline(due); }
[[nodiscard]] inline std::chrono::year_month_day local_date(Timestamp at) { return sdk::swedish_date(at); }
[[nodiscard]] inline int local_minute(Timestamp at) { return sdk::swedish_minute(at); }
[[nodiscard]] inline Timestamp local_instant(std::chrono::year_month_day date, int minute)
{
  return sdk::swedish_instant(date, minute);
}
// The first instant of the next Swedish calendar day (local midnight, whatever the DST offset).
[[nodiscard]] inline Timestamp end_of_local_day(Timestamp at) { return sdk::end_of_swedish_day(at); }

}  // namespace trygg
