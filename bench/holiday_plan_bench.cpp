// Planning N discharges against a season's staffing routine (the shipped Sörmland example):
// wall time and peak memory.   trygg-bench-holiday-plan [N=10000]
#include "bench_clock.hpp"
#include "holiday_planner.hpp"
#include "trygg/time.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv)
{
  using namespace trygg;
  using namespace trygg::holiday;
  const long count = argc > 1 ? std::atol(argv[1]) : 10'000;
  const auto routine = read_staffing_routine(std::filesystem::path(TRYGG_SOURCE_DIR) /
                                             "plugins/holiday-staffing/content/routines/sormland-jul-2026.xml");
  const std::array<const char*, 9> municipalities{"Eskilstuna", "Flen",      "Gnesta",   "Katrineholm", "Nyköping",
                                                  "Oxelösund",  "Strängnäs", "Trosa",    "Vingåker"};
  const std::array<std::vector<Actor>, 4> needs{{{Actor::ward, Actor::home_help},
                                                 {Actor::ward, Actor::home_health_care, Actor::home_help},
                                                 {Actor::ward, Actor::needs_assessment},
                                                 {Actor::ward, Actor::short_term_care, Actor::discharge_planning}}};
  // Spread over 20 December to 2 January, at quarter hours between 07:00 and 19:00.
  std::vector<PlannedDischarge> discharges;
  const auto first = parse_user_time("2026-12-20 07:00").value();
  for (long i = 0; i < count; ++i) {
    const auto ready = first + std::chrono::days(i % 14) + std::chrono::minutes(15 * ((i * 7) % 48));
    discharges.push_back({"B-" + std::to_string(i), "Avdelning", ready, municipalities[static_cast<std::size_t>(i) % 9],
                          needs[static_cast<std::size_t>(i) % 4]});
  }
  const auto agreement = discharge::read_payment_agreement(std::filesystem::path(TRYGG_SOURCE_DIR) /
                                                "plugins/discharge/content/agreements/stockholm-2020.xml");
  const auto start = std::chrono::steady_clock::now();
  const auto plan = plan_discharges(routine, discharges, [&](const std::string&) { return discharge::fixed_agreement(agreement); });
  const double seconds = bench::seconds_since(start);
  long infeasible = 0;
  for (const auto& outcome : plan.outcomes) {
    infeasible += outcome.feasible ? 0 : 1;
  }
  std::printf("discharges: %ld\nplanned in: %.3f s\ninfeasible: %ld\ndays without a routine: %zu\npeak memory: %.1f MiB\n",
              count, seconds, infeasible, plan.uncovered_days.size(), bench::peak_rss_mib());
  return 0;
}
