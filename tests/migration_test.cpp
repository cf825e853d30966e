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
