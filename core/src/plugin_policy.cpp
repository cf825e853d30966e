#include "trygg/plugin_policy.hpp"

#include "plugin_fingerprint.hpp"
#include "trygg/app_paths.hpp"
#include "trygg/atomic_file.hpp"
#include "trygg/content_error.hpp"
#include "trygg/i18n.hpp"
#include "trygg/sdk/markup.hpp"
#include "xml_file.hpp"

#include <sstream>

namespace trygg {
namespace {

std::string canonical_text(const std::filesystem::path& folder)
{
  std::error_code error;
  const auto canonical = std::filesystem::weakly_canonical(folder, error);
  return (error ? folder : canonical).string();
}

PluginPolicy parse(const std::filesystem::path& file)
{
  const auto xml = XmlFile::load(file, "plugin-policy", "plugin-policy.xsd");
  if (xml.root().attribute("version").as_int() > PluginPolicy::format_version) {
    throw ContentError({xml.problem(xml.root(), tr("filen är skriven av en nyare version av Trygg"))});
  }
  PluginPolicy policy;
  for (const auto node : xml.root().children("disabled")) {
    policy.disabled.insert(node.attribute("id").value());
  }
  for (const auto node : xml.root().children("trusted")) {
    policy.trusted_folders[node.attribute("folder").value()] = node.attribute("fingerprint").value();
  }
  return policy;
}


}  // namespace

bool PluginPolicy::trusts(const std::filesystem::path& folder) const
{
  const auto found = trusted_folders.find(canonical_text(folder));
  return found != trusted_folders.end() && !found->second.empty() && found->second == plugin_fingerprint(folder);
}

bool PluginPolicy::trusted_before_change(const std::filesystem::path& folder) const
{
  return trusted_folders.count(canonical_text(folder)) > 0 && !trusts(folder);
}

void PluginPolicy::trust(const std::filesystem::path& folder)
{
  trusted_folders[canonical_text(folder)] = plugin_fingerprint(folder);
}

PluginPolicy PluginPolicy::load(const std::filesystem::path& file)
{
  std::error_code error;
  if (!std::filesystem::exists(file, error)) {
    return {};
  }
  try {
    return parse(file);
  } catch (const ContentError& damaged) {
    const auto backup = std::filesystem::path(file.string() + ".bak");
    const bool newer = std::string(damaged.what()).find(tr("nyare version")) != std::string::npos;
    if (!newer && std::filesystem::exists(backup, error)) {
      return parse(backup);
    }
    throw;
  }
}

void PluginPolicy::save(const std::filesystem::path& file) const
{
  std::ostringstream xml;
  xml << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plugin-policy version=\"" << format_version << "\">\n";
  for (const auto& id : disabled) {
    xml << "  <disabled id=\"" << sdk::escape_markup(id) << "\"/>\n";
  }
  for (const auto& [folder, fingerprint] : trusted_folders) {
    xml << "  <trusted folder=\"" << sdk::escape_markup(folder) << "\" fingerprint=\"" << sdk::escape_markup(fingerprint) << "\"/>\n";
  }
  xml << "</plugin-policy>\n";

  std::filesystem::create_directories(file.parent_path());
  std::error_code error;
  if (std::filesystem::exists(file, error)) {
    std::filesystem::copy_file(file, file.string() + ".bak", std::filesystem::copy_options::overwrite_existing, error);
  }
  write_file_atomically(file, xml.str());
}

std::filesystem::path default_plugin_policy_file()
{
  return user_config_folder() / "plugins.xml";
}

}  // namespace trygg
