#include "test_database.hpp"
#include "test_support.hpp"

#include "trygg/demo_data.hpp"
#include "trygg/sdk/test_clock.hpp"
#include "trygg/workspace.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <set>

using namespace trygg;

TEST_CASE("Workspace - opening runs the plugins' migrations and a case starts with the plugin's content")
{
  const test::TempFolder folder;
  test::ManualClock clock;
  const std::vector<PluginSearchPath> plugins{{test::test_plugin("good"), PluginOrigin::bundled}};
  Workspace workspace(test::signed_in(test::database(folder, "w.db"), "anna", plugins), plugins, "anna", clock.function());
  CHECK(workspace.storage().plugin_schema_version("se.trygg.test.good") == 2);

  const CaseId id = workspace.open_case("se.trygg.test.good", "test", "Ett ärende", {test::tolvan, "Tolvan", "Trosa"});
  CHECK(workspace.storage().checklists(id).size() == 1);
  CHECK(workspace.storage().risk_analyses(id).size() == 1);
  CHECK(workspace.risk_analysis_for(id) == workspace.storage().risk_analyses(id)[0].id);

  SUBCASE("deadlines come from the plugin's rules, judged against the clock")
  {
    workspace.record_event(id, {"started", clock.at - std::chrono::hours(30), ""});
    const auto overdue = workspace.deadlines(*workspace.storage().find_case(id));
    REQUIRE(overdue.deadlines.size() == 1);
    CHECK(overdue.deadlines[0].state == DeadlineState::overdue);
    workspace.record_event(id, {"finished", clock.at - std::chrono::hours(2), ""});  // due was 6 hours ago
    const auto late = workspace.deadlines(*workspace.storage().find_case(id));
    CHECK(late.deadlines[0].state == DeadlineState::met_late);
  }
  SUBCASE("unknown plugin or process is refused")
  {
    CHECK_THROWS_WITH_AS(workspace.open_case("se.nobody", "test", "", {test::tolvan, "T", ""}), doctest::Contains("se.nobody"),
                         StorageError);
    CHECK_THROWS_WITH_AS(workspace.open_case("se.trygg.test.good", "other", "", {test::tolvan, "T", ""}),
                         doctest::Contains("other"), StorageError);
  }
}

TEST_CASE("Workspace - the demo data makes cases in every bundled process")
{
  const test::TempFolder folder;
  Workspace workspace(test::signed_in(test::database(folder, "demo.db"), "demo", test::bundled_plugins()), test::bundled_plugins(),
                      "demo");
  const int made = seed_demo_data(workspace);
  CHECK(made == 14);
  const auto cases = workspace.storage().list_cases({});
  CHECK(cases.size() == 14);
  std::set<std::string> processes;
  int with_progress = 0;
  for (const auto& row : cases) {
    processes.insert(row.process);
    with_progress += row.items_done > 0 ? 1 : 0;
  }
  CHECK(processes == std::set<std::string>{"acute", "discharge", "proactive", "sip", "storhelg"});
  CHECK(with_progress >= 6);
  CHECK(workspace.storage().plugin_schema_version("se.trygg.discharge") == 0);  // it keeps no tables of its own
}

TEST_CASE("Workspace - the demo has a storhelg ahead whichever day it is made: the next one that has not begun")
{
  for (const auto& [when, title] : std::vector<std::pair<const char*, const char*>>{
           {"2027-03-20 10:00", "Påskhelgen 2027-03-26 – 2027-03-29"},
           {"2026-12-25 10:00", "Nyårshelgen 2026-12-31 – 2027-01-03"},  // Christmas has begun
           {"2027-06-25 10:00", "Julhelgen 2027-12-24 – 2027-12-26"}}) {     // midsummer eve: that one has begun
    CAPTURE(when);
    const sdk::TestClock clock(when);
    const test::TempFolder folder;
    Workspace workspace(test::signed_in(test::database(folder, "demo.db"), "demo", test::bundled_plugins()), test::bundled_plugins(),
                        "demo");
    REQUIRE(seed_demo_data(workspace) == 14);
    std::string found;
    for (const auto& row : workspace.storage().list_cases({})) {
      found = row.process == "storhelg" ? row.title : found;
    }
    CHECK(found == title);
  }
}

TEST_CASE("deadline state - by the Swedish calendar day")
{
  const auto due = *parse_user_time("2026-12-24 16:00");
  const sdk::Deadline open{"k", "l", "s", due, std::nullopt};
  CHECK(evaluate(open, *parse_user_time("2026-12-23 23:59")) == DeadlineState::upcoming);
  CHECK(evaluate(open, *parse_user_time("2026-12-24 00:01")) == DeadlineState::due_today);
  CHECK(evaluate(open, *parse_user_time("2026-12-24 16:01")) == DeadlineState::overdue);
  // A deadline at midnight is 24:00 of the day before: due that day, not the next.
  const sdk::Deadline end_of_day{"k", "l", "s", *parse_user_time("2026-12-25 00:00"), std::nullopt};
  CHECK(evaluate(end_of_day, *parse_user_time("2026-12-24 20:00")) == DeadlineState::due_today);
  CHECK(evaluate(end_of_day, *parse_user_time("2026-12-23 20:00")) == DeadlineState::upcoming);
  const sdk::Deadline met{"k", "l", "s", due, due - std::chrono::hours(1)};
  CHECK(evaluate(met, *parse_user_time("2026-12-30 10:00")) == DeadlineState::met);
}

TEST_CASE("Workspace - a compiled plugin's views and actions reach the case, and actions write through storage")
{
  const test::TempFolder folder;
  test::ManualClock clock;
  Workspace workspace(test::signed_in(test::database(folder, "v.db"), "anna", test::bundled_plugins()), test::bundled_plugins(),
                      "anna", clock.function());
  const CaseId id = workspace.open_case("se.trygg.discharge", "discharge", "", {test::tolvan, "Tolvan", "Flen"});
  workspace.record_event(id, {"admitted", clock.at - std::chrono::hours(2), ""});

  const auto contributions = workspace.contributions(*workspace.storage().find_case(id));
  CHECK(contributions.error.empty());
  REQUIRE(contributions.views.size() == 1);
  CHECK(contributions.views[0].html.find("Inskriven") != std::string::npos);
  CHECK(contributions.views[0].html.find("Inskrivningsmeddelande inom 24 timmar") != std::string::npos);
  REQUIRE_FALSE(contributions.actions.empty());

  // One click records a legal event only once the person confirms it, and says what and when.
  try {
    (void)workspace.run_action(id, "ready-for-discharge");
    FAIL("a one-click legal event was recorded unconfirmed");
  } catch (const NeedsConfirmation& question) {
    CHECK(question.kind() == ErrorKind::confirmation);
    REQUIRE_FALSE(question.questions().empty());
    CHECK(question.questions().back().find("Utskrivningsklar") != std::string::npos);
  }
  CHECK(workspace.storage().find_case(id)->events.size() == 1);
  const auto message = workspace.run_action(id, "ready-for-discharge", true);
  CHECK(message.find("Utskrivningsklar") != std::string::npos);
  const auto care_case = *workspace.storage().find_case(id);
  REQUIRE(care_case.events.size() == 2);
  CHECK(care_case.events.back().kind == "ready-for-discharge");
  CHECK(care_case.events.back().at == clock.at);
  CHECK(care_case.events.back().recorded_by == "anna");
  CHECK(workspace.event_label(care_case, "ready-for-discharge") == "Utskrivningsklar");
  CHECK(workspace.event_label(care_case, "unknown-kind") == "unknown-kind");
  CHECK_THROWS_AS(workspace.run_action(id, "no-such-action"), PluginCallError);
}

TEST_CASE("Workspace - a changed estimate replaces the old one, earlier or later: the snapshot knows which was recorded last")
{
  const test::TempFolder folder;
  test::ManualClock clock;
  Workspace workspace(test::signed_in(test::database(folder, "w.db"), "anna", test::bundled_plugins()), test::bundled_plugins(),
                      "anna", clock.function());
  const CaseId id = workspace.open_case("se.trygg.discharge", "discharge", "Test", {"19380412-2384", "Greta Holmqvist", "Flen"});
  const auto later = clock.at + std::chrono::days(5);
  const auto earlier = clock.at + std::chrono::days(2);
  workspace.record_event(id, {"estimated-discharge", later, ""}, true);
  clock.at += std::chrono::hours(1);
  workspace.record_event(id, {"estimated-discharge", earlier, ""}, true);  // moved earlier
  const auto snapshot = workspace.snapshot(id).value();
  CHECK(snapshot.latest("estimated-discharge") == later);         // the latest date named
  CHECK(snapshot.last_recorded("estimated-discharge") == earlier);  // what the newest estimate says
}

TEST_CASE("Workspace - a process opened from several: a SIP starts from a discharge or a proactive plan, an ED visit goes on as a discharge")
{
  const test::TempFolder folder;
  Workspace workspace(test::signed_in(test::database(folder, "w.db"), "anna", test::bundled_plugins()), test::bundled_plugins(),
                      "anna");
  const auto follow_on_processes = [&](const char* plugin, const char* process) {
    const CaseId id = workspace.open_case(plugin, process, "x", {test::tolvan, "Tolvan", "Flen"});
    std::set<std::string> processes;
    for (const auto& follow_on : workspace.follow_ons_for(*workspace.storage().find_case(id))) {
      processes.insert(follow_on.process);
    }
    return processes;
  };
  CHECK(follow_on_processes("se.trygg.proactive", "proactive") == std::set<std::string>{"sip"});
  CHECK(follow_on_processes("se.trygg.discharge", "discharge") == std::set<std::string>{"sip"});
  CHECK(follow_on_processes("se.trygg.acute", "acute") == std::set<std::string>{"discharge"});
  CHECK(follow_on_processes("se.trygg.sip", "sip").empty());
}
