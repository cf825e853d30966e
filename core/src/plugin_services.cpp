#include "trygg/plugin_services.hpp"

#include "trygg/content_error.hpp"
#include "xml_file.hpp"
#include "trygg/i18n.hpp"
#include "trygg/workspace.hpp"

namespace trygg {

PluginServices::PluginServices(std::string plugin_id, std::filesystem::path folder,
                               std::vector<std::pair<std::filesystem::path, std::string>> data_files)
    : plugin_id_(std::move(plugin_id)), folder_(std::move(folder)), data_files_(std::move(data_files))
{
}

std::vector<std::filesystem::path> PluginServices::data_files(const std::string& schema) const
{
  std::vector<std::filesystem::path> result;
  for (const auto& [file, file_schema] : data_files_) {
    if (file_schema == schema) {
      result.push_back(folder_ / file);
    }
  }
  return result;
}

Workspace& PluginServices::workspace() const
{
  if (workspace_ == nullptr) {
    throw sdk::HostError(trf("Pluginen {} bad om data, men ingen databas är öppen för det här kommandot", plugin_id_));
  }
  return *workspace_;
}

std::chrono::sys_seconds PluginServices::now() const
{
  return workspace_ != nullptr ? workspace_->current_time() : trygg::now();
}

std::string PluginServices::actor() const
{
  return workspace().actor();
}

std::optional<std::string> PluginServices::record(std::int64_t case_id, const std::string& kind, const std::string& key) const
{
  return workspace().storage().plugin_record(plugin_id_, case_id, kind, key);
}

std::vector<sdk::DueRecord> PluginServices::records_due(const std::string& kind, std::chrono::sys_seconds until) const
{
  return workspace().storage().records_due(plugin_id_, kind, until);
}

std::vector<sdk::CaseRow> PluginServices::cases(const sdk::CaseQuery& query) const
{
  return workspace().storage().case_rows(query);
}

std::optional<sdk::CaseSnapshot> PluginServices::snapshot(std::int64_t case_id) const
{
  return workspace().snapshot(case_id);
}

void PluginServices::commit(const sdk::Changes& changes)
{
  try {
    workspace().commit(plugin_id_, changes);
  } catch (const sdk::HostError&) {
    throw;
  } catch (const std::exception& error) {
    throw sdk::HostError(error.what());
  }
}

std::int64_t PluginServices::open_case(const std::string& process, const std::string& title, const std::string& person_identity,
                                       const std::string& person_name, const std::string& municipality, std::int64_t opened_from)
{
  try {
    return workspace().open_case(plugin_id_, process, title, {person_identity, person_name, municipality},
                                 opened_from != 0 ? std::optional<std::int64_t>(opened_from) : std::nullopt);
  } catch (const sdk::HostError&) {
    throw;
  } catch (const std::exception& error) {
    throw sdk::HostError(error.what());
  }
}

void PluginServices::validate_xml(const std::filesystem::path& file, const std::string& schema) const
{
  try {
    const auto problems = validate_against_schema(file, read_text_file(file), schema);
    if (!problems.empty()) {
      throw ContentError(problems);
    }
  } catch (const ContentError& error) {
    throw sdk::HostError(error.what());
  }
}

}  // namespace trygg

namespace trygg {

void PluginServices::log_access(std::int64_t case_id, const std::string& action, const std::string& what)
{
  const auto kind = action == "print" ? AccessAction::print : action == "export" ? AccessAction::export_file : AccessAction::read;
  if (action != "read" && action != "print" && action != "export") {
    throw sdk::HostError(trf("{}: \"{}\" är ingen åtkomst som loggas (read, print eller export)", plugin_id_, action));
  }
  try {
    workspace().log_access(case_id, kind, what);
  } catch (const std::exception& error) {
    throw sdk::HostError(error.what());
  }
}

}  // namespace trygg
