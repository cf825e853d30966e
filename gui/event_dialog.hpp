#pragma once

#include "trygg/plugin_manifest.hpp"
#include "trygg/time.hpp"

#include <wx/dialog.h>

#include <optional>
#include <string>
#include <vector>

class wxChoice;
class wxTextCtrl;

namespace trygg::gui {

// Records that something happened in a case, and when (Swedish local time). Also corrects the time
// of one already recorded.
class EventDialog : public wxDialog {
public:
  struct Setup {
    wxString title;
    wxString intro;             // a line above the fields, e.g. what ticking an item records
    std::string fixed_kind;     // offer only this kind
    std::optional<Timestamp> at;  // the time shown first; unset: now
    bool ask_note = true;
    wxString note_label;        // e.g. "Varför rättas tiden?"; a required note when set
  };
  // kinds: the event kinds the case's process declares, offered by their names.
  EventDialog(wxWindow* parent, std::vector<EventKind> kinds, const Setup& setup);
  [[nodiscard]] std::string kind() const;
  [[nodiscard]] Timestamp at() const { return at_; }
  [[nodiscard]] std::string note() const;

private:
  bool TransferDataFromWindow() override;
  wxChoice* kind_ = nullptr;
  wxTextCtrl* time_ = nullptr;
  wxTextCtrl* note_ = nullptr;
  std::vector<EventKind> kinds_;
  bool note_required_ = false;
  Timestamp at_;
};

}  // namespace trygg::gui
