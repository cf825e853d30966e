#pragma once

#include "sip_plan.hpp"

#include "trygg/sdk/case_snapshot.hpp"
#include "trygg/sdk/case_view.hpp"
#include "trygg/sdk/host.hpp"

#include <string>
#include <vector>

namespace trygg::sip {

// The printed SIP: one copy for the person and one per huvudman the plan names, each on its own page
// and headed with whom it is for, as one self-contained HTML page (print, or PDF through the print
// system). Without valid consent only the person's copy is made: nothing more may be shared.
struct SipPlanDocument {
  std::string html;
  std::vector<std::string> copies;  // whom the copies are for, the person first
  std::string withheld;             // why the huvudmän's copies were left out, when they were
};

// `readiness` is the plan's check: a plan the law does not accept yet prints as a draft.
[[nodiscard]] SipPlanDocument sip_plan_document(const sdk::CaseSnapshot& snapshot, const SipPlan& plan,
                                                const sdk::CaseReadiness& readiness);

// The printed plan of a case as the host has it; HostError when the case or its plan does not exist.
[[nodiscard]] SipPlanDocument plan_document(const sdk::Host& host, std::int64_t case_id);

}  // namespace trygg::sip
