#include "disclosure_dialog.hpp"

#include "gui_text.hpp"

#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace trygg::gui {

DisclosureDialog::DisclosureDialog(wxWindow* parent, const std::vector<std::string>& recipients)
    : wxDialog(parent, wxID_ANY, tr("Till vem lämnas uppgifterna?"))
{
  SetName("disclosure-dialog");
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* why = new wxStaticText(this, wxID_ANY, tr("Uppgifterna lämnas till en annan enhet bara med personens samtycke, och "
                                                  "varje utlämnande loggas med mottagaren."));
  why->Wrap(FromDIP(440));
  sizer->Add(why, 0, wxALL, FromDIP(10));
  recipient_ = new wxComboBox(this, wxID_ANY);
  recipient_->SetName("disclosure-recipient");
  for (const auto& unit : recipients) {
    recipient_->Append(utf8(unit));
  }
  if (!recipients.empty()) {
    recipient_->SetSelection(0);
  }
  sizer->Add(recipient_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
  to_person_ = new wxCheckBox(this, wxID_ANY, tr("Personens egen kopia (inget utlämnande till en annan enhet)"));
  to_person_->SetName("disclosure-to-person");
  to_person_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { recipient_->Enable(!to_person_->GetValue()); });
  sizer->Add(to_person_, 0, wxALL, FromDIP(10));
  sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(8));
  SetSizerAndFit(sizer);
}

std::string DisclosureDialog::recipient() const
{
  return recipient_->GetValue().Trim().Trim(false).utf8_string();
}

bool DisclosureDialog::to_person() const
{
  return to_person_->GetValue();
}

}  // namespace trygg::gui
