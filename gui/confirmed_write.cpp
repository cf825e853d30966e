#include "confirmed_write.hpp"

#include "gui_text.hpp"
#include "trygg/error.hpp"

#include <wx/msgdlg.h>

namespace trygg::gui {

bool write_with_confirmation(wxWindow* parent, const wxString& failure_title, const std::function<void(bool confirmed)>& write)
{
  try {
    try {
      write(false);
      return true;
    } catch (const NeedsConfirmation& question) {
      wxString text;
      for (const auto& line : question.questions()) {
        text += utf8(line) + "\n";
      }
      wxMessageDialog dialog(parent, text, tr("Stämmer det?"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
      dialog.SetYesNoLabels(tr("Spara"), tr("Avbryt"));
      if (dialog.ShowModal() != wxID_YES) {
        return false;
      }
      write(true);
      return true;
    }
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), failure_title, wxOK | wxICON_ERROR, parent);
    return false;
  }
}

}  // namespace trygg::gui
