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
  agreements_ = AgreementBook(host().data_files("payment-agreement.xsd"), host().data_files("payment-agreement-choice.xsd"),
                              host().data_files("daily-amounts.xsd"));
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
  const auto liability = payment_liability(agreements_.selector(snapshot.municipality()), liability_case_from(snapshot), snapshot.now());
  if (liability.current() == nullptr) {
    return {};
  }
  return {liability_fact(liability)};
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

sdk::CaseFact liability_fact(const Liability& liability)
{
  using sdk::tr;
  const auto& episode = *liability.current();
  sdk::CaseFact fact;
  fact.key = "liability";
  fact.label = tr("Betalningsansvar");
  const auto first_day = liability.first_day();
  const std::string agreement = episode.agreement_name.empty() ? std::string() : " · " + episode.agreement_name;
  if (liability.applies() && first_day) {
    const std::string from = sdk::to_iso_date(*first_day);
    fact.text = tr("Betalningsansvar från ") + from + (liability.days > 0 ? ": " + priced_days_text(liability) : std::string()) + agreement;
    fact.brief = from;
    fact.sort_value = static_cast<double>(std::chrono::sys_days{*first_day}.time_since_epoch().count());
  } else {
    fact.text = std::string(tr("Inget betalningsansvar")) + " (" + liability.unmet().front() + ")" + agreement;
  }
  // Why this agreement, what each episode counted, and why days were left out.
  std::string detail = episode.basis;
  for (const auto& each : liability.episodes) {
    for (const auto& note : each.notes) {
      detail += "\n" + note;
    }
  }
  fact.detail = detail;
  fact.json = liability_json(liability);
  return fact;
}

std::string liability_json(const Liability& liability, int indent)
{
  const auto date_or_null = [](const std::optional<std::chrono::year_month_day>& day) {
    return day ? nlohmann::json(sdk::to_iso_date(*day)) : nlohmann::json(nullptr);
  };
  nlohmann::json episodes = nlohmann::json::array();
  for (const auto& episode : liability.episodes) {
    nlohmann::json grace = nlohmann::json::array();
    for (const auto& day : episode.grace_days) {
      grace.push_back(sdk::to_iso_date(day));
    }
    episodes.push_back({{"ready", sdk::to_iso_utc(episode.ready)},
                        {"ended", episode.ended ? nlohmann::json(sdk::to_iso_utc(*episode.ended)) : nlohmann::json(nullptr)},
                        {"agreement", episode.agreement_id.empty() ? nlohmann::json(nullptr)
                                                                   : nlohmann::json{{"id", episode.agreement_id},
                                                                                    {"name", episode.agreement_name},
                                                                                    {"example", episode.agreement_example}}},
                        {"basis", episode.basis},
                        {"grace_days", grace},
                        {"first_day", date_or_null(episode.first_day)},
                        {"liable_from", date_or_null(episode.liable_from)},
                        {"unmet", episode.unmet},
                        {"notes", episode.notes},
                        {"days", episode.days},
                        {"amount_kr", episode.amount},
                        {"days_without_amount", episode.days_without_amount}});
  }
  const auto* current = liability.current();
  const nlohmann::json data{
      {"agreement", current == nullptr || current->agreement_id.empty()
                        ? nlohmann::json(nullptr)
                        : nlohmann::json{{"id", current->agreement_id}, {"name", current->agreement_name}, {"example", current->agreement_example}}},
      {"applies", liability.applies()},
      {"unmet", liability.unmet()},
      {"first_day", date_or_null(liability.first_day())},
      {"days", liability.days},
      {"amount_kr", liability.amount},
      {"amount_known", liability.amount_known()},
      {"days_without_amount", liability.days_without_amount},
      {"years_without_amount", liability.years_without_amount},
      {"episodes", episodes}};
  return data.dump(indent);
}

}  // namespace trygg::discharge

TRYGG_PLUGIN(trygg::discharge::DischargePlugin)
