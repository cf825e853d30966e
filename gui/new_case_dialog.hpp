#pragma once

#include "trygg/personal_identity.hpp"
#include "trygg/workspace.hpp"

#include <wx/dialog.h>

class wxChoice;
class wxComboBox;
class wxStaticText;
class wxTextCtrl;

namespace trygg::gui {

// Opens a case: process, the person (personnummer checked as it is typed), municipality, title. A
// process whose cases are about a unit, an agreement or a period asks for no person: the title says what.
class NewCaseDialog : public wxDialog {
public:
  NewCaseDialog(wxWindow* parent, const Workspace& workspace);

  [[nodiscard]] std::string plugin_id() const;
  [[nodiscard]] std::string process() const;
  [[nodiscard]] Person person() const;
  [[nodiscard]] std::string title() const;

private:
  bool TransferDataFromWindow() override;
  void check_identity();
  void show_subject();
  [[nodiscard]] bool about_person() const;

  [[nodiscard]] IdentityCheck parsed_identity() const;

  const Workspace& workspace_;
  std::vector<std::pair<std::string, std::string>> processes_;  // plugin id, process id
  std::vector<bool> about_person_;  // per process: false for a unit, an agreement or a period
  wxChoice* process_ = nullptr;
  wxTextCtrl* identity_ = nullptr;
  wxStaticText* identity_check_ = nullptr;
  wxTextCtrl* name_ = nullptr;
  wxComboBox* municipality_ = nullptr;
  wxTextCtrl* title_ = nullptr;
};

}  // namespace trygg::gui
