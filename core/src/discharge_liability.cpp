#include "trygg/discharge_liability.hpp"

namespace trygg {

LiabilityCase liability_case_from(const std::vector<CaseEvent>& events)
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
  care.admission_notice = latest(discharge_event::admission_notice_sent);
  care.ready_notice = latest(discharge_event::ready_for_discharge);
  care.sip_called = latest(discharge_event::sip_called);
  care.sip_needed = !latest(discharge_event::sip_not_needed).has_value();
  care.declined = latest(discharge_event::support_declined).has_value();
  care.psychiatric = latest(discharge_event::psychiatric_care).has_value();
  care.discharged = latest(discharge_event::discharged);
  return care;
}

}  // namespace trygg
