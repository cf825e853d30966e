#include "trygg/sdk/plugin.hpp"

namespace trygg::sdk {

// Out of line so the vtable and type info have one home: this library.
Plugin::~Plugin() = default;

std::vector<Migration> Plugin::migrations() const
{
  return {};
}

std::vector<Deadline> Plugin::deadlines(const CaseSnapshot& /*snapshot*/) const
{
  return {};
}

std::optional<CaseReadiness> Plugin::readiness(const CaseSnapshot& /*snapshot*/) const
{
  return std::nullopt;
}

std::vector<CaseView> Plugin::case_views(const CaseSnapshot& /*snapshot*/) const
{
  return {};
}

std::vector<CaseAction> Plugin::case_actions(const CaseSnapshot& /*snapshot*/) const
{
  return {};
}

ActionOutcome Plugin::run_action(const std::string& action_id, const CaseSnapshot& /*snapshot*/) const
{
  throw PluginError("unknown action " + action_id);
}

PluginError::~PluginError() = default;

}  // namespace trygg::sdk
