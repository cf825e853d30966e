#pragma once

#include "trygg/workspace.hpp"

#include <wx/panel.h>

#include <functional>
#include <vector>

class wxButton;
class wxListCtrl;

namespace trygg::gui {

class AssessmentChart;

// "Bedömningar": the instruments offered on the case, each with its latest result and when the next is
// due, a new assessment from the one chosen, and the chosen one's assessments over time as a chart.
class AssessmentPage : public wxPanel {
public:
  AssessmentPage(wxWindow* parent, Workspace& workspace, CaseId id, std::vector<Workspace::Instrument> instruments,
                 std::function<void()> changed);

  void show();
  // Keeps an assessment with the instrument at `index` (what the dialog's OK does); false, and said,
  // when it was refused.
  bool record(std::size_t index, const InstrumentAnswers& answers);
  void select(std::size_t index);
  [[nodiscard]] wxListCtrl& list() const { return *list_; }
  [[nodiscard]] wxButton& new_button() const { return *new_; }

private:
  void show_chart();

  Workspace& workspace_;
  CaseId id_;
  std::vector<Workspace::Instrument> instruments_;
  std::function<void()> changed_;
  std::size_t selected_ = 0;
  wxListCtrl* list_ = nullptr;
  wxButton* new_ = nullptr;
  AssessmentChart* chart_ = nullptr;
};

}  // namespace trygg::gui
