#include "trygg/sdk/plugin.hpp"

namespace trygg::sdk {

// Out of line so the vtables and type info have one home: this library.
Plugin::~Plugin() = default;
Plugin_3_8::~Plugin_3_8() = default;
Host::~Host() = default;
CommandIo::~CommandIo() = default;
PluginError::~PluginError() = default;
HostError::~HostError() = default;

Host& Plugin::host() const
{
  if (host_ == nullptr) {
    throw PluginError("pluginen är inte ansluten till Trygg");
  }
  return *host_;
}

void Plugin::start() {}

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

std::vector<CaseFact> Plugin::facts(const CaseSnapshot& /*snapshot*/) const
{
  return {};
}

std::vector<CaseView> Plugin::case_views(const CaseSnapshot& /*snapshot*/) const
{
  return {};
}

std::vector<CaseAction> Plugin::case_actions(const CaseSnapshot& /*snapshot*/) const
{
  return {};
}

std::string Plugin::run_action(const std::string& action_id, const CaseSnapshot& /*snapshot*/, Changes& /*changes*/) const
{
  throw PluginError("okänd åtgärd " + action_id);
}

std::string Plugin::field_label(const std::string& /*record_kind*/, const std::string& /*pointer*/) const
{
  return {};
}

int Plugin::run_command(const std::string& name, const std::vector<std::string>& /*arguments*/, CommandIo& /*io*/) const
{
  throw PluginError("okänt kommando " + name);
}

int Plugin::seed_demo(const std::vector<CaseRow>& /*demo_cases*/) const
{
  return 0;
}

std::vector<Notice> Plugin_3_8::notices() const
{
  return {};
}

}  // namespace trygg::sdk
