// Two versions of a routine side by side: what changed per day, municipality and actor.
#include "routine_test_support.hpp"
#include "test_support.hpp"

#include "routine_comparison.hpp"
#include "routine_redating.hpp"
#include "trygg/time.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

using namespace trygg;
using namespace trygg::holiday;

namespace {

StaffingRoutine routine_from(const test::TempFolder& folder, const std::string& name, const std::string& xml)
{
  const auto file = folder / name;
  std::ofstream(file) << xml;
  return read_staffing_routine(file);
}

const char* const december_2026 = R"(<?xml version="1.0" encoding="UTF-8"?>
<staffing-routine id="test-jul-2026" version="1" name="Testrutin jul 2026" valid-from="2026-12-01" valid-to="2026-12-31"
                  area="Region Test" status="beslutad" decided-by="Regionens ledning" decided-on="2026-10-01">
  <source>Testets egen rutin.</source>
  <region>
    <working-day><window actor="ward" from="08:00" to="20:00"/><window actor="home-help" from="08:00" to="21:00"/></working-day>
    <non-working-day><window actor="ward" from="08:00" to="20:00"/><window actor="home-help" from="09:00" to="19:00"/></non-working-day>
    <day date="2026-12-24"><window actor="ward" from="08:00" to="14:00"/><window actor="home-help" from="09:00" to="15:00"/></day>
    <day date="2026-12-31"><window actor="ward" from="08:00" to="13:00"/><window actor="home-help" from="09:00" to="14:00"/></day>
  </region>
  <municipality name="Flen"><day date="2026-12-24"><window actor="home-help" from="10:00" to="13:00"/></day></municipality>
  <municipality name="Gnesta"/>
</staffing-routine>)";

// The next year: the ward opens an hour earlier on working days, Flen's home help on julafton is the
// region's, a midsommarafton is agreed, and nyårsafton is no longer.
const char* const year_2027 = R"(<?xml version="1.0" encoding="UTF-8"?>
<staffing-routine id="test-2027" version="2" name="Testrutin 2027" valid-from="2027-01-01" valid-to="2027-12-31"
                  area="Region Test" status="utkast" replaces="test-jul-2026">
  <source>Testets egen rutin, nästa år.</source>
  <region>
    <working-day><window actor="ward" from="07:00" to="20:00"/><window actor="home-help" from="08:00" to="21:00"/></working-day>
    <non-working-day><window actor="ward" from="08:00" to="20:00"/><window actor="home-help" from="09:00" to="19:00"/></non-working-day>
    <day date="2027-06-25"><window actor="ward" from="08:00" to="12:00"/></day>
    <day date="2027-12-24"><window actor="ward" from="08:00" to="14:00"/><window actor="home-help" from="09:00" to="15:00"/></day>
  </region>
  <municipality name="Flen"/>
  <municipality name="Gnesta"/>
</staffing-routine>)";

bool has(const RoutineComparison& comparison, const std::string& day, const std::string& municipality, Actor actor)
{
  return std::any_of(comparison.hours.begin(), comparison.hours.end(), [&](const HoursChange& change) {
    return change.day == day && change.municipality == municipality && change.actor == actor;
  });
}

const HoursChange& change_of(const RoutineComparison& comparison, const std::string& day, const std::string& municipality, Actor actor)
{
  const auto found = std::find_if(comparison.hours.begin(), comparison.hours.end(), [&](const HoursChange& change) {
    return change.day == day && change.municipality == municipality && change.actor == actor;
  });
  REQUIRE(found != comparison.hours.end());
  return *found;
}

}  // namespace

TEST_CASE("routine comparison - a version against itself has nothing to show")
{
  const test::TempFolder folder;
  const auto routine = routine_from(folder, "a.xml", december_2026);
  const auto comparison = compare_routines(routine, routine);
  CHECK(comparison.header.empty());
  CHECK(comparison.hours.empty());
  CHECK(comparison_html(comparison).find("Samma tider för varje aktör, dag och kommun.") != std::string::npos);
}

TEST_CASE("routine comparison - per kind of day, agreed day by its place in the year, municipality and actor")
{
  const test::TempFolder folder;
  const auto before = routine_from(folder, "a.xml", december_2026);
  const auto after = routine_from(folder, "b.xml", year_2027);
  const auto comparison = compare_routines(before, after);
  CHECK(comparison.before_title == "test-jul-2026 v1 (beslutad)");
  CHECK(comparison.after_title == "test-2027 v2 (utkast)");

  // The header: what differs, and only that.
  const auto field = [&](const std::string& name) {
    return std::find_if(comparison.header.begin(), comparison.header.end(), [&](const HeaderChange& change) { return change.field == name; });
  };
  REQUIRE(field("Gäller") != comparison.header.end());
  CHECK(field("Gäller")->before == "2026-12-01 – 2026-12-31");
  CHECK(field("Gäller")->after == "2027-01-01 – 2027-12-31");
  CHECK(field("Status")->after == "utkast");
  CHECK(field("Område") == comparison.header.end());

  // A kind of day: the region's change, once; the municipalities that follow it are not repeated.
  const auto& ward = change_of(comparison, "Vardagar", "", Actor::ward);
  CHECK(hours_text(ward.before) == "08–20");
  CHECK(hours_text(ward.after) == "07–20");
  CHECK_FALSE(has(comparison, "Vardagar", "Flen", Actor::ward));
  CHECK_FALSE(has(comparison, "Vardagar", "", Actor::home_help));
  CHECK_FALSE(has(comparison, "Helger och helgdagar", "", Actor::ward));

  // Julafton against julafton: the region's hours are the same; Flen's home help now follows the region.
  CHECK_FALSE(has(comparison, "julafton 2027-12-24", "", Actor::ward));
  const auto& flen = change_of(comparison, "julafton 2027-12-24", "Flen", Actor::home_help);
  CHECK(flen.compared_day == "2026-12-24");
  CHECK(hours_text(flen.before) == "10–13");
  CHECK(hours_text(flen.after) == "09–15");

  // A day the earlier version has no counterpart for within its validity.
  const auto& midsummer = change_of(comparison, "midsommarafton 2027-06-25", "", Actor::ward);
  CHECK(midsummer.compared_day.empty());
  CHECK_FALSE(midsummer.before.has_value());
  CHECK(hours_text(midsummer.before) == "ingen sådan dag");
  CHECK(hours_text(midsummer.after) == "08–12");
  CHECK(hours_text(change_of(comparison, "midsommarafton 2027-06-25", "", Actor::home_help).after) == "inte bemannad");

  // Nyårsafton no longer agreed: its hours against what the new version gives that day, a day off work
  // (so its non-working-day hours, though it is a Friday).
  const auto& new_years_eve = change_of(comparison, "nyårsafton 2027-12-31", "", Actor::ward);
  CHECK(new_years_eve.compared_day == "2026-12-31");
  CHECK(hours_text(new_years_eve.before) == "08–13");
  CHECK(hours_text(new_years_eve.after) == "08–20");

  // In print: both versions named, the changed hours side by side.
  const auto html = comparison_html(comparison);
  CHECK(html.find("size:A4") != std::string::npos);
  CHECK(html.find("test-jul-2026 v1 (beslutad)") != std::string::npos);
  CHECK(html.find("<td>10–13</td><td class=changed>09–15</td>") != std::string::npos);
}

TEST_CASE("routine comparison - a version made from the last one by the new-version tool keeps every agreed day's hours")
{
  const test::TempFolder folder;
  const auto source = trygg::holiday_test::bundled_routines / "sormland-jul-2026.xml";
  const auto made = new_version(source, {.id = "sormland-2027", .version = 2, .name = {}, .valid_from = *from_iso_date("2027-12-01"),
                                         .valid_to = *from_iso_date("2027-12-31"), .example = true});
  const auto before = read_staffing_routine(source);
  const auto after = routine_from(folder, "next.xml", made.xml);
  const auto comparison = compare_routines(before, after);
  // Every agreed day moved by its role: julafton, juldagen, nyårsafton the same hours, region and municipality.
  for (const auto* day : {"julafton 2027-12-24", "juldagen 2027-12-25", "nyårsafton 2027-12-31"}) {
    for (const auto actor : all_actors()) {
      CHECK_MESSAGE(!has(comparison, day, "", actor), day);
      CHECK_MESSAGE(!has(comparison, day, "Flen", actor), day);
    }
  }
  // Annandag jul 2027 is also the last day of that Christmas weekend. The named day won the date, so
  // against annandag 2026 nothing changed, and against Sunday 27 December 2026 the shorter hours show.
  const auto against = [&](const char* earlier) {
    return std::count_if(comparison.hours.begin(), comparison.hours.end(), [&](const HoursChange& change) {
      return change.day == "annandag jul 2027-12-26" && change.compared_day == earlier;
    });
  };
  CHECK(against("2026-12-26") == 0);
  REQUIRE(against("2026-12-27") > 0);
  const auto ward = std::find_if(comparison.hours.begin(), comparison.hours.end(), [](const HoursChange& change) {
    return change.compared_day == "2026-12-27" && change.municipality.empty() && change.actor == Actor::ward;
  });
  REQUIRE(ward != comparison.hours.end());
  CHECK(hours_text(ward->before) == "09–15");
  CHECK(hours_text(ward->after) == "09–13");
}
