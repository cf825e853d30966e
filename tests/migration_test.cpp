// Each core migration step, from a database as the previous version left it.
#include "test_support.hpp"

#include "core_schema.hpp"
#include "trygg/storage.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

using namespace trygg;

TEST_CASE("migration 1 -> 2 - due times and case totals are filled in from what version 1 stored")
{
  const test::TempFolder folder;
  const auto file = folder / "v1.db";
  {
    // A version 1 database, written as version 1 wrote it.
    SQLite::Database v1(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    v1.exec(std::string(core_migrations().at(0)));
    v1.exec("PRAGMA application_id = " + std::to_string(Storage::application_id));
    v1.exec("PRAGMA user_version = 1");
    v1.exec("INSERT INTO person (id, identity, name) VALUES (1, '191212121212', 'Tolvan')");
    v1.exec("INSERT INTO care_case (id, person_id, plugin_id, process, opened_at, opened_by) "
            "VALUES (7, 1, 'se.x', 'discharge', '2026-12-20T08:00:00Z', 'anna')");
    v1.exec("INSERT INTO checklist (id, case_id, template_id, template_version, title) VALUES (3, 7, 't', 1, 'T')");
    v1.exec("INSERT INTO checklist_item (checklist_id, position, item_key, phase_key, phase_title, text, huvudman, role, "
            "due_event, due_after_hours, state) VALUES "
            "(3, 0, 'notice', 'p', 'P', 'Notice', 'region', 'Ward', 'admitted', 24, 'not-started'),"
            "(3, 1, 'other', 'p', 'P', 'Other', 'kommun', 'Home', '', NULL, 'done')");
    v1.exec("INSERT INTO case_event (case_id, kind, at, recorded_by, recorded_at) VALUES "
            "(7, 'admitted', '2026-12-20T10:00:00Z', 'anna', '2026-12-20T10:01:00Z'),"
            "(7, 'admitted', '2026-12-21T09:30:00Z', 'anna', '2026-12-21T09:31:00Z')");
  }

  const Storage storage(file);
  SQLite::Database raw(file);
  CHECK(raw.execAndGet("PRAGMA user_version").getInt() == Storage::schema_version);
  // Due from the latest admission, 24 hours on.
  CHECK(raw.execAndGet("SELECT due_at FROM checklist_item WHERE item_key = 'notice'").getString() == "2026-12-22T09:30:00Z");
  CHECK(raw.execAndGet("SELECT due_at FROM checklist_item WHERE item_key = 'other'").isNull());
  const auto row = storage.list_cases({}).at(0);
  CHECK(row.items_total == 2);
  CHECK(row.items_done == 1);
  REQUIRE(row.next_due);
  CHECK(to_iso_utc(*row.next_due) == "2026-12-22T09:30:00Z");
}

TEST_CASE("migration 3 -> 4 - the SIP plans move into the record store, with their history still readable")
{
  const test::TempFolder folder;
  const auto file = folder / "v3.db";
  {
    // A version 3 database with one open plan and one closed, and a history line about a plan field.
    SQLite::Database v3(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (std::size_t step = 0; step < 3; ++step) {
      v3.exec(std::string(core_migrations().at(step)));
    }
    v3.exec("PRAGMA application_id = " + std::to_string(Storage::application_id));
    v3.exec("PRAGMA user_version = 3");
    v3.exec("INSERT INTO person (id, identity, name) VALUES (1, '191212121212', 'Tolvan')");
    v3.exec("INSERT INTO care_case (id, person_id, plugin_id, process, opened_at, opened_by) VALUES "
            "(7, 1, 'se.trygg.sip', 'sip', '2026-12-20T08:00:00Z', 'anna'),"
            "(8, 1, 'se.trygg.sip', 'sip', '2026-12-20T08:00:00Z', 'anna')");
    v3.exec("INSERT INTO sip_plan (case_id, document, follow_up_at, closed, changed_by, changed_at) VALUES "
            "(7, '{\"huvudansvar\": \"Flens kommun\"}', '2027-01-10T08:00:00Z', 0, 'anna', '2026-12-20T09:00:00Z'),"
            "(8, '{\"huvudansvar\": \"Trosa kommun\"}', '2027-01-11T08:00:00Z', 1, 'anna', '2026-12-20T09:00:00Z')");
    v3.exec("INSERT INTO history (case_id, at, actor, entity, entity_id, field, old_value, new_value) VALUES "
            "(7, '2026-12-20T09:00:00Z', 'anna', 'sip-plan', 7, '/huvudansvar', NULL, 'Flens kommun')");
  }

  const Storage storage(file);
  CHECK(storage.plugin_record("se.trygg.sip", 7, "plan") == R"({"huvudansvar": "Flens kommun"})");
  CHECK(storage.plugin_record("se.trygg.sip", 8, "plan") == R"({"huvudansvar": "Trosa kommun"})");
  // The open plan keeps its follow-up as the record's due date; the closed one has none.
  const auto due = storage.records_due("se.trygg.sip", "plan", *from_iso_utc("2027-12-31T00:00:00Z"));
  REQUIRE(due.size() == 1);
  CHECK(due[0].case_row.id == 7);
  CHECK(to_iso_utc(due[0].due) == "2027-01-10T08:00:00Z");
  // The history line written before the record store still says whose field it was.
  const auto history = storage.history(7);
  REQUIRE(history.size() == 1);
  const auto field = storage.record_field(history[0]);
  REQUIRE(field);
  CHECK(field->plugin_id == "se.trygg.sip");
  CHECK(field->kind == "plan");
  CHECK(field->pointer == "/huvudansvar");
}

TEST_CASE("migration 6 -> 7 - cases keep their person, events and links when the table is rebuilt for cases without one")
{
  const test::TempFolder folder;
  const auto file = folder / "v6.db";
  {
    SQLite::Database v6(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (std::size_t step = 0; step < 6; ++step) {
      v6.exec(std::string(core_migrations().at(step)));
    }
    v6.exec("PRAGMA application_id = " + std::to_string(Storage::application_id));
    v6.exec("PRAGMA user_version = 6");
    v6.exec("INSERT INTO person (id, identity, name, municipality) VALUES (1, '191212121212', 'Tolvan', 'Flen')");
    v6.exec("INSERT INTO care_case (id, person_id, plugin_id, process, title, opened_at, opened_by, next_due_at) VALUES "
            "(7, 1, 'se.x', 'discharge', 'Höft', '2026-12-20T08:00:00Z', 'anna', '2026-12-22T09:30:00Z')");
    v6.exec("INSERT INTO care_case (id, person_id, plugin_id, process, opened_at, opened_by, linked_case_id) VALUES "
            "(8, 1, 'se.x', 'sip', '2026-12-21T08:00:00Z', 'anna', 7)");
    v6.exec("INSERT INTO case_event (case_id, kind, at, recorded_by, recorded_at) VALUES "
            "(7, 'admitted', '2026-12-20T10:00:00Z', 'anna', '2026-12-20T10:01:00Z')");
    // A record due before the case's items: the list's next due time comes to count it.
    v6.exec("INSERT INTO plugin_record (plugin_id, kind, case_id, document, due_at, changed_by, changed_at) VALUES "
            "('se.x', 'plan', 8, '{}', '2026-12-21T12:00:00Z', 'anna', '2026-12-21T08:00:00Z')");
  }

  Storage storage(file);
  SQLite::Database raw(file, SQLite::OPEN_READWRITE);
  CHECK(raw.execAndGet("PRAGMA user_version").getInt() == Storage::schema_version);
  // The rebuilt table is the one the others refer to, and nothing points nowhere.
  CHECK(raw.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt() == 0);
  // The four rebuilt, schema 10's and schema 11's eight orders.
  CHECK(raw.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'care_case'").getInt() == 13);
  const auto moved = storage.find_case(7);
  REQUIRE(moved);
  CHECK(moved->person.identity == "191212121212");
  CHECK(moved->person.municipality == "Flen");
  CHECK(moved->title == "Höft");
  CHECK(moved->events.size() == 1);
  CHECK(storage.find_case(8)->linked_case == 7);
  REQUIRE(storage.case_summary(8)->next_due);
  CHECK(to_iso_utc(*storage.case_summary(8)->next_due) == "2026-12-21T12:00:00Z");
  CHECK(to_iso_utc(*storage.case_summary(7)->next_due) == "2026-12-22T09:30:00Z");  // untouched: no record
  CHECK(storage.list_cases({.due = DueFilter::any}).size() == 2);
  // The others' references resolve to the rebuilt table: with foreign keys on (as Storage has them), an
  // event for a case that does not exist is refused, and one for a moved case is taken.
  raw.exec("PRAGMA foreign_keys = ON");
  raw.exec("INSERT INTO case_event (case_id, kind, at, recorded_by, recorded_at) VALUES "
           "(7, 'x', '2026-12-20T10:00:00Z', 'anna', '2026-12-20T10:01:00Z')");
  CHECK_THROWS(raw.exec("INSERT INTO case_event (case_id, kind, at, recorded_by, recorded_at) VALUES "
                        "(99, 'x', '2026-12-20T10:00:00Z', 'anna', '2026-12-20T10:01:00Z')"));
}

TEST_CASE("migration 7 -> 8 - the history already written is chained, and stays append-only")
{
  const test::TempFolder folder;
  const auto file = folder / "v7.db";
  {
    SQLite::Database v7(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (std::size_t step = 0; step < 7; ++step) {
      v7.exec(std::string(core_migrations().at(step)));
    }
    v7.exec("PRAGMA application_id = " + std::to_string(Storage::application_id));
    v7.exec("PRAGMA user_version = 7");
    v7.exec("INSERT INTO person (id, identity, name) VALUES (1, '191212121212', 'Tolvan')");
    v7.exec("INSERT INTO care_case (id, person_id, plugin_id, process, opened_at, opened_by) VALUES (7, 1, 'se.x', 'p', '2026-12-20T08:00:00Z', 'anna')");
    v7.exec("INSERT INTO history (case_id, at, actor, entity, entity_id, field, old_value, new_value) VALUES "
            "(7, '2026-12-20T08:00:00Z', 'anna', 'case', 7, 'opened', NULL, 'se.x/p'),"
            "(7, '2026-12-20T09:00:00Z', 'anna', 'event', 1, 'admitted', NULL, '2026-12-20T09:00:00Z')");
    v7.exec("INSERT INTO workspace_history (at, actor, entity, entity_id, field, old_value, new_value) VALUES "
            "('2026-12-20T08:00:00Z', 'anna', 'record', 1, 'units:/units/0', NULL, 'x')");
  }
  Storage storage(file);
  CHECK(storage.verify_history().empty());
  SQLite::Database raw(file, SQLite::OPEN_READWRITE);
  CHECK(raw.execAndGet("SELECT count(*) FROM history WHERE chain LIKE 'sha256:%'").getInt() == 2);
  CHECK(raw.execAndGet("SELECT count(*) FROM workspace_history WHERE chain LIKE 'sha256:%'").getInt() == 1);
  CHECK_THROWS_WITH(raw.exec("UPDATE history SET actor = 'mallory'"), doctest::Contains("append-only"));
  CHECK_THROWS_WITH(raw.exec("UPDATE workspace_history SET actor = 'mallory'"), doctest::Contains("append-only"));
}

TEST_CASE("migration 8 -> 9 - the cases already stored are found through the new search index")
{
  const test::TempFolder folder;
  const auto file = folder / "v8.db";
  {
    SQLite::Database v8(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (std::size_t step = 0; step < 8; ++step) {
      v8.exec(std::string(core_migrations().at(step)));
    }
    v8.exec("PRAGMA application_id = " + std::to_string(Storage::application_id));
    v8.exec("PRAGMA user_version = 8");
    v8.exec("INSERT INTO person (id, identity, name) VALUES (1, '193804122384', 'Greta Åkesson')");
    v8.exec("INSERT INTO care_case (id, person_id, plugin_id, process, title, opened_at, opened_by) VALUES "
            "(7, 1, 'se.x', 'p', 'Höftfraktur', '2026-12-20T08:00:00Z', 'anna')");
    v8.exec("INSERT INTO care_case (id, person_id, municipality, plugin_id, process, title, opened_at, opened_by) VALUES "
            "(8, NULL, 'Flen', 'se.x', 'unit', 'Säbo Solgården', '2026-12-20T08:00:00Z', 'anna')");
  }
  const Storage storage(file);
  const auto found = [&](const char* search) {
    const auto rows = storage.list_cases({.search = search});
    return rows.size() == 1 ? rows.front().id : CaseId{0};
  };
  CHECK(found("åkesson greta") == 7);
  CHECK(found("380412-2384") == 7);
  CHECK(found("höftfraktur") == 7);
  CHECK(found("solgården") == 8);
  SQLite::Database raw(file, SQLite::OPEN_READONLY);
  CHECK(raw.execAndGet("SELECT count(*) FROM case_search").getInt() == 2);
}

namespace {

// Schema 12 undone, as a Trygg of schema 11 left the file.
void take_back_to_11(SQLite::Database& raw)
{
  raw.exec("DROP TABLE access_log; DROP INDEX history_by_actor; PRAGMA user_version = 11");
}

// Schema 11 undone, as a Trygg of schema 10 left the file.
void take_back_to_10(SQLite::Database& raw)
{
  take_back_to_11(raw);
  for (const char* order : {"identity", "name", "municipality", "process", "progress", "next_due", "status", "title"}) {
    raw.exec(std::string("DROP INDEX care_case_order_by_") + order);
  }
  raw.exec("ALTER TABLE care_case DROP COLUMN identity; ALTER TABLE care_case DROP COLUMN name_key; "
           "ALTER TABLE care_case DROP COLUMN municipality_key; ALTER TABLE care_case DROP COLUMN title_key; PRAGMA user_version = 10");
}

}  // namespace

TEST_CASE("migration 9 -> 10 - the list's counts start from the cases already stored")
{
  const test::TempFolder folder;
  const auto file = folder / "v9.db";
  {
    Storage storage(file);  // the newest schema, then taken back to 9 as an older Trygg left it
    SQLite::Database raw(file, SQLite::OPEN_READWRITE);
    take_back_to_10(raw);
    raw.exec("DROP TRIGGER case_count_on_insert; DROP TRIGGER case_count_on_update; DROP TRIGGER case_count_on_delete; "
             "DROP TABLE case_count; DROP INDEX care_case_by_municipality; PRAGMA user_version = 9");
    raw.exec("INSERT INTO person (id, identity, name) VALUES (1, '191212121212', 'Tolvan')");
    raw.exec("INSERT INTO care_case (person_id, plugin_id, process, status, opened_at, opened_by) VALUES "
             "(1, 'se.x', 'a', 'open', '2026-12-20T08:00:00Z', 'anna'), (1, 'se.x', 'a', 'closed', '2026-12-20T08:00:00Z', 'anna'), "
             "(1, 'se.x', 'b', 'open', '2026-12-20T08:00:00Z', 'anna')");
  }
  const Storage storage(file);
  CHECK(storage.count_cases({}) == 3);
  CHECK(storage.count_cases({.status = CaseStatus::open}) == 2);
  CHECK(storage.count_cases({.status = CaseStatus::open, .process = "a"}) == 1);
}

TEST_CASE("migration 10 -> 11 - the cases already stored get their sort keys, and sort as a Swedish list")
{
  const test::TempFolder folder;
  const auto file = folder / "v10.db";
  {
    Storage storage(file);
    SQLite::Database raw(file, SQLite::OPEN_READWRITE);
    take_back_to_10(raw);
    raw.exec("INSERT INTO person (id, identity, name, municipality) VALUES (1, '191212121212', 'Örjan Ek', 'Åtvidaberg'), "
             "(2, '193804122384', 'Åsa Berg', 'Eskilstuna'), (3, '193111302380', 'Ärla Lind', 'älmhult')");
    raw.exec("INSERT INTO care_case (person_id, plugin_id, process, title, status, opened_at, opened_by) VALUES "
             "(1, 'se.x', 'a', '', 'open', '2026-12-20T08:00:00Z', 'anna'), (2, 'se.x', 'a', '', 'open', '2026-12-20T08:00:00Z', 'anna'), "
             "(3, 'se.x', 'a', '', 'open', '2026-12-20T08:00:00Z', 'anna')");
    raw.exec("INSERT INTO care_case (person_id, municipality, plugin_id, process, title, status, opened_at, opened_by) VALUES "
             "(NULL, 'Flen', 'se.x', 'b', 'Enhet Solgården', 'open', '2026-12-20T08:00:00Z', 'anna')");
  }
  const Storage storage(file);
  const auto names = [&](CaseSortKey key) {
    std::vector<CaseId> ids;
    for (const auto& row : storage.case_window({}, {key, true}, 0, 10, 4)) {
      ids.push_back(row.id);
    }
    return ids;
  };
  CHECK(names(CaseSortKey::name) == std::vector<CaseId>{4, 2, 3, 1});  // the unit has no name: first; then Å, Ä, Ö
  CHECK(names(CaseSortKey::municipality) == std::vector<CaseId>{2, 4, 1, 3});  // Eskilstuna, Flen, Åtvidaberg, älmhult
  CHECK(names(CaseSortKey::identity) == std::vector<CaseId>{4, 1, 3, 2});  // the unit has none: first; then by birth
  CHECK(storage.count_cases({.municipality = "ÄLMHULT"}) == 1);
  CHECK(storage.count_cases({.municipality = "flen"}) == 1);  // a unit's own municipality
}

TEST_CASE("migration 11 -> 12 - the access log starts empty beside the cases already stored, and is append-only")
{
  const test::TempFolder folder;
  const auto file = folder / "v11.db";
  {
    Storage storage(file);
    SQLite::Database raw(file, SQLite::OPEN_READWRITE);
    take_back_to_11(raw);
    raw.exec("INSERT INTO person (id, identity, name) VALUES (1, '191212121212', 'Tolvan')");
    raw.exec("INSERT INTO care_case (person_id, plugin_id, process, status, opened_at, opened_by) VALUES "
             "(1, 'se.x', 'a', 'open', '2026-12-20T08:00:00Z', 'anna')");
  }
  Storage storage(file);
  CHECK(storage.access_log({.person_identity = "191212121212"}).empty());
  storage.log_access(1, AccessAction::read, "ärendet öppnat", "bertil", "test");
  CHECK(storage.access_log({.person_identity = "191212121212"}).size() == 1);
  SQLite::Database raw(file, SQLite::OPEN_READWRITE);
  CHECK(raw.execAndGet("PRAGMA user_version").getInt() == Storage::schema_version);
  CHECK_THROWS(raw.exec("DELETE FROM access_log"));
}
