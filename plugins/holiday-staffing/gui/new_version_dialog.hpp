#pragma once

#include "routine_redating.hpp"

#include <wx/dialog.h>

#include <optional>

class wxCheckBox;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace trygg::gui {

// What the next version of a routine is to be: its id, version number, name and validity, offered from
// the old one (the day after it ends, as many years, the years in its id and name moved on).
class NewVersionDialog : public wxDialog {
public:
  NewVersionDialog(wxWindow* parent, const holiday::StaffingRoutine& old);
  // What was typed, once OK was pressed on something that reads; the tool itself judges the rest.
  [[nodiscard]] std::optional<holiday::NewVersionRequest> request() const;

private:
  wxTextCtrl* id_ = nullptr;
  wxSpinCtrl* version_ = nullptr;
  wxTextCtrl* name_ = nullptr;
  wxTextCtrl* valid_from_ = nullptr;
  wxTextCtrl* valid_to_ = nullptr;
  wxCheckBox* example_ = nullptr;
  wxStaticText* error_ = nullptr;
};

}  // namespace trygg::gui
