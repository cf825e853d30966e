#pragma once

#include "trygg/access_log.hpp"
#include "trygg/care_case.hpp"

#include <wx/panel.h>

#include <functional>
#include <vector>

class wxCheckBox;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace trygg {
class Workspace;
}

namespace trygg::gui {

// Visa > Logguppföljning: the follow-up the Patient Data Act asks for. Who read or changed one person's
// data (by personnummer), or what one user read or changed, in a period: reads from the access log beside
// the history's changes, oldest first, with the client a read came from. Exported as a private CSV file
// that says it holds personal data. Double-click a line to open its case (which is itself logged).
class AccessLogPage : public wxPanel {
public:
  AccessLogPage(wxWindow* parent, const Workspace& workspace, std::function<void(CaseId)> open_case);
  // Shows the lines the fields ask for; a field that cannot be read is said under them.
  void show();
  void set_query(const wxString& person, const wxString& user, const wxString& from = {}, const wxString& until = {},
                 bool emergency_only = false);
  // Saves what is shown; false (and why, in the page) when it could not be.
  bool export_csv(const std::string& file);

  [[nodiscard]] wxListCtrl& lines_list() const { return *list_; }
  [[nodiscard]] wxString message() const;

private:
  const Workspace& workspace_;
  std::function<void(CaseId)> open_case_;
  std::vector<AccessLogLine> lines_;
  wxTextCtrl* person_ = nullptr;
  wxTextCtrl* user_ = nullptr;
  wxTextCtrl* from_ = nullptr;
  wxTextCtrl* until_ = nullptr;
  wxCheckBox* emergency_only_ = nullptr;
  wxStaticText* summary_ = nullptr;
  wxListCtrl* list_ = nullptr;
};

}  // namespace trygg::gui
