// The case list sorted by each stored column and filtered, a window at a time (issue 16): how long a
// window of 100 rows takes at the top, in the middle and at the end of the list, median of three, and
// the counts the filters need.
//   trygg-bench-case-order [N=100000] [FILE]   (FILE: a fixture made by trygg-bench-fixture)
#include "bench_clock.hpp"
#include "case_fixture.hpp"
#include "trygg/storage.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

int main(int argc, char** argv)
{
  using namespace trygg;
  using bench::seconds_since;
  const long cases = argc > 1 ? std::atol(argv[1]) : 100'000;
  const bool given = argc > 2;
  const auto file = given ? std::filesystem::path(argv[2])
                          : std::filesystem::temp_directory_path() / ("trygg-bench-order-" + std::to_string(getpid()) + ".db");
  if (!given) {
    bench::make_case_fixture(file, cases);
  }
  const auto opening = std::chrono::steady_clock::now();
  const Storage storage(file);
  std::printf("open (with any migration): %.3f s\n", seconds_since(opening));
  const auto median_ms = [](auto&& work) {
    std::vector<double> times;
    for (int n = 0; n < 3; ++n) {
      const auto started = std::chrono::steady_clock::now();
      work();
      times.push_back(seconds_since(started) * 1000);
    }
    std::sort(times.begin(), times.end());
    return times[1];
  };
  const std::vector<std::pair<const char*, CaseSortKey>> orders{
      {"case number", CaseSortKey::id},  {"personnummer", CaseSortKey::identity}, {"name", CaseSortKey::name},
      {"municipality", CaseSortKey::municipality}, {"process", CaseSortKey::process}, {"done", CaseSortKey::progress},
      {"next due", CaseSortKey::next_due}, {"status", CaseSortKey::status},     {"title", CaseSortKey::title}};
  double worst = 0;
  for (const auto& [label, filter] : std::vector<std::pair<const char*, CaseFilter>>{
           {"open cases", {.status = CaseStatus::open}}, {"open in Flen", {.status = CaseStatus::open, .municipality = "Flen"}}}) {
    std::int64_t total = 0;
    const double count_ms = median_ms([&] { total = storage.count_cases(filter); });
    std::printf("%s: %lld, counted in %.1f ms\n", label, static_cast<long long>(total), count_ms);
    std::printf("  %-14s %-5s %10s %10s %10s\n", "sorted by", "", "top ms", "middle ms", "end ms");
    for (const auto& [name, key] : orders) {
      for (const bool ascending : {true, false}) {
        double at[3] = {};
        const std::int64_t firsts[3] = {0, total / 2, std::max<std::int64_t>(0, total - 100)};
        for (int n = 0; n < 3; ++n) {
          at[n] = median_ms([&] { (void)storage.case_window(filter, {key, ascending}, firsts[n], 100, total); });
          worst = std::max(worst, at[n]);
        }
        std::printf("  %-14s %-5s %10.1f %10.1f %10.1f\n", name, ascending ? "asc" : "desc", at[0], at[1], at[2]);
      }
    }
  }
  std::printf("slowest window: %.1f ms\npeak memory: %.1f MiB\n", worst, bench::peak_rss_mib());
  if (!given) {
    bench::remove_case_fixture(file);
  }
  return 0;
}
