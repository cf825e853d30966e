#pragma once
// For tests only: sets the one clock (clock.hpp) of the whole process while the object lives, so a
// test that needs a particular day says which, and passes whatever day it runs. Set in code, never
// from the environment or a setting, so nobody can back-date what the history records by starting
// the program differently. (3.7)

#include "trygg/sdk/visibility.hpp"

#include <chrono>
#include <optional>
#include <string_view>

namespace trygg::sdk {

class TRYGG_SDK_API TestClock {
public:
  // The clock stands still at `at` until set or advanced; a time people write ("2026-12-24 12:00",
  // Swedish local time) works too, and a text that is no time throws std::invalid_argument.
  explicit TestClock(std::chrono::sys_seconds at);
  explicit TestClock(std::string_view swedish_time);
  TestClock(const TestClock&) = delete;
  TestClock& operator=(const TestClock&) = delete;
  // The clock goes back to what it was: the system's, or an enclosing test clock's.
  ~TestClock();

  void set(std::chrono::sys_seconds at);
  void advance(std::chrono::seconds by);
  [[nodiscard]] std::chrono::sys_seconds now() const;

private:
  std::optional<std::chrono::sys_seconds> before_;
};

}  // namespace trygg::sdk
