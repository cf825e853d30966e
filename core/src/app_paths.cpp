#include "trygg/app_paths.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

namespace trygg {
namespace {

std::string environment(const char* name)
{
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

std::filesystem::path home_folder()
{
  std::string home = environment("HOME");
  if (home.empty()) {
    if (const passwd* entry = getpwuid(getuid()); entry != nullptr && entry->pw_dir != nullptr) {
      home = entry->pw_dir;
    }
  }
  return home;
}

// An XDG base folder for Trygg: the variable when set, else the usual place under the home folder.
std::filesystem::path xdg_folder(const char* variable, const std::filesystem::path& fallback)
{
  if (const auto xdg = environment(variable); !xdg.empty()) {
    return std::filesystem::path(xdg) / "trygg";
  }
  return home_folder() / fallback / "trygg";
}

}  // namespace

std::filesystem::path executable_folder()
{
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::current_path() : self.parent_path();
}

std::filesystem::path user_data_folder()
{
  return xdg_folder("XDG_DATA_HOME", ".local/share");
}

std::filesystem::path user_config_folder()
{
  return xdg_folder("XDG_CONFIG_HOME", ".config");
}

std::filesystem::path default_database()
{
  return user_data_folder() / "trygg.db";
}

std::filesystem::path user_plugin_folder()
{
  return user_data_folder() / "plugins";
}

std::string current_user()
{
  if (auto user = environment("TRYGG_USER"); !user.empty()) {
    return user;
  }
  if (const passwd* entry = getpwuid(getuid()); entry != nullptr && entry->pw_name != nullptr) {
    return entry->pw_name;
  }
  if (auto user = environment("USER"); !user.empty()) {
    return user;
  }
  return "okänd";
}

}  // namespace trygg
