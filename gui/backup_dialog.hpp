#pragma once

#include <wx/dialog.h>

class wxDirPickerCtrl;
class wxSpinCtrl;

namespace trygg::gui {

struct AppSettings;

// Arkiv > Säkerhetskopior…: where the app keeps its scheduled copies, how often, and how many.
class BackupDialog : public wxDialog {
public:
  BackupDialog(wxWindow* parent, const AppSettings& settings);
  // The choices written into `settings` (saved by the caller).
  void apply(AppSettings& settings) const;

private:
  wxDirPickerCtrl* folder_ = nullptr;
  wxSpinCtrl* every_ = nullptr;
  wxSpinCtrl* keep_ = nullptr;
};

}  // namespace trygg::gui
