#include "unsaved_edits.hpp"

#include "gui_text.hpp"

#include "trygg/gui_sdk/gui_plugin.hpp"

#include <wx/msgdlg.h>
#include <wx/window.h>

#include <vector>

namespace trygg::gui {
namespace {

void collect_edited(wxWindow& window, std::vector<UnsavedEdits*>& edited)
{
  if (auto* edits = dynamic_cast<UnsavedEdits*>(&window); edits != nullptr && edits->has_unsaved_edits()) {
    edited.push_back(edits);
  }
  for (auto* child : window.GetChildren()) {
    collect_edited(*child, edited);
  }
}

}  // namespace

bool settle_unsaved_edits(wxWindow& parent, wxWindow& tab, const wxString& tab_label, const std::function<void()>& bring_forward)
{
  std::vector<UnsavedEdits*> edited;
  collect_edited(tab, edited);
  if (!edited.empty()) {
    bring_forward();
  }
  for (auto* edits : edited) {
    wxMessageDialog question(&parent,
                             wxString::Format(tr("%s i %s har ändringar som inte är sparade. Spara dem?"),
                                              utf8(edits->edits_title()), tab_label),
                             tr("Ändringar som inte är sparade"), wxYES_NO | wxCANCEL | wxICON_QUESTION);
    question.SetYesNoCancelLabels(tr("&Spara"), tr("Spara &inte"), tr("Avbryt"));
    const int answer = question.ShowModal();
    if (answer == wxID_CANCEL || (answer == wxID_YES && !edits->save_edits())) {
      return false;
    }
  }
  return true;
}

}  // namespace trygg::gui
