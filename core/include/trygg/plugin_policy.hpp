#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>

namespace trygg {

// The user's say over plugins: plugins turned off (by id) and third-party plugin folders trusted to
// load. Bundled plugins need no trust; a plugin in the user's plugin folder does, so that a file
// dropped there cannot run code until someone has said yes to it (as Audacity does for modules).
struct PluginPolicy {
  static constexpr int format_version = 1;

  std::set<std::string> disabled;
  // Trusted third-party folders and the fingerprint of what was in them when trusted (plugin files'
  // SHA-256): trust is for that content, not for the path; a changed file asks again.
  std::map<std::string, std::string> trusted_folders;

  [[nodiscard]] bool trusts(const std::filesystem::path& folder) const;
  // Trusted, but its files changed since (or it was trusted by an older Trygg, before fingerprints).
  [[nodiscard]] bool trusted_before_change(const std::filesystem::path& folder) const;
  void trust(const std::filesystem::path& folder);

  // Missing file: an empty policy. A damaged file falls back to its backup; a file from a newer
  // Trygg, or damaged with no usable backup, throws ContentError naming the file.
  [[nodiscard]] static PluginPolicy load(const std::filesystem::path& file);
  // Writes a temporary file, flushes it to disk, keeps the previous file as FILE.bak, then renames:
  // a crash or a full disk leaves either the old or the new policy, never half of one.
  void save(const std::filesystem::path& file) const;
};

// $XDG_CONFIG_HOME/trygg/plugins.xml, else ~/.config/trygg/plugins.xml.
[[nodiscard]] std::filesystem::path default_plugin_policy_file();

}  // namespace trygg
