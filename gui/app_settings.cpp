#include "app_settings.hpp"

#include "trygg/app_paths.hpp"

#include <wx/fileconf.h>

namespace trygg::gui {
namespace {

std::unique_ptr<wxFileConfig> open_config()
{
  const auto file = user_config_folder() / "settings.ini";
  std::error_code ignored;
  std::filesystem::create_directories(file.parent_path(), ignored);
  return std::make_unique<wxFileConfig>(wxString(), wxString(), wxString::FromUTF8(file.string()), wxString(),
                                        wxCONFIG_USE_LOCAL_FILE);
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
  config->Flush();
}

}  // namespace trygg::gui
