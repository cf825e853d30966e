#include "app_settings.hpp"

#include <algorithm>

#include "trygg/app_paths.hpp"
#include "trygg/private_files.hpp"

#include <wx/fileconf.h>

namespace trygg::gui {
namespace {

std::unique_ptr<wxFileConfig> open_config()
{
  const auto file = user_config_folder() / "settings.ini";
  try {
    create_private_folders(file.parent_path());
  } catch (const std::exception&) {
    // Settings that cannot be saved are defaults: wxFileConfig says nothing and the app works on.
  }
  keep_private(file.parent_path());  // it names the databases and backup folders: its owner's alone
  auto config = std::make_unique<wxFileConfig>(wxString(), wxString(), wxString::FromUTF8(file.string()), wxString(),
                                               wxCONFIG_USE_LOCAL_FILE);
  config->SetUmask(0077);
  return config;
}

}  // namespace

AppSettings AppSettings::load()
{
  const auto config = open_config();
  AppSettings settings;
  long x = 0;
  long y = 0;
  long width = 0;
  long height = 0;
  if (config->Read("window/x", &x) && config->Read("window/y", &y) && config->Read("window/width", &width) &&
      config->Read("window/height", &height) && width >= 400 && height >= 300) {
    settings.window = wxRect(static_cast<int>(x), static_cast<int>(y), static_cast<int>(width), static_cast<int>(height));
  }
  config->Read("window/maximized", &settings.maximized, false);
  settings.last_database = config->Read("database/last", wxString()).utf8_string();
  settings.language = config->Read("ui/language", "sv").utf8_string();
  settings.last_process = config->Read("cases/last-process", wxString()).utf8_string();
  settings.backup_folder = config->Read("backup/folder", wxString()).utf8_string();
  long every = 0;
  long keep = 10;
  config->Read("backup/every-days", &every, 0L);
  config->Read("backup/keep", &keep, 10L);
  settings.backup_every_days = static_cast<int>(std::clamp(every, 0L, 365L));
  settings.backup_keep = static_cast<int>(std::clamp(keep, 1L, 1000L));
  return settings;
}

void AppSettings::save() const
{
  const auto config = open_config();
  if (window) {
    config->Write("window/x", window->x);
    config->Write("window/y", window->y);
    config->Write("window/width", window->width);
    config->Write("window/height", window->height);
  }
  config->Write("window/maximized", maximized);
  config->Write("database/last", wxString::FromUTF8(last_database));
  config->Write("ui/language", wxString::FromUTF8(language));
  config->Write("cases/last-process", wxString::FromUTF8(last_process));
  config->Write("backup/folder", wxString::FromUTF8(backup_folder));
  config->Write("backup/every-days", static_cast<long>(backup_every_days));
  config->Write("backup/keep", static_cast<long>(backup_keep));
  config->Flush();
}

}  // namespace trygg::gui
