#include "trygg/sdk/clock.hpp"

#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/test_clock.hpp"

#include <atomic>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>

namespace trygg::sdk {
namespace {

// The instant a test set, in seconds since the epoch, or `unset`: one atomic, since background work
// (the file check, a plugin's thread) reads the clock while a test may move it.
constexpr std::int64_t unset = std::numeric_limits<std::int64_t>::min();
std::atomic<std::int64_t> set_at{unset};

std::optional<std::chrono::sys_seconds> test_time()
{
  const std::int64_t seconds = set_at.load();
  if (seconds == unset) {
    return std::nullopt;
  }
  return std::chrono::sys_seconds{std::chrono::seconds{seconds}};
}

void set_test_time(std::optional<std::chrono::sys_seconds> at)
{
  set_at.store(at ? at->time_since_epoch().count() : unset);
}

std::chrono::sys_seconds parsed(std::string_view swedish_time)
{
  if (const auto at = parse_swedish_time(swedish_time)) {
    return *at;
  }
  throw std::invalid_argument("TestClock: \"" + std::string(swedish_time) + "\" is no time");
}

}  // namespace

std::chrono::sys_seconds now()
{
  if (const auto at = test_time()) {
    return *at;
  }
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

std::chrono::year_month_day swedish_today()
{
  return swedish_date(now());
}

TestClock::TestClock(std::chrono::sys_seconds at) : before_(test_time())
{
  set(at);
}

TestClock::TestClock(std::string_view swedish_time) : TestClock(parsed(swedish_time)) {}

TestClock::~TestClock()
{
  set_test_time(before_);
}

void TestClock::set(std::chrono::sys_seconds at)
{
  set_test_time(at);
}

void TestClock::advance(std::chrono::seconds by)
{
  set(now() + by);
}

std::chrono::sys_seconds TestClock::now() const
{
  return sdk::now();
}

}  // namespace trygg::sdk
