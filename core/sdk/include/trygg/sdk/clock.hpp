#pragma once
// The one clock: what "now" is for Trygg and for every plugin (3.7). Everything that asks what time
// or what day it is asks here, never the system clock itself, so a test can set the time (see
// test_clock.hpp) and the history never records a time that came from anywhere else.

#include "trygg/sdk/visibility.hpp"

#include <chrono>

namespace trygg::sdk {

// This instant, to the second.
[[nodiscard]] TRYGG_SDK_API std::chrono::sys_seconds now();

// Today's date in Sweden (Europe/Stockholm): what a person means by "today", whatever the machine's
// time zone, and not the UTC date, which is yesterday's for the first hour or two after midnight.
[[nodiscard]] TRYGG_SDK_API std::chrono::year_month_day swedish_today();

}  // namespace trygg::sdk
