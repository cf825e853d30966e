#include "payment_liability.hpp"

namespace trygg::discharge {

LiabilityCase liability_case_from(const std::vector<sdk::CaseEventSnapshot>& events)
{
  const auto latest = [&](const char* kind) {
    std::optional<Timestamp> found;
    for (const auto& event : events) {
      if (event.kind == kind && (!found || event.at >= *found)) {
        found = event.at;
      }
    }
    return found;
  };
  LiabilityCase care;
  care.admission_notice = latest(liability_event::admission_notice_sent);
  care.ready_notice = latest(liability_event::ready_for_discharge);
  care.sip_called = latest(liability_event::sip_called);
  care.sip_needed = !latest(liability_event::sip_not_needed).has_value();
  care.declined = latest(liability_event::support_declined).has_value();
  care.psychiatric = latest(liability_event::psychiatric_care).has_value();
  care.discharged = latest(liability_event::discharged);
  return care;
}

}  // namespace trygg::discharge
