#include "missing_database.hpp"

#include "gui_text.hpp"

#include <wx/filedlg.h>
#include <wx/msgdlg.h>

namespace trygg::gui {

std::optional<std::string> choose_missing_database(wxWindow* parent, const std::string& last)
{
  wxMessageDialog question(parent,
                           wxString::Format(tr("Databasen som användes senast finns inte längre:\n%s\n\nDen kan ha flyttats, "
                                               "ligga på en enhet som inte är ansluten eller ha tagits bort."),
                                            utf8(last)),
                           tr("Databasen saknas"), wxYES_NO | wxCANCEL | wxICON_WARNING);
  question.SetYesNoCancelLabels(tr("Leta upp den…"), tr("Använd min egen databas"), tr("Avsluta"));
  switch (question.ShowModal()) {
    case wxID_YES: {
      wxFileDialog find(parent, tr("Leta upp databasen"), {}, {}, tr("Trygg-databaser (*.db)|*.db|Alla filer (*)|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
      if (find.ShowModal() == wxID_OK) {
        return find.GetPath().utf8_string();
      }
      return choose_missing_database(parent, last);  // asked again: not found is not a choice
    }
    case wxID_NO:
      return std::string();
    default:
      return std::nullopt;
  }
}

}  // namespace trygg::gui
