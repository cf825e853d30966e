// What a new version of a plugin's rules costs on a large database: the first open derives every
// case's deadlines again (in transactions of 500), later opens only check the rules' stamp.
//   trygg-bench-rederive [N=100000]
#include "bench_clock.hpp"
#include "case_fixture.hpp"

#include "trygg/workspace.hpp"

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

int main(int argc, char** argv)
{
  using namespace trygg;
  const long cases = argc > 1 ? std::atol(argv[1]) : 100'000;
  const auto file = std::filesystem::temp_directory_path() / ("trygg-bench-rederive-" + std::to_string(getpid()) + ".db");
  bench::make_case_fixture(file, cases);
  const auto first = std::chrono::steady_clock::now();
  std::int64_t statements = 0;
  {
    const Workspace workspace(file, PluginHost::default_search_paths(), "bench");
    statements = workspace.storage().statements_run();
  }
  const double first_seconds = bench::seconds_since(first);
  const auto again = std::chrono::steady_clock::now();
  {
    const Workspace workspace(file, PluginHost::default_search_paths(), "bench");
  }
  const double again_seconds = bench::seconds_since(again);
  std::printf("%ld cases\nfirst open, every case derived again: %.2f s (%.1f us and %.1f statements per case)\n"
              "next open, rules unchanged: %.3f s\npeak memory: %.1f MiB\n",
              cases, first_seconds, 1e6 * first_seconds / static_cast<double>(cases),
              static_cast<double>(statements) / static_cast<double>(cases), again_seconds, bench::peak_rss_mib());
  bench::remove_case_fixture(file);
  return 0;
}
