#include "sip_rules.hpp"

#include "trygg/sdk/swedish_time.hpp"

namespace trygg::sip {

std::vector<sdk::Deadline> sip_deadlines(const sdk::CaseSnapshot& snapshot)
{
  std::vector<sdk::Deadline> deadlines;
  if (snapshot.origin) {
    if (const auto ready = sdk::CaseSnapshot::latest_of(snapshot.origin->events, event::ready_for_discharge)) {
      // Calendar days, like the discharge's own deadline: by the end of the third day after the notice.
      deadlines.push_back({"sip-called", "Kallelse till SIP inom 3 dagar från utskrivningsklar",
                           "Lag (2017:612) 4 kap. 3 §", sdk::end_of_swedish_day(*ready, 3),
                           snapshot.latest_in_linked(event::sip_called)});
    }
  }
  if (snapshot.sip_plan && snapshot.sip_plan->follow_up_at && !snapshot.sip_plan->closed_at) {
    const auto due = sdk::end_of_swedish_day(*snapshot.sip_plan->follow_up_at);
    auto done = snapshot.latest(event::followed_up);
    if (done && *done < *snapshot.sip_plan->follow_up_at - early_follow_up) {
      done.reset();  // an earlier follow-up, not this one
    }
    deadlines.push_back({"follow-up", "Uppföljning av planen", "Planen", due, done});
  }
  return deadlines;
}

}  // namespace trygg::sip
