#include "discharge_plugin.hpp"

#include "discharge_readiness.hpp"
#include "discharge_rules.hpp"
#include "discharge_timeline.hpp"

#include "trygg/sdk/plugin_entry.hpp"
#include "trygg/sdk/quick_events.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include <nlohmann/json.hpp>

#include <array>

namespace trygg::discharge {
namespace {

// The list column's title in plugin.xml, shown through the catalog: listed here so xgettext carries it.
[[maybe_unused]] constexpr const char* manifest_labels[] = {N_("Ansvar från")};

// One-click recording of the steps a coordinator logs most, each "now".
constexpr std::array<const char*, 6> quick_events{event::admission_notice_sent, event::fast_vardkontakt_appointed,
                                                  event::ready_for_discharge,   event::sip_called,
                                                  event::information_transferred, event::discharged};

}  // namespace

void DischargePlugin::start()
{
  for (const auto& file : host().data_files("payment-agreement.xsd")) {
    agreements_.push_back(read_payment_agreement(file));
  }
}

std::vector<sdk::Deadline> DischargePlugin::deadlines(const sdk::CaseSnapshot& snapshot) const
{
  return legal_deadlines(snapshot);
}

std::optional<sdk::CaseReadiness> DischargePlugin::readiness(const sdk::CaseSnapshot& snapshot) const
{
  return hemgangsklar(snapshot);
}

std::vector<sdk::CaseFact> DischargePlugin::facts(const sdk::CaseSnapshot& snapshot) const
{
  if (agreements_.empty()) {
    return {};
  }
  const auto& agreement = agreements_.front();
  const auto liability = payment_liability(agreement, liability_case_from(snapshot), snapshot.now());
  if (!liability.first_day) {
    return {};
  }
  return {liability_fact(agreement, liability)};
}

std::vector<sdk::CaseView> DischargePlugin::case_views(const sdk::CaseSnapshot& snapshot) const
{
  return {{"timeline", sdk::tr("Tidslinje"), timeline_html(snapshot)}};
}

std::vector<sdk::CaseAction> DischargePlugin::case_actions(const sdk::CaseSnapshot& snapshot) const
{
  return sdk::quick_event_actions(snapshot, quick_events);
}

std::string DischargePlugin::run_action(const std::string& action_id, const sdk::CaseSnapshot& snapshot, sdk::Changes& changes) const
{
  return sdk::run_quick_event(action_id, snapshot, changes, quick_events);
}

int DischargePlugin::run_command(const std::string& name, const std::vector<std::string>& arguments, sdk::CommandIo& io) const
{
  if (name != "deadlines") {
    throw sdk::PluginError("okänt kommando " + name);
  }
  return run_deadlines_command(*this, arguments, io);
}

sdk::CaseFact liability_fact(const PaymentAgreement& agreement, const Liability& liability)
{
  using sdk::tr;
  sdk::CaseFact fact;
  fact.key = "liability";
  fact.label = tr("Betalningsansvar");
  const std::string from = sdk::to_iso_date(*liability.first_day);
  fact.text = tr("Betalningsansvar från ") + from;
  if (liability.applies()) {
    fact.text += sdk::trfn(": {} dag, {} kr", ": {} dagar, {} kr", static_cast<unsigned long>(liability.days), liability.days,
                           liability.amount);
    fact.brief = from;
    fact.sort_value = static_cast<double>(std::chrono::sys_days{*liability.first_day}.time_since_epoch().count());
  } else {
    fact.text += std::string(" (") + tr("gäller inte än: ") + liability.unmet.front() + ")";
  }
  fact.detail = agreement.name + "\n" + agreement.source;
  fact.json = liability_json(agreement, liability);
  return fact;
}

std::string liability_json(const PaymentAgreement& agreement, const Liability& liability, int indent)
{
  nlohmann::json grace = nlohmann::json::array();
  for (const auto& day : liability.grace_days) {
    grace.push_back(sdk::to_iso_date(day));
  }
  const nlohmann::json data{
      {"agreement", {{"id", agreement.id}, {"name", agreement.name}, {"example", agreement.example}, {"file", agreement.file.string()}}},
      {"applies", liability.applies()},
      {"unmet", liability.unmet},
      {"grace_days", grace},
      {"first_day", liability.first_day ? nlohmann::json(sdk::to_iso_date(*liability.first_day)) : nlohmann::json(nullptr)},
      {"days", liability.days},
      {"amount_kr", liability.amount}};
  return data.dump(indent);
}

}  // namespace trygg::discharge

TRYGG_PLUGIN(trygg::discharge::DischargePlugin)
