#pragma once

#include "trygg/workspace.hpp"

#include <wx/panel.h>

#include <functional>
#include <vector>

class wxListCtrl;

namespace trygg::gui {

// A case's events and its process's deadlines side by side, the deadlines in the one palette. The
// buttons under the events ask the case panel to correct or withdraw the selected one.
class CaseOverviewPage : public wxPanel {
public:
  CaseOverviewPage(wxWindow* parent, const Workspace& workspace, std::function<void()> correct, std::function<void()> withdraw);
  void show(const CaseView& view);
  // The event selected in the list, or null (and the person is told to pick one).
  [[nodiscard]] const CaseEvent* selected_event() const;
  // The buttons that change the case, for the panel to disable while the case is closed.
  [[nodiscard]] const std::vector<wxWindow*>& write_controls() const { return write_controls_; }

private:
  const Workspace& workspace_;
  wxListCtrl* events_ = nullptr;
  wxListCtrl* deadlines_ = nullptr;
  std::vector<wxWindow*> write_controls_;
  std::vector<CaseEvent> shown_events_;
};

}  // namespace trygg::gui
