// How long the case list takes to load from a database of N cases, and the peak memory.
//   trygg-bench-case-list [N=100000]
#include "bench_clock.hpp"
#include "case_fixture.hpp"
#include "trygg/storage.hpp"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <vector>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

int main(int argc, char** argv)
{
  using namespace trygg::bench;
  const long cases = argc > 1 ? std::atol(argv[1]) : 100'000;
  const auto file = std::filesystem::temp_directory_path() / ("trygg-bench-" + std::to_string(getpid()) + ".db");
  const auto seeding = std::chrono::steady_clock::now();
  make_case_fixture(file, cases);
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
  // Searches as people type them, through the index (median of five each), against a scan of the same
  // words without it (what every search cost before schema 9).
  const auto median_search = [&](const char* search, std::size_t& hits) {
    std::vector<double> times;
    for (int n = 0; n < 5; ++n) {
      const auto started = std::chrono::steady_clock::now();
      hits = storage.list_cases({.search = search}).size();
      times.push_back(seconds_since(started));
    }
    std::sort(times.begin(), times.end());
    return times[2];
  };
  for (const char* search : {"greta holmbergqvist", "19000004711", "000004711", "4711", "sjöström", "ås"}) {
    std::size_t hits = 0;
    const double seconds = median_search(search, hits);
    std::printf("search \"%s\" (%zu hits): %.1f ms\n", search, hits, seconds * 1000);
  }
  {
    // The list's count: kept with every change (schema 10), against counting the rows.
    const auto counting = std::chrono::steady_clock::now();
    const auto open_cases = storage.count_cases({.status = trygg::CaseStatus::open});
    const double kept_seconds = seconds_since(counting);
    const auto recounting = std::chrono::steady_clock::now();
    const auto counted = storage.count_cases({.status = trygg::CaseStatus::open, .municipality = "Flen"});
    std::printf("count of open cases, kept (%lld): %.2f ms; open in Flen, counted (%lld): %.1f ms\n", static_cast<long long>(open_cases),
                kept_seconds * 1000, static_cast<long long>(counted), seconds_since(recounting) * 1000);
  }
  {
    SQLite::Database raw(file, SQLite::OPEN_READONLY);
    const auto scanning = std::chrono::steady_clock::now();
    const auto scanned = raw.execAndGet("SELECT count(*) FROM case_search WHERE instr(words, 'sjöström') > 0").getInt64();
    std::printf("the same words scanned without the index (\"sjöström\", %lld hits): %.1f ms\n", static_cast<long long>(scanned),
                seconds_since(scanning) * 1000);
  }
  const auto filtering = std::chrono::steady_clock::now();
  const auto overdue = storage.list_cases({.status = trygg::CaseStatus::open, .due = trygg::DueFilter::overdue});
  const double overdue_seconds = seconds_since(filtering);
  const auto overview = std::chrono::steady_clock::now();
  const auto due = storage.due_items(trygg::end_of_local_day(trygg::now()), 500);
  const double overview_seconds = seconds_since(overview);
  std::printf("open: %.3f s\nlist %zu cases: %.3f s\nsearch (%zu hits): %.3f s\noverdue filter (%zu cases): %.3f s\n"
              "today overview (%zu items): %.3f s\npeak memory: %.1f MiB\n",
              open_seconds, rows.size(), list_seconds, found.size(), search_seconds, overdue.size(), overdue_seconds,
              due.size(), overview_seconds, peak_rss_mib());
  remove_case_fixture(file);
  return 0;
}
