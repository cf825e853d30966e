#include "trygg/time.hpp"

#include "trygg/sdk/clock.hpp"

#include <cstdlib>
#include <ctime>

namespace trygg {

void use_swedish_time_by_default()
{
  ::setenv("TZ", "Europe/Stockholm", 0);
  ::tzset();
}

// The host reads the SDK's clock, the one plugins read: one "now" in the whole process.
Timestamp now()
{
  return sdk::now();
}

std::chrono::year_month_day today()
{
  return sdk::swedish_today();
}

}  // namespace trygg
