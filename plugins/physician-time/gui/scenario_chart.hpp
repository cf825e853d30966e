#pragma once

#include "physician_time_plan.hpp"

#include "trygg/gui_sdk/drawn_panel.hpp"

#include <vector>

namespace trygg::gui {

// Scenarios side by side: one bar each, hours a week, stacked by what gives the time (each category's rate
// and each addition), with the total at the end of the bar and a legend: where the hours come from shows
// which input moves the result.
class ScenarioChart : public DrawnPanel {
public:
  explicit ScenarioChart(wxWindow* parent);
  void show(std::vector<physician::PhysicianTimePlan> plans);

private:
  void draw(wxAutoBufferedPaintDC& dc) override;
  std::vector<physician::PhysicianTimePlan> plans_;
};

}  // namespace trygg::gui
