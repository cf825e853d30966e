// How long the case list takes to load from a database of N cases, and the peak memory.
// The first 50 cases go through the storage layer with their checklists; the rest are copies made
// with SQL in one transaction, because a fixture of 100,000 one-commit-each writes would take minutes.
//   trygg-bench-case-list [N=100000]
#include "trygg/content_reader.hpp"
#include "trygg/storage.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sys/resource.h>
#include <unistd.h>

namespace {

double seconds_since(std::chrono::steady_clock::time_point start)
{
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

long peak_rss_kib()
{
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv)
{
  const long cases = argc > 1 ? std::atol(argv[1]) : 100'000;
  const auto file = std::filesystem::temp_directory_path() / ("trygg-bench-" + std::to_string(getpid()) + ".db");
  const auto plugins = std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/discharge/content";
  {
    trygg::Storage storage(file);
    trygg::NewCase request{"se.trygg.discharge", "discharge", "Bench", {"19121212-1212", "Tolvan Tolvansson", "Flen"}, {}, {}};
    request.checklists.push_back(trygg::read_checklist_template(plugins / "checklist-ward.xml"));
    for (int i = 0; i < 50; ++i) {
      (void)storage.create_case(request, "bench");
    }
  }
  const auto seeding = std::chrono::steady_clock::now();
  {
    SQLite::Database raw(file, SQLite::OPEN_READWRITE);
    SQLite::Transaction transaction(raw);
    raw.exec("CREATE TEMP TABLE numbers(n INTEGER PRIMARY KEY)");
    raw.exec("WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < " + std::to_string(cases - 50) +
             ") INSERT INTO numbers SELECT n FROM seq");
    raw.exec("INSERT INTO care_case (person_id, plugin_id, process, title, status, opened_at, opened_by) "
             "SELECT 1, 'se.trygg.discharge', 'discharge', 'Bench ' || n, 'open', '2026-11-22T10:00:00Z', 'bench' FROM numbers");
    raw.exec("INSERT INTO checklist (case_id, template_id, template_version, title) "
             "SELECT id, 'discharge.ward', 1, 'Bench' FROM care_case WHERE id > 50");
    raw.exec("INSERT INTO checklist_item (checklist_id, position, item_key, phase_key, phase_title, text, huvudman, role, due_event, due_after_hours) "
             "SELECT c.id, i.position, i.item_key, i.phase_key, i.phase_title, i.text, i.huvudman, i.role, i.due_event, i.due_after_hours "
             "FROM checklist c JOIN checklist_item i ON i.checklist_id = 1 WHERE c.id > 50");
    raw.exec("UPDATE checklist_item SET due_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || (id % 96 - 48) || ' hours') "
             "WHERE due_after_hours IS NOT NULL");
    // What the storage layer keeps per case, as the real writes would have left it.
    raw.exec("UPDATE care_case SET items_total = 9, items_settled = id % 10, "
             "next_due_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || (id % 72 - 24) || ' hours') WHERE id > 50");
    transaction.commit();
  }
  std::printf("fixture: %ld cases in %.2f s\n", cases, seconds_since(seeding));

  const auto opening = std::chrono::steady_clock::now();
  const trygg::Storage storage(file);
  const double open_seconds = seconds_since(opening);
  const auto listing = std::chrono::steady_clock::now();
  const auto rows = storage.list_cases({.status = trygg::CaseStatus::open});
  const double list_seconds = seconds_since(listing);
  const auto searching = std::chrono::steady_clock::now();
  const auto found = storage.list_cases({.search = "Bench 4711"});
  const double search_seconds = seconds_since(searching);
  const auto filtering = std::chrono::steady_clock::now();
  const auto overdue = storage.list_cases({.status = trygg::CaseStatus::open, .due = trygg::DueFilter::overdue});
  const double overdue_seconds = seconds_since(filtering);
  const auto overview = std::chrono::steady_clock::now();
  const auto due = storage.due_items(trygg::end_of_local_day(trygg::now()), 500);
  const double overview_seconds = seconds_since(overview);
  std::printf("open: %.3f s\nlist %zu cases: %.3f s\nsearch (%zu hits): %.3f s\noverdue filter (%zu cases): %.3f s\n"
              "today overview (%zu items): %.3f s\npeak memory: %.1f MiB\n",
              open_seconds, rows.size(), list_seconds, found.size(), search_seconds, overdue.size(), overdue_seconds,
              due.size(), overview_seconds, static_cast<double>(peak_rss_kib()) / 1024.0);
  std::filesystem::remove(file);
  std::filesystem::remove(file.string() + "-wal");
  std::filesystem::remove(file.string() + "-shm");
  return 0;
}
