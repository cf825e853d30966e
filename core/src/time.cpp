#include "trygg/time.hpp"

#include <cstdlib>
#include <ctime>

namespace trygg {

void use_swedish_time_by_default()
{
  ::setenv("TZ", "Europe/Stockholm", 0);
  ::tzset();
}

Timestamp now()
{
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

std::chrono::year_month_day today()
{
  return local_date(now());
}

}  // namespace trygg
