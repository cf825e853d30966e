#pragma once

#include "trygg/sdk/host.hpp"

#include <filesystem>
#include <string>

namespace trygg {

class Workspace;

// The services one plugin gets (sdk::Host), bound to the workspace that opened the database. Before
// a workspace binds it (the CLI running a command that needs no database) the data services say so.
class PluginServices final : public sdk::Host {
public:
  // `data_files`: (file, schema) as the manifest declares them, relative to `folder`.
  PluginServices(std::string plugin_id, std::filesystem::path folder,
                 std::vector<std::pair<std::filesystem::path, std::string>> data_files = {});

  void bind(Workspace* workspace) { workspace_ = workspace; }

  [[nodiscard]] std::string plugin_id() const override { return plugin_id_; }
  [[nodiscard]] std::filesystem::path folder() const override { return folder_; }
  [[nodiscard]] std::chrono::sys_seconds now() const override;
  [[nodiscard]] std::string actor() const override;
  [[nodiscard]] std::optional<std::string> record(std::int64_t case_id, const std::string& kind,
                                                  const std::string& key) const override;
  [[nodiscard]] std::vector<sdk::DueRecord> records_due(const std::string& kind, std::chrono::sys_seconds until) const override;
  [[nodiscard]] std::vector<sdk::CaseRow> cases(const sdk::CaseQuery& query) const override;
  [[nodiscard]] std::optional<sdk::CaseSnapshot> snapshot(std::int64_t case_id) const override;
  void commit(const sdk::Changes& changes) override;
  std::int64_t open_case(const std::string& process, const std::string& title, const std::string& person_identity,
                         const std::string& person_name, const std::string& municipality, std::int64_t opened_from) override;
  [[nodiscard]] std::vector<std::filesystem::path> data_files(const std::string& schema) const override;
  void validate_xml(const std::filesystem::path& file, const std::string& schema) const override;
  void log_access(std::int64_t case_id, const std::string& action, const std::string& what) override;

private:
  [[nodiscard]] Workspace& workspace() const;

  std::string plugin_id_;
  std::filesystem::path folder_;
  std::vector<std::pair<std::filesystem::path, std::string>> data_files_;
  Workspace* workspace_ = nullptr;
};

}  // namespace trygg
