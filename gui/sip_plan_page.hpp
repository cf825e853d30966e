#pragma once

#include "trygg/workspace.hpp"

#include <wx/scrolwin.h>

#include <functional>
#include <memory>

class wxCheckBox;
class wxComboBox;
class wxHtmlEasyPrinting;
class wxTextCtrl;

namespace trygg::gui {

class PlanTable;

// The SIP plan editor: consent, huvudansvar and follow-up, the person's goals and needs, participants,
// interventions per huvudman and others' measures. "Spara planen" writes it through the storage layer
// (each changed field to the history); the case header then shows what the law still requires.
class SipPlanPage : public wxScrolledWindow {
public:
  SipPlanPage(wxWindow* parent, Workspace& workspace, CaseId id, std::function<void()> saved);
  ~SipPlanPage() override;

  // Fills the form from the stored plan (an empty form when there is none).
  void load();
  // Reads the form; throws with the field's name when a date cannot be read.
  [[nodiscard]] sdk::SipPlan plan_from_form() const;
  // Saves the form; false (and a message) when it could not be saved.
  bool save();
  void print_plan();

private:
  void fill(const sdk::SipPlan& plan);

  Workspace& workspace_;
  CaseId id_;
  std::function<void()> saved_;
  wxTextCtrl* consent_given_ = nullptr;
  wxTextCtrl* consent_by_ = nullptr;
  wxComboBox* consent_form_ = nullptr;
  wxTextCtrl* consent_scope_ = nullptr;
  wxTextCtrl* consent_excludes_ = nullptr;
  wxTextCtrl* consent_until_ = nullptr;
  wxTextCtrl* consent_revoked_ = nullptr;
  wxComboBox* huvudansvar_ = nullptr;
  wxTextCtrl* planning_lead_ = nullptr;
  wxTextCtrl* follow_up_at_ = nullptr;
  wxTextCtrl* follow_up_how_ = nullptr;
  wxTextCtrl* goals_ = nullptr;
  wxTextCtrl* needs_ = nullptr;
  PlanTable* participants_ = nullptr;
  PlanTable* interventions_ = nullptr;
  PlanTable* other_measures_ = nullptr;
  wxCheckBox* no_other_measures_ = nullptr;
  wxTextCtrl* closed_at_ = nullptr;
  wxTextCtrl* closing_note_ = nullptr;
  std::unique_ptr<wxHtmlEasyPrinting> printing_;
};

}  // namespace trygg::gui
