#pragma once

#include "trygg/sdk/deadline.hpp"
#include "trygg/sdk/visibility.hpp"

#include <chrono>

#include <string>

namespace trygg::sdk {

// The state of a deadline against the clock: the host judges every plugin's deadlines this way.
enum class DeadlineState { upcoming, due_today, overdue, met, met_late };
[[nodiscard]] TRYGG_SDK_API std::string_view to_string(DeadlineState state);
// How the state reads for people, in the UI language.
[[nodiscard]] TRYGG_SDK_API std::string deadline_state_label(DeadlineState state);

// "Due today" is by the Swedish calendar day, not by 24 hours from now.
[[nodiscard]] TRYGG_SDK_API DeadlineState evaluate(const Deadline& deadline, std::chrono::sys_seconds at);

struct EvaluatedDeadline {
  Deadline deadline;
  DeadlineState state = DeadlineState::upcoming;
};

}  // namespace trygg::sdk
