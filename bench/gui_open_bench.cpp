// Opening a database of N cases in the desktop app: from opening the database to the main window
// painted with the list, and the peak memory. Run under a display, e.g.
//   xvfb-run -a build/bin/trygg-bench-gui-open 100000
#include "bench_clock.hpp"
#include "case_fixture.hpp"
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
  const long cases = argc > 1 ? std::atol(argv[1]) : 100'000;
  const auto folder = std::filesystem::temp_directory_path() / ("trygg-bench-gui-" + std::to_string(getpid()));
  std::filesystem::create_directories(folder);
  ::setenv("XDG_CONFIG_HOME", (folder / "config").c_str(), 1);
  const auto file = folder / "bench.db";
  bench::make_case_fixture(file, cases);

  wxApp::SetInstance(new wxApp);  // wx owns it
  if (!wxEntryStart(argc, argv)) {
    std::fprintf(stderr, "needs a display: run under xvfb-run\n");
    return 2;
  }
  gui::fail_on_assert();
  const auto start = std::chrono::steady_clock::now();
  auto workspace = std::make_unique<Workspace>(file, PluginHost::default_search_paths(), "bench");
  const double open_seconds = bench::seconds_since(start);
  auto* frame = new gui::MainFrame(std::move(workspace));
  frame->Show();
  frame->Update();
  wxTheApp->Yield(true);
  const double shown_seconds = bench::seconds_since(start);
  std::printf("cases: %ld\nopen database and plugins: %.3f s\nmain window with the list painted: %.3f s\n"
              "rows in the list: %d\npeak memory: %.1f MiB\n",
              cases, open_seconds, shown_seconds, frame->cases_page().case_list().GetItemCount(), bench::peak_rss_mib());
  frame->Destroy();
  wxTheApp->Yield(true);
  wxEntryCleanup();
  std::filesystem::remove_all(folder);
  return 0;
}
