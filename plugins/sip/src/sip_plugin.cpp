#include "sip_plugin.hpp"

#include "sip_commands.hpp"
#include "sip_plan_check.hpp"
#include "sip_plan_json.hpp"
#include "sip_rules.hpp"

#include "trygg/sdk/plugin_entry.hpp"
#include "trygg/sdk/quick_events.hpp"
#include "trygg/sdk/text.hpp"

#include <array>

namespace trygg::sip {
namespace {

// The steps a nurse records most, each "now".
constexpr std::array<const char*, 4> quick_events{event::person_met, event::sip_called, event::sip_meeting, event::followed_up};

}  // namespace

std::vector<sdk::Deadline> SipPlugin::deadlines(const sdk::CaseSnapshot& snapshot) const
{
  return sip_deadlines(snapshot);
}

void SipPlugin::start()
{
  huvudmen_ = Huvudmen::from(host());
}

std::optional<sdk::CaseReadiness> SipPlugin::readiness(const sdk::CaseSnapshot& snapshot) const
{
  return check_plan(snapshot, huvudmen_);
}

std::vector<sdk::CaseAction> SipPlugin::case_actions(const sdk::CaseSnapshot& snapshot) const
{
  return sdk::quick_event_actions(snapshot, quick_events);
}

std::string SipPlugin::run_action(const std::string& action_id, const sdk::CaseSnapshot& snapshot, sdk::Changes& changes) const
{
  return sdk::run_quick_event(action_id, snapshot, changes, quick_events);
}

std::string SipPlugin::field_label(const std::string& record_kind, const std::string& pointer) const
{
  return record_kind == plan_record ? sip_field_label(pointer) : std::string();
}

int SipPlugin::run_command(const std::string& name, const std::vector<std::string>& arguments, sdk::CommandIo& io) const
{
  if (name != "sip") {
    throw sdk::PluginError("okänt kommando " + name);
  }
  return run_sip_command(*this, host(), arguments, io);
}

void SipPlugin::save_plan(std::int64_t case_id, const SipPlan& plan) const
{
  host().commit(plan_changes(case_id, plan));
}

}  // namespace trygg::sip

TRYGG_PLUGIN(trygg::sip::SipPlugin)
