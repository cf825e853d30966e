#pragma once
// When a list was first painted, the same way for the app and for the bare baseline: the moment the
// first event after the list's first paint event is seen, i.e. when that paint (rows fetched and drawn)
// has finished. Work either app posts for later (CallAfter) counts only if it ran before the paint.
#include "bench_clock.hpp"

#include <wx/app.h>
#include <wx/window.h>

#include <chrono>
#include <optional>

namespace trygg::bench {

class FirstPaintApp : public wxApp {
public:
  void watch(wxWindow& list) { list_ = &list; }
  [[nodiscard]] const std::optional<std::chrono::steady_clock::time_point>& painted() const { return painted_; }
  [[nodiscard]] double cpu_at_paint() const { return cpu_at_paint_; }

  int FilterEvent(wxEvent& event) override
  {
    if (list_ == nullptr || painted_) {
      return Event_Skip;
    }
    if (painting_) {
      painted_ = std::chrono::steady_clock::now();
      cpu_at_paint_ = cpu_seconds();
      return Event_Skip;
    }
    if (event.GetEventType() == wxEVT_PAINT) {
      auto* window = dynamic_cast<wxWindow*>(event.GetEventObject());
      painting_ = window != nullptr && (window == list_ || list_->IsDescendant(window));
    }
    return Event_Skip;
  }

private:
  wxWindow* list_ = nullptr;
  bool painting_ = false;
  std::optional<std::chrono::steady_clock::time_point> painted_;
  double cpu_at_paint_ = 0;
};

// Runs the event loop until the list has painted (or `limit` passed): what a person waits for.
inline void wait_for_first_paint(const FirstPaintApp& app, std::chrono::milliseconds limit = std::chrono::milliseconds(10'000))
{
  const auto until = std::chrono::steady_clock::now() + limit;
  while (!app.painted() && std::chrono::steady_clock::now() < until) {
    wxTheApp->Yield(true);
    if (!app.painted()) {
      wxMilliSleep(1);
    }
  }
}

}  // namespace trygg::bench
