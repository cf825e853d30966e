#pragma once

#include <chrono>
#include <cstdint>
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

// What a plugin's rules get to see of a case: a copy, so a rule can never write behind the
// storage layer's back.
struct CaseSnapshot {
  std::int64_t id = 0;
  std::string process;
  std::vector<CaseEventSnapshot> events;  // oldest first
  std::chrono::sys_seconds now{};         // the host's clock, so rules never read the system clock

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
