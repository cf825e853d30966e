#pragma once

#include "trygg/sdk/deadline.hpp"
#include "trygg/time.hpp"

#include <string>

namespace trygg {

enum class DeadlineState { upcoming, due_today, overdue, met, met_late };
[[nodiscard]] std::string_view to_string(DeadlineState state);
// How the state reads for people, in the UI language.
[[nodiscard]] std::string deadline_state_label(DeadlineState state);

// "Due today" is by the Swedish calendar day, not by 24 hours from now.
[[nodiscard]] DeadlineState evaluate(const sdk::Deadline& deadline, Timestamp at);

struct EvaluatedDeadline {
  sdk::Deadline deadline;
  DeadlineState state = DeadlineState::upcoming;
};

}  // namespace trygg
