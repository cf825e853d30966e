#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include "../src/hemgang_rules.hpp"

#include "trygg/sdk/case_snapshot_data.hpp"
#include "trygg/sdk/swedish_time.hpp"

#include <doctest/doctest.h>

namespace {

std::chrono::sys_seconds local(const char* text)
{
  return trygg::sdk::parse_swedish_time(text).value();
}

}  // namespace

TEST_CASE("two working days from a Thursday are Monday; over Christmas the holidays do not count")
{
  CHECK(trygg::sdk::format_swedish_deadline(backby::end_of_working_days_after(local("2026-11-19 15:00"), 2)) == "2026-11-23 24:00");
  // Home on 23 December: 24, 25, 26 and 27 December are not working days.
  CHECK(trygg::sdk::format_swedish_deadline(backby::end_of_working_days_after(local("2026-12-23 10:00"), 2)) == "2026-12-29 24:00");
}

TEST_CASE("the call's deadline appears when the person comes home and is met by the call")
{
  trygg::sdk::CaseSnapshotData data;
  data.process = "backby-hemgang";
  CHECK(backby::call_deadlines(trygg::sdk::CaseSnapshot(data)).empty());
  data.events.push_back({"came-home", local("2026-11-19 15:00")});
  auto deadlines = backby::call_deadlines(trygg::sdk::CaseSnapshot(data));
  REQUIRE(deadlines.size() == 1);
  CHECK_FALSE(deadlines[0].done);
  data.events.push_back({"called", local("2026-11-20 09:00")});
  deadlines = backby::call_deadlines(trygg::sdk::CaseSnapshot(data));
  CHECK(deadlines[0].done == local("2026-11-20 09:00"));
}
