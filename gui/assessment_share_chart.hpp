#pragma once

#include "trygg/assessment_overview.hpp"
#include "trygg/gui_sdk/drawn_panel.hpp"

#include <map>
#include <string>

namespace trygg::gui {

// Per municipality, two bars side by side: the share of persons assessed in time (green) and the share at
// risk (orange), with the counts and the suggested actions done, so municipalities can be compared.
class AssessmentShareChart : public DrawnPanel {
public:
  explicit AssessmentShareChart(wxWindow* parent);
  void show(std::map<std::string, MunicipalityAssessments> municipalities);

private:
  void draw(wxAutoBufferedPaintDC& dc) override;
  std::map<std::string, MunicipalityAssessments> municipalities_;
};

}  // namespace trygg::gui
