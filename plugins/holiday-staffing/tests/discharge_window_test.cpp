// Where a routine's hours meet: the discharge window of each day and municipality, and the days with none.
#include "routine_test_support.hpp"
#include "test_support.hpp"

#include "discharge_window.hpp"
#include "trygg/time.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace trygg;
using namespace trygg::holiday;

namespace {

using trygg::holiday_test::date;

}  // namespace

TEST_CASE("discharge window - the hours every needed actor shares, the days they never meet, and whose change would open one")
{
  const test::TempFolder folder;
  const auto file = folder / "gap.xml";
  std::ofstream(file) << R"(<staffing-routine id="gap-2027" version="1" name="Glapp" valid-from="2027-12-20" valid-to="2027-12-31"
      example="true" area="Region Test">
  <source>Test</source>
  <region>
    <working-day>
      <window actor="ward" from="08:00" to="20:00"/>
      <window actor="home-help" from="07:00" to="09:00"/>
      <window actor="home-help" from="16:30" to="22:00"/>
    </working-day>
    <non-working-day>
      <window actor="ward" from="08:00" to="20:00"/>
      <window actor="home-help" from="09:00" to="19:00"/>
    </non-working-day>
    <day date="2027-12-24">
      <window actor="ward" from="08:00" to="14:00"/>
      <window actor="home-help" from="15:00" to="19:00"/>
    </day>
    <day date="2027-12-25">
      <window actor="ward" from="09:00" to="13:00"/>
    </day>
  </region>
  <municipality name="Flen">
    <day date="2027-12-24">
      <window actor="home-help" from="13:00" to="16:00"/>
    </day>
  </municipality>
</staffing-routine>)";
  const auto routine = read_staffing_routine(file);
  const std::vector<Actor> needed{Actor::ward, Actor::home_help};
  const auto region = discharge_windows(routine, "", date("2027-12-18"), date("2027-12-27"), needed);
  REQUIRE(region.size() == 8);  // from the routine's first day, 20 December
  CHECK(region.front().day == date("2027-12-20"));

  // A working day: two windows, morning and evening.
  REQUIRE(region[0].windows.size() == 2);
  CHECK(window_text(region[0].windows[0]) == "08–09");
  CHECK(window_text(region[0].windows[1]) == "16:30–20");

  // Julafton: ward 08–14 and home help 15–19 never meet; either one staffed in the other's hours opens one.
  const auto& julafton = region[4];
  CHECK(julafton.day == date("2027-12-24"));
  CHECK_FALSE(julafton.open());
  CHECK(julafton.not_staffed.empty());
  const auto said = gap_text(julafton);
  CHECK(said.find("2027-12-24") != std::string::npos);
  CHECK(said.find("08–14") != std::string::npos);
  CHECK(said.find("15–19") != std::string::npos);
  CHECK(said.find("möts aldrig") != std::string::npos);
  REQUIRE(julafton.would_open.size() == 2);
  CHECK(julafton.would_open[0].first == Actor::ward);
  CHECK(window_text(julafton.would_open[0].second.front()) == "15–19");
  CHECK(julafton.would_open[1].first == Actor::home_help);
  CHECK(window_text(julafton.would_open[1].second.front()) == "08–14");

  // Juldagen: home help is not staffed at all.
  CHECK_FALSE(region[5].open());
  REQUIRE(region[5].not_staffed.size() == 1);
  CHECK(region[5].not_staffed.front() == Actor::home_help);
  CHECK(gap_text(region[5]).find("inte bemannad") != std::string::npos);

  // Flen's own home help on julafton meets the ward 13–14.
  const auto flen = discharge_windows(routine, "Flen", date("2027-12-24"), date("2027-12-24"), needed);
  REQUIRE(flen.size() == 1);
  REQUIRE(flen.front().open());
  CHECK(window_text(flen.front().windows.front()) == "13–14");
  CHECK(gap_text(flen.front()).find("Flen: utskrivningsfönster 13–14") != std::string::npos);

  // Needing only the ward, every day of the routine has a window.
  for (const auto& day : discharge_windows(routine, "", date("2027-12-20"), date("2027-12-31"), {Actor::ward})) {
    CHECK(day.open());
  }
}
