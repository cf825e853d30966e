#include "trygg/time.hpp"

#include "trygg/sdk/swedish_time.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <cstdlib>
#include <ctime>
#include <sstream>

namespace trygg {
namespace {

const date::time_zone& swedish_zone()
{
  static const date::time_zone* const zone = date::locate_zone("Europe/Stockholm");
  return *zone;
}

template <class Parsed>
bool parse_exactly(std::string_view text, const char* format, Parsed& parsed)
{
  std::istringstream in{std::string(text)};
  in >> date::parse(format, parsed);
  return !in.fail() && in.peek() == std::char_traits<char>::eof();
}

std::chrono::year_month_day to_std(date::year_month_day ymd)
{
  return std::chrono::year_month_day{std::chrono::sys_days{date::sys_days{ymd}.time_since_epoch()}};
}

}  // namespace

void use_swedish_time_by_default()
{
  ::setenv("TZ", "Europe/Stockholm", 0);
  ::tzset();
}

Timestamp now()
{
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

std::string to_iso_utc(Timestamp at)
{
  return date::format("%FT%TZ", at);
}

std::optional<Timestamp> from_iso_utc(std::string_view text)
{
  Timestamp at;
  if (parse_exactly(text, "%FT%TZ", at)) {
    return at;
  }
  return std::nullopt;
}

std::optional<Timestamp> parse_user_time(std::string_view text)
{
  if (auto utc = from_iso_utc(text)) {
    return utc;
  }
  date::local_seconds local;
  const bool parsed = parse_exactly(text, "%F %H:%M", local) || parse_exactly(text, "%FT%H:%M", local) ||
                      parse_exactly(text, "%F %T", local) || parse_exactly(text, "%FT%T", local);
  if (!parsed) {
    date::local_days day;
    if (!parse_exactly(text, "%F", day)) {
      return std::nullopt;
    }
    local = day;
  }
  // A local time skipped by the spring change is moved forward; an ambiguous autumn time takes the
  // earlier instant, which is the cautious choice for a deadline's start.
  return std::chrono::floor<std::chrono::seconds>(swedish_zone().to_sys(local, date::choose::earliest));
}

std::string format_local(Timestamp at)
{
  return date::format("%F %H:%M", date::make_zoned(&swedish_zone(), at).get_local_time());
}

std::string format_local_deadline(Timestamp due)
{
  return sdk::format_swedish_deadline(due);
}

std::chrono::year_month_day local_date(Timestamp at)
{
  const auto local = date::make_zoned(&swedish_zone(), at).get_local_time();
  return to_std(date::year_month_day{date::floor<date::days>(local)});
}

int local_minute(Timestamp at)
{
  const auto local = date::make_zoned(&swedish_zone(), at).get_local_time();
  return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(local - date::floor<date::days>(local)).count());
}

Timestamp local_instant(std::chrono::year_month_day day, int minute)
{
  const date::local_seconds local{date::local_days{date::year_month_day{date::sys_days{std::chrono::sys_days{day}.time_since_epoch()}}}.time_since_epoch() +
                                  std::chrono::minutes(minute)};
  return std::chrono::floor<std::chrono::seconds>(swedish_zone().to_sys(local, date::choose::earliest));
}

std::chrono::year_month_day today()
{
  return local_date(now());
}

Timestamp end_of_local_day(Timestamp at)
{
  const auto local = date::make_zoned(&swedish_zone(), at).get_local_time();
  const auto next_midnight = date::floor<date::days>(local) + date::days(1);
  return std::chrono::floor<std::chrono::seconds>(swedish_zone().to_sys(next_midnight, date::choose::earliest));
}

std::string to_iso_date(std::chrono::year_month_day date)
{
  return date::format("%F", date::sys_days{std::chrono::sys_days{date}.time_since_epoch()});
}

std::optional<std::chrono::year_month_day> from_iso_date(std::string_view text)
{
  date::sys_days day;
  if (!parse_exactly(text, "%F", day)) {
    return std::nullopt;
  }
  return to_std(date::year_month_day{day});
}

}  // namespace trygg
