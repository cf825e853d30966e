#include "case_fixture.hpp"

#include "trygg/content_reader.hpp"
#include "trygg/storage.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

namespace trygg::bench {

void make_case_fixture(const std::filesystem::path& file, long cases)
{
  remove_case_fixture(file);
  const auto content = std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/discharge/content";
  {
    Storage storage(file);
    NewCase request{"se.trygg.discharge", "discharge", "Bench", {"19121212-1212", "Tolvan Tolvansson", "Flen"}, {}, {}};
    request.checklists.push_back(read_checklist_template(content / "checklist-ward.xml"));
    for (int i = 0; i < 50; ++i) {
      (void)storage.create_case(request, "bench");
    }
  }
  SQLite::Database raw(file, SQLite::OPEN_READWRITE);
  SQLite::Transaction transaction(raw);
  raw.exec("CREATE TEMP TABLE numbers(n INTEGER PRIMARY KEY)");
  raw.exec("WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < " + std::to_string(cases - 50) +
           ") INSERT INTO numbers SELECT n FROM seq");
  raw.exec("INSERT INTO care_case (person_id, plugin_id, process, title, status, opened_at, opened_by) "
           "SELECT 1, 'se.trygg.discharge', 'discharge', 'Bench ' || n, 'open', '2026-11-22T10:00:00Z', 'bench' FROM numbers");
  raw.exec("INSERT INTO checklist (case_id, template_id, template_version, title) "
           "SELECT id, 'discharge.ward', 1, 'Bench' FROM care_case WHERE id > 50");
  raw.exec("INSERT INTO checklist_item (checklist_id, position, item_key, phase_key, phase_title, text, huvudman, role, "
           "due_event, due_after_hours) "
           "SELECT c.id, i.position, i.item_key, i.phase_key, i.phase_title, i.text, i.huvudman, i.role, i.due_event, "
           "i.due_after_hours FROM checklist c JOIN checklist_item i ON i.checklist_id = 1 WHERE c.id > 50");
  raw.exec("UPDATE checklist_item SET due_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || (id % 96 - 48) || ' hours') "
           "WHERE due_after_hours IS NOT NULL");
  raw.exec("UPDATE care_case SET items_total = 9, items_settled = id % 10, "
           "next_due_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || (id % 72 - 24) || ' hours') WHERE id > 50");
  transaction.commit();
}

void remove_case_fixture(const std::filesystem::path& file)
{
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(file.string() + suffix);
  }
}

}  // namespace trygg::bench
