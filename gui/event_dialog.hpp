#pragma once

#include "trygg/plugin_manifest.hpp"
#include "trygg/time.hpp"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxComboBox;
class wxTextCtrl;

namespace trygg::gui {

// Records that something happened in a case, and when (Swedish local time, default now).
class EventDialog : public wxDialog {
public:
  // kinds: the event kinds to offer, by their names; anything else typed is taken as a new kind.
  EventDialog(wxWindow* parent, std::vector<EventKind> kinds);
  [[nodiscard]] std::string kind() const;
  [[nodiscard]] Timestamp at() const { return at_; }
  [[nodiscard]] std::string note() const;

private:
  bool TransferDataFromWindow() override;
  wxComboBox* kind_ = nullptr;
  wxTextCtrl* time_ = nullptr;
  wxTextCtrl* note_ = nullptr;
  std::vector<EventKind> kinds_;
  Timestamp at_;
};

}  // namespace trygg::gui
