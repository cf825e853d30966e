// The baseline the case list is measured against: a bare wx app whose only window is a virtual list of
// N rows with the case list's columns, from process start to the window painted. Run under a display:
//   xvfb-run -a build/bin/trygg-bench-bare-list 100000
#include "bench_clock.hpp"
#include "first_paint.hpp"

#include <wx/app.h>
#include <wx/frame.h>
#include <wx/listctrl.h>

#include <cstdio>
#include <cstdlib>

namespace {

// Rows made from their number, as cheap as text can be: the floor any real list stands on.
class BareList : public wxListCtrl {
public:
  BareList(wxWindow* parent, long rows) : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL)
  {
    for (const char* title : {"Ärende", "Person", "Personnummer", "Process", "Kommun", "Klart", "Nästa", "Status"}) {
      AppendColumn(wxString::FromUTF8(title));
    }
    SetItemCount(rows);
  }

private:
  [[nodiscard]] wxString OnGetItemText(long item, long column) const override
  {
    return wxString::Format("%ld/%ld", item, column);
  }
};

}  // namespace

int main(int argc, char** argv)
{
  using namespace trygg::bench;
  const auto start = std::chrono::steady_clock::now();
  const long rows = argc > 1 ? std::atol(argv[1]) : 100'000;
  auto* app = new FirstPaintApp;  // wx owns it
  wxApp::SetInstance(app);
  if (!wxEntryStart(argc, argv)) {
    std::fprintf(stderr, "needs a display: run under xvfb-run\n");
    return 2;
  }
  const double toolkit_seconds = seconds_since(start);
  auto* frame = new wxFrame(nullptr, wxID_ANY, "bare", wxDefaultPosition, wxSize(1200, 800));
  app->watch(*new BareList(frame, rows));
  frame->Show();
  wait_for_first_paint(*app);
  const double painted_seconds = app->painted() ? std::chrono::duration<double>(*app->painted() - start).count() : -1.0;
  std::printf("rows: %ld\ntoolkit started (from process start): %.3f s\nprocess start to window painted: %.3f s\ncpu: %.3f s\npeak memory: %.1f MiB\n", rows, toolkit_seconds, painted_seconds,
              app->cpu_at_paint(), peak_rss_mib());
  frame->Destroy();
  wxTheApp->Yield(true);
  wxEntryCleanup();
  return 0;
}
