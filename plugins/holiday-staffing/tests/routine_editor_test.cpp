// A routine's hours edited without XML, with undo: what the coordinator changes is what planning reads.
#include "routine_test_support.hpp"
#include "test_support.hpp"

#include "discharge_window.hpp"
#include "routine_editor.hpp"
#include "trygg/content_error.hpp"
#include "trygg/sdk/xml_file.hpp"
#include "trygg/time.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

using namespace trygg;
using namespace trygg::holiday;

namespace {

const auto& routines = trygg::holiday_test::bundled_routines;

using trygg::holiday_test::date;

RoutineEditor sormland_draft(const std::filesystem::path& where)
{
  return RoutineEditor(sdk::read_text_file(routines / "sormland-2027-2028.xml"), where);
}

std::vector<TimeWindow> hours(const char* text)
{
  const auto typed = read_typed_windows(text);
  REQUIRE(typed.error.empty());
  return typed.windows;
}

std::string staffed(const RoutineEditor& editor, const char* day, const std::string& municipality, Actor actor)
{
  const auto staffing = editor.routine().staffing(date(day), municipality);
  const auto found = staffing.find(actor);
  return found == staffing.end() ? "-" : windows_text(found->second);
}

}  // namespace

TEST_CASE("routine editor - typed hours read as windows, in order, and what is not a time, backwards or overlapping is named")
{
  CHECK(windows_text(hours("8-14, 16:30–19")) == "08–14, 16:30–19");
  CHECK(windows_text(hours(" 16.30 - 24 ; 06-08 ")) == "06–08, 16:30–24");
  CHECK(hours("").empty());
  CHECK(windows_text(hours(windows_text(hours("08:15–12, 13–16:45")).c_str())) == "08:15–12, 13–16:45");  // reads what it writes
  CHECK(read_typed_windows("14–08").error.find("\"14-08\" slutar innan den börjar") != std::string::npos);
  CHECK(read_typed_windows("08–12, 11–14").error.find("går in i varandra") != std::string::npos);
  CHECK_FALSE(read_typed_windows("25–26").error.empty());
  CHECK_FALSE(read_typed_windows("08:5–12").error.empty());
  CHECK_FALSE(read_typed_windows("24:30–24").error.empty());
  CHECK_FALSE(read_typed_windows("08").error.empty());
  CHECK_FALSE(read_typed_windows("åtta–tolv").error.empty());
}

TEST_CASE("routine editor - a municipality's hours on an agreed day, set and given back to the region's, with undo and redo")
{
  test::TempFolder folder;
  auto editor = sormland_draft(folder / "next.xml");
  const HoursPlace flen_julafton{"Flen", {DayKind::agreed, date("2027-12-24")}};
  REQUIRE(editor.windows(flen_julafton, Actor::home_help).has_value());
  CHECK(windows_text(*editor.windows(flen_julafton, Actor::home_help)) == "10–13");
  CHECK_FALSE(editor.windows(flen_julafton, Actor::ward).has_value());  // the region's
  CHECK(staffed(editor, "2027-12-24", "Flen", Actor::home_help) == "10–13");
  CHECK_FALSE(editor.modified());
  CHECK_FALSE(editor.can_undo());
  const auto opened = editor.xml();

  editor.set_windows(flen_julafton, Actor::home_help, hours("15–19"));
  CHECK(staffed(editor, "2027-12-24", "Flen", Actor::home_help) == "15–19");
  CHECK(staffed(editor, "2027-12-24", "Gnesta", Actor::home_help) == "09–15");  // another municipality keeps the region's
  CHECK(staffed(editor, "2028-12-24", "Flen", Actor::home_help) == "10–13");    // the other year's julafton is its own day
  CHECK(editor.modified());
  CHECK(editor.undo_text() == "Flen, 2027-12-24 julafton: Hemtjänst 15–19");
  // Ward 08–14 and home help 15–19 never meet: the change is seen where the windows are checked.
  const auto flen = discharge_windows(editor.routine(), "Flen", date("2027-12-24"), date("2027-12-24"), usual_discharge_actors());
  REQUIRE(flen.size() == 1);
  CHECK_FALSE(flen.front().open());
  // Still the process owner's document: the comments stay, and it passes its schema.
  CHECK(editor.xml().find("<!-- julafton -->") != std::string::npos);
  CHECK(sdk::validate_against_schema("next.xml", editor.xml(), "staffing-routine.xsd").empty());

  editor.set_windows(flen_julafton, Actor::home_help, std::nullopt);
  CHECK(staffed(editor, "2027-12-24", "Flen", Actor::home_help) == "09–15");  // the region's again
  CHECK(editor.undo_text() == "Flen, 2027-12-24 julafton: Hemtjänst regionens tider");

  editor.undo();
  CHECK(staffed(editor, "2027-12-24", "Flen", Actor::home_help) == "15–19");
  editor.undo();
  CHECK(editor.xml() == opened);
  CHECK_FALSE(editor.modified());
  CHECK_FALSE(editor.can_undo());
  CHECK(editor.redo_text() == "Flen, 2027-12-24 julafton: Hemtjänst 15–19");
  editor.redo();
  CHECK(staffed(editor, "2027-12-24", "Flen", Actor::home_help) == "15–19");
  CHECK(editor.can_redo());
  // A new change after an undo drops what could have been redone.
  editor.set_windows(flen_julafton, Actor::home_help, hours("12–14"));
  CHECK_FALSE(editor.can_redo());
  CHECK(discharge_windows(editor.routine(), "Flen", date("2027-12-24"), date("2027-12-24"), usual_discharge_actors()).front().open());
}

TEST_CASE("routine editor - a kind of day the region leaves to another starts as its copy, and an added day changes nothing until edited")
{
  test::TempFolder folder;
  auto editor = sormland_draft(folder / "next.xml");
  // Storhelg days follow the non-working days' hours until the routine gives them their own.
  const HoursPlace storhelg{"", {DayKind::storhelg, {}}};
  CHECK(windows_text(*editor.windows(storhelg, Actor::home_help)) == "09–19");
  const char* easter_saturday = "2027-03-27";
  CHECK(staffed(editor, easter_saturday, "Eskilstuna", Actor::home_help) == "09–19");
  editor.set_windows(storhelg, Actor::home_help, hours("10–16"));
  CHECK(staffed(editor, easter_saturday, "Eskilstuna", Actor::home_help) == "10–16");
  CHECK(staffed(editor, easter_saturday, "Eskilstuna", Actor::ward) == "08–20");  // the others as they were
  CHECK(staffed(editor, "2027-03-20", "Eskilstuna", Actor::home_help) == "09–19");  // an ordinary Saturday
  CHECK(editor.xml().find("<storhelg-day>") > editor.xml().find("<non-working-day>"));  // where the schema wants it

  // Midsummer eve, agreed from now on: the same hours first, then its own.
  const auto midsummer_eve = date("2027-06-25");
  const auto before = discharge_windows(editor.routine(), "Trosa", midsummer_eve, midsummer_eve, usual_discharge_actors()).front().windows;
  editor.add_day("", midsummer_eve);
  const auto days = editor.agreed_days("");
  CHECK(std::find(days.begin(), days.end(), midsummer_eve) != days.end());
  CHECK(discharge_windows(editor.routine(), "Trosa", midsummer_eve, midsummer_eve, usual_discharge_actors()).front().windows == before);
  CHECK(editor.xml().find("<!-- midsommarafton -->") != std::string::npos);
  CHECK(editor.xml().find("<!-- midsommarafton -->") < editor.xml().find("2027-12-24"));  // in date order
  editor.set_windows({"", {DayKind::agreed, midsummer_eve}}, Actor::home_health_care, std::nullopt);
  CHECK(staffed(editor, "2027-06-25", "Trosa", Actor::home_health_care) == "-");  // the region's agreed day: only what it gives
  editor.remove_day("", midsummer_eve);
  CHECK(editor.xml().find("midsommarafton") == std::string::npos);
  CHECK(staffed(editor, "2027-06-25", "Trosa", Actor::home_health_care) == "09–19");  // a storhelg day again
}

TEST_CASE("routine editor - what would not be a valid routine is refused and nothing changes, and saved it reads as a routine file")
{
  test::TempFolder folder;
  auto editor = sormland_draft(folder / "next.xml");
  const auto opened = editor.xml();
  const auto refusal = [&](auto change) {
    try {
      change();
    } catch (const std::exception& error) {
      return std::string(error.what());
    }
    return std::string();
  };
  CHECK(refusal([&] { editor.set_windows({"", {DayKind::working, {}}}, Actor::ward, std::vector<TimeWindow>{{600, 480}}); })
            .find("next.xml") != std::string::npos);
  const auto outside = refusal([&] { editor.add_day("Flen", date("2029-01-05")); });
  CHECK(outside.find("next.xml") != std::string::npos);
  CHECK(outside.find("utanför rutinens giltighetstid 2027-01-01 – 2028-12-31") != std::string::npos);
  CHECK_FALSE(refusal([&] { editor.add_day("Flen", date("2027-12-24")); }).empty());  // already one
  CHECK_FALSE(refusal([&] { editor.add_day("Bromma", date("2027-12-24")); }).empty());
  CHECK_FALSE(refusal([&] { editor.set_windows({"", {DayKind::agreed, date("2027-12-23")}}, Actor::ward, std::nullopt); }).empty());
  CHECK(editor.xml() == opened);
  CHECK_FALSE(editor.can_undo());

  editor.set_windows({"Katrineholm", {DayKind::working, {}}}, Actor::home_help, hours("07–22"));
  const auto saved = folder / "sormland-2027-2028-v3.xml";
  editor.save(saved);
  CHECK_FALSE(editor.modified());
  CHECK(editor.file() == saved);
  const auto read = read_staffing_routine(saved);
  CHECK(windows_text(read.staffing(date("2027-03-03"), "Katrineholm").at(Actor::home_help)) == "07–22");
  editor.undo();
  CHECK(editor.modified());  // the file holds the change undone
  editor.redo();
  CHECK_FALSE(editor.modified());
  // A file that cannot be written loses nothing of what is edited.
  CHECK_FALSE(refusal([&] { editor.save(folder / "no-such-folder" / "x.xml"); }).empty());
  CHECK(editor.file() == saved);
}

TEST_CASE("staffing routine - an agreed day outside the routine's validity is refused with file and line")
{
  test::TempFolder folder;
  auto text = sdk::read_text_file(routines / "sormland-2027-2028.xml");
  const auto at = text.find("<day date=\"2028-12-31\">");
  REQUIRE(at != std::string::npos);
  text.replace(at, 23, "<day date=\"2029-12-31\">");
  const auto file = folder / "late.xml";
  std::ofstream(file) << text;
  std::string message;
  try {
    (void)read_staffing_routine(file);
  } catch (const sdk::ContentError& error) {
    message = error.what();
  }
  const auto line = std::count(text.begin(), text.begin() + static_cast<long>(at), '\n') + 1;
  CHECK(message.find("late.xml:" + std::to_string(line)) != std::string::npos);
  CHECK(message.find("2029-12-31 ligger utanför rutinens giltighetstid") != std::string::npos);
}

TEST_CASE("routine editor - a municipality says an actor is not staffed on a day, whatever the region's hours")
{
  test::TempFolder folder;
  auto editor = sormland_draft(folder / "next.xml");
  CHECK(read_typed_windows(" Ingen ").unstaffed);
  const HoursPlace trosa_julafton{"Trosa", {DayKind::agreed, date("2027-12-24")}};
  CHECK(staffed(editor, "2027-12-24", "Trosa", Actor::home_health_care) == "09–15");  // the region's
  editor.set_windows(trosa_julafton, Actor::home_health_care, std::vector<TimeWindow>{});
  REQUIRE(editor.windows(trosa_julafton, Actor::home_health_care).has_value());
  CHECK(editor.windows(trosa_julafton, Actor::home_health_care)->empty());
  CHECK(editor.xml().find("<unstaffed actor=\"home-health-care\" />") != std::string::npos);
  CHECK(editor.undo_text() == "Trosa, 2027-12-24 julafton: Hälso- och sjukvård i hemmet inte bemannad");
  // Planning reads it as not staffed: no discharge window in Trosa that day, home health care named.
  const auto trosa = discharge_windows(editor.routine(), "Trosa", date("2027-12-24"), date("2027-12-24"), usual_discharge_actors()).front();
  CHECK_FALSE(trosa.open());
  REQUIRE(trosa.not_staffed.size() == 1);
  CHECK(trosa.not_staffed.front() == Actor::home_health_care);
  CHECK(discharge_windows(editor.routine(), "Gnesta", date("2027-12-24"), date("2027-12-24"), usual_discharge_actors()).front().open());
  // Hours given again replace it; both at once in a file is refused.
  editor.set_windows(trosa_julafton, Actor::home_health_care, hours("10–12"));
  CHECK(editor.xml().find("unstaffed") == std::string::npos);
  auto both = editor.xml();
  const auto at = both.find("<window actor=\"home-health-care\" from=\"10:00\"");
  REQUIRE(at != std::string::npos);
  both.insert(at, "<unstaffed actor=\"home-health-care\" />");
  CHECK_THROWS_AS(RoutineEditor(both, folder / "both.xml"), sdk::ContentError);
}
