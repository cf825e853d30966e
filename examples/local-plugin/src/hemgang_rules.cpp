#include "hemgang_rules.hpp"

#include "trygg/sdk/swedish_calendar.hpp"
#include "trygg/sdk/swedish_time.hpp"

namespace backby {

std::chrono::sys_seconds end_of_working_days_after(std::chrono::sys_seconds at, int count)
{
  std::chrono::sys_days day{trygg::sdk::swedish_date(at)};
  while (count > 0) {
    day += std::chrono::days(1);
    count -= trygg::sdk::is_working_day(std::chrono::year_month_day{day}) ? 1 : 0;
  }
  return trygg::sdk::end_of_swedish_day(trygg::sdk::swedish_instant(std::chrono::year_month_day{day}, 12 * 60));
}

std::vector<trygg::sdk::Deadline> call_deadlines(const trygg::sdk::CaseSnapshot& snapshot)
{
  std::vector<trygg::sdk::Deadline> deadlines;
  if (const auto home = snapshot.latest("came-home")) {
    deadlines.push_back({"call", "Uppföljningssamtal inom två vardagar", "Bäckby kommuns rutin (exempel)",
                         end_of_working_days_after(*home, 2), snapshot.latest("called")});
  }
  return deadlines;
}

}  // namespace backby
