// A region's physician-time plan: N care units under five scenarios (the three shipped agreements and
// two variants), computed side by side: wall time and peak memory.   trygg-bench-physician-time [N=500]
#include "bench_clock.hpp"
#include "physician_time_plan.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv)
{
  using namespace trygg;
  using namespace trygg::physician;
  const long count = argc > 1 ? std::atol(argv[1]) : 500;
  const auto folder = std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/physician-time/content/agreements";
  std::vector<PhysicianAgreement> scenarios{read_physician_agreement(folder / "sormland-6-min.xml"),
                                            read_physician_agreement(folder / "sormland-9-min-proposal.xml"),
                                            read_physician_agreement(folder / "sormland-need-steered.xml")};
  for (const double home_care : {4.5, 6.0}) {
    auto variant = scenarios[1];
    for (auto& category : variant.categories) {
      if (category.id == "home-health-care") {
        category.minutes_per_week = home_care;
      }
    }
    scenarios.push_back(std::move(variant));
  }
  const std::array<const char*, 5> categories{"sabo", "sabo-demens", "korttid", "lss-bostad", "home-health-care"};
  const std::array<const char*, 9> municipalities{"Eskilstuna", "Flen",      "Gnesta", "Katrineholm", "Nyköping",
                                                  "Oxelösund",  "Strängnäs", "Trosa",  "Vingåker"};
  std::vector<CareUnit> units;
  for (long i = 0; i < count; ++i) {
    const auto index = static_cast<std::size_t>(i);
    units.push_back({municipalities[index % municipalities.size()], "Enhet " + std::to_string(i), categories[index % categories.size()],
                     static_cast<int>(10 + i % 90), static_cast<int>(10 + i % 80), "Vårdcentral " + std::to_string(i % 40),
                     {{"new-admission", static_cast<int>(i % 30)}, {"medication-review", static_cast<int>(i % 60)},
                      {"sip-meeting", static_cast<int>(i % 8)}, {"palliative", static_cast<int>(i % 4)}},
                     0});
  }
  const auto start = std::chrono::steady_clock::now();
  double hours = 0;
  for (const auto& agreement : scenarios) {
    hours += plan_physician_time(agreement, units).total.hours_per_week();
  }
  const double seconds = bench::seconds_since(start);
  std::printf("units: %ld\nscenarios: %zu\ncomputed in: %.4f s\nhours a week, all scenarios: %.1f\npeak memory: %.1f MiB\n", count,
              scenarios.size(), seconds, hours, bench::peak_rss_mib());
  return 0;
}
