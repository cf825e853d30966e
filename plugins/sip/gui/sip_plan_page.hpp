#pragma once

#include "sip_plan.hpp"

#include "trygg/gui_sdk/gui_plugin.hpp"

#include <wx/scrolwin.h>

#include <cstdint>

class wxCheckBox;
class wxComboBox;
class wxTextCtrl;

namespace trygg::gui {

class RowTable;

// The SIP plan editor: consent, huvudansvar and follow-up, the person's goals and needs, participants,
// interventions per huvudman and others' measures. "Spara planen" commits it through the host (each
// changed field to the history); the case header then shows what the law still requires.
class SipPlanPage : public wxScrolledWindow, public PluginWindow, public UnsavedEdits {
public:
  SipPlanPage(wxWindow* parent, PageHost& host, std::int64_t id);
  ~SipPlanPage() override;

  // Fills the form from the stored plan (an empty form when there is none).
  void load();
  // Shown again from what is stored, unless the person is typing in it.
  void reload() override
  {
    if (!has_unsaved_edits()) {
      load();
    }
  }
  [[nodiscard]] bool has_unsaved_edits() const override;
  [[nodiscard]] std::string edits_title() const override;
  bool save_edits() override { return save(); }
  // Reads the form; throws with the field's name when a date cannot be read.
  [[nodiscard]] sip::SipPlan plan_from_form() const;
  // Saves the form; false (and a message) when it could not be saved.
  bool save();
  void print_plan();

private:
  void fill(const sip::SipPlan& plan);

  PageHost& host_;
  std::int64_t id_;
  std::string shown_;  // the plan as the form read it when filled: what "no edits" means
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
  RowTable* participants_ = nullptr;
  RowTable* interventions_ = nullptr;
  RowTable* other_measures_ = nullptr;
  wxCheckBox* no_other_measures_ = nullptr;
  wxTextCtrl* closed_at_ = nullptr;
  wxTextCtrl* closing_note_ = nullptr;
};

}  // namespace trygg::gui
