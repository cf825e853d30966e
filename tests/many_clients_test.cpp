// Several clients on one database (the shared server, or a file several programs open): no change is
// made on top of one its author did not see, each sees the others' changes, and writers at the same
// moment lose nothing. Run on both backends (test_database.hpp).
#include "test_database.hpp"
#include "test_support.hpp"

#include "trygg/workspace.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>

using namespace trygg;

namespace {

const std::vector<PluginSearchPath> good_plugin{{test::test_plugin("good"), PluginOrigin::bundled}};

std::int64_t item(const Workspace& workspace, CaseId id, const std::string& key)
{
  return workspace.storage().find_item(id, key).value();
}

ChecklistItem item_as_stored(const Workspace& workspace, CaseId id, const std::string& key)
{
  for (const auto& list : workspace.storage().checklists(id)) {
    for (const auto& each : list.items) {
      if (each.key == key) {
        return each;
      }
    }
  }
  FAIL("no item " << key);
  return {};
}

// Anna and Bertil at two computers on one database, a case of Tolvan's open; what reaches Anna's screen.
struct TwoClients {
  test::TempFolder folder;
  test::ManualClock clock;
  std::filesystem::path database = test::database(folder, "shared.db");
  Workspace anna{test::signed_in(database, "anna", good_plugin), good_plugin, "anna", clock.function()};
  CaseId id = anna.open_case("se.trygg.test.good", "test", "", {test::tolvan, "Tolvan Tolvansson", "Flen"});
  Workspace bertil{test::signed_in(database, "bertil", good_plugin), good_plugin, "bertil", clock.function()};
  std::vector<CaseId> told;
  int listening = anna.on_case_changed([this](CaseId changed) { told.push_back(changed); });
};

}  // namespace

TEST_CASE("Many clients - a change on top of one its author did not see is refused, says what changed in words, and can be redone")
{
  TwoClients clients;
  auto& [folder, clock, database, anna, id, bertil, told, listening] = clients;
  const CaseId other = anna.open_case("se.trygg.test.good", "test", "", {"19380412-2384", "Greta Berg", "Flen"});

  // Both have the case on screen; Bertil ticks an item.
  REQUIRE(anna.view(id));
  REQUIRE(anna.view(other));
  REQUIRE(bertil.view(id));
  clock.at += std::chrono::minutes(3);
  bertil.change_item(item(bertil, id, "beta"), {ItemState::done, std::nullopt, std::nullopt});

  // Anna's screen is older than Bertil's tick: her change is refused whole and names his.
  const auto history_before = anna.storage().history(id).size();
  try {
    anna.change_item(item(anna, id, "alpha"), {ItemState::in_progress, std::nullopt, std::string("ringer avdelningen")});
    FAIL("a change on top of an unseen one was saved");
  } catch (const CaseChanged& changed) {
    CHECK(changed.case_id == id);
    REQUIRE(changed.changes.size() == 1);
    CHECK(changed.changes[0].actor == "bertil");
    const std::string words = changed.what();
    CHECK(words.find("bertil") != std::string::npos);
    CHECK(words.find(item_as_stored(anna, id, "beta").text) != std::string::npos);  // the item by its text, as the history shows it
  }
  CHECK(anna.storage().history(id).size() == history_before);
  CHECK(item_as_stored(anna, id, "alpha").state == ItemState::not_started);
  CHECK(std::find(told.begin(), told.end(), id) != told.end());  // her screen was told to show the case as it is

  // Seen now: her change is saved, and so is her next one (her own lines are no conflict).
  REQUIRE(anna.view(id));
  anna.change_item(item(anna, id, "alpha"), {ItemState::in_progress, std::nullopt, std::string("ringer avdelningen")});
  anna.change_item(item(anna, id, "alpha"), {ItemState::done, std::nullopt, std::nullopt});
  CHECK(item_as_stored(anna, id, "alpha").state == ItemState::done);
  // A case nobody else changed takes her change without a new look.
  anna.change_item(item(anna, other, "beta"), {ItemState::done, std::nullopt, std::nullopt});

  // Bertil saw the case before Anna's changes: now he is the one refused, with each of hers.
  try {
    bertil.change_item(item(bertil, id, "beta"), {ItemState::not_started, std::nullopt, std::nullopt});
    FAIL("a change on top of unseen ones was saved");
  } catch (const CaseChanged& changed) {
    CHECK(changed.changes.size() == 3);  // her state, her comment, her tick
    CHECK(std::all_of(changed.changes.begin(), changed.changes.end(), [](const HistoryEntry& line) { return line.actor == "anna"; }));
    CHECK(std::string(changed.what()).find("ringer avdelningen") != std::string::npos);
  }
  CHECK(item_as_stored(bertil, id, "beta").state == ItemState::done);
  CHECK(anna.storage().verify_history().empty());
}

TEST_CASE("Many clients - each sees the others' changes by looking, and is not told its own again")
{
  TwoClients clients;
  auto& [folder, clock, database, anna, id, bertil, told, listening] = clients;

  CHECK(anna.look_for_changes().empty());  // her own case, told as she opened it
  CHECK(bertil.look_for_changes().empty());  // nothing since he opened the database
  bertil.change_item(item(bertil, id, "beta"), {ItemState::in_progress, std::nullopt, std::nullopt});
  const CaseId second = bertil.open_case("se.trygg.test.good", "test", "", {"19380412-2384", "Greta Berg", "Flen"});
  CHECK(anna.look_for_changes() == std::vector<CaseId>{id, second});
  CHECK(told == std::vector<CaseId>{id, second});
  CHECK(anna.look_for_changes().empty());  // told once

  REQUIRE(anna.view(id));
  anna.change_item(item(anna, id, "gamma"), {ItemState::done, std::nullopt, std::nullopt});
  CHECK(anna.look_for_changes().empty());   // her own change was told as she made it
  CHECK(bertil.look_for_changes() == std::vector<CaseId>{id});
}

TEST_CASE("Many clients - four programs write to one case at the same moment and no change is lost")
{
  const test::TempFolder folder;
  const auto database = test::database(folder, "shared.db");
  CaseId id = 0;
  {
    Workspace setup(database, good_plugin, "anna");
    id = setup.open_case("se.trygg.test.good", "test", "", {test::tolvan, "Tolvan Tolvansson", "Flen"});
  }
  // Each program (a user of its own) goes back and forth on an item and comments the case's fourth item
  // at the end, all at once: each waits its turn for the write, none overwrites another.
  constexpr int rounds = 4;
  const std::vector<std::pair<std::string, std::string>> writers{
      {"anna", "alpha"}, {"bertil", "beta"}, {"cecilia", "gamma"}, {"david", "beta"}};
  std::vector<FILE*> programs;
  for (const auto& [user, key] : writers) {
    std::string script;
    const auto as_user = test::signed_in(database, user, good_plugin);
    for (int round = 0; round < rounds; ++round) {
      for (const char* state : {"in-progress", "done"}) {
        script += std::string(TRYGG_CLI) + " --db '" + as_user.string() + "' --user " + user + " checklist set " + std::to_string(id) +
                  " " + key + " --state " + state + " --comment '" + user + " " + std::to_string(round) + "' || exit 1; ";
      }
    }
    programs.push_back(::popen(("(" + script + ") >/dev/null 2>&1; echo $?").c_str(), "r"));
    REQUIRE(programs.back() != nullptr);
  }
  for (FILE* program : programs) {
    char status[16] = {};
    CHECK(std::fgets(status, sizeof status, program) != nullptr);
    CHECK(std::string(status) == "0\n");
    ::pclose(program);
  }

  const Workspace reader(database, good_plugin, "reader");
  const auto history = reader.storage().history(id);
  for (const auto& [user, key] : writers) {
    CAPTURE(user);
    // Every change each program made is in the history under its user: two states and a comment a round.
    const auto lines = std::count_if(history.begin(), history.end(), [&](const HistoryEntry& line) { return line.actor == user; });
    CHECK(lines >= 2 * rounds);
  }
  CHECK(item_as_stored(reader, id, "alpha").state == ItemState::done);
  CHECK(item_as_stored(reader, id, "gamma").state == ItemState::done);
  CHECK(item_as_stored(reader, id, "gamma").comment == "cecilia " + std::to_string(rounds - 1));
  CHECK(reader.storage().verify_history().empty());  // one chain, in the order the writes were made
}
