// Makes the case fixture the GUI benches open, in a process of its own so that what it costs is not
// counted against the app:   trygg-bench-fixture N FILE
#include "bench_clock.hpp"
#include "case_fixture.hpp"

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
  if (argc != 3) {
    std::fprintf(stderr, "usage: trygg-bench-fixture N FILE\n");
    return 1;
  }
  const long cases = std::atol(argv[1]);
  const auto started = std::chrono::steady_clock::now();
  trygg::bench::make_case_fixture(argv[2], cases);
  std::printf("fixture: %ld cases in %.1f s\n", cases, trygg::bench::seconds_since(started));
  return 0;
}
