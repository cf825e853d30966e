#pragma once

#include "trygg/assessment_overview.hpp"

#include <wx/panel.h>

#include <functional>

class wxListCtrl;
class wxStaticText;

namespace trygg::gui {

class AssessmentShareChart;

// Visa > Riskbedömningar: the persons due for a reassessment (or never assessed), by municipality, and
// per municipality the share assessed in time, at risk and the actions done, drawn side by side.
// Double-click a row to open the case.
class AssessmentOverviewPage : public wxPanel {
public:
  AssessmentOverviewPage(wxWindow* parent, const Workspace& workspace, std::function<void(CaseId)> open_case);
  void show();
  [[nodiscard]] wxListCtrl& due_list() const { return *due_; }

private:
  const Workspace& workspace_;
  std::function<void(CaseId)> open_case_;
  AssessmentOverview overview_;
  wxStaticText* summary_ = nullptr;
  AssessmentShareChart* chart_ = nullptr;
  wxListCtrl* due_ = nullptr;
};

}  // namespace trygg::gui
