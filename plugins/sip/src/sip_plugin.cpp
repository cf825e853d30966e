#include "sip_plan_check.hpp"
#include "sip_rules.hpp"

#include "trygg/sdk/plugin_entry.hpp"
#include "trygg/sdk/quick_events.hpp"

#include <array>

namespace trygg::sip {

class SipPlugin final : public sdk::Plugin {
public:
  [[nodiscard]] std::vector<sdk::Deadline> deadlines(const sdk::CaseSnapshot& snapshot) const override
  {
    return sip_deadlines(snapshot);
  }

  [[nodiscard]] std::optional<sdk::CaseReadiness> readiness(const sdk::CaseSnapshot& snapshot) const override
  {
    return check_plan(snapshot);
  }

  // The steps a nurse records most, each "now".
  [[nodiscard]] std::vector<sdk::CaseAction> case_actions(const sdk::CaseSnapshot& snapshot) const override
  {
    return sdk::quick_event_actions(snapshot, quick_events);
  }

  [[nodiscard]] sdk::ActionOutcome run_action(const std::string& action_id, const sdk::CaseSnapshot& snapshot) const override
  {
    return sdk::run_quick_event(action_id, snapshot, quick_events);
  }

private:
  static constexpr std::array<const char*, 4> quick_events{event::person_met, event::sip_called, event::sip_meeting,
                                                           event::followed_up};
};

}  // namespace trygg::sip

TRYGG_PLUGIN(trygg::sip::SipPlugin)
