#pragma once
// Opening a database, signing in to a server on the way: when the server wants a password the address
// does not hold, the person is asked for it (and again when it was wrong). The password is used for
// this connection only: never saved, never shown.

#include "trygg/workspace.hpp"

#include <memory>
#include <string>

class wxWindow;

namespace trygg::gui {

// Null when the person gave up signing in; other failures throw as open_workspace does.
[[nodiscard]] std::unique_ptr<Workspace> open_signing_in(wxWindow* parent, const std::string& database, const std::string& actor,
                                                         const Workspace::Progress& progress);

}  // namespace trygg::gui
