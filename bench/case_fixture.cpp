#include "case_fixture.hpp"

#include "trygg/content_reader.hpp"
#include "trygg/storage.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

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
  auto phase_start = std::chrono::steady_clock::now();
  const auto phase = [&](const char* name) {
    const auto now = std::chrono::steady_clock::now();
    std::fprintf(stderr, "  %s: %.2f s\n", name, std::chrono::duration<double>(now - phase_start).count());
    phase_start = now;
  };
  // Made once, by one writer, and thrown away after: no journal, no fsync. The file goes back to WAL
  // (as Trygg keeps it) at the end.
  raw.exec("PRAGMA journal_mode = OFF");
  raw.exec("PRAGMA synchronous = OFF");
  raw.exec("PRAGMA cache_size = -262144");  // 256 MiB
  SQLite::Transaction transaction(raw);
  // Indexes are built once after the rows are in (sorted, in one pass) rather than row by row in random
  // order: the schema's own definitions, read back and run again.
  std::vector<std::pair<std::string, std::string>> indexes;
  {
    SQLite::Statement query(raw, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                 "AND tbl_name IN ('care_case', 'checklist', 'checklist_item', 'person')");
    while (query.executeStep()) {
      indexes.emplace_back(query.getColumn(0).getString(), query.getColumn(1).getString());
    }
  }
  for (const auto& [name, sql] : indexes) {
    raw.exec("DROP INDEX \"" + name + "\"");
  }
  raw.exec("CREATE TEMP TABLE numbers(n INTEGER PRIMARY KEY)");
  raw.exec("WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < " + std::to_string(cases - 50) +
           ") INSERT INTO numbers SELECT n FROM seq");
  // One person for every two cases, named from 40 first names and 900 surnames (Swedish letters included),
  // so a search by name finds a few dozen cases of a million, as in a region's database.
  raw.exec("CREATE TEMP TABLE first_name(i INTEGER PRIMARY KEY, name TEXT)");
  raw.exec("CREATE TEMP TABLE surname_part(i INTEGER PRIMARY KEY, part TEXT)");
  raw.exec("INSERT INTO first_name(name) VALUES ('Greta'),('Ingrid'),('Karin'),('Åsa'),('Märta'),('Sven'),('Olof'),('Björn'),"
           "('Anna'),('Eva'),('Maria'),('Birgitta'),('Kerstin'),('Lars'),('Nils'),('Gösta'),('Ulla'),('Inga'),('Göran'),"
           "('Elsa'),('Rune'),('Stig'),('Berit'),('Solveig'),('Åke'),('Jöns'),('Signe'),('Tore'),('Ebba'),('Harald'),('Astrid'),"
           "('Majken'),('Evert'),('Dagny'),('Helmer'),('Svea'),('Ragnar'),('Inez'),('Folke'),('Vera')");
  raw.exec("INSERT INTO surname_part(part) VALUES ('Holm'),('Berg'),('Lind'),('Sjö'),('Ek'),('Ström'),('Dahl'),('Ny'),('Ås'),"
           "('Öst'),('Sand'),('Löf'),('Björk'),('Gran'),('Hag'),('Lund'),('Mal'),('Nord'),('Sund'),('Wall'),('Fors'),('Bäck'),"
           "('Ros'),('Hed'),('Kvarn'),('Brunn'),('Mo'),('Skog'),('Stjern'),('Ängs')");
  raw.exec("INSERT INTO person (identity, name, municipality) "
           "SELECT printf('19%010d', n), f.name || ' ' || a.part || lower(b.part) || CASE n % 3 WHEN 0 THEN 'qvist' WHEN 1 THEN 'gren' ELSE 'man' END, "
           "  CASE n % 4 WHEN 0 THEN 'Eskilstuna' WHEN 1 THEN 'Flen' WHEN 2 THEN 'Katrineholm' ELSE 'Nyköping' END "
           "FROM numbers JOIN first_name f ON f.i = 1 + n % 40 JOIN surname_part a ON a.i = 1 + (n / 40) % 30 "
           "JOIN surname_part b ON b.i = 1 + (n / 1200) % 30 WHERE n <= " + std::to_string(std::max(1L, (cases - 50) / 2)));
  // Due times spread over two days before and after now, computed once and joined by number: a million
  // strftime calls would cost more than the rows.
  raw.exec("CREATE TEMP TABLE offset_hours(h INTEGER PRIMARY KEY, at TEXT)");
  raw.exec("WITH RECURSIVE hours(h) AS (SELECT -48 UNION ALL SELECT h + 1 FROM hours WHERE h < 48) "
           "INSERT INTO offset_hours SELECT h, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', h || ' hours') FROM hours");
  raw.exec("INSERT INTO care_case (person_id, plugin_id, process, title, status, opened_at, opened_by, items_total, items_settled, next_due_at) "
           "SELECT 2 + (n - 1) / 2, 'se.trygg.discharge', 'discharge', 'Bench ' || n, 'open', '2026-11-22T10:00:00Z', 'bench', 9, (n + 50) % 10, "
           "  o.at FROM numbers JOIN offset_hours o ON o.h = (n + 50) % 72 - 24");
  phase("persons and cases");
  raw.exec("INSERT INTO checklist (case_id, template_id, template_version, title) "
           "SELECT id, 'discharge.ward', 1, 'Bench' FROM care_case WHERE id > 50");
  // The first case's items, copied to every other case (from a table of their own, so the insert does
  // not read the table it writes).
  raw.exec("CREATE TEMP TABLE template_item AS SELECT * FROM checklist_item WHERE checklist_id = 1");
  raw.exec("INSERT INTO checklist_item (checklist_id, position, item_key, phase_key, phase_title, text, huvudman, role, "
           "due_event, due_after_hours, due_at) "
           "SELECT c.id, i.position, i.item_key, i.phase_key, i.phase_title, i.text, i.huvudman, i.role, i.due_event, "
           "i.due_after_hours, CASE WHEN i.due_after_hours IS NULL THEN NULL ELSE o.at END "
           "FROM checklist c CROSS JOIN template_item i JOIN offset_hours o ON o.h = (c.id * 9 + i.position) % 96 - 48 "
           "WHERE c.id > 50");
  phase("checklists");
  for (const auto& [name, sql] : indexes) {
    raw.exec(sql);
  }
  phase("indexes");
  transaction.commit();
  raw.exec("PRAGMA journal_mode = WAL");
  phase("commit");
  // The search index, as Trygg keeps it for what it writes itself.
  Storage(file).rebuild_list_index();
  phase("search index");
}

void remove_case_fixture(const std::filesystem::path& file)
{
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(file.string() + suffix);
  }
}

}  // namespace trygg::bench
