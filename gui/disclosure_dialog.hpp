#pragma once

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxCheckBox;
class wxComboBox;

namespace trygg::gui {

// Asked before a case whose process needs consent is printed or exported: to which unit the information
// goes (the units the consent names are offered), or that it is the person's own copy.
class DisclosureDialog : public wxDialog {
public:
  DisclosureDialog(wxWindow* parent, const std::vector<std::string>& recipients);

  [[nodiscard]] std::string recipient() const;
  [[nodiscard]] bool to_person() const;

private:
  wxComboBox* recipient_ = nullptr;
  wxCheckBox* to_person_ = nullptr;
};

}  // namespace trygg::gui
