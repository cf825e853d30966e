#pragma once

#include "trygg/sdk/case_snapshot.hpp"
#include "trygg/sdk/case_view.hpp"

#include "huvudman_list.hpp"

namespace trygg::sip {

// Whether a plan meets the law (HSL 16 kap. 4 §, SoL 2 kap. 7 §) and rests on valid consent: red for
// each of the four required elements that is missing and for consent that is missing, revoked or
// expired; yellow for what the region's guideline adds and for risks in the plan (an intervention
// nobody answers for, a huvudman without interventions, consent ending before the follow-up). An
// intervention or huvudansvar given to anyone but the person's huvudmän (`huvudmen`: the region and the
// municipality) is red.
[[nodiscard]] sdk::CaseReadiness check_plan(const sdk::CaseSnapshot& snapshot, const Huvudmen& huvudmen);

}  // namespace trygg::sip
