#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace trygg::sdk {

// A deadline a plugin's rules derive from a case. The host decides its state (upcoming, due today,
// late, met) against the clock, so every plugin shows deadlines the same way.
struct Deadline {
  std::string key;     // stable, e.g. "admission-notice"
  std::string label;   // shown to the user
  std::string source;  // where the rule comes from, e.g. "Lag (2017:612) 4 kap. 1 §"
  std::chrono::sys_seconds due;
  std::optional<std::chrono::sys_seconds> done;
};

}  // namespace trygg::sdk
