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

}  // namespace

std::filesystem::path executable_folder()
{
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::current_path() : self.parent_path();
}

std::filesystem::path user_data_folder()
{
  if (const auto xdg = environment("XDG_DATA_HOME"); !xdg.empty()) {
    return std::filesystem::path(xdg) / "trygg";
  }
  std::string home = environment("HOME");
  if (home.empty()) {
    if (const passwd* entry = getpwuid(getuid()); entry != nullptr && entry->pw_dir != nullptr) {
      home = entry->pw_dir;
    }
  }
  return std::filesystem::path(home) / ".local" / "share" / "trygg";
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
