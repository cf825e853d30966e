#pragma once

#include "trygg/sdk/sip_plan.hpp"

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace trygg::sdk {

// A dated event in a case, e.g. "admitted" or "ready-for-discharge". Times are UTC instants;
// presenting them in Swedish local time is the host's job.
struct CaseEventSnapshot {
  std::string kind;
  std::chrono::sys_seconds at;
};

// A checklist item as a rule sees it.
struct ItemSnapshot {
  std::string checklist;  // template id
  std::string key;
  bool settled = false;   // done or not applicable
  std::optional<std::chrono::sys_seconds> due;
};

// A risk as a rule sees it: whether its level calls for action, and what was done about it.
struct RiskSnapshot {
  std::string area;  // the area's label, as people know it
  int score = 0;
  bool requires_action = false;
  std::optional<bool> residual_requires_action;  // when a residual risk is assessed
  int actions = 0;
  int actions_done = 0;
};

// Another case tied to this one, e.g. the discharge a SIP was opened from: its events, so a rule can
// count from them (kallelse within 3 days of the discharge's ready notice).
struct LinkedCaseSnapshot {
  std::int64_t id = 0;
  std::string process;
  std::vector<CaseEventSnapshot> events;  // oldest first
};

// What a plugin's rules get to see of a case: a copy, so a rule can never write behind the
// storage layer's back.
struct CaseSnapshot {
  std::int64_t id = 0;
  std::string process;
  std::vector<CaseEventSnapshot> events;  // oldest first
  std::chrono::sys_seconds now{};         // the host's clock, so rules never read the system clock
  std::vector<ItemSnapshot> items;
  std::vector<RiskSnapshot> risks;
  std::map<std::string, std::string> event_labels;  // from the plugin's manifest: kind -> name people use
  std::optional<SipPlan> sip_plan;                   // when the case has a coordinated individual plan
  std::optional<LinkedCaseSnapshot> origin;          // the case this one was opened from
  std::vector<LinkedCaseSnapshot> follow_ons;        // cases opened from this one

  // The name of an event kind as the manifest gives it, else the kind itself.
  [[nodiscard]] std::string event_label(const std::string& kind) const
  {
    const auto found = event_labels.find(kind);
    return found != event_labels.end() ? found->second : kind;
  }

  // The most recent event of a kind (a ready notice may be withdrawn and sent again).
  [[nodiscard]] std::optional<std::chrono::sys_seconds> latest(const std::string& kind) const
  {
    return latest_of(events, kind);
  }

  // The most recent event of a kind in this case or any case tied to it: a kallelse recorded in the
  // SIP meets the discharge's deadline too.
  [[nodiscard]] std::optional<std::chrono::sys_seconds> latest_in_linked(const std::string& kind) const
  {
    auto found = latest(kind);
    const auto consider = [&](const LinkedCaseSnapshot& linked) {
      const auto at = latest_of(linked.events, kind);
      if (at && (!found || *at > *found)) {
        found = at;
      }
    };
    if (origin) {
      consider(*origin);
    }
    for (const auto& follow_on : follow_ons) {
      consider(follow_on);
    }
    return found;
  }

  [[nodiscard]] static std::optional<std::chrono::sys_seconds> latest_of(const std::vector<CaseEventSnapshot>& list,
                                                                         const std::string& kind)
  {
    std::optional<std::chrono::sys_seconds> found;
    for (const auto& event : list) {
      if (event.kind == kind) {
        found = event.at;
      }
    }
    return found;
  }
};

}  // namespace trygg::sdk
