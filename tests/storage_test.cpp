#include "test_database.hpp"
#include "test_support.hpp"

#include "trygg/content_reader.hpp"
#include "trygg/error.hpp"
#include "trygg/storage.hpp"
#include "trygg/sdk/text_fold.hpp"
#include "trygg/time.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <array>
#include <set>
#include <tuple>

#include <algorithm>
#include <fstream>

using namespace trygg;

namespace {

NewCase tolvan_case()
{
  NewCase request{"se.trygg.test.good", "test", "Testärende", {test::tolvan, "Tolvan Tolvansson", "Eskilstuna"}, {}, {}};
  request.checklists.push_back(read_checklist_template(test::test_plugin("good") / "content/checklist.xml"));
  request.risk_templates.push_back(read_risk_template(test::test_plugin("good") / "content/risk.xml"));
  return request;
}

}  // namespace

TEST_CASE("Storage - a new database is stamped, in WAL mode, with foreign keys on")
{
  const test::TempFolder folder;
  const auto file = folder / "nested/folder/trygg.db";
  {
    const Storage storage(file);
    CHECK(storage.created());
  }
  const Storage again(file);
  CHECK_FALSE(again.created());
  SQLite::Database raw(file);
  CHECK(raw.execAndGet("PRAGMA application_id").getInt() == Storage::application_id);
  CHECK(raw.execAndGet("PRAGMA user_version").getInt() == Storage::schema_version);
  CHECK(raw.execAndGet("PRAGMA journal_mode").getString() == "wal");
}

TEST_CASE("Storage - refuses files it must not touch, and leaves them as they were")
{
  const test::TempFolder folder;
  SUBCASE("a database from a newer Trygg")
  {
    const auto file = folder / "newer.db";
    { const Storage storage(file); }
    { SQLite::Database(file, SQLite::OPEN_READWRITE).exec("PRAGMA user_version = 99"); }
    try {
      const Storage storage(file);
      FAIL("opened a newer database");
    } catch (const StorageError& error) {
      CHECK(std::string(error.what()).find("nyare version") != std::string::npos);
      CHECK(std::string(error.what()).find("newer.db") != std::string::npos);
    }
    CHECK(SQLite::Database(file).execAndGet("PRAGMA user_version").getInt() == 99);
  }
  SUBCASE("another program's SQLite database")
  {
    const auto file = folder / "foreign.db";
    { SQLite::Database(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE).exec("CREATE TABLE recipes (name TEXT)"); }
    CHECK_THROWS_WITH_AS(Storage{file}, doctest::Contains("inte en Trygg-databas"), StorageError);
    CHECK(SQLite::Database(file).execAndGet("SELECT count(*) FROM sqlite_master").getInt() == 1);
  }
  SUBCASE("a file that is not a database at all")
  {
    const auto file = folder / "notes.db";
    std::ofstream(file) << "These are my notes, not a database. They are long enough to fill a header page of sorts.";
    CHECK_THROWS_AS(Storage{file}, StorageError);
    std::ifstream in(file);
    std::string first;
    in >> first;
    CHECK(first == "These");
  }
}

TEST_CASE("Storage - a case is created with its checklists and risk analysis, all at once")
{
  const test::TempFolder folder;
  test::ManualClock clock;
  Storage storage(test::database(folder), clock.function());
  const CaseId id = storage.create_case(tolvan_case(), "anna");
  const auto loaded = storage.find_case(id);
  REQUIRE(loaded);
  CHECK(loaded->person.identity == "191212121212");
  CHECK(loaded->opened_by == "anna");
  CHECK(loaded->opened_at == clock.at);
  const auto lists = storage.checklists(id);
  REQUIRE(lists.size() == 1);
  REQUIRE(lists[0].items.size() == 3);
  CHECK(lists[0].items[0].key == "alpha");
  CHECK(lists[0].items[2].phase_title == "Andra");
  REQUIRE(storage.risk_analyses(id).size() == 1);
  CHECK(storage.risk_analyses(id)[0].risk_template.max_likelihood() == 3);
}

TEST_CASE("Storage - an invalid personnummer is refused and nothing is written")
{
  const test::TempFolder folder;
  Storage storage(test::database(folder));
  auto request = tolvan_case();
  request.person.identity = "19121212-1213";
  CHECK_THROWS_WITH_AS(storage.create_case(request, "anna"), doctest::Contains("kontrollsiffra"), StorageError);
  CHECK(storage.count_cases() == 0);
}

TEST_CASE("Storage - a case about a unit has no person: its title says what, its municipality is its own")
{
  const test::TempFolder folder;
  Storage storage(test::database(folder));
  auto request = tolvan_case();
  request.about_person = false;
  request.person = {{}, {}, "Flen"};
  request.title = "Solgården";
  const CaseId id = storage.create_case(request, "anna");
  const auto loaded = storage.find_case(id);
  REQUIRE(loaded);
  CHECK_FALSE(loaded->person.named());
  CHECK(loaded->person.municipality == "Flen");
  CHECK(subject_line(loaded->person, "unit-risk") == "Flen · unit-risk");
  CHECK(storage.checklists(id).size() == 1);
  CHECK(storage.risk_analyses(id).size() == 1);
  // Listed, searched and filtered by municipality like any case; and the municipality is suggested.
  CHECK(storage.list_cases({.search = "solg"}).size() == 1);
  CHECK(storage.list_cases({.municipality = "flen"}).size() == 1);
  CHECK(storage.municipalities() == std::vector<std::string>{"Flen"});
  // Without a title it could not be told from another; a personnummer or a link would make it a person's.
  request.title.clear();
  CHECK_THROWS_WITH_AS(storage.create_case(request, "anna"), doctest::Contains("rubriken"), StorageError);
  request.title = "Solgården";
  request.person.identity = "191212121212";
  CHECK_THROWS_AS(storage.create_case(request, "anna"), StorageError);
  request.person.identity.clear();
  request.linked_case = id;
  CHECK_THROWS_AS(storage.create_case(request, "anna"), StorageError);
  CHECK(storage.count_cases() == 1);
  // A person's case beside it is untouched by the view that joins them.
  const CaseId person_case = storage.create_case(tolvan_case(), "anna");
  CHECK(storage.find_case(person_case)->person.named());
  CHECK(storage.list_cases({}).size() == 2);
}

TEST_CASE("Storage - ticking an item records who and when, and the history keeps old -> new")
{
  const test::TempFolder folder;
  test::ManualClock clock;
  Storage storage(test::database(folder), clock.function());
  const CaseId id = storage.create_case(tolvan_case(), "anna");
  const auto item = storage.find_item(id, "beta");
  REQUIRE(item);

  clock.at += std::chrono::minutes(5);
  storage.change_item(*item, {ItemState::done, std::nullopt, std::string("ringt hemsjukvården")}, "bertil");
  const auto ticked = storage.checklists(id)[0].items[1];
  CHECK(ticked.state == ItemState::done);
  CHECK(ticked.changed_by == "bertil");
  CHECK(ticked.changed_at == clock.at);
  CHECK(ticked.comment == "ringt hemsjukvården");

  clock.at += std::chrono::minutes(5);
  storage.change_item(*item, {ItemState::not_applicable, std::string("bor på SÄBO"), std::nullopt}, "cecilia");

  std::vector<HistoryEntry> item_history;
  for (const auto& entry : storage.history(id)) {
    if (entry.entity == "checklist-item") {
      item_history.push_back(entry);
    }
  }
  REQUIRE(item_history.size() == 4);
  CHECK(item_history[0].field == "state");
  CHECK(item_history[0].old_value == "not-started");
  CHECK(item_history[0].new_value == "done");
  CHECK(item_history[0].actor == "bertil");
  CHECK(item_history[1].field == "comment");
  CHECK(item_history[2].old_value == "done");
  CHECK(item_history[2].new_value == "not-applicable");
  CHECK(item_history[2].actor == "cecilia");
  CHECK(item_history[3].field == "not-applicable-reason");
  CHECK(item_history[3].new_value == "bor på SÄBO");
}

TEST_CASE("Storage - 'not applicable' needs a reason")
{
  const test::TempFolder folder;
  Storage storage(test::database(folder));
  const CaseId id = storage.create_case(tolvan_case(), "anna");
  const auto item = *storage.find_item(id, "alpha");
  CHECK_THROWS_WITH_AS(storage.change_item(item, {ItemState::not_applicable, std::nullopt, std::nullopt}, "anna"),
                       doctest::Contains("varför"), StorageError);
  CHECK(storage.checklists(id)[0].items[0].state == ItemState::not_started);
}

TEST_CASE("Storage - the history cannot be rewritten, not even with SQL")
{
  const test::TempFolder folder;
  const auto file = test::database(folder);
  {
    Storage storage(file);
    (void)storage.create_case(tolvan_case(), "anna");
  }
  CHECK_THROWS_WITH(test::raw_exec(file, "UPDATE history SET actor = 'mallory'"), doctest::Contains("append-only"));
  CHECK_THROWS_WITH(test::raw_exec(file, "DELETE FROM history"), doctest::Contains("append-only"));
  CHECK(test::raw_number(file, "SELECT count(*) FROM history WHERE actor = 'anna'") > 0);
}

TEST_CASE("Storage - history rewritten past the triggers is found: the changed line, and the line after a removed one")
{
  const test::TempFolder folder;
  const auto file = test::database(folder);
  CaseId id = 0;
  {
    Storage storage(file);
    id = storage.create_case(tolvan_case(), "anna");
    (void)storage.create_case(tolvan_case(), "anna");
    CHECK(storage.verify_history().empty());
    CHECK(storage.quick_check() == "ok");
  }
  if (test::on_server_backend()) {
    // What the server's owner could do: lift the guard, change, put the guard back.
    test::raw_exec(file, "ALTER TABLE history DISABLE TRIGGER history_is_append_only; UPDATE history SET actor = 'mallory' WHERE id = 2; "
                         "DELETE FROM history WHERE id = 4; ALTER TABLE history ENABLE TRIGGER history_is_append_only");
  } else {
    // What someone with the file and sqlite3 could do: lift the guard, change, put the guard back.
    SQLite::Database raw(file, SQLite::OPEN_READWRITE);
    raw.exec("DROP TRIGGER history_is_append_only_on_update; UPDATE history SET actor = 'mallory' WHERE id = 2; "
             "CREATE TRIGGER history_is_append_only_on_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;");
    raw.exec("DROP TRIGGER history_is_append_only_on_delete; DELETE FROM history WHERE id = 4; "
             "CREATE TRIGGER history_is_append_only_on_delete BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;");
  }
  const Storage storage(file);
  const auto breaks = storage.verify_history();
  REQUIRE(breaks.size() == 2);
  CHECK(breaks[0].id == 2);
  CHECK(breaks[0].case_id == id);
  CHECK(breaks[1].id == 5);  // the line after the removed one
  CHECK(breaks[0].table == "history");
}

TEST_CASE("Storage - the file check in the background finds what verify finds, and a stop asked for ends it unfinished")
{
  const test::TempFolder folder;
  const auto file = folder / "t.db";
  {
    Storage storage(file);
    for (int n = 0; n < 20; ++n) {
      (void)storage.create_case(tolvan_case(), "anna");
    }
  }
  const auto whole = Storage::check_file(file);
  CHECK(whole.quick_check == "ok");
  CHECK(whole.breaks.empty());
  CHECK_FALSE(whole.stopped);
  CHECK(whole.whole());
  {
    SQLite::Database raw(file, SQLite::OPEN_READWRITE);
    raw.exec("DROP TRIGGER history_is_append_only_on_update; UPDATE history SET actor = 'mallory' WHERE id = 3; "
             "CREATE TRIGGER history_is_append_only_on_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;");
  }
  const auto found = Storage::check_file(file);
  REQUIRE(found.breaks.size() == 1);
  CHECK(found.breaks[0].id == 3);
  CHECK_FALSE(found.whole());

  // Closing the app asks the check to stop: it ends without a finding and says it is not whole.
  std::stop_source closing;
  closing.request_stop();
  const auto stopped = Storage::check_file(file, closing.get_token());
  CHECK(stopped.stopped);
  CHECK(stopped.breaks.empty());
  CHECK_FALSE(stopped.whole());
}

TEST_CASE("Storage - text that is not UTF-8 is refused at the door, naming the field, and nothing is stored")
{
  const test::TempFolder folder;
  Storage storage(test::database(folder));
  // Overlong forms, surrogates, past U+10FFFF, a cut-off sequence and a stray continuation byte are not UTF-8.
  for (const std::string& bad : {std::string("Tol\xffvan"), std::string("\xc0\xaf"), std::string("\xed\xa0\x80"),
                                 std::string("\xf4\x90\x80\x80"), std::string("x\xc3"), std::string("\x80")}) {
    auto request = tolvan_case();
    request.person.name = bad;
    CHECK_THROWS_WITH_AS(storage.create_case(request, "anna"), doctest::Contains("Namnet"), StorageError);
  }
  CHECK_THROWS_WITH_AS(storage.create_case(tolvan_case(), "an\xfena"), doctest::Contains("Användarnamnet"), StorageError);
  CHECK(storage.count_cases() == 0);
  // Valid text of every plane is taken: å, €, 𝄞.
  auto request = tolvan_case();
  request.person.name = "Åsa \xe2\x82\xac \xf0\x9d\x84\x9e";
  const CaseId id = storage.create_case(request, "anna");
  const auto before = storage.history(id).size();
  CHECK_THROWS_AS(storage.add_event(id, "admitted", *from_iso_utc("2026-12-20T10:00:00Z"), "x\xc3", "anna"), StorageError);
  CHECK(storage.history(id).size() == before);
}

TEST_CASE("Storage - risks are checked against the analysis's own scales")
{
  const test::TempFolder folder;
  Storage storage(test::database(folder));
  const CaseId id = storage.create_case(tolvan_case(), "anna");
  const auto analysis = storage.risk_analyses(id)[0].id;

  NewRisk risk{"falls", "Ostadig", 3, 2, 1, 1, std::nullopt, {}};
  risk.actions.push_back({0, "Rollator", "Arbetsterapeut", std::nullopt, std::nullopt});
  const auto risk_id = storage.add_risk(analysis, risk, "anna");
  const auto stored = storage.risk_analyses(id)[0].risks.at(0);
  CHECK(stored.id == risk_id);
  CHECK(stored.score() == 6);
  CHECK(stored.residual_score() == 1);
  REQUIRE(stored.actions.size() == 1);
  CHECK(stored.actions[0].owner == "Arbetsterapeut");

  SUBCASE("likelihood beyond the template's three steps")
  {
    NewRisk beyond = risk;
    beyond.likelihood = 4;
    CHECK_THROWS_WITH_AS(storage.add_risk(analysis, beyond, "anna"), doctest::Contains("mellan 1 och 3"), StorageError);
  }
  SUBCASE("unknown area")
  {
    NewRisk unknown = risk;
    unknown.area = "weather";
    CHECK_THROWS_WITH_AS(storage.add_risk(analysis, unknown, "anna"), doctest::Contains("weather"), StorageError);
  }
  SUBCASE("an action without owner rolls back the whole risk")
  {
    NewRisk orphan = risk;
    orphan.actions[0].owner.clear();
    CHECK_THROWS_AS(storage.add_risk(analysis, orphan, "anna"), StorageError);
  }
  CHECK(storage.risk_analyses(id)[0].risks.size() == 1);
}

TEST_CASE("Storage - plugin migrations run once and newer plugin tables are refused")
{
  const test::TempFolder folder;
  const auto file = test::database(folder);
  const std::vector<sdk::Migration> steps{{1, "CREATE TABLE demo_note (id INTEGER PRIMARY KEY)"},
                                          {2, "ALTER TABLE demo_note ADD COLUMN text TEXT"}};
  {
    Storage storage(file);
    storage.migrate_plugin("se.demo", {steps[0]});
    CHECK(storage.plugin_schema_version("se.demo") == 1);
    storage.migrate_plugin("se.demo", steps);
    CHECK(storage.plugin_schema_version("se.demo") == 2);
    storage.migrate_plugin("se.demo", steps);  // again: nothing to do, no error
  }
  Storage storage(file);
  CHECK_THROWS_WITH_AS(storage.migrate_plugin("se.demo", {steps[0]}), doctest::Contains("nyare version av pluginen"),
                       StorageError);
  SUBCASE("a failing step leaves the version where it was")
  {
    CHECK_THROWS_AS(storage.migrate_plugin("se.other", {{1, "CREATE TABLE broken ("}}), StorageError);
    CHECK(storage.plugin_schema_version("se.other") == 0);
  }
}

TEST_CASE("Storage - the case list searches name, personnummer and case id, and filters status")
{
  const test::TempFolder folder;
  Storage storage(test::database(folder));
  const CaseId first = storage.create_case(tolvan_case(), "anna");
  auto other = tolvan_case();
  other.person = {"19380412-2384", "Greta Holmqvist", "Flen"};
  const CaseId second = storage.create_case(other, "anna");
  storage.close_case(first, "anna");

  CHECK(storage.list_cases({}).size() == 2);
  CHECK(storage.list_cases({.status = CaseStatus::open}).size() == 1);
  CHECK(storage.list_cases({.search = "greta"}).at(0).id == second);
  CHECK(storage.list_cases({.search = "121212-1212"}).at(0).id == first);
  CHECK(storage.list_cases({.search = std::to_string(second)}).at(0).id == second);
  CHECK(storage.list_cases({.process = "other-process"}).empty());
  CHECK_THROWS_AS(storage.close_case(first, "anna"), StorageError);
}

TEST_CASE("Storage - search folds case and accents as Swedish readers do, and takes wildcards literally")
{
  const test::TempFolder folder;
  Storage storage(test::database(folder));
  auto ingrid = tolvan_case();
  ingrid.person = {"19311130-2380", "Ingrid Åkesson", "Katrineholm"};
  const CaseId akesson = storage.create_case(ingrid, "anna");
  auto andre = tolvan_case();
  andre.person = {"19380412-2384", "André Öberg", "Örebro"};
  const CaseId oberg = storage.create_case(andre, "anna");

  for (const char* search : {"åkesson", "ÅKESSON", "Åkesson", "ingrid å"}) {
    CAPTURE(search);
    const auto found = storage.list_cases({.search = search});
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).id == akesson);
  }
  CHECK(storage.list_cases({.search = "akesson"}).empty());  // å is a letter of its own, not an accented a
  CHECK(storage.list_cases({.search = "andre"}).at(0).id == oberg);
  CHECK(storage.list_cases({.search = "ÖBERG"}).at(0).id == oberg);
  CHECK(storage.list_cases({.municipality = "örebro"}).at(0).id == oberg);
  CHECK(storage.list_cases({.search = "%"}).empty());
  CHECK(storage.list_cases({.search = "_"}).empty());
}

TEST_CASE("Storage - search goes through the index: words in any order, the personnummer in any form, titles, short words, renamed persons")
{
  const test::TempFolder folder;
  Storage storage(test::database(folder));
  auto greta = tolvan_case();
  greta.person = {"19380412-2384", "Greta Holmqvist", "Flen"};
  const CaseId first = storage.create_case(greta, "anna");
  auto ingrid = tolvan_case();
  ingrid.person = {"19311130-2380", "Ingrid Åkesson", "Katrineholm"};
  const CaseId akesson = storage.create_case(ingrid, "anna");
  NewCase unit{"se.trygg.test.good", "unit-risk", "Säbo Solgården, riskanalys", {"", "", "Flen"}, {}, {}};
  unit.about_person = false;
  const CaseId solgarden = storage.create_case(unit, "anna");

  const auto ids = [&](const char* search) {
    std::set<CaseId> found;
    for (const auto& row : storage.list_cases({.search = search})) {
      found.insert(row.id);
    }
    return found;
  };
  for (const char* search : {"holmqvist greta", "GRETA holm", "193804122384", "19380412-2384", "380412-2384", "3804122384", "0412"}) {
    CAPTURE(search);
    CHECK(ids(search) == std::set<CaseId>{first});
  }
  CHECK(ids("greta 1931").empty());  // every word must be found
  CHECK(ids("åk") == std::set<CaseId>{akesson});
  CHECK(ids("solgården") == std::set<CaseId>{solgarden});
  CHECK(ids("SOLGÅRDEN risk") == std::set<CaseId>{solgarden});

  // Greta marries: a new case under her new name renames her in all her cases, and search follows.
  greta.person.name = "Greta Lind";
  greta.person_change_confirmed = true;
  const CaseId second = storage.create_case(greta, "anna");
  CHECK(ids("lind") == std::set<CaseId>{first, second});
  CHECK(ids("holmqvist").empty());
}

TEST_CASE("Storage - due times follow the events, and the list filters overdue and due today")
{
  const test::TempFolder folder;
  test::ManualClock clock;  // 2026-12-23 09:00 UTC = 10:00 in Sweden
  Storage storage(test::database(folder), clock.function());
  const CaseId late = storage.create_case(tolvan_case(), "anna");
  auto other = tolvan_case();
  other.person = {"19380412-2384", "Greta Holmqvist", "Flen"};
  const CaseId today = storage.create_case(other, "anna");
  CHECK_FALSE(storage.list_cases({}).at(0).next_due);  // nothing is due before its event happens

  storage.add_event(late, "started", clock.at - std::chrono::hours(30), "", "anna");   // alpha due 6 h ago
  storage.add_event(today, "started", clock.at - std::chrono::hours(12), "", "anna");  // alpha due in 12 h: 22:00 today
  CHECK(storage.checklists(late)[0].items[0].due_at == clock.at - std::chrono::hours(6));

  const auto overdue = storage.list_cases({.due = DueFilter::overdue});
  REQUIRE(overdue.size() == 1);
  CHECK(overdue[0].id == late);
  const auto due_today = storage.list_cases({.due = DueFilter::due_today});
  REQUIRE(due_today.size() == 1);
  CHECK(due_today[0].id == today);
  CHECK(storage.list_cases({.municipality = "Flen"}).at(0).id == today);

  const auto due = storage.due_items(end_of_local_day(clock.at), 10);
  REQUIRE(due.size() == 2);
  CHECK(due[0].case_id == late);
  CHECK(due[0].text == "Alfa");

  // Ticking the late item settles the case: it leaves the overdue filter and the overview.
  storage.change_item(*storage.find_item(late, "alpha"), {ItemState::done, std::nullopt, std::nullopt}, "anna");
  CHECK(storage.list_cases({.due = DueFilter::overdue}).empty());
  CHECK(storage.due_items(end_of_local_day(clock.at), 10).size() == 1);
  CHECK(storage.municipalities() == std::vector<std::string>{"Eskilstuna", "Flen"});
}

TEST_CASE("Storage - a risk is reassessed and its actions completed, each change in the history")
{
  const test::TempFolder folder;
  test::ManualClock clock;
  Storage storage(test::database(folder), clock.function());
  const CaseId id = storage.create_case(tolvan_case(), "anna");
  const auto analysis = storage.risk_analyses(id)[0].id;
  NewRisk risk{"falls", "Ostadig", 3, 3, std::nullopt, std::nullopt, std::nullopt, {}};
  risk.actions.push_back({0, "Rollator", "Arbetsterapeut", std::nullopt, std::nullopt});
  const auto risk_id = storage.add_risk(analysis, risk, "anna");

  clock.at += std::chrono::hours(24);
  auto stored = storage.risk_analyses(id)[0].risks.at(0);
  RiskAssessment reassessed = stored;
  reassessed.residual_likelihood = 1;
  reassessed.residual_consequence = 3;
  reassessed.follow_up = from_iso_date("2027-01-10");
  reassessed.actions.push_back({0, "Trygghetslarm", "Biståndshandläggare", std::nullopt, std::nullopt});
  storage.update_risk(risk_id, reassessed, "bertil");
  storage.complete_action(stored.actions.at(0).id, "bertil");
  storage.complete_action(stored.actions.at(0).id, "bertil");  // twice: no second history line

  stored = storage.risk_analyses(id)[0].risks.at(0);
  CHECK(stored.residual_score() == 3);
  CHECK(stored.follow_up == from_iso_date("2027-01-10"));
  REQUIRE(stored.actions.size() == 2);
  CHECK(stored.actions[0].done_at == clock.at);
  CHECK_FALSE(stored.actions[1].done_at);

  std::vector<std::string> fields;
  for (const auto& entry : storage.history(id)) {
    if (entry.actor == "bertil") {
      fields.push_back(entry.entity + "/" + entry.field);
    }
  }
  CHECK(fields == std::vector<std::string>{"risk/residual", "risk/follow-up", "risk-action/created", "risk-action/done"});

  RiskAssessment invalid = stored;
  invalid.consequence = 9;
  CHECK_THROWS_AS(storage.update_risk(risk_id, invalid, "bertil"), StorageError);
  CHECK(storage.risk_analyses(id)[0].risks.at(0).consequence == 3);
}

TEST_CASE("Storage - a known person with another name or municipality is asked about, and the change is the person's history")
{
  const test::TempFolder folder;
  Storage storage(test::database(folder));
  const CaseId first = storage.create_case(tolvan_case(), "anna");

  // Another name: nothing is written until it is confirmed, and the question names the person as known.
  auto renamed = tolvan_case();
  renamed.person.name = "Tolvan Andersson";
  renamed.person.municipality = "Flen";
  try {
    storage.create_case(renamed, "anna");
    FAIL("a changed person went through unasked");
  } catch (const NeedsConfirmation& question) {
    REQUIRE(question.questions().size() == 1);
    CHECK(question.questions().front().find("Tolvan Tolvansson, Eskilstuna") != std::string::npos);
    CHECK(question.questions().front().find("Tolvan Andersson, Flen") != std::string::npos);
  }
  CHECK(storage.count_cases() == 1);
  CHECK(storage.find_case(first)->person.name == "Tolvan Tolvansson");

  // No name or municipality given: the person as known.
  auto known = tolvan_case();
  known.person.name.clear();
  known.person.municipality.clear();
  const CaseId second = storage.create_case(known, "anna");
  CHECK(storage.find_case(second)->person.name == "Tolvan Tolvansson");
  CHECK(storage.find_case(second)->person.municipality == "Eskilstuna");

  // Confirmed: the person changes in every case, and the older case's history says so.
  renamed.person_change_confirmed = true;
  const CaseId third = storage.create_case(renamed, "anna");
  CHECK(storage.find_case(first)->person.name == "Tolvan Andersson");
  CHECK(storage.find_case(first)->person.municipality == "Flen");
  for (const CaseId id : {first, second, third}) {
    CAPTURE(id);
    const auto history = storage.history(id);
    CHECK(std::count_if(history.begin(), history.end(), [](const HistoryEntry& entry) {
            return entry.entity == "person" && entry.field == "name" && entry.new_value == "Tolvan Andersson";
          }) == 1);
  }
}

TEST_CASE("Storage - the list's count is kept with every change, and agrees with the rows each filter keeps")
{
  const test::TempFolder folder;
  test::ManualClock clock;
  Storage storage(test::database(folder), clock.function());
  std::vector<CaseId> ids;
  for (const char* identity : {"19380412-2384", "19311130-2380", "19121212-1212"}) {
    auto request = tolvan_case();
    request.person = {identity, std::string("Person ") + identity, "Flen"};
    ids.push_back(storage.create_case(request, "anna"));
  }
  auto other = tolvan_case();
  other.person = {"19380412-2384", "", ""};  // as known
  other.process = "other-process";
  ids.push_back(storage.create_case(other, "anna"));
  storage.close_case(ids[0], "anna");
  storage.add_event(ids[1], "started", clock.at - std::chrono::hours(30), "", "anna");

  const auto agree = [&] {
    for (const CaseFilter& filter : std::vector<CaseFilter>{{},
                                                            {.status = CaseStatus::open},
                                                            {.status = CaseStatus::closed},
                                                            {.process = "other-process"},
                                                            {.status = CaseStatus::open, .process = "test"},
                                                            {.search = "2384"},
                                                            {.municipality = "flen"},
                                                            {.due = DueFilter::overdue}}) {
      CAPTURE(filter.search);
      CAPTURE(filter.process);
      CAPTURE(filter.municipality);
      CHECK(storage.count_cases(filter) == static_cast<std::int64_t>(storage.list_cases(filter).size()));
    }
  };
  agree();
  CHECK(storage.count_cases({.status = CaseStatus::open}) == 3);
  storage.reopen_case(ids[0], "fel ärende stängt", "anna");
  CHECK(storage.count_cases({.status = CaseStatus::open}) == 4);
  CHECK(storage.count_cases({.status = CaseStatus::closed}) == 0);
  agree();
}

TEST_CASE("Storage - a window of the case list in any stored order is the rows the whole list holds there, sorted as a Swedish list")
{
  const test::TempFolder folder;
  test::ManualClock clock;
  const auto database = test::database(folder);
  Storage storage(database, clock.function());
  // Names and municipalities whose byte order is not their Swedish order (Ä before Å, lower case after
  // upper), and ties, so the order of ties is checked too.
  const std::vector<std::array<const char*, 3>> persons{
      {"19400101-0125", "Örjan Ek", "Åtvidaberg"}, {"19450215-1535", "åsa Berg", "eskilstuna"}, {"19500307-0744", "Ärla Ström", "Flen"},
      {"19551123-2356", "Zlatan Holm", "Älmhult"},  {"19600704-0469", "andré Lind", "Flen"},       {"19651231-3179", "Anders Sjö", "Östhammar"},
      {"19700408-0888", "Åke Dahl", "Eskilstuna"},  {"19750910-1098", "Berit Ny", "Zinkgruvan"}};
  std::vector<CaseId> ids;
  for (int n = 0; n < 27; ++n) {
    const auto& person = persons[static_cast<std::size_t>(n) % persons.size()];
    auto request = tolvan_case();
    request.person = {person[0], person[1], person[2]};
    request.title = std::string(n % 2 == 0 ? "Ärende " : "ärende ") + std::to_string(n % 5);
    const CaseId id = storage.create_case(request, "anna");
    ids.push_back(id);
    if (n % 4 == 1) {  // some items done: progress differs
      storage.change_item(*storage.find_item(id, "beta"), {ItemState::done, std::nullopt, std::nullopt}, "anna");
    }
    if (n % 3 == 0) {  // some with a due time
      storage.add_event(id, "started", clock.at - std::chrono::hours(n), "", "anna");
    }
    if (n % 7 == 0) {
      storage.close_case(id, "anna");
    }
  }
  // The reference: the documented order, computed here from the rows the whole list holds.
  const auto reference = [](std::vector<CaseSummary> rows, CaseOrder order) {
    const auto key = [&](const CaseSummary& row) -> std::tuple<std::string, double, CaseId> {
      switch (order.key) {
        case CaseSortKey::id: return {"", 0, row.id};
        case CaseSortKey::identity: return {row.person_identity, 0, row.id};
        case CaseSortKey::name: return {sdk::swedish_sort_key(row.person_name), 0, row.id};
        case CaseSortKey::municipality: return {sdk::swedish_sort_key(row.municipality), 0, row.id};
        case CaseSortKey::process: return {row.process, 0, row.id};
        case CaseSortKey::progress: return {"", row.items_total == 0 ? 1.0 : static_cast<double>(row.items_done) / row.items_total, row.id};
        case CaseSortKey::next_due: return {row.next_due ? to_iso_utc(*row.next_due) : "~", 0, row.id};
        case CaseSortKey::status: return {"", row.status == CaseStatus::closed ? 1.0 : 0.0, row.id};
        case CaseSortKey::title: return {sdk::swedish_sort_key(row.title), 0, row.id};
      }
      return {};
    };
    std::sort(rows.begin(), rows.end(), [&](const CaseSummary& a, const CaseSummary& b) {
      return order.ascending ? key(a) < key(b) : key(b) < key(a);
    });
    return rows;
  };
  for (const CaseFilter& filter : std::vector<CaseFilter>{{},
                                                          {.status = CaseStatus::open},
                                                          {.search = "berg"},
                                                          {.municipality = "FLEN"},
                                                          {.status = CaseStatus::open, .municipality = "eskilstuna"},
                                                          {.due = DueFilter::overdue}}) {
    const auto all = storage.list_cases(filter);
    const auto total = storage.count_cases(filter);
    REQUIRE(total == static_cast<std::int64_t>(all.size()));
    for (const auto key : {CaseSortKey::id, CaseSortKey::identity, CaseSortKey::name, CaseSortKey::municipality, CaseSortKey::process,
                           CaseSortKey::progress, CaseSortKey::next_due, CaseSortKey::status, CaseSortKey::title}) {
      for (const bool ascending : {false, true}) {
        const CaseOrder order{key, ascending};
        const auto expected = reference(all, order);
        CAPTURE(filter.municipality);
        CAPTURE(static_cast<int>(key));
        CAPTURE(ascending);
        for (const auto& [first, count] : {std::pair{0, 5}, std::pair{3, 4}, std::pair{10, 6}, std::pair{14, 10}, std::pair{20, 10}}) {
          CAPTURE(first);
          const auto window = storage.case_window(filter, order, first, count, total);
          REQUIRE(static_cast<std::int64_t>(window.size()) == std::min<std::int64_t>(count, std::max<std::int64_t>(0, total - first)));
          for (std::size_t n = 0; n < window.size(); ++n) {
            CHECK(window[n].id == expected[static_cast<std::size_t>(first) + n].id);
          }
        }
        CHECK(storage.case_window(filter, order, total, 5, total).empty());
      }
    }
  }
  // Swedish order, spelled out: A, B, Z, Å, Ä, Ö whatever the case; the newest case of each name first on ties.
  const auto by_name = storage.case_window({}, {CaseSortKey::name, true}, 0, 27, 27);
  std::vector<std::string> names;
  for (const auto& row : by_name) {
    if (names.empty() || names.back() != row.person_name) {
      names.push_back(row.person_name);
    }
  }
  CHECK(names == std::vector<std::string>{"Anders Sjö", "andré Lind", "Berit Ny", "Zlatan Holm", "Åke Dahl", "åsa Berg", "Ärla Ström", "Örjan Ek"});
  // A person known under a new name moves with it: the keys are kept by the write that changes the name.
  auto renamed = tolvan_case();
  renamed.person = {"19400101-0125", "Aalto Ek", "Åtvidaberg"};
  renamed.person_change_confirmed = true;
  (void)storage.create_case(renamed, "anna");
  const auto first = storage.case_window({}, {CaseSortKey::name, true}, 0, 6, 28);  // their four cases and the new one
  CHECK(std::all_of(first.begin(), first.begin() + 5, [](const CaseSummary& row) { return row.person_name == "Aalto Ek"; }));
  CHECK(first[5].person_name == "Anders Sjö");
  // Made again whole (after rows written outside Trygg): the same keys, the same order, every order's index back.
  storage.rebuild_list_index();
  const auto rebuilt = storage.case_window({}, {CaseSortKey::name, true}, 0, 6, 28);
  for (std::size_t n = 0; n < rebuilt.size(); ++n) {
    CHECK(rebuilt[n].id == first[n].id);
  }
  CHECK(test::raw_number(database, test::on_server_backend()
                                        ? "SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'care_case_order_by_%'"
                                        : "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'care_case_order_by_%'") == 8);
}

TEST_CASE("Storage - the municipalities offered are each person's and each organisation case's, once, in order")
{
  const test::TempFolder folder;
  Storage storage(test::database(folder));
  for (const auto& [identity, municipality] : std::vector<std::pair<const char*, const char*>>{
           {"19380412-2384", "Flen"}, {"19311130-2380", "Eskilstuna"}, {"19121212-1212", "Åtvidaberg"}}) {
    auto request = tolvan_case();
    request.person = {identity, "Namn", municipality};
    (void)storage.create_case(request, "anna");
  }
  auto again = tolvan_case();
  again.person = {"19380412-2384", "", ""};
  (void)storage.create_case(again, "anna");
  NewCase unit{"se.trygg.test.good", "unit-risk", "Säbo Solgården", {"", "", "Vingåker"}, {}, {}};
  unit.about_person = false;
  (void)storage.create_case(unit, "anna");
  CHECK(storage.municipalities() == std::vector<std::string>{"Eskilstuna", "Flen", "Vingåker", "Åtvidaberg"});
}
