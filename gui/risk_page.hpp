#pragma once

#include "trygg/workspace.hpp"

#include <wx/panel.h>

#include <functional>

class wxListCtrl;

namespace trygg::gui {

class RiskMatrixPanel;

// A case's risk analysis: the risks with score, level, actions and follow-up, the matrix beside
// them, and "Ny risk…".
class RiskPage : public wxPanel {
public:
  RiskPage(wxWindow* parent, Workspace& workspace, std::function<void()> changed);
  void show(const RiskAnalysis& analysis);
  // Opens the new-risk dialog and saves what is entered.
  void ask_new_risk();
  // Reassesses the selected risk, or marks its first open action done.
  void ask_edit_risk();
  void complete_next_action();
  bool select_risk(std::size_t index);

private:
  [[nodiscard]] const Risk* selected_risk() const;
  void save(const std::function<void()>& write, const wxString& failure);

  Workspace& workspace_;
  std::function<void()> changed_;
  RiskAnalysis analysis_;
  wxListCtrl* risks_ = nullptr;
  RiskMatrixPanel* matrix_ = nullptr;
};

}  // namespace trygg::gui
