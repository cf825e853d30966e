#include "new_version_dialog.hpp"

#include "trygg/gui_sdk/form_row.hpp"
#include "trygg/gui_sdk/palette.hpp"
#include "trygg/gui_sdk/text.hpp"
#include "trygg/sdk/swedish_time.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace trygg::gui {

NewVersionDialog::NewVersionDialog(wxWindow* parent, const holiday::StaffingRoutine& old)
    : wxDialog(parent, wxID_ANY, wxString::Format(tr("Ny version av %s"), utf8(old.id)), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
  const auto offered = holiday::suggested_next_version(old);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* intro = new wxStaticText(this, wxID_ANY,
                                 tr("Den nya versionen får samma tider. Varje överenskommen dag (julafton, påsk, midsommar …) flyttas dit "
                                    "den infaller de nya åren enligt kalendern; dagar knutna till en veckodag räknas om. Versionen blir "
                                    "ett utkast som ersätter den gamla; granska tiderna i formuläret som öppnas."));
  intro->Wrap(FromDIP(520));
  sizer->Add(intro, 0, wxALL, FromDIP(10));
  auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 8)));
  grid->AddGrowableCol(1);
  id_ = new wxTextCtrl(this, wxID_ANY, utf8(offered.id));
  id_->SetName("new-version-id");
  add_form_row(*grid, this, N_("Id"), id_);
  version_ = new wxSpinCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 1, 1000000, offered.version);
  add_form_row(*grid, this, N_("Version"), version_);
  name_ = new wxTextCtrl(this, wxID_ANY, utf8(offered.name), wxDefaultPosition, FromDIP(wxSize(420, -1)));
  add_form_row(*grid, this, N_("Namn"), name_);
  valid_from_ = new wxTextCtrl(this, wxID_ANY, utf8(sdk::to_iso_date(offered.valid_from)));
  valid_from_->SetName("new-version-from");
  add_form_row(*grid, this, N_("Gäller från"), valid_from_);
  valid_to_ = new wxTextCtrl(this, wxID_ANY, utf8(sdk::to_iso_date(offered.valid_to)));
  valid_to_->SetName("new-version-to");
  add_form_row(*grid, this, N_("Gäller till och med"), valid_to_);
  example_ = new wxCheckBox(this, wxID_ANY, tr("Ett exempel, inte ett beslut"));
  example_->SetValue(offered.example);
  grid->AddSpacer(0);
  grid->Add(example_);
  sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
  error_ = new wxStaticText(this, wxID_ANY, {});
  error_->SetForegroundColour(wx_colour(sdk::palette::alarm_text));
  sizer->Add(error_, 0, wxEXPAND | wxALL, FromDIP(10));
  sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(10));
  SetName("new-version");
  SetSizerAndFit(sizer);
  // OK stays open on dates that do not read, saying which.
  Bind(wxEVT_BUTTON, [this](wxCommandEvent& event) {
    if (!request()) {
      error_->SetLabel(tr("Ange datumen som ÅÅÅÅ-MM-DD och ett id."));
      Layout();
      return;
    }
    event.Skip();
  }, wxID_OK);
}

std::optional<holiday::NewVersionRequest> NewVersionDialog::request() const
{
  const auto from = sdk::from_iso_date(valid_from_->GetValue().utf8_string());
  const auto to = sdk::from_iso_date(valid_to_->GetValue().utf8_string());
  const auto id = id_->GetValue().Strip(wxString::both).utf8_string();
  if (!from || !to || id.empty()) {
    return std::nullopt;
  }
  return holiday::NewVersionRequest{id, version_->GetValue(), name_->GetValue().Strip(wxString::both).utf8_string(), *from, *to,
                                    example_->GetValue()};
}

}  // namespace trygg::gui
