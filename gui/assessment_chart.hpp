#pragma once

#include "trygg/assessment_record.hpp"
#include "trygg/gui_sdk/drawn_panel.hpp"

#include <optional>
#include <vector>

namespace trygg::gui {

// A person's assessments with one instrument over time: the score of each as a point on a line, over
// the instrument's bands drawn as coloured stripes (green no risk, yellow risk, red high), with the
// next assessment's date marked, so a worsening or an improvement is seen at a glance.
class AssessmentChart : public DrawnPanel {
public:
  explicit AssessmentChart(wxWindow* parent);
  void show(const ScoredInstrument* instrument, std::vector<Assessment> assessments, std::optional<Timestamp> next_due);

private:
  void draw(wxAutoBufferedPaintDC& dc) override;

  std::optional<ScoredInstrument> instrument_;
  std::vector<Assessment> assessments_;
  std::optional<Timestamp> next_due_;
};

}  // namespace trygg::gui
