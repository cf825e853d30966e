// The next version of a routine: each agreed day moved by the Swedish calendar, not by its date.
#include "routine_test_support.hpp"
#include "test_support.hpp"

#include "routine_book.hpp"
#include "routine_redating.hpp"
#include "trygg/content_error.hpp"
#include "trygg/sdk/test_clock.hpp"
#include "trygg/time.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

using namespace trygg;
using namespace trygg::holiday;

namespace {

const auto& routines = trygg::holiday_test::bundled_routines;

using trygg::holiday_test::date;

std::string moved_to(const char* from, int year)
{
  const auto day = day_in(role_of(date(from)), year);
  return day ? to_iso_date(*day) : "none";
}

}  // namespace

TEST_CASE("routine re-dating - named days follow the calendar, weekday-bound ones are computed, places in a storhelg kept")
{
  // Named days: julafton keeps its date, midsommarafton its Friday, påskdagen its Sunday.
  CHECK(describe(role_of(date("2026-12-24"))) == "julafton");
  CHECK(moved_to("2026-12-24", 2027) == "2027-12-24");
  CHECK(moved_to("2026-06-19", 2027) == "2027-06-25");
  CHECK(moved_to("2026-06-19", 2028) == "2028-06-23");
  CHECK(moved_to("2026-04-05", 2027) == "2027-03-28");
  CHECK(moved_to("2026-05-14", 2027) == "2027-05-06");  // Kristi himmelsfärdsdag

  // Sunday 27 December 2026, the last day of that Christmas weekend: the last day of the next one.
  CHECK(describe(role_of(date("2026-12-27"))) == "sista dagen i julhelgen");
  CHECK(moved_to("2026-12-27", 2027) == "2027-12-26");
  CHECK(moved_to("2026-12-27", 2029) == "2029-12-26");  // Sat 22 – Wed 26
  // Monday 28 December 2026, the first working day after it: 27 December 2027, 27 December 2028.
  CHECK(describe(role_of(date("2026-12-28"))) == "första vardagen efter julhelgen");
  CHECK(moved_to("2026-12-28", 2027) == "2027-12-27");
  CHECK(moved_to("2026-12-28", 2028) == "2028-12-27");
  // Wednesday 23 December 2026, the last working day before: Thursday 23 December 2027, Friday 22 December 2028.
  CHECK(describe(role_of(date("2026-12-23"))) == "sista vardagen före julhelgen");
  CHECK(moved_to("2026-12-23", 2027) == "2027-12-23");
  CHECK(moved_to("2026-12-23", 2028) == "2028-12-22");
  // Saturday 7 January 2023 in the Epiphany weekend (Fri 6 – Sun 8): its second day, Sunday 7 January 2024.
  CHECK(moved_to("2023-01-07", 2024) == "2024-01-07");
  // An ordinary day keeps its date, and 29 February has none in 2027.
  CHECK(moved_to("2026-09-15", 2027) == "2027-09-15");
  CHECK(moved_to("2028-02-29", 2027) == "none");
}

TEST_CASE("routine re-dating - a new version of the Sörmland routine for 2027–2028: valid, a draft replacing it, days moved and told")
{
  const sdk::TestClock clock("2026-12-07 10:00");
  const test::TempFolder folder;
  const auto made = new_version(routines / "sormland-jul-2026.xml",
                                {"sormland-2027-2028", 2, "Test 2027–2028", date("2027-01-01"), date("2028-12-31"), true});
  const auto file = folder / "new.xml";
  std::ofstream(file) << made.xml;
  const auto routine = read_staffing_routine(file);  // XSD-valid and by the routine's rules
  CHECK(routine.status == RoutineStatus::draft);
  CHECK(routine.replaces == "sormland-jul-2026");
  CHECK(routine.example);
  CHECK(routine.version == 2);
  CHECK(routine.area == "Region Sörmland");
  CHECK(routine.source.find("2026-12-07") != std::string::npos);

  for (const char* day : {"2027-12-24", "2027-12-25", "2027-12-26", "2027-12-31", "2028-12-24", "2028-12-25", "2028-12-26", "2028-12-31"}) {
    CAPTURE(day);
    CHECK(routine.region.days.count(std::chrono::sys_days{date(day)}) == 1);
  }
  CHECK(routine.region.days.size() == 8);
  // Julafton's hours came with it, and Flen's own julafton too.
  const auto julafton = routine.staffing(date("2028-12-24"), "Flen");
  REQUIRE(julafton.count(Actor::home_help) == 1);
  CHECK(julafton.at(Actor::home_help).front().from == 10 * 60);
  CHECK(routine.staffing(date("2028-12-24"), "Nyköping").at(Actor::home_help).front().to == 16 * 60);
  // Sunday 27 December 2026 would land on annandag jul both years: not moved, and said.
  const auto sunday = std::find_if(made.days.begin(), made.days.end(), [](const MovedDay& moved) {
    return moved.schedule.empty() && moved.from == date("2026-12-27");
  });
  REQUIRE(sunday != made.days.end());
  CHECK(sunday->to.empty());
  REQUIRE(sunday->not_moved.size() == 2);
  CHECK(sunday->not_moved.front().find("2027-12-26") != std::string::npos);

  // Flen's own hours on that Sunday stay behind with the region's day; its julafton went with the region's.
  const auto flen_sunday = std::find_if(made.days.begin(), made.days.end(), [](const MovedDay& moved) {
    return moved.schedule == "Flen" && moved.from == date("2026-12-27");
  });
  REQUIRE(flen_sunday != made.days.end());
  CHECK(flen_sunday->to.empty());
  CHECK(routine.municipalities.at("Flen").days.size() == 2);  // julafton 2027 and 2028

  // It follows the old one without a conflict, and while a draft, planning does not follow it.
  const RoutineBook book({read_staffing_routine(routines / "sormland-jul-2026.xml"), routine});
  CHECK(book.in_force("Region Sörmland", date("2027-12-24")) == nullptr);
  REQUIRE(book.expiry("Region Sörmland", date("2026-12-07")));
}

TEST_CASE("routine re-dating - a request that goes backwards or keeps the old id or version is refused, naming the file")
{
  const auto from = routines / "sormland-jul-2026.xml";
  const auto refused = [&](const NewVersionRequest& request) {
    try {
      (void)new_version(from, request);
    } catch (const sdk::ContentError& error) {
      return std::string(error.what());
    }
    return std::string();
  };
  const auto backwards = refused({"next", 2, "", date("2028-12-31"), date("2027-01-01"), false});
  CHECK(backwards.find("sormland-jul-2026.xml:2") != std::string::npos);
  CHECK(backwards.find("2027-01-01") != std::string::npos);
  CHECK(refused({"next", 1, "", date("2027-01-01"), date("2028-12-31"), false}).find("versionsnumret 1") != std::string::npos);
  CHECK_FALSE(refused({"sormland-jul-2026", 2, "", date("2027-01-01"), date("2028-12-31"), false}).empty());
  CHECK_FALSE(refused({"next", 2, "", date("2026-11-01"), date("2028-12-31"), false}).empty());  // starts before the old one
  CHECK(refused({"next", 2, "", date("2027-01-01"), date("2028-12-31"), false}).empty());
}

TEST_CASE("routine re-dating - the next version offered follows on from the day after the old one ends, its years moved on")
{
  const auto december = suggested_next_version(read_staffing_routine(routines / "sormland-jul-2026.xml"));
  CHECK(december.id == "sormland-jul-2027");
  CHECK(december.version == 2);
  CHECK(to_iso_date(december.valid_from) == "2027-01-01");
  CHECK(to_iso_date(december.valid_to) == "2027-12-31");
  const auto two_years = suggested_next_version(read_staffing_routine(routines / "sormland-2027-2028.xml"));
  CHECK(two_years.id == "sormland-2029-2030");
  CHECK(two_years.version == 3);
  CHECK(to_iso_date(two_years.valid_from) == "2029-01-01");
  CHECK(to_iso_date(two_years.valid_to) == "2030-12-31");
  CHECK(two_years.name.find("2029–2030") != std::string::npos);
  CHECK(two_years.example);  // an example stays an example until a region decides its own
  // What it offers is a request the new-version tool takes.
  CHECK_NOTHROW((void)new_version(routines / "sormland-2027-2028.xml", two_years));
}
