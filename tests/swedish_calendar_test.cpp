#include "trygg/swedish_calendar.hpp"

#include <doctest/doctest.h>

#include <map>

using namespace trygg;
using namespace std::chrono;

namespace {
year_month_day date(int y, unsigned m, unsigned d)
{
  return year_month_day{year{y}, month{m}, day{d}};
}

std::map<std::string, year_month_day> by_name(int y)
{
  std::map<std::string, year_month_day> names;
  for (const auto& holiday : swedish_holidays(y)) {
    names.emplace(holiday.name, holiday.date);
  }
  return names;
}
}  // namespace

TEST_CASE("calendar - Easter Sunday by the Gregorian computus, against published dates")
{
  const std::map<int, year_month_day> published{
      {1900, date(1900, 4, 15)}, {1954, date(1954, 4, 18)}, {1961, date(1961, 4, 2)},  {2000, date(2000, 4, 23)},
      {2008, date(2008, 3, 23)}, {2011, date(2011, 4, 24)}, {2019, date(2019, 4, 21)}, {2024, date(2024, 3, 31)},
      {2025, date(2025, 4, 20)}, {2026, date(2026, 4, 5)},  {2027, date(2027, 3, 28)}, {2038, date(2038, 4, 25)},
      {2100, date(2100, 3, 28)}, {2200, date(2200, 4, 6)}};
  for (const auto& [y, easter] : published) {
    CAPTURE(y);
    CHECK(easter_sunday(y) == easter);
  }
}

TEST_CASE("calendar - Easter always falls on a Sunday between 22 March and 25 April, 1900-2200")
{
  for (int y = 1900; y <= 2200; ++y) {
    CAPTURE(y);
    const auto easter = easter_sunday(y);
    CHECK(weekday{sys_days{easter}} == Sunday);
    CHECK(easter >= date(y, 3, 22));
    CHECK(easter <= date(y, 4, 25));
  }
}

TEST_CASE("calendar - Midsummer and All Saints' Day are the Saturdays in their ranges, every year")
{
  for (int y = 1900; y <= 2200; ++y) {
    CAPTURE(y);
    const auto names = by_name(y);
    const auto midsummer = names.at("Midsommardagen");
    CHECK(weekday{sys_days{midsummer}} == Saturday);
    CHECK(midsummer >= date(y, 6, 20));
    CHECK(midsummer <= date(y, 6, 26));
    CHECK(year_month_day{sys_days{midsummer} - days{1}} == names.at("Midsommarafton"));
    const auto all_saints = names.at("Alla helgons dag");
    CHECK(weekday{sys_days{all_saints}} == Saturday);
    CHECK(all_saints >= date(y, 10, 31));
    CHECK(all_saints <= date(y, 11, 6));
  }
}

TEST_CASE("calendar - the 2005 change: National Day in, Whit Monday out")
{
  CHECK(by_name(2004).count("Annandag pingst") == 1);
  CHECK(by_name(2004).count("Sveriges nationaldag") == 0);
  CHECK(by_name(2005).count("Annandag pingst") == 0);
  CHECK(by_name(2005).at("Sveriges nationaldag") == date(2005, 6, 6));
  CHECK_FALSE(is_working_day(date(2004, 5, 31)));  // Whit Monday 2004
  CHECK(is_working_day(date(2004, 6, 7)));         // Monday 7 June 2004: ordinary
  CHECK(is_working_day(date(2005, 5, 16)));        // Whit Monday 2005: a working day
  CHECK_FALSE(is_working_day(date(2006, 6, 6)));   // National Day on a Tuesday
}

TEST_CASE("calendar - 2026 as DOMAIN.md gives it, and working days around Christmas")
{
  const auto names = by_name(2026);
  CHECK(names.at("Påskdagen") == date(2026, 4, 5));
  CHECK(names.at("Långfredagen") == date(2026, 4, 3));
  CHECK(names.at("Kristi himmelsfärdsdag") == date(2026, 5, 14));
  CHECK(names.at("Midsommardagen") == date(2026, 6, 20));
  CHECK(names.at("Alla helgons dag") == date(2026, 10, 31));
  // Christmas 2026: Thursday 24 (eve) to Saturday 26, then Sunday 27.
  CHECK(is_working_day(date(2026, 12, 23)));
  for (unsigned d = 24; d <= 27; ++d) {
    CAPTURE(d);
    CHECK_FALSE(is_working_day(date(2026, 12, d)));
  }
  CHECK(is_working_day(date(2026, 12, 28)));
  CHECK_FALSE(is_working_day(date(2026, 12, 31)));  // New Year's Eve
  CHECK_FALSE(is_working_day(date(2027, 1, 1)));
  CHECK(holiday_on(date(2026, 12, 24))->public_holiday == false);
  CHECK(holiday_on(date(2026, 12, 25))->public_holiday == true);
}

TEST_CASE("calendar - holidays on Sundays are still listed once, and each year has its holidays in order")
{
  // 2021: Christmas Day on a Saturday, Boxing Day on a Sunday; 2022: New Year's Day on a Saturday.
  CHECK(by_name(2021).at("Annandag jul") == date(2021, 12, 26));
  CHECK(weekday{sys_days{date(2021, 12, 26)}} == Sunday);
  for (int y = 1900; y <= 2200; ++y) {
    const auto days = swedish_holidays(y);
    CHECK(days.size() == 16);
    for (std::size_t i = 1; i < days.size(); ++i) {
      CHECK(days[i - 1].date <= days[i].date);
    }
  }
}
