#pragma once

#include <wx/gdicmn.h>

#include <optional>
#include <string>

namespace trygg::gui {

// What the desktop app remembers between runs, in ~/.config/trygg/settings.ini.
struct AppSettings {
  std::optional<wxRect> window;
  bool maximized = false;
  std::string last_database;  // empty: the default database
  std::string language = "sv";
  std::string last_process;   // "plugin-id/process" last chosen in Nytt ärende
  // Arkiv > Säkerhetskopior…: a copy in this folder when the app opens a database and the newest there
  // is this many days old (0: off), keeping this many.
  std::string backup_folder;
  int backup_every_days = 0;
  int backup_keep = 10;

  [[nodiscard]] static AppSettings load();
  void save() const;
};

}  // namespace trygg::gui
