#pragma once

#include "trygg/workspace.hpp"

#include <string>
#include <vector>

namespace trygg {

// The printed SIP: one copy for the person and one per huvudman the plan names, each on its own page
// and headed with whom it is for, as one self-contained HTML page (print, or PDF through the print
// system). Without valid consent only the person's copy is made: nothing more may be shared.
struct SipPlanDocument {
  std::string html;
  std::vector<std::string> copies;  // whom the copies are for, the person first
  std::string withheld;             // why the huvudmän's copies were left out, when they were
};

[[nodiscard]] SipPlanDocument sip_plan_document(const Workspace& workspace, CaseId id);

}  // namespace trygg
