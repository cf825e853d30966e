#pragma once
// Nothing typed is lost without a word: before a tab, the app or the database closes, each page in it
// with unsaved edits (gui_sdk's UnsavedEdits: the SIP plan, a record form) asks to save, throw away or stay.

#include <wx/string.h>

#include <functional>

class wxWindow;

namespace trygg::gui {

// Asks about every page under `tab` with unsaved edits; true when the tab may close (saved or thrown
// away), false when the person chose to stay or a save failed (its page has said why). `bring_forward`
// shows the tab before the first question.
[[nodiscard]] bool settle_unsaved_edits(wxWindow& parent, wxWindow& tab, const wxString& tab_label,
                                        const std::function<void()>& bring_forward);

}  // namespace trygg::gui
