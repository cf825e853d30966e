#include "routine_test_support.hpp"
#include "test_support.hpp"

#include "trygg/content_error.hpp"
#include "holiday_planner.hpp"
#include "plan_report.hpp"
#include "storhelg.hpp"
#include "trygg/time.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace trygg;
using namespace trygg::holiday;

namespace {

const std::filesystem::path content = std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/holiday-staffing/content";

using trygg::holiday_test::date;

Timestamp local(const char* text)
{
  return parse_user_time(text).value();
}

StaffingRoutine sormland()
{
  return read_staffing_routine(content / "routines/sormland-jul-2026.xml");
}

PlannedDischarge planned(const char* ready, const char* municipality, std::vector<Actor> actors)
{
  return {"T-1", "Avdelning", local(ready), municipality, std::move(actors)};
}

}  // namespace

TEST_CASE("storhelg - blocks are the runs of non-working days around each holiday")
{
  const auto blocks = storhelg_blocks(2026);
  const auto block = [&](const char* id) {
    for (const auto& candidate : blocks) {
      if (candidate.id == id) {
        return candidate;
      }
    }
    FAIL("no block " << id);
    return blocks.front();
  };
  CHECK(block("pask").first == date("2026-04-03"));
  CHECK(block("pask").last == date("2026-04-06"));
  CHECK(block("midsommar").first == date("2026-06-19"));
  CHECK(block("midsommar").last == date("2026-06-21"));
  CHECK(block("jul").first == date("2026-12-24"));
  CHECK(block("jul").last == date("2026-12-27"));
  CHECK(block("nyar").first == date("2026-12-31"));
  CHECK(block("nyar").last == date("2027-01-03"));
  CHECK(block("nationaldagen").length() == 2);  // Saturday 6 June and Sunday 7 June
  CHECK(storhelg_blocks(2026, {"jul", "pask"}).size() == 2);
  // 2004: Whit Monday was the June holiday; the block is Pentecost weekend plus Monday.
  const auto whitsun = storhelg_blocks(2004, {"nationaldagen"}).at(0);
  CHECK(whitsun.first == date("2004-05-29"));
  CHECK(whitsun.last == date("2004-05-31"));
}

TEST_CASE("staffing routine - reads the region's days and each municipality's overrides")
{
  const auto routine = sormland();
  CHECK(routine.example);
  CHECK(routine.municipalities.size() == 9);
  // Christmas Eve: the region's home help 09-15; Flen's own 10-13 replaces it there.
  const auto region = routine.staffing(date("2026-12-24"), "Eskilstuna");
  REQUIRE(region.count(Actor::home_help) == 1);
  CHECK(region.at(Actor::home_help).front().from == 9 * 60);
  const auto flen = routine.staffing(date("2026-12-24"), "Flen");
  CHECK(flen.at(Actor::home_help).front().from == 10 * 60);
  CHECK(flen.at(Actor::home_help).front().to == 13 * 60);
  CHECK(flen.at(Actor::ward).front().from == 8 * 60);  // not overridden
  // Christmas Day: no discharge planning anywhere.
  CHECK(routine.staffing(date("2026-12-25"), "Flen").count(Actor::discharge_planning) == 0);
  // Outside the routine's validity nothing is known.
  CHECK(routine.staffing(date("2027-01-04"), "Flen").empty());
}

TEST_CASE("planner - feasible, or which actor is missing, with the nearest feasible times")
{
  const auto routine = sormland();
  const auto plan = plan_discharges(routine, {
      planned("2026-12-24 10:30", "Flen", {Actor::ward, Actor::home_help}),          // Flen home help 10-13: yes
      planned("2026-12-24 13:30", "Flen", {Actor::ward, Actor::home_help}),          // after 13:00: no
      planned("2026-12-25 11:00", "Katrineholm", {Actor::ward, Actor::needs_assessment}),
  });
  REQUIRE(plan.outcomes.size() == 3);
  CHECK(plan.outcomes[0].feasible);
  CHECK(plan.outcomes[0].wait_days == 0);

  const auto& late = plan.outcomes[1];
  CHECK_FALSE(late.feasible);
  CHECK(late.not_staffed == std::vector{Actor::home_help});
  CHECK(late.latest_before == local("2026-12-24 12:59"));
  // Christmas Day Flen home help is the region's 10-14.
  CHECK(late.earliest_after == local("2026-12-25 10:00"));
  CHECK(late.wait_days == 1);

  const auto& christmas = plan.outcomes[2];
  CHECK(christmas.not_staffed == std::vector{Actor::needs_assessment});
  // No needs assessment on 25 or 26 December: the agreed Sunday 27th, 10:00.
  CHECK(christmas.earliest_after == local("2026-12-27 10:00"));
  CHECK(christmas.wait_days == 2);

  CHECK(plan.per_day.at(std::chrono::sys_days{date("2026-12-24")}).infeasible == 1);
  CHECK(plan.per_municipality.at("Flen").planned == 2);
  CHECK(plan.blocking.at(Actor::home_help) == 1);
  CHECK(plan.uncovered_days.empty());
}

TEST_CASE("planner - days no routine covers are named, nobody is blamed for them, and no wait is made up")
{
  const auto agreement =
      discharge::read_payment_agreement(std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/discharge/content/agreements/stockholm-2020.xml");
  // After the routine's end, and before its season.
  const auto plan = plan_discharges(sormland(), {planned("2027-01-04 10:00", "Nyköping", {Actor::ward}),
                                                 planned("2026-11-02 10:00", "Nyköping", {Actor::ward, Actor::home_help})},
                                    [&](const std::string&) { return discharge::fixed_agreement(agreement); });
  CHECK(plan.uncovered_days == std::vector{date("2026-11-02"), date("2027-01-04")});
  for (const auto& outcome : plan.outcomes) {
    CHECK_FALSE(outcome.routine_in_force);
    CHECK_FALSE(outcome.feasible);
    CHECK_FALSE(outcome.earliest_after);
    CHECK(outcome.not_staffed.empty());
    CHECK(outcome.wait_days == 0);
    CHECK_FALSE(outcome.exposure);
  }
  CHECK(plan.blocking.empty());  // the ward is not blamed for days no routine covers
}

TEST_CASE("planner - a next time after the routine's end is not invented, and says so")
{
  // 31 December 15:00 in Katrineholm needing needs assessment: nothing more before the routine ends.
  const auto plan = plan_discharges(sormland(), {planned("2026-12-31 15:00", "Katrineholm", {Actor::ward, Actor::needs_assessment})});
  const auto& outcome = plan.outcomes[0];
  CHECK(outcome.routine_in_force);
  CHECK_FALSE(outcome.feasible);
  CHECK_FALSE(outcome.earliest_after);
  CHECK(outcome.after_routine_end);
  // Not "0 days" and "0 kr" as if known: it cannot be planned, and what the wait costs is not known.
  CHECK_FALSE(wait_known(outcome));
  CHECK(wait_text(outcome) == "–");
  CHECK(kronor_text(outcome) == "okänt");
  CHECK(plan_csv(sormland(), plan).find(",unknown,") != std::string::npos);
}

TEST_CASE("planner - an unknown municipality is an error naming the known ones, case and accents are not misspellings")
{
  try {
    (void)plan_discharges(sormland(), {planned("2026-12-24 10:30", "Eskilstna", {Actor::ward})});
    FAIL("a misspelled municipality got the region's hours");
  } catch (const ContentError& error) {
    REQUIRE(error.problems().size() == 1);
    CHECK(error.problems()[0].message.find("Eskilstna") != std::string::npos);
    CHECK(error.problems()[0].message.find("Eskilstuna, Flen") != std::string::npos);
  }
  // "flen" is Flen: its own home-help hours (10-13 on Christmas Eve), not the region's.
  const auto plan = plan_discharges(sormland(), {planned("2026-12-24 13:30", "flen", {Actor::ward, Actor::home_help})});
  CHECK_FALSE(plan.outcomes[0].feasible);
}

TEST_CASE("planner - a discharge always needs its ward: no actors is not feasible when no ward is staffed")
{
  auto routine = sormland();
  const auto day = std::chrono::sys_days{date("2026-12-25")};
  routine.region.days[day].erase(Actor::ward);
  for (auto& [name, schedule] : routine.municipalities) {
    if (const auto found = schedule.days.find(day); found != schedule.days.end()) {
      found->second.erase(Actor::ward);
    }
  }
  const auto plan = plan_discharges(routine, {planned("2026-12-25 11:00", "Flen", {})});
  CHECK_FALSE(plan.outcomes[0].feasible);
  CHECK(plan.outcomes[0].not_staffed == std::vector{Actor::ward});
}

TEST_CASE("staffing routines - the Jönköping and Skåne examples staff ordinary weekends for a discharge home, storhelger as agreed")
{
  for (const char* file : {"routines/jonkoping-2022.xml", "routines/skane-jul-2022.xml"}) {
    CAPTURE(file);
    const auto routine = read_staffing_routine(content / file);
    const std::vector<Actor> home{Actor::ward, Actor::home_health_care, Actor::home_help};
    // An ordinary Saturday in the routine's period, and a storhelg day that is not an agreed one.
    const auto saturday = std::string(file).find("skane") != std::string::npos ? "2022-12-17 11:00" : "2022-03-12 11:00";
    const auto plan = plan_discharges(routine, {{"S", "Avd", local(saturday), "Malmö", home},
                                                {"J", "Avd", local("2022-12-24 11:00"), "Malmö", home}});
    CHECK(plan.outcomes[0].feasible);
    CHECK_FALSE(plan.outcomes[1].feasible);
  }
}

TEST_CASE("planner - the payment-liability exposure of waiting, under an agreement")
{
  const auto agreement =
      discharge::read_payment_agreement(std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/discharge/content/agreements/stockholm-2020.xml");
  // Ready 23 December 10:00 in Katrineholm needing needs assessment in the afternoon: feasible only
  // on the 23rd before 16:30... plan for 17:00 so the next chance is the 24th at 09:00.
  const auto plan = plan_discharges(sormland(), {planned("2026-12-23 17:00", "Katrineholm", {Actor::ward, Actor::needs_assessment})},
                                    [&](const std::string&) { return discharge::fixed_agreement(agreement); });
  const auto& outcome = plan.outcomes[0];
  CHECK(outcome.earliest_after == local("2026-12-24 09:00"));
  REQUIRE(outcome.exposure);
  CHECK(outcome.exposure->days == 0);  // liability would start 27 December: waiting one day costs nothing
}

TEST_CASE("planned discharges CSV - a file without a header keeps its first row")
{
  const test::TempFolder folder;
  const auto file = folder / "no-header.csv";
  std::ofstream(file) << "A-1,Avd,2026-12-24 10:00,Flen,ward\n"
                         "A-2,Avd,2026-12-24 11:00,Flen,ward;home-help\n";
  const auto read = read_planned_discharges(file);
  REQUIRE(read.size() == 2);
  CHECK(read[0].id == "A-1");
  CHECK(read[0].line == 1);
}

TEST_CASE("planned discharges CSV - read, and bad rows named by line")
{
  const test::TempFolder folder;
  const auto good = read_planned_discharges(content / "examples/planned-discharges.csv");
  CHECK(good.size() == 14);
  CHECK(good[1].actors == std::vector{Actor::ward, Actor::home_help, Actor::home_health_care});

  const auto bad = folder / "bad.csv";
  std::ofstream(bad) << "id,ward,ready,municipality,actors\n"
                        "A-1,Avd,2026-12-24 10:00,Flen,ward\n"
                        "A-2,Avd,tomorrow,Flen,ward\n"
                        "19121212-1212,Avd,2026-12-24 10:00,Flen,ward\n"
                        "A-4,Avd,2026-12-24 10:00,Flen,ward;cook\n"
                        "A-5,Avd\n"
                        "A-6,Avd,2026-12-24 10:00,Flen, \n";
  try {
    (void)read_planned_discharges(bad);
    FAIL("bad rows accepted");
  } catch (const ContentError& error) {
    REQUIRE(error.problems().size() == 5);
    CHECK(error.problems()[0].line == 3);
    CHECK(error.problems()[1].line == 4);
    CHECK(error.problems()[1].message.find("personnummer") != std::string::npos);
    CHECK(error.problems()[2].message.find("cook") != std::string::npos);
    CHECK(error.problems()[3].line == 6);
    // A blank actors column is missing data, not "the ward only".
    CHECK(error.problems()[4].line == 7);
    CHECK(error.problems()[4].message.find("actors") != std::string::npos);
  }
}

TEST_CASE("plan report - printed and exported with the routine, each outcome, and what is outside the routine")
{
  const auto routine = sormland();
  const auto plan = plan_discharges(routine, {planned("2026-12-24 13:30", "Flen", {Actor::ward, Actor::home_help}),
                                              planned("2027-01-04 10:00", "Nyköping", {Actor::ward})});
  const auto html = plan_report_html(routine, plan, "test");
  CHECK(html.find(routine.name) != std::string::npos);
  CHECK(html.find("Hemtjänst") != std::string::npos);  // the missing actor, named
  CHECK(html.find("utanför rutinen") != std::string::npos);
  CHECK(html.find("<table>") != std::string::npos);
  CHECK(html.find("Innehåller personuppgifter") != std::string::npos);

  const auto csv = plan_csv(routine, plan);
  std::vector<std::string> lines;
  std::istringstream in(csv);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  REQUIRE(lines.size() == 3);  // header and one row per planned discharge
  CHECK(lines[0].rfind("id,ward,municipality,planned,feasible,missing", 0) == 0);
  CHECK(lines[1].find(",no,home-help,") != std::string::npos);
  CHECK(lines[2].find("utanför rutinen") != std::string::npos);
}

TEST_CASE("planner - a wait is priced under the municipality's chosen agreement, else the law's rule, and unknown amounts stay unknown")
{
  const auto agreements = std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/discharge/content";
  const discharge::AgreementBook book({agreements / "agreements/lag-2017-612.xml", agreements / "agreements/stockholm-2020.xml"},
                                      {agreements / "agreements/choice.xml"}, {agreements / "amounts/socialstyrelsen.xml"});
  // Katrineholm, needing needs assessment: ready 23 December 17:00, the next chance is 24 December.
  const auto plan = plan_discharges(sormland(), {planned("2026-12-23 17:00", "Katrineholm", {Actor::ward, Actor::needs_assessment})},
                                    [&](const std::string& municipality) { return book.selector(municipality); });
  REQUIRE(plan.outcomes[0].exposure);
  REQUIRE(plan.outcomes[0].exposure->current() != nullptr);
  CHECK(plan.outcomes[0].exposure->current()->agreement_id == "lag-2017-612");
  CHECK(kronor_text(plan.outcomes[0]) == "0");  // no liable day yet
}
