#pragma once
// The Swedish calendar lives in the SDK, so plugins count working days and holidays as the host does.

#include "trygg/sdk/swedish_calendar.hpp"

namespace trygg {

using sdk::CalendarDay;
using sdk::easter_sunday;
using sdk::holiday_on;
using sdk::is_working_day;
using sdk::swedish_holidays;

}  // namespace trygg
