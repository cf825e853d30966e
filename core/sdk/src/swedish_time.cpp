#include "trygg/sdk/swedish_time.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <sstream>

namespace trygg::sdk {
namespace {

const date::time_zone& sweden()
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

std::chrono::sys_seconds to_sys(date::local_seconds local)
{
  return std::chrono::floor<std::chrono::seconds>(sweden().to_sys(local, date::choose::earliest));
}

}  // namespace

std::string to_iso_utc(std::chrono::sys_seconds at)
{
  return date::format("%FT%TZ", at);
}

std::optional<std::chrono::sys_seconds> from_iso_utc(std::string_view text)
{
  std::chrono::sys_seconds at;
  if (parse_exactly(text, "%FT%TZ", at)) {
    return at;
  }
  return std::nullopt;
}

std::optional<std::chrono::sys_seconds> parse_swedish_time(std::string_view text)
{
  // Care happens between these years: a year 0, −1 or 9999 is a slip of the keyboard, and would be
  // stored garbled or give deadlines in year 10000.
  const auto plausible = [](std::optional<std::chrono::sys_seconds> at) -> std::optional<std::chrono::sys_seconds> {
    if (!at) {
      return std::nullopt;
    }
    const int year = static_cast<int>(std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(*at)).year());
    return year >= 1900 && year <= 2199 ? at : std::nullopt;
  };
  if (auto utc = from_iso_utc(text)) {
    return plausible(utc);
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
  return plausible(to_sys(local));
}

std::chrono::sys_seconds end_of_swedish_day(std::chrono::sys_seconds at, int days_after)
{
  const auto local = date::make_zoned(&sweden(), at).get_local_time();
  return to_sys(date::floor<date::days>(local) + date::days(days_after + 1));
}

std::string format_swedish_time(std::chrono::sys_seconds at)
{
  return date::format("%F %H:%M", date::make_zoned(&sweden(), at).get_local_time());
}

std::string format_swedish_deadline(std::chrono::sys_seconds due)
{
  const auto local = date::make_zoned(&sweden(), due).get_local_time();
  const auto day = date::floor<date::days>(local);
  if (local == day) {
    return date::format("%F", day - date::days(1)) + " 24:00";
  }
  return format_swedish_time(due);
}

std::chrono::year_month_day swedish_date(std::chrono::sys_seconds at)
{
  const auto local = date::make_zoned(&sweden(), at).get_local_time();
  return to_std(date::year_month_day{date::floor<date::days>(local)});
}

int swedish_minute(std::chrono::sys_seconds at)
{
  const auto local = date::make_zoned(&sweden(), at).get_local_time();
  return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(local - date::floor<date::days>(local)).count());
}

std::chrono::sys_seconds swedish_instant(std::chrono::year_month_day day, int minute)
{
  const date::local_days local_day{date::year_month_day{date::sys_days{std::chrono::sys_days{day}.time_since_epoch()}}};
  return to_sys(date::local_seconds{local_day.time_since_epoch() + std::chrono::minutes(minute)});
}

std::string to_iso_date(std::chrono::year_month_day day)
{
  return date::format("%F", date::sys_days{std::chrono::sys_days{day}.time_since_epoch()});
}

std::optional<std::chrono::year_month_day> from_iso_date(std::string_view text)
{
  // As XSD reads an xs:date: whitespace around it is no part of it (a schema-valid " 2026-12-24 "
  // read as no date once made a routine's end vanish).
  constexpr std::string_view xml_space = " \t\r\n";
  const auto first = text.find_first_not_of(xml_space);
  text = first == std::string_view::npos ? std::string_view{} : text.substr(first, text.find_last_not_of(xml_space) - first + 1);
  date::sys_days day;
  if (!parse_exactly(text, "%F", day)) {
    return std::nullopt;
  }
  return to_std(date::year_month_day{day});
}

}  // namespace trygg::sdk
