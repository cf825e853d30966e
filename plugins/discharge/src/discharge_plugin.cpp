#include "discharge_readiness.hpp"
#include "discharge_rules.hpp"
#include "discharge_timeline.hpp"

#include "trygg/sdk/plugin_entry.hpp"

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
    std::vector<sdk::CaseAction> actions;
    for (const char* kind : quick_events) {
      actions.push_back({kind, snapshot.event_label(kind) + " nu"});
    }
    return actions;
  }

  [[nodiscard]] sdk::ActionOutcome run_action(const std::string& action_id, const sdk::CaseSnapshot& snapshot) const override
  {
    for (const char* kind : quick_events) {
      if (action_id == kind) {
        return {snapshot.event_label(kind) + " registrerat.", {{kind, snapshot.now}}};
      }
    }
    throw sdk::PluginError("okänd åtgärd " + action_id);
  }

private:
  static constexpr std::array<const char*, 6> quick_events{
      event::admission_notice_sent, event::fast_vardkontakt_appointed, event::ready_for_discharge,
      event::sip_called,            event::information_transferred,    event::discharged};
};

}  // namespace trygg::discharge

TRYGG_PLUGIN(trygg::discharge::DischargePlugin)
