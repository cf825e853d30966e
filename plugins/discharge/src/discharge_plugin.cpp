#include "discharge_readiness.hpp"
#include "discharge_rules.hpp"
#include "discharge_timeline.hpp"

#include "trygg/sdk/plugin_entry.hpp"
#include "trygg/sdk/quick_events.hpp"

#include <array>

namespace trygg::discharge {

class DischargePlugin final : public sdk::Plugin {
public:
  [[nodiscard]] std::vector<sdk::Deadline> deadlines(const sdk::CaseSnapshot& snapshot) const override
  {
    return legal_deadlines(snapshot);
  }

  [[nodiscard]] std::optional<sdk::CaseReadiness> readiness(const sdk::CaseSnapshot& snapshot) const override
  {
    return hemgangsklar(snapshot);
  }

  [[nodiscard]] std::vector<sdk::CaseView> case_views(const sdk::CaseSnapshot& snapshot) const override
  {
    return {{"timeline", "Tidslinje", timeline_html(snapshot)}};
  }

  // One-click recording of the steps a coordinator logs most, each "now".
  [[nodiscard]] std::vector<sdk::CaseAction> case_actions(const sdk::CaseSnapshot& snapshot) const override
  {
    return sdk::quick_event_actions(snapshot, quick_events);
  }

  [[nodiscard]] std::string run_action(const std::string& action_id, const sdk::CaseSnapshot& snapshot,
                                       sdk::Changes& changes) const override
  {
    return sdk::run_quick_event(action_id, snapshot, changes, quick_events);
  }

private:
  static constexpr std::array<const char*, 6> quick_events{
      event::admission_notice_sent, event::fast_vardkontakt_appointed, event::ready_for_discharge,
      event::sip_called,            event::information_transferred,    event::discharged};
};

}  // namespace trygg::discharge

TRYGG_PLUGIN(trygg::discharge::DischargePlugin)
