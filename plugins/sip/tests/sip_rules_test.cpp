#include "sip_plan_fixture.hpp"
#include "sip_rules.hpp"
#include "deadline_lookup.hpp"

#include <doctest/doctest.h>

using namespace trygg;
using namespace trygg::sip::test;

TEST_CASE("SIP rules - kallelse within 3 days of the discharge's ready notice, counted in Swedish days across DST")
{
  auto snapshot = sip_case_data(std::nullopt);
  CHECK(test::find_deadline(sip::sip_deadlines(sdk::CaseSnapshot(snapshot)), "sip-called") == nullptr);  // not from a discharge

  // Ready on Friday 23 October 10:00 (CEST); summer time ends on Sunday 25 October.
  snapshot.origin = sdk::LinkedCaseSnapshot{3, "discharge", {{"ready-for-discharge", utc(10, 23, 8)}}};
  const auto deadlines = sip::sip_deadlines(sdk::CaseSnapshot(snapshot));  // kept: find_deadline() points into it
  const auto* called = test::find_deadline(deadlines, "sip-called");
  REQUIRE(called != nullptr);
  CHECK(called->due == utc(10, 26, 23));  // midnight ending Monday 26 October, CET
  CHECK_FALSE(called->done);

  SUBCASE("met by a kallelse recorded in the SIP")
  {
    snapshot.events.push_back({"sip-called", utc(10, 25, 9)});
    CHECK(test::find_deadline(sip::sip_deadlines(sdk::CaseSnapshot(snapshot)), "sip-called")->done == utc(10, 25, 9));
  }
  SUBCASE("met by a kallelse recorded in the discharge case")
  {
    snapshot.origin->events.push_back({"sip-called", utc(10, 24, 9)});
    CHECK(test::find_deadline(sip::sip_deadlines(sdk::CaseSnapshot(snapshot)), "sip-called")->done == utc(10, 24, 9));
  }
}

TEST_CASE("SIP rules - the plan's follow-up is a deadline, a follow-up up to a week early counts")
{
  auto plan = complete_plan();  // follow-up 10 December
  auto snapshot = sip_case_data(plan);
  const auto deadlines = sip::sip_deadlines(sdk::CaseSnapshot(snapshot));  // kept: find_deadline() points into it
  const auto* follow_up = test::find_deadline(deadlines, "follow-up");
  REQUIRE(follow_up != nullptr);
  CHECK(follow_up->due == utc(12, 10, 23));  // end of 10 December, CET
  CHECK_FALSE(follow_up->done);

  snapshot.events.push_back({"followed-up", utc(11, 20)});  // an earlier follow-up
  CHECK_FALSE(test::find_deadline(sip::sip_deadlines(sdk::CaseSnapshot(snapshot)), "follow-up")->done);
  snapshot.events.push_back({"followed-up", utc(12, 4, 10)});
  CHECK(test::find_deadline(sip::sip_deadlines(sdk::CaseSnapshot(snapshot)), "follow-up")->done == utc(12, 4, 10));

  plan.closed_at = utc(12, 11);
  CHECK(test::find_deadline(sip::sip_deadlines(sip_case(plan)), "follow-up") == nullptr);
}
