#include "sign_in.hpp"

#include "gui_text.hpp"

#include "trygg/i18n.hpp"
#include "trygg/open_workspace.hpp"
#include "trygg/server_schema.hpp"

#include <wx/textdlg.h>

namespace trygg::gui {

std::unique_ptr<Workspace> open_signing_in(wxWindow* parent, const std::string& database, const std::string& actor,
                                           const Workspace::Progress& progress)
{
  std::string address = database;
  for (int attempt = 0;; ++attempt) {
    try {
      return open_workspace(address, actor, progress);
    } catch (const PasswordNeeded& needed) {
      if (attempt >= 3) {
        throw;
      }
      const wxString question = wxString::Format(tr("%sLösenord för %s på %s:"),
                                                 needed.refused ? tr("Lösenordet stämde inte. ") : wxString(), utf8(needed.user),
                                                 utf8(needed.server));
      wxPasswordEntryDialog ask(parent, question, tr("Logga in"));
      ask.SetName("sign-in");
      if (ask.ShowModal() != wxID_OK) {
        return nullptr;
      }
      address = with_password(database, ask.GetValue().utf8_string());
    }
  }
}

}  // namespace trygg::gui
