#include "sip_rules.hpp"

#include "sip_plan_json.hpp"

#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

namespace trygg::sip {

std::vector<sdk::Deadline> sip_deadlines(const sdk::CaseSnapshot& snapshot)
{
  std::vector<sdk::Deadline> deadlines;
  if (const auto* origin = snapshot.origin()) {
    if (const auto ready = sdk::CaseSnapshot::latest_of(origin->events, event::ready_for_discharge)) {
      // Calendar days, like the discharge's own deadline: by the end of the third day after the notice.
      // Met by the first kallelse since the notice, in this SIP or the discharge: a later one (for a
      // follow-up meeting) does not make an answered notice late.
      deadlines.push_back({"sip-called", N_("Kallelse till SIP inom 3 dagar från utskrivningsklar"),
                           "Lag (2017:612) 4 kap. 3 §", sdk::end_of_swedish_day(*ready, 3),
                           snapshot.first_in_linked_since(event::sip_called, *ready)});
    }
  }
  std::optional<SipPlan> plan;
  try {
    plan = plan_of(snapshot);
  } catch (const SipPlanError&) {
    // The check names a plan that cannot be read; its follow-up date is unknown here.
  }
  if (plan && plan->follow_up_at && !plan->closed_at) {
    const auto due = sdk::end_of_swedish_day(*plan->follow_up_at);
    auto done = snapshot.latest(event::followed_up);
    if (done && *done < *plan->follow_up_at - early_follow_up) {
      done.reset();  // an earlier follow-up, not this one
    }
    deadlines.push_back({"follow-up", N_("Uppföljning av planen"), N_("Planen"), due, done});
  }
  return deadlines;
}

}  // namespace trygg::sip
