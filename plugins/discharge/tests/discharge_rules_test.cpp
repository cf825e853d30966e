#include "discharge_rules.hpp"
#include "discharge_timeline.hpp"
#include "trygg/sdk/palette.hpp"

#include "deadline_lookup.hpp"

#include "trygg/sdk/case_snapshot_data.hpp"

#include <doctest/doctest.h>

using namespace trygg;
using std::chrono::hours;

namespace {
std::chrono::sys_seconds utc(int day, int hour)
{
  using namespace std::chrono;
  return sys_days{year{2026} / December / day} + hours(hour);
}

}  // namespace

TEST_CASE("discharge rules - deadlines appear as their starting events are recorded")
{
  sdk::CaseSnapshotData snapshot{1, "discharge", {}};
  CHECK(discharge::legal_deadlines(sdk::CaseSnapshot(snapshot)).empty());

  snapshot.events.push_back({discharge::event::admitted, utc(23, 22)});
  auto deadlines = discharge::legal_deadlines(sdk::CaseSnapshot(snapshot));
  REQUIRE(deadlines.size() == 1);
  CHECK(deadlines[0].key == "admission-notice");
  CHECK(deadlines[0].due == utc(24, 22));  // 24 hours, Christmas Eve or not
  CHECK_FALSE(deadlines[0].done);

  snapshot.events.push_back({discharge::event::admission_notice_sent, utc(24, 9)});
  snapshot.events.push_back({discharge::event::ready_for_discharge, utc(25, 10)});
  deadlines = discharge::legal_deadlines(sdk::CaseSnapshot(snapshot));
  REQUIRE(deadlines.size() == 2);
  CHECK(test::find_deadline(deadlines, "admission-notice")->done == utc(24, 9));
  // Ready 25 Dec 11:00 Swedish time: due by the end of 28 December (midnight, 23:00 UTC in winter).
  CHECK(test::find_deadline(deadlines, "sip-called")->due == utc(28, 23));

  snapshot.events.push_back({discharge::event::discharged, utc(27, 14)});
  deadlines = discharge::legal_deadlines(sdk::CaseSnapshot(snapshot));
  REQUIRE(deadlines.size() == 4);
  CHECK(test::find_deadline(deadlines, "fast-vardkontakt")->due == utc(27, 14));
  CHECK(test::find_deadline(deadlines, "information-transferred")->due == utc(27, 23));  // end of the discharge day
}

TEST_CASE("discharge rules - the SIP clock runs from the notice that opened the current readiness")
{
  sdk::CaseSnapshotData snapshot{1, "discharge", {}};
  snapshot.events.push_back({discharge::event::ready_for_discharge, utc(20, 10)});
  snapshot.events.push_back({discharge::event::ready_for_discharge, utc(22, 10)});
  // Sent again while ready: the first notice stands (due by the end of 23 December, Swedish time).
  auto deadlines = discharge::legal_deadlines(sdk::CaseSnapshot(snapshot));
  REQUIRE(test::find_deadline(deadlines, "sip-called") != nullptr);
  CHECK(test::find_deadline(deadlines, "sip-called")->due == utc(23, 23));
  // Not ready in between: ready again on the 22nd restarts it.
  snapshot.events.push_back({"not-ready-for-discharge", utc(21, 10)});
  deadlines = discharge::legal_deadlines(sdk::CaseSnapshot(snapshot));
  CHECK(test::find_deadline(deadlines, "sip-called")->due == utc(25, 23));
  // Only one huvudman needed: no SIP, so no kallelse deadline at all (never "Försenad").
  snapshot.events.push_back({discharge::event::sip_not_needed, utc(22, 12)});
  CHECK(test::find_deadline(discharge::legal_deadlines(sdk::CaseSnapshot(snapshot)), "sip-called") == nullptr);
}

TEST_CASE("discharge rules - days are Swedish calendar days across the daylight-saving changes")
{
  using namespace std::chrono;
  const auto at = [](int month, int day, int hour_utc) {
    return sys_days{year{2026} / month / day} + hours(hour_utc);
  };
  // Ready Friday 27 March 2026 10:00 (09:00 UTC, winter time). Three days on is Monday 30 March,
  // which ends at midnight summer time: 22:00 UTC, not 23:00 (72 hours would be wrong by a day's end).
  sdk::CaseSnapshotData spring{1, "discharge", {{discharge::event::ready_for_discharge, at(3, 27, 9)}}, {}};
  CHECK(test::find_deadline(discharge::legal_deadlines(sdk::CaseSnapshot(spring)), "sip-called")->due == at(3, 30, 22));
  // Ready Friday 23 October 2026 10:00 (08:00 UTC, summer time): ends Monday 26 October at
  // midnight winter time, 23:00 UTC.
  sdk::CaseSnapshotData autumn{1, "discharge", {{discharge::event::ready_for_discharge, at(10, 23, 8)}}, {}};
  CHECK(test::find_deadline(discharge::legal_deadlines(sdk::CaseSnapshot(autumn)), "sip-called")->due == at(10, 26, 23));
  // The admission notice is 24 real hours, whatever the clocks do: admitted 28 March 22:00 UTC.
  sdk::CaseSnapshotData admitted{1, "discharge", {{discharge::event::admitted, at(3, 28, 22)}}, {}};
  CHECK(test::find_deadline(discharge::legal_deadlines(sdk::CaseSnapshot(admitted)), "admission-notice")->due == at(3, 29, 22));
}

TEST_CASE("Discharge timeline - shows the host's deadlines with the host's states and the one palette")
{
  sdk::CaseSnapshotData data;
  data.now = utc(23, 9);
  data.events = {{"admitted", utc(20, 8)}};
  // As the host keeps them: met late, by the host's judgement (the timeline does not judge again).
  const sdk::Deadline notice{"admission-notice", "Inskrivningsmeddelande inom 24 timmar", "Lag (2017:612) 4 kap. 1 §", utc(21, 8),
                             utc(22, 8)};
  data.deadlines = {{notice, sdk::DeadlineState::met_late}};
  const auto html = discharge::timeline_html(sdk::CaseSnapshot(data));
  CHECK(html.find("Klar för sent") != std::string::npos);
  CHECK(html.find(sdk::palette::warning_background.hex()) != std::string::npos);
  // Nothing the host did not give: no deadline of its own making.
  CHECK(html.find("Kallelse") == std::string::npos);
}
