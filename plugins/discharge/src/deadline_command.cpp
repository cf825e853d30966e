// trygg-cli deadlines: a discharge's legal deadlines and payment liability from times given on the
// command line, without touching a database.
#include "discharge_plugin.hpp"
#include "discharge_rules.hpp"

#include "trygg/sdk/case_snapshot_data.hpp"
#include "trygg/sdk/deadline_state.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include "trygg/sdk/cli11_command.hpp"
#include <fmt/format.h>
#include <nlohmann/json.hpp>


namespace trygg::discharge {
namespace {

using sdk::tr;
using sdk::trf;

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

std::chrono::sys_seconds time_of(const std::string& text)
{
  if (const auto at = sdk::parse_swedish_time(text)) {
    return *at;
  }
  throw sdk::HostError(trf("\"{}\" är ingen tid; skriv t.ex. 2026-12-24 14:30", text));
}

std::string liability_text(const PaymentAgreement& agreement, const Liability& liability)
{
  std::string text = fmt::format("\n{}: {}{}\n", tr("Betalningsansvar"), agreement.name,
                                 agreement.example ? tr(" (exempel: kontrollera mot er överenskommelse)") : "");
  if (!liability.first_day) {
    return text + fmt::format("  {}\n", tr("börjar inte räknas förrän meddelandet om utskrivningsklar finns"));
  }
  std::string grace;
  for (const auto& day : liability.grace_days) {
    grace += (grace.empty() ? "" : ", ") + sdk::to_iso_date(day);
  }
  text += fmt::format("  {}: {}\n  {}: {}\n", tr("Dagar före ansvar"), grace, tr("Första dag med ansvar"),
                      sdk::to_iso_date(*liability.first_day));
  if (liability.applies()) {
    text += fmt::format("  {}: {} ({} kr)\n", tr("Dagar hittills"), liability.days, liability.amount);
  }
  for (const auto& reason : liability.unmet) {
    text += fmt::format("  {}: {}\n", tr("Inget ansvar ännu"), reason);
  }
  return text;
}

void show_deadlines(const DischargePlugin& plugin, const DeadlineOptions& options, sdk::CommandIo& io)
{
  if (options.process != "discharge") {
    throw sdk::HostError(trf("Ingen laddad plugin har regler för processen \"{}\"", options.process));
  }
  const auto at = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  sdk::CaseSnapshotData data;
  data.process = options.process;
  data.now = at;
  const auto add = [&](const char* kind, const std::string& text) {
    if (!text.empty()) {
      data.events.push_back({kind, time_of(text)});
    }
  };
  add(event::admitted, options.admitted);
  add(event::admission_notice_sent, options.admission_notice);
  add(event::ready_for_discharge, options.ready);
  add(event::sip_called, options.sip_called);
  add(event::discharged, options.discharged);
  const sdk::CaseSnapshot snapshot(data);

  std::vector<sdk::EvaluatedDeadline> deadlines;
  for (auto& deadline : legal_deadlines(snapshot)) {
    const auto state = sdk::evaluate(deadline, at);
    deadlines.push_back({std::move(deadline), state});
  }

  std::optional<PaymentAgreement> agreement;
  if (!options.agreement.empty()) {
    agreement = read_payment_agreement(options.agreement);
  } else if (!plugin.agreements().empty()) {
    agreement = plugin.agreements().front();
  }
  std::optional<Liability> liability;
  if (agreement) {
    auto care = liability_case_from(snapshot);
    // Given on the command line, the notices count as received unless a time says otherwise.
    if (!care.admission_notice && care.ready_notice) {
      care.admission_notice = care.ready_notice;
    }
    care.psychiatric = options.psychiatric;
    care.sip_needed = !options.sip_not_needed;
    care.declined = options.declined;
    liability = payment_liability(*agreement, care, at);
  }

  if (io.json()) {
    nlohmann::json json{{"process", options.process}, {"plugin", "se.trygg.discharge"}, {"deadlines", nlohmann::json::array()}};
    for (const auto& item : deadlines) {
      json["deadlines"].push_back({{"key", item.deadline.key},
                                   {"label", item.deadline.label},
                                   {"source", item.deadline.source},
                                   {"due", sdk::to_iso_utc(item.deadline.due)},
                                   {"done", item.deadline.done ? nlohmann::json(sdk::to_iso_utc(*item.deadline.done)) : nlohmann::json(nullptr)},
                                   {"state", sdk::to_string(item.state)}});
    }
    json["liability"] = liability ? nlohmann::json::parse(liability_json(*agreement, *liability)) : nlohmann::json(nullptr);
    io.out(json.dump(2) + "\n");
    return;
  }
  std::string text = fmt::format("{}\n", tr("Tidsfrister"));
  for (const auto& item : deadlines) {
    text += fmt::format("  {:<14} {}  {}{}\n", sdk::deadline_state_label(item.state), sdk::format_swedish_deadline(item.deadline.due),
                        item.deadline.label,
                        item.deadline.done ? std::string("  (") + tr("klar") + " " + sdk::format_swedish_time(*item.deadline.done) + ")"
                                           : std::string());
  }
  if (liability) {
    text += liability_text(*agreement, *liability);
  }
  io.out(text);
}

}  // namespace

int run_deadlines_command(const DischargePlugin& plugin, const std::vector<std::string>& arguments, sdk::CommandIo& io)
{
  DeadlineOptions options;
  CLI::App command{tr("Tidsfrister och betalningsansvar från givna tider (svensk lokal tid)"), "trygg-cli deadlines"};
  command.add_option("--process", options.process, tr("Processen (standard: discharge)"));
  command.add_option("--admitted", options.admitted, tr("Inskriven"))->required();
  command.add_option("--admission-notice", options.admission_notice,
                     tr("Inskrivningsmeddelande skickat (utan: räknas som mottaget när utskrivningsklar är det)"));
  command.add_option("--ready", options.ready, tr("Meddelande om utskrivningsklar"));
  command.add_option("--sip-called", options.sip_called, tr("Kallelse till SIP skickad"));
  command.add_option("--discharged", options.discharged, tr("Utskriven"));
  command.add_flag("--psychiatric", options.psychiatric, tr("Psykiatrisk vård"));
  command.add_flag("--sip-not-needed", options.sip_not_needed, tr("SIP behövs inte (bara en huvudman)"));
  command.add_flag("--declined", options.declined, tr("Patienten har avböjt insatser"));
  command.add_option("--agreement", options.agreement, tr("Överenskommelse (XML); standard: pluginens första"));
  command.callback([&] { show_deadlines(plugin, options, io); });
  return sdk::run_cli11_command(command, arguments, io);
}

}  // namespace trygg::discharge
