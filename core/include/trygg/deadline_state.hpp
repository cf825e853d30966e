#pragma once
// Deadline states: the SDK's, so plugins and host judge deadlines alike.

#include "trygg/sdk/deadline_state.hpp"

namespace trygg {

using sdk::deadline_state_label;
using sdk::DeadlineState;
using sdk::EvaluatedDeadline;
using sdk::evaluate;
using sdk::to_string;

}  // namespace trygg
