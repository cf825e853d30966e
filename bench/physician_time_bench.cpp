// A region's physician-time plan: N care units under five scenarios (the three shipped agreements and
// two variants), computed side by side: wall time and peak memory.   trygg-bench-physician-time [N=500]
#include "bench_clock.hpp"
#include "physician_time_fixture.hpp"

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
  using namespace trygg;
  const long count = argc > 1 ? std::atol(argv[1]) : 500;
  const auto scenarios = bench::physician_scenarios(TRYGG_SOURCE_DIR);
  const auto units = bench::physician_units(count);
  const auto start = std::chrono::steady_clock::now();
  double hours = 0;
  for (const auto& agreement : scenarios) {
    hours += physician::plan_physician_time(agreement, units).total.hours_per_week();
  }
  const double seconds = bench::seconds_since(start);
  std::printf("units: %ld\nscenarios: %zu\ncomputed in: %.4f s\nhours a week, all scenarios: %.1f\npeak memory: %.1f MiB\n", count,
              scenarios.size(), seconds, hours, bench::peak_rss_mib());
  return 0;
}
