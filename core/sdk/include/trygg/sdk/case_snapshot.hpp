#pragma once

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

  // The name of an event kind as the manifest gives it, else the kind itself.
  [[nodiscard]] std::string event_label(const std::string& kind) const
  {
    const auto found = event_labels.find(kind);
    return found != event_labels.end() ? found->second : kind;
  }

  // The most recent event of a kind (a ready notice may be withdrawn and sent again).
  [[nodiscard]] std::optional<std::chrono::sys_seconds> latest(const std::string& kind) const
  {
    std::optional<std::chrono::sys_seconds> found;
    for (const auto& event : events) {
      if (event.kind == kind) {
        found = event.at;
      }
    }
    return found;
  }
};

}  // namespace trygg::sdk
