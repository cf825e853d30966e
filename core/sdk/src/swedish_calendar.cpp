#include "trygg/sdk/swedish_calendar.hpp"

#include <algorithm>
#include <map>
#include <mutex>

namespace trygg::sdk {
namespace {

using namespace std::chrono;

year_month_day plus_days(year_month_day date, int days)
{
  return year_month_day{sys_days{date} + std::chrono::days{days}};
}

// The Saturday within [first, first + 6].
year_month_day saturday_from(year_month_day first)
{
  const weekday day{sys_days{first}};
  const int until_saturday = (Saturday.c_encoding() - static_cast<int>(day.c_encoding()) + 7) % 7;
  return plus_days(first, until_saturday);
}

year_month_day ymd(int y, unsigned m, unsigned d)
{
  return year_month_day{year{y}, month{m}, day{d}};
}

const std::vector<CalendarDay>& cached_holidays(int y)
{
  static std::mutex mutex;
  static std::map<int, std::vector<CalendarDay>> cache;
  const std::lock_guard lock(mutex);
  auto found = cache.find(y);
  if (found == cache.end()) {
    found = cache.emplace(y, swedish_holidays(y)).first;
  }
  return found->second;
}

}  // namespace

year_month_day easter_sunday(int y)
{
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int a = y % 19;
  const int b = y / 100;
  const int c = y % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month_number = (h + l - 7 * m + 114) / 31;
  const int day_number = (h + l - 7 * m + 114) % 31 + 1;
  return ymd(y, static_cast<unsigned>(month_number), static_cast<unsigned>(day_number));
}

std::vector<CalendarDay> swedish_holidays(int y)
{
  const auto easter = easter_sunday(y);
  const auto midsummer_day = saturday_from(ymd(y, 6, 20));
  std::vector<CalendarDay> days{
      {ymd(y, 1, 1), "Nyårsdagen", true},
      {ymd(y, 1, 6), "Trettondedag jul", true},
      {plus_days(easter, -2), "Långfredagen", true},
      {easter, "Påskdagen", true},
      {plus_days(easter, 1), "Annandag påsk", true},
      {ymd(y, 5, 1), "Första maj", true},
      {plus_days(easter, 39), "Kristi himmelsfärdsdag", true},
      {plus_days(easter, 49), "Pingstdagen", true},
      {plus_days(midsummer_day, -1), "Midsommarafton", false},
      {midsummer_day, "Midsommardagen", true},
      {saturday_from(ymd(y, 10, 31)), "Alla helgons dag", true},
      {ymd(y, 12, 24), "Julafton", false},
      {ymd(y, 12, 25), "Juldagen", true},
      {ymd(y, 12, 26), "Annandag jul", true},
      {ymd(y, 12, 31), "Nyårsafton", false},
  };
  // 2005: National Day became a public holiday and Whit Monday stopped being one.
  if (y >= 2005) {
    days.push_back({ymd(y, 6, 6), "Sveriges nationaldag", true});
  } else {
    days.push_back({plus_days(easter, 50), "Annandag pingst", true});
  }
  std::stable_sort(days.begin(), days.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
  return days;
}

std::optional<CalendarDay> holiday_on(year_month_day date)
{
  for (const auto& day : cached_holidays(static_cast<int>(date.year()))) {
    if (day.date == date) {
      return day;
    }
  }
  return std::nullopt;
}

bool is_working_day(year_month_day date)
{
  const weekday day{sys_days{date}};
  if (day == Saturday || day == Sunday) {
    return false;
  }
  return !holiday_on(date).has_value();
}

}  // namespace trygg::sdk
