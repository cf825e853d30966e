#pragma once

#include "trygg/workspace.hpp"

#include <wx/panel.h>

#include <functional>

class wxListCtrl;
class wxStaticText;

namespace trygg::gui {

class FollowUpCalendar;

// Every open SIP due for follow-up in the coming weeks, overdue ones first: drawn as a calendar of
// weeks and listed beside it. Double-clicking a row opens the case.
class SipFollowUpPage : public wxPanel {
public:
  static constexpr int weeks_shown = 6;

  SipFollowUpPage(wxWindow* parent, Workspace& workspace, std::function<void(CaseId)> open_case);
  void reload();
  [[nodiscard]] int rows() const;

private:
  Workspace& workspace_;
  std::function<void(CaseId)> open_case_;
  std::vector<SipFollowUp> follow_ups_;
  wxStaticText* summary_ = nullptr;
  FollowUpCalendar* calendar_ = nullptr;
  wxListCtrl* list_ = nullptr;
};

}  // namespace trygg::gui
