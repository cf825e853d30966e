#pragma once

#include "trygg/gui_sdk/gui_plugin.hpp"
#include "trygg/sdk/host.hpp"

#include <wx/panel.h>

#include <vector>

class wxListCtrl;
class wxStaticText;

namespace trygg::gui {

class FollowUpCalendar;

// Every open SIP due for follow-up in the coming weeks, overdue ones first: drawn as a calendar of
// weeks and listed beside it. Double-clicking a row opens the case.
class SipFollowUpPage : public wxPanel, public PluginWindow {
public:
  static constexpr int weeks_shown = 6;

  SipFollowUpPage(wxWindow* parent, PageHost& host);
  void reload() override;
  [[nodiscard]] int rows() const;

private:
  PageHost& host_;
  std::vector<sdk::DueRecord> follow_ups_;
  wxStaticText* summary_ = nullptr;
  FollowUpCalendar* calendar_ = nullptr;
  wxListCtrl* list_ = nullptr;
};

}  // namespace trygg::gui
