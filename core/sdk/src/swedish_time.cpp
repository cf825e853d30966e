#include "trygg/sdk/swedish_time.hpp"

#include <date/date.h>
#include <date/tz.h>

namespace trygg::sdk {
namespace {

const date::time_zone& sweden()
{
  static const date::time_zone* const zone = date::locate_zone("Europe/Stockholm");
  return *zone;
}

}  // namespace

std::chrono::sys_seconds end_of_swedish_day(std::chrono::sys_seconds at, int days_after)
{
  const auto local = date::make_zoned(&sweden(), at).get_local_time();
  const auto midnight = date::floor<date::days>(local) + date::days(days_after + 1);
  return std::chrono::floor<std::chrono::seconds>(sweden().to_sys(midnight, date::choose::earliest));
}

std::string format_swedish_time(std::chrono::sys_seconds at)
{
  return date::format("%F %H:%M", date::make_zoned(&sweden(), at).get_local_time());
}

}  // namespace trygg::sdk

namespace trygg::sdk {

std::string format_swedish_deadline(std::chrono::sys_seconds due)
{
  const auto local = date::make_zoned(&sweden(), due).get_local_time();
  const auto day = date::floor<date::days>(local);
  if (local == day) {
    return date::format("%F", day - date::days(1)) + " 24:00";
  }
  return format_swedish_time(due);
}

}  // namespace trygg::sdk
