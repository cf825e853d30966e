#include "discharge_rules.hpp"

#include <doctest/doctest.h>

using namespace trygg;
using std::chrono::hours;

namespace {
std::chrono::sys_seconds utc(int day, int hour)
{
  using namespace std::chrono;
  return sys_days{year{2026} / December / day} + hours(hour);
}

const sdk::Deadline* find(const std::vector<sdk::Deadline>& deadlines, const std::string& key)
{
  for (const auto& deadline : deadlines) {
    if (deadline.key == key) {
      return &deadline;
    }
  }
  return nullptr;
}
}  // namespace

TEST_CASE("discharge rules - deadlines appear as their starting events are recorded")
{
  sdk::CaseSnapshot snapshot{1, "discharge", {}};
  CHECK(discharge::legal_deadlines(snapshot).empty());

  snapshot.events.push_back({discharge::event::admitted, utc(23, 22)});
  auto deadlines = discharge::legal_deadlines(snapshot);
  REQUIRE(deadlines.size() == 1);
  CHECK(deadlines[0].key == "admission-notice");
  CHECK(deadlines[0].due == utc(24, 22));  // 24 hours, Christmas Eve or not
  CHECK_FALSE(deadlines[0].done);

  snapshot.events.push_back({discharge::event::admission_notice_sent, utc(24, 9)});
  snapshot.events.push_back({discharge::event::ready_for_discharge, utc(25, 10)});
  deadlines = discharge::legal_deadlines(snapshot);
  REQUIRE(deadlines.size() == 2);
  CHECK(find(deadlines, "admission-notice")->done == utc(24, 9));
  CHECK(find(deadlines, "sip-called")->due == utc(28, 10));

  snapshot.events.push_back({discharge::event::discharged, utc(27, 14)});
  deadlines = discharge::legal_deadlines(snapshot);
  REQUIRE(deadlines.size() == 4);
  CHECK(find(deadlines, "fast-vardkontakt")->due == utc(27, 14));
  CHECK(find(deadlines, "information-transferred") != nullptr);
}

TEST_CASE("discharge rules - a ready notice sent again restarts the SIP clock")
{
  sdk::CaseSnapshot snapshot{1, "discharge", {}};
  snapshot.events.push_back({discharge::event::ready_for_discharge, utc(20, 10)});
  snapshot.events.push_back({discharge::event::ready_for_discharge, utc(22, 10)});
  const auto deadlines = discharge::legal_deadlines(snapshot);
  REQUIRE(find(deadlines, "sip-called") != nullptr);
  CHECK(find(deadlines, "sip-called")->due == utc(25, 10));
}
