#pragma once

#include <wx/string.h>

#include <functional>

class wxWindow;

namespace trygg::gui {

// Runs a change that may need the person's confirmation first (an event dated in the future or before
// the admission, a legal event recorded with one click): asks with the reasons, then runs it again
// confirmed. Any other error is shown under `failure_title`. True when the change was saved.
bool write_with_confirmation(wxWindow* parent, const wxString& failure_title, const std::function<void(bool confirmed)>& write);

}  // namespace trygg::gui
