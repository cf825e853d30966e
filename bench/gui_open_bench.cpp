// Opening a database of N cases in the desktop app: from opening the database to the main window
// painted with the list, and the peak memory. Run under a display, e.g.
//   xvfb-run -a build/bin/trygg-bench-gui-open 100000 [FILE]
// With FILE (made by trygg-bench-fixture), the fixture is not made in this process, so the figures from
// process start (wall, CPU, peak memory) are the app's alone and compare with trygg-bench-bare-list.
#include "bench_clock.hpp"
#include "case_fixture.hpp"
#include "first_paint.hpp"
#include "case_list_ctrl.hpp"
#include "cases_page.hpp"
#include "main_frame.hpp"
#include "startup.hpp"

#include <wx/app.h>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

int main(int argc, char** argv)
{
  using namespace trygg;
  const auto process_start = std::chrono::steady_clock::now();
  const long cases = argc > 1 ? std::atol(argv[1]) : 100'000;
  const auto folder = std::filesystem::temp_directory_path() / ("trygg-bench-gui-" + std::to_string(getpid()));
  std::filesystem::create_directories(folder);
  ::setenv("XDG_CONFIG_HOME", (folder / "config").c_str(), 1);
  const bool given = argc > 2;
  const auto file = given ? std::filesystem::path(argv[2]) : folder / "bench.db";
  if (!given) {
    bench::make_case_fixture(file, cases);
  }
  argc = 1;  // the rest is ours, not wx's

  auto* app = new bench::FirstPaintApp;  // wx owns it
  wxApp::SetInstance(app);
  if (!wxEntryStart(argc, argv)) {
    std::fprintf(stderr, "needs a display: run under xvfb-run\n");
    return 2;
  }
  gui::fail_on_assert();
  const double toolkit_seconds = bench::seconds_since(process_start);
  const auto start = std::chrono::steady_clock::now();
  auto workspace = std::make_unique<Workspace>(file, PluginHost::default_search_paths(), "bench");
  const double open_seconds = bench::seconds_since(start);
  auto* frame = new gui::MainFrame(std::move(workspace));
  const double frame_seconds = bench::seconds_since(start);
  app->watch(frame->cases_page().case_list());
  frame->Show();
  bench::wait_for_first_paint(*app);
  const auto since = [](auto from, auto to) { return std::chrono::duration<double>(to - from).count(); };
  const double shown_seconds = app->painted() ? since(start, *app->painted()) : -1.0;
  std::printf("cases: %ld\ntoolkit started (from process start): %.3f s\nopen database and plugins: %.3f s\n"
              "main window made: %.3f s\nmain window with the list painted: %.3f s\nrows in the list: %d\n",
              cases, toolkit_seconds, open_seconds, frame_seconds, shown_seconds, frame->cases_page().case_list().GetItemCount());
  if (given) {
    std::printf("process start to window painted: %.3f s\ncpu: %.3f s\n", app->painted() ? since(process_start, *app->painted()) : -1.0,
                app->cpu_at_paint());
  }
  std::printf("peak memory: %.1f MiB\n", bench::peak_rss_mib());
  frame->Destroy();
  wxTheApp->Yield(true);
  wxEntryCleanup();
  std::filesystem::remove_all(folder);
  return 0;
}
