// What a process owner waits for in the physician-time tool: N care units under five scenarios computed,
// then the comparison chart and the week's cover calendar drawn on screen, measured over R repetitions
// (median and worst). Run under a display:   xvfb-run -a trygg-bench-physician-time-draw [N=500] [R=20]
#include "bench_clock.hpp"
#include "cover_calendar.hpp"
#include "physician_time_fixture.hpp"
#include "scenario_chart.hpp"

#include <wx/app.h>
#include <wx/frame.h>
#include <wx/sizer.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
  using namespace trygg;
  const long count = argc > 1 ? std::atol(argv[1]) : 500;
  const int repetitions = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;
  const auto scenarios = bench::physician_scenarios(TRYGG_SOURCE_DIR);
  const auto units = bench::physician_units(count);

  wxApp::SetInstance(new wxApp);  // wx owns it
  int wx_argc = 1;
  if (!wxEntryStart(wx_argc, argv)) {
    std::fprintf(stderr, "needs a display: run under xvfb-run\n");
    return 2;
  }
  auto* frame = new wxFrame(nullptr, wxID_ANY, "bench", wxDefaultPosition, wxSize(1280, 900));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* chart = new gui::ScenarioChart(frame);
  auto* cover = new gui::CoverCalendar(frame);
  sizer->Add(chart, 1, wxEXPAND);
  sizer->Add(cover, 1, wxEXPAND);
  frame->SetSizer(sizer);
  frame->Show();
  wxTheApp->Yield(true);

  std::vector<double> computed;
  std::vector<double> drawn;
  for (int round = 0; round < repetitions; ++round) {
    const auto start = std::chrono::steady_clock::now();
    std::vector<physician::PhysicianTimePlan> plans;
    for (const auto& agreement : scenarios) {
      plans.push_back(physician::plan_physician_time(agreement, units));
    }
    computed.push_back(bench::seconds_since(start));
    const auto week = plans.front().cover;
    const auto name = plans.front().agreement_name;
    chart->show(std::move(plans));
    cover->show(week, name);
    chart->Update();  // paints now, as the tool's replan does before the user sees it
    cover->Update();
    drawn.push_back(bench::seconds_since(start));
  }
  std::sort(computed.begin(), computed.end());
  std::sort(drawn.begin(), drawn.end());
  std::printf("units: %ld\nscenarios: %zu\nrepetitions: %d\ncomputed: median %.4f s, worst %.4f s\n"
              "computed and drawn: median %.4f s, worst %.4f s\npeak memory: %.1f MiB\n",
              count, scenarios.size(), repetitions, computed[computed.size() / 2], computed.back(), drawn[drawn.size() / 2],
              drawn.back(), bench::peak_rss_mib());
  frame->Destroy();
  wxTheApp->Yield(true);
  wxEntryCleanup();
  return 0;
}
