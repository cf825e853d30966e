#pragma once

#include "trygg/gui_sdk/drawn_panel.hpp"
#include "trygg/sdk/host.hpp"

#include <chrono>
#include <vector>

namespace trygg::gui {

// Weeks × weekdays from the current week on: each day shows how many SIPs are due for follow-up,
// overdue ones gathered on today in red, so a nurse sees at a glance which weeks are heavy.
class FollowUpCalendar : public DrawnPanel {
public:
  explicit FollowUpCalendar(wxWindow* parent);

  void show(const std::vector<sdk::DueRecord>& follow_ups, std::chrono::year_month_day today, int weeks);

private:
  void draw(wxAutoBufferedPaintDC& dc) override;

  std::vector<sdk::DueRecord> follow_ups_;
  std::chrono::year_month_day today_{};
  int weeks_ = 0;
};

}  // namespace trygg::gui
