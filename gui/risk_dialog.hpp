#pragma once

#include "trygg/risk.hpp"

#include <wx/dialog.h>

class wxChoice;
class wxCheckBox;
class wxTextCtrl;

namespace trygg::gui {

class DateField;

// A new risk: area, description, likelihood and consequence on the template's own scales, the
// residual risk after actions, follow-up date and a first action with owner and due date.
class RiskDialog : public wxDialog {
public:
  // With `existing`, the dialog reassesses that risk (its fields filled in); the action fields then
  // add one more action.
  RiskDialog(wxWindow* parent, const RiskTemplate& scales, const Risk* existing = nullptr);

  // What was entered; only meaningful after OK. Holds only the new action, if one was entered.
  [[nodiscard]] RiskAssessment risk() const;

  // For tests and scripted use: fill the fields as a person would.
  void fill(const std::string& area_id, const std::string& description, int likelihood, int consequence);

private:
  bool TransferDataFromWindow() override;
  void fill_from(const Risk& existing);

  const RiskTemplate& scales_;
  wxChoice* area_ = nullptr;
  wxTextCtrl* description_ = nullptr;
  wxChoice* likelihood_ = nullptr;
  wxChoice* consequence_ = nullptr;
  wxCheckBox* has_residual_ = nullptr;
  wxChoice* residual_likelihood_ = nullptr;
  wxChoice* residual_consequence_ = nullptr;
  wxCheckBox* has_follow_up_ = nullptr;
  DateField* follow_up_ = nullptr;
  wxTextCtrl* action_ = nullptr;
  wxTextCtrl* owner_ = nullptr;
  DateField* action_due_ = nullptr;
};

}  // namespace trygg::gui
