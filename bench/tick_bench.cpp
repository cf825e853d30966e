// What one tick of a checklist item costs, and its repaint: the SQL statements run, the risk
// templates parsed (each a schema validation), and the wall time, on the demo data set.
//   trygg-bench-tick [repeats=50]
// Target (issue 11): at most 15 statements and 0 parses for the tick and the repaint together.
#include "bench_clock.hpp"

#include "trygg/content_reader.hpp"
#include "trygg/demo_data.hpp"
#include "trygg/workspace.hpp"

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace {

struct Cost {
  std::int64_t statements = 0;
  std::int64_t parses = 0;
  double seconds = 0;
};

template <class Work>
Cost measure(const trygg::Workspace& workspace, Work&& work)
{
  const auto statements = workspace.storage().statements_run();
  const auto parses = trygg::risk_templates_parsed();
  const auto started = std::chrono::steady_clock::now();
  work();
  return {workspace.storage().statements_run() - statements, trygg::risk_templates_parsed() - parses,
          trygg::bench::seconds_since(started)};
}

}  // namespace

int main(int argc, char** argv)
{
  using namespace trygg;
  const int repeats = argc > 1 ? std::atoi(argv[1]) : 50;
  const auto file = std::filesystem::temp_directory_path() / ("trygg-bench-tick-" + std::to_string(getpid()) + ".db");
  Cost tick_total;
  Cost repaint_total;
  {
    Workspace workspace(file, PluginHost::default_search_paths(), "bench");
    seed_demo_data(workspace);
    const CaseId id = 1;
    // The item ticked: one the first checklist does not tie to an event (a plain tick).
    std::int64_t item = 0;
    for (const auto& entry : workspace.storage().checklists(id).front().items) {
      if (entry.settled_by_event.empty()) {
        item = entry.id;
        break;
      }
    }
    (void)workspace.view(id);  // the case is on screen before the tick
    // What the shell does on the change notice: the case's screen, its list row and "Idag".
    const auto repaint = [&] {
      (void)workspace.view(id);
      (void)workspace.storage().case_summary(id);
      (void)workspace.storage().due_items(end_of_local_day(workspace.current_time()), 200);
    };
    for (int n = 0; n < repeats; ++n) {
      const auto state = n % 2 == 0 ? ItemState::done : ItemState::not_started;
      const auto tick = measure(workspace, [&] { workspace.change_item(item, {.state = state}); });
      const auto paint = measure(workspace, repaint);
      tick_total = {tick_total.statements + tick.statements, tick_total.parses + tick.parses, tick_total.seconds + tick.seconds};
      repaint_total = {repaint_total.statements + paint.statements, repaint_total.parses + paint.parses,
                       repaint_total.seconds + paint.seconds};
    }
  }
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(file.string() + suffix);
  }
  const auto per = [repeats](std::int64_t total) { return static_cast<double>(total) / repeats; };
  std::printf("tick (commit, durable):  %.1f statements, %.1f template parses, %.2f ms\n", per(tick_total.statements),
              per(tick_total.parses), 1000 * tick_total.seconds / repeats);
  std::printf("repaint (view, row, Idag): %.1f statements, %.1f template parses, %.2f ms\n", per(repaint_total.statements),
              per(repaint_total.parses), 1000 * repaint_total.seconds / repeats);
  std::printf("together: %.1f statements (target <= 15), %.1f parses (target 0)\n",
              per(tick_total.statements + repaint_total.statements), per(tick_total.parses + repaint_total.parses));
  std::printf("peak memory: %.1f MiB\n", trygg::bench::peak_rss_mib());
  return 0;
}
