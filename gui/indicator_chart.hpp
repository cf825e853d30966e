#pragma once

#include "trygg/indicator.hpp"
#include "trygg/gui_sdk/drawn_panel.hpp"

#include <optional>

namespace trygg::gui {

// One indicator's figure per group as bars (the mean days, or the count), the county's figure as a line
// across them, and each bar's value and number of cases under it; hovering a bar says what it is made of.
class IndicatorChart : public DrawnPanel {
public:
  explicit IndicatorChart(wxWindow* parent);
  void show(std::optional<IndicatorResult> result);
  // The group under a point of the chart, if any (for the tooltip and tests).
  [[nodiscard]] std::optional<std::size_t> group_at(wxPoint point) const;

private:
  void draw(wxAutoBufferedPaintDC& dc) override;
  [[nodiscard]] wxRect bar_slot(std::size_t index) const;
  std::optional<IndicatorResult> result_;
};

}  // namespace trygg::gui
