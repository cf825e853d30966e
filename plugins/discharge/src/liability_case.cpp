#include "payment_liability.hpp"

#include <algorithm>

namespace trygg::discharge {

LiabilityCase liability_case_from(const std::vector<sdk::CaseEventSnapshot>& events)
{
  const auto all = [&](const char* kind) {
    std::vector<Timestamp> found;
    for (const auto& event : events) {
      if (event.kind == kind) {
        found.push_back(event.at);
      }
    }
    std::sort(found.begin(), found.end());
    return found;
  };
  const auto first = [&](const char* kind) {
    const auto found = all(kind);
    return found.empty() ? std::nullopt : std::optional<Timestamp>(found.front());
  };
  LiabilityCase care;
  // The first notice is when the municipality knew; a later one repeats it.
  care.admission_notice = first(liability_event::admission_notice_sent);
  care.ready_notices = all(liability_event::ready_for_discharge);
  care.not_ready = all(liability_event::not_ready_for_discharge);
  if (!care.ready_notices.empty()) {
    for (const auto at : all(liability_event::sip_called)) {
      if (at >= care.ready_notices.front()) {
        care.sip_called = at;
        break;
      }
    }
  }
  care.sip_needed = !first(liability_event::sip_not_needed).has_value();
  care.declined = first(liability_event::support_declined);
  care.care = first(liability_event::compulsory_care)    ? CareKind::compulsory
              : first(liability_event::psychiatric_care) ? CareKind::psychiatric
                                                         : CareKind::somatic;
  // The stay ends with the last discharge recorded (an earlier one may have been premature).
  const auto discharges = all(liability_event::discharged);
  if (!discharges.empty()) {
    care.discharged = discharges.back();
  }
  return care;
}

}  // namespace trygg::discharge
