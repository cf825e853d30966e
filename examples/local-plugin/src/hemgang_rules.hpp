#pragma once

#include "trygg/sdk/case_snapshot.hpp"
#include "trygg/sdk/deadline.hpp"

#include <chrono>
#include <vector>

namespace backby {

// The end of the `count`th working day after the day of `at` (Swedish calendar: no weekends, public
// holidays or non-working eves).
[[nodiscard]] std::chrono::sys_seconds end_of_working_days_after(std::chrono::sys_seconds at, int count);

// The call is due within two working days of coming home; met by the call.
[[nodiscard]] std::vector<trygg::sdk::Deadline> call_deadlines(const trygg::sdk::CaseSnapshot& snapshot);

}  // namespace backby
