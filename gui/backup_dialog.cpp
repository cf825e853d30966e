#include "backup_dialog.hpp"

#include "app_settings.hpp"
#include "gui_text.hpp"
#include "trygg/gui_sdk/form_row.hpp"

#include <wx/filepicker.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

namespace trygg::gui {

BackupDialog::BackupDialog(wxWindow* parent, const AppSettings& settings) : wxDialog(parent, wxID_ANY, tr("Säkerhetskopior"))
{
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* why = new wxStaticText(this, wxID_ANY, tr("När Trygg öppnar en databas sparas en kopia i mappen om den senaste där är äldre än "
                                                  "intervallet; de äldsta utöver antalet tas bort. 0 dagar: av. Från cron: "
                                                  "trygg-cli backup --folder MAPP."));
  why->Wrap(FromDIP(460));
  sizer->Add(why, 0, wxALL, FromDIP(10));
  auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 8)));
  grid->AddGrowableCol(1);
  folder_ = new wxDirPickerCtrl(this, wxID_ANY, utf8(settings.backup_folder));
  folder_->SetName("backup-folder");
  add_form_row(*grid, this, N_("Mapp"), folder_);
  every_ = new wxSpinCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, 365, settings.backup_every_days);
  every_->SetName("backup-every-days");
  add_form_row(*grid, this, N_("Dagar mellan kopiorna"), every_);
  keep_ = new wxSpinCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 1, 1000, settings.backup_keep);
  keep_->SetName("backup-keep");
  add_form_row(*grid, this, N_("Kopior att spara"), keep_);
  sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
  sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(8));
  SetSizerAndFit(sizer);
}

void BackupDialog::apply(AppSettings& settings) const
{
  settings.backup_folder = folder_->GetPath().utf8_string();
  settings.backup_every_days = every_->GetValue();
  settings.backup_keep = keep_->GetValue();
}

}  // namespace trygg::gui
