#pragma once
// Swedish public holidays, for plugins and host alike: (lag 1989:253 om allmänna helgdagar) and the eves that are not holidays
// but are non-working days all the same. Every Sunday is a public holiday too.

#include "trygg/sdk/visibility.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace trygg::sdk {

struct CalendarDay {
  std::chrono::year_month_day date;
  std::string name;     // Swedish, e.g. "Midsommardagen"
  bool public_holiday;  // false for the eves (midsommarafton, julafton, nyårsafton)
};

// Every named holiday and non-working eve of a year, in date order. National Day is a holiday from
// 2005, Whit Monday until 2004.
[[nodiscard]] TRYGG_SDK_API std::vector<CalendarDay> swedish_holidays(int year);

// Easter Sunday by the Gregorian computus.
[[nodiscard]] TRYGG_SDK_API std::chrono::year_month_day easter_sunday(int year);

// Not a Saturday, Sunday, public holiday or non-working eve: a "vardag" in agreements' sense.
[[nodiscard]] TRYGG_SDK_API bool is_working_day(std::chrono::year_month_day date);

// The holiday or eve on a date, if any.
[[nodiscard]] TRYGG_SDK_API std::optional<CalendarDay> holiday_on(std::chrono::year_month_day date);

}  // namespace trygg::sdk
