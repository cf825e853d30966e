#pragma once

#include "trygg/sdk/case_snapshot.hpp"
#include "trygg/sdk/case_view.hpp"

namespace trygg::discharge {

// Hemgångsklar (after Örebro's green/yellow/red track):
//   red    - a risk whose level calls for action has no action (an unhandled high risk), or a
//            checklist item is overdue: an action plan is needed before the patient goes home;
//   yellow - items remain open, or a high risk's actions are not all done;
//   green  - every item settled and every high risk handled (its actions done, or its residual
//            risk assessed below the action level).
[[nodiscard]] sdk::CaseReadiness hemgangsklar(const sdk::CaseSnapshot& snapshot);

}  // namespace trygg::discharge
