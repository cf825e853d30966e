#pragma once

#include "trygg/risk.hpp"

#include "trygg/gui_sdk/drawn_panel.hpp"

namespace trygg::gui {

// The risk matrix as a picture: cells coloured by the template's levels, each risk as a numbered
// disc in its cell, and where a residual risk is set, a ring in the cell after actions with a line
// from before to after.
class RiskMatrixPanel : public DrawnPanel {
public:
  explicit RiskMatrixPanel(wxWindow* parent);
  void show(const RiskAnalysis& analysis);

private:
  void draw(wxAutoBufferedPaintDC& dc) override;
  RiskAnalysis analysis_;
};

}  // namespace trygg::gui
