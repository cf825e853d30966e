#pragma once
// One-click actions that record an event "now", e.g. "Kallelse till SIP skickad nu": the most common
// kind of plugin action, shared so every plugin words and records them the same way.

#include "trygg/sdk/case_view.hpp"
#include "trygg/sdk/plugin.hpp"
#include "trygg/sdk/text.hpp"

#include <span>
#include <string>
#include <vector>

namespace trygg::sdk {

[[nodiscard]] inline std::vector<CaseAction> quick_event_actions(const CaseSnapshot& snapshot,
                                                                 std::span<const char* const> kinds)
{
  std::vector<CaseAction> actions;
  for (const char* kind : kinds) {
    actions.push_back({kind, trf("{} nu", snapshot.event_label(kind))});
  }
  return actions;
}

[[nodiscard]] inline std::string run_quick_event(const std::string& action_id, const CaseSnapshot& snapshot,
                                                 Changes& changes, std::span<const char* const> kinds)
{
  for (const char* kind : kinds) {
    if (action_id == kind) {
      changes.add_event(kind, snapshot.now());
      return trf("{} registrerat.", snapshot.event_label(kind));
    }
  }
  throw PluginError("okänd åtgärd " + action_id);
}

}  // namespace trygg::sdk
