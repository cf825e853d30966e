#pragma once

#include <filesystem>
#include <string>

namespace trygg {

// Whether a plugin's library crashed Trygg while loading, kept in a folder of markers that any number
// of processes starting at once can share. While a process loads a library it leaves
// "<id>.<pid>.loading" naming the library (its size and time). A marker whose process is still alive is
// another start in progress, not a crash; one whose process is gone is a crash of that library, counted
// once (whoever renames the marker first counts it) in "<id>.crashes". A crash of a library since
// replaced does not count. A clean load forgets the crashes.
class LoadGuard {
public:
  LoadGuard(std::filesystem::path folder, std::string plugin_id, const std::filesystem::path& library);
  LoadGuard(const LoadGuard&) = delete;
  LoadGuard& operator=(const LoadGuard&) = delete;
  ~LoadGuard();

  // How many times this library crashed while loading, counting what dead processes left behind.
  [[nodiscard]] int crashes();
  // Leaves this process's marker, for the time the library loads.
  void loading();
  // The library loaded: the marker goes, and with it the crashes counted so far.
  void loaded();

private:
  std::filesystem::path folder_;
  std::string plugin_id_;
  std::string identity_;  // of the library file
  std::filesystem::path marker_;
};

// Forgets every crash and marker of a plugin: the user turning it on again says "it is fixed".
void forget_load_crashes(const std::filesystem::path& folder, const std::string& plugin_id);

}  // namespace trygg
