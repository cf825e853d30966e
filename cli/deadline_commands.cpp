// trygg-cli deadlines: a case's legal deadlines and payment liability from times given on the
// command line, without touching a database.
#include "cli_context.hpp"
#include "json_views.hpp"

#include "trygg/discharge_liability.hpp"
#include "trygg/i18n.hpp"
#include "trygg/sdk/case_snapshot_data.hpp"

#include <fmt/format.h>

namespace trygg::cli {
namespace {

struct DeadlineOptions {
  std::string process = "discharge";
  std::string admitted;
  std::string admission_notice;
  std::string ready;
  std::string sip_called;
  std::string discharged;
  std::string agreement;
  bool psychiatric = false;
  bool sip_not_needed = false;
  bool declined = false;
};

Timestamp time_of(const std::string& text)
{
  if (const auto at = parse_user_time(text)) {
    return *at;
  }
  throw std::invalid_argument(trf("\"{}\" är ingen tid; skriv t.ex. 2026-12-24 14:30", text));
}

void print_liability(const PaymentAgreement& agreement, const Liability& liability)
{
  fmt::print("\n{}: {}{}\n", tr("Betalningsansvar"), agreement.name, agreement.example ? tr(" (exempel: kontrollera mot er överenskommelse)") : "");
  if (!liability.first_day) {
    fmt::print("  {}\n", tr("börjar inte räknas förrän meddelandet om utskrivningsklar finns"));
    return;
  }
  std::string grace;
  for (const auto& day : liability.grace_days) {
    grace += (grace.empty() ? "" : ", ") + to_iso_date(day);
  }
  fmt::print("  {}: {}\n  {}: {}\n", tr("Dagar före ansvar"), grace, tr("Första dag med ansvar"), to_iso_date(*liability.first_day));
  if (liability.applies()) {
    fmt::print("  {}: {} ({} kr)\n", tr("Dagar hittills"), liability.days, liability.amount);
  }
  for (const auto& reason : liability.unmet) {
    fmt::print("  {}: {}\n", tr("Inget ansvar ännu"), reason);
  }
}

void show_deadlines(Context& context, const DeadlineOptions& options)
{
  const PluginHost host = context.plugins_only();
  const PluginRecord* plugin = nullptr;
  for (const auto& candidate : host.plugins()) {
    if (candidate.loaded && candidate.manifest->process(options.process) != nullptr && candidate.has(Capability::rules)) {
      plugin = &candidate;
    }
  }
  if (plugin == nullptr) {
    throw std::invalid_argument(trf("Ingen laddad plugin har regler för processen \"{}\"", options.process));
  }
  std::vector<CaseEvent> events;
  const auto add = [&](const char* kind, const std::string& text) {
    if (!text.empty()) {
      events.push_back({0, kind, time_of(text), {}, {}, {}});
    }
  };
  add("admitted", options.admitted);
  add(discharge_event::admission_notice_sent, options.admission_notice);
  add(discharge_event::ready_for_discharge, options.ready);
  add(discharge_event::sip_called, options.sip_called);
  add(discharge_event::discharged, options.discharged);
  const Timestamp at = now();
  sdk::CaseSnapshotData snapshot_data;
  snapshot_data.process = options.process;
  snapshot_data.now = at;
  for (const auto& event : events) {
    snapshot_data.events.push_back({event.kind, event.at});
  }
  const sdk::CaseSnapshot snapshot(std::move(snapshot_data));
  std::vector<EvaluatedDeadline> deadlines;
  for (auto& deadline : host.deadlines(*plugin, snapshot)) {
    const auto state = evaluate(deadline, at);
    deadlines.push_back({std::move(deadline), state});
  }

  std::optional<PaymentAgreement> agreement;
  if (!options.agreement.empty()) {
    agreement = read_payment_agreement(options.agreement);
  } else if (!plugin->agreements.empty()) {
    agreement = plugin->agreements.front();
  }
  std::optional<Liability> liability;
  if (agreement) {
    auto care = liability_case_from(events);
    // Given on the command line, the notices count as received unless a time says otherwise.
    if (!care.admission_notice && care.ready_notice) {
      care.admission_notice = care.ready_notice;
    }
    care.psychiatric = options.psychiatric;
    care.sip_needed = !options.sip_not_needed;
    care.declined = options.declined;
    liability = payment_liability(*agreement, care, at);
  }

  nlohmann::json data{{"process", options.process}, {"plugin", plugin->id}, {"deadlines", nlohmann::json::array()}};
  for (const auto& deadline : deadlines) {
    data["deadlines"].push_back(to_json(deadline));
  }
  data["liability"] = liability ? to_json(*agreement, *liability) : nlohmann::json(nullptr);
  context.print(data, [&] {
    fmt::print("{}\n", tr("Tidsfrister"));
    for (const auto& item : deadlines) {
      fmt::print("  {:<14} {}  {}{}\n", deadline_state_label(item.state), format_local_deadline(item.deadline.due), item.deadline.label,
                 item.deadline.done ? std::string("  (") + tr("klar") + " " + format_local(*item.deadline.done) + ")" : std::string());
    }
    if (liability) {
      print_liability(*agreement, *liability);
    }
  });
}

}  // namespace

void add_deadline_commands(CLI::App& app, Context& context)
{
  auto options = std::make_shared<DeadlineOptions>();
  auto* command = app.add_subcommand("deadlines", tr("Tidsfrister och betalningsansvar från givna tider (svensk lokal tid)"));
  command->add_option("--process", options->process, tr("Processen (standard: discharge)"));
  command->add_option("--admitted", options->admitted, tr("Inskriven"))->required();
  command->add_option("--admission-notice", options->admission_notice,
                      tr("Inskrivningsmeddelande skickat (utan: räknas som mottaget när utskrivningsklar är det)"));
  command->add_option("--ready", options->ready, tr("Meddelande om utskrivningsklar"));
  command->add_option("--sip-called", options->sip_called, tr("Kallelse till SIP skickad"));
  command->add_option("--discharged", options->discharged, tr("Utskriven"));
  command->add_flag("--psychiatric", options->psychiatric, tr("Psykiatrisk vård"));
  command->add_flag("--sip-not-needed", options->sip_not_needed, tr("SIP behövs inte (bara en huvudman)"));
  command->add_flag("--declined", options->declined, tr("Patienten har avböjt insatser"));
  command->add_option("--agreement", options->agreement, tr("Överenskommelse (XML); standard: pluginens första"));
  command->callback([&context, options] { show_deadlines(context, *options); });
}

}  // namespace trygg::cli
