#pragma once

#include "trygg/sdk/case_snapshot.hpp"
#include "trygg/sdk/case_view.hpp"
#include "trygg/sdk/deadline.hpp"
#include "trygg/sdk/migration.hpp"
#include "trygg/sdk/visibility.hpp"

#include <optional>
#include <stdexcept>
#include <vector>

namespace trygg::sdk {

// What a compiled plugin adds to what its manifest and XML content already declare. The host calls
// a function only when the manifest declares the matching capability ("storage" -> migrations,
// "rules" -> deadlines), and catches everything a call throws.
class TRYGG_SDK_API Plugin {
public:
  Plugin() = default;
  Plugin(const Plugin&) = delete;
  Plugin& operator=(const Plugin&) = delete;
  virtual ~Plugin();

  // Capability "storage": the plugin's own tables, oldest step first.
  [[nodiscard]] virtual std::vector<Migration> migrations() const;

  // Capability "rules": the deadlines that apply to a case of one of the plugin's processes.
  [[nodiscard]] virtual std::vector<Deadline> deadlines(const CaseSnapshot& snapshot) const;
  // Capability "rules": a traffic-light judgement of the case, if the process has one.
  [[nodiscard]] virtual std::optional<CaseReadiness> readiness(const CaseSnapshot& snapshot) const;

  // Capability "views": extra pages for a case of one of the plugin's processes.
  [[nodiscard]] virtual std::vector<CaseView> case_views(const CaseSnapshot& snapshot) const;
  // Capability "views": actions offered on such a case, and running one.
  [[nodiscard]] virtual std::vector<CaseAction> case_actions(const CaseSnapshot& snapshot) const;
  [[nodiscard]] virtual ActionOutcome run_action(const std::string& action_id, const CaseSnapshot& snapshot) const;
};

// Thrown by a plugin to say why it cannot start (e.g. missing configuration); the host shows the
// text as the reason the plugin was rejected.
class TRYGG_SDK_API PluginError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
  ~PluginError() override;
};

}  // namespace trygg::sdk
