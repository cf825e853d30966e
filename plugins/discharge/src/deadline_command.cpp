// trygg-cli deadlines: a discharge's legal deadlines and payment liability from times given on the
// command line, without touching a database.
#include "discharge_plugin.hpp"
#include "discharge_rules.hpp"

#include "trygg/sdk/case_snapshot_data.hpp"
#include "trygg/sdk/clock.hpp"
#include "trygg/sdk/deadline_state.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include "trygg/sdk/cli11_command.hpp"
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace trygg::discharge {
namespace {

using sdk::tr;
using sdk::trf;

struct DeadlineOptions {
  std::string process = "discharge";
  std::string admitted;
  std::string admission_notice;
  std::vector<std::string> ready;
  std::vector<std::string> not_ready;
  std::string sip_called;
  std::string discharged;
  std::string agreement;
  std::string municipality;
  bool psychiatric = false;
  bool compulsory = false;
  bool sip_not_needed = false;
  bool declined = false;
  bool confirm = false;  // times in an order a stay does not have, given on purpose
};

std::chrono::sys_seconds time_of(const std::string& text)
{
  if (const auto at = sdk::parse_swedish_time(text)) {
    return *at;
  }
  throw sdk::HostError(trf("\"{}\" är ingen tid; skriv t.ex. 2026-12-24 14:30", text));
}

std::string liability_text(const Liability& liability)
{
  std::string text = fmt::format("\n{}\n", tr("Betalningsansvar"));
  if (liability.current() == nullptr) {
    return text + fmt::format("  {}\n", tr("börjar inte räknas förrän meddelandet om utskrivningsklar finns"));
  }
  for (const auto& episode : liability.episodes) {
    text += fmt::format("  {} {}{}\n", tr("Utskrivningsklar"), sdk::format_swedish_time(episode.ready),
                        episode.ended ? " – " + sdk::format_swedish_time(*episode.ended) : std::string());
    text += fmt::format("    {}: {}{} ({})\n", tr("Överenskommelse"),
                        episode.agreement_name.empty() ? std::string(tr("ingen")) : episode.agreement_name,
                        episode.agreement_example ? tr(" (exempel: kontrollera mot er överenskommelse)") : "", episode.basis);
    std::string grace;
    for (const auto& day : episode.grace_days) {
      grace += (grace.empty() ? "" : ", ") + sdk::to_iso_date(day);
    }
    if (episode.first_day) {
      text += fmt::format("    {}: {}\n    {}: {}\n", tr("Dagar före ansvar"), grace.empty() ? "–" : grace, tr("Första dag med ansvar"),
                          sdk::to_iso_date(episode.liable_from.value_or(*episode.first_day)));
    }
    for (const auto& note : episode.notes) {
      text += fmt::format("    {}\n", note);
    }
    for (const auto& reason : episode.unmet) {
      text += fmt::format("    {}: {}\n", tr("Inget ansvar"), reason);
    }
  }
  text += fmt::format("  {}: {}\n", tr("Hittills"), priced_days_text(liability));
  return text;
}

void show_deadlines(const DischargePlugin& plugin, const DeadlineOptions& options, sdk::CommandIo& io)
{
  if (options.process != "discharge") {
    throw sdk::HostError(trf("Ingen laddad plugin har regler för processen \"{}\"", options.process));
  }
  const auto at = sdk::now();
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
  for (const auto& ready : options.ready) {
    add(event::ready_for_discharge, ready);
  }
  for (const auto& not_ready : options.not_ready) {
    add(liability_event::not_ready_for_discharge, not_ready);
  }
  add(event::sip_called, options.sip_called);
  add(event::discharged, options.discharged);
  // Times out of the order a stay has would be dropped by the rules without a word (a ready notice after
  // the discharge counts nothing): refused, as `case event` refuses them, unless confirmed.
  if (!options.confirm) {
    const auto admitted_at = time_of(options.admitted);
    std::vector<std::string> out_of_order;
    // Named by the option it was given with, as the person typed it.
    const auto option_of = [](const std::string& kind) {
      return kind == event::admission_notice_sent ? "--admission-notice"
             : kind == event::ready_for_discharge ? "--ready"
             : kind == liability_event::not_ready_for_discharge ? "--not-ready"
             : kind == event::sip_called ? "--sip-called"
                                         : "--discharged";
    };
    for (const auto& [kind, when] : data.events) {
      if (when < admitted_at) {
        out_of_order.push_back(trf("{} {} ligger före inskrivningen {}", option_of(kind), sdk::format_swedish_time(when), options.admitted));
      }
    }
    if (!options.discharged.empty()) {
      const auto home = time_of(options.discharged);
      for (const auto& ready : options.ready) {
        if (time_of(ready) > home) {
          out_of_order.push_back(trf("--ready {} ligger efter utskrivningen {}", ready, options.discharged));
        }
      }
      if (!options.sip_called.empty() && time_of(options.sip_called) > home) {
        out_of_order.push_back(trf("--sip-called {} ligger efter utskrivningen {}", options.sip_called, options.discharged));
      }
    }
    if (!out_of_order.empty()) {
      std::string told;
      for (const auto& line : out_of_order) {
        told += (told.empty() ? "" : "; ") + line;
      }
      throw sdk::HostError(trf("Tiderna följer inte en vistelses ordning: {}. Ange --confirm om de ska räknas så.", told));
    }
  }
  // The flags are facts about the stay, recorded as a case would record them (nothing else is assumed:
  // without --admission-notice the municipality has not received one).
  const auto flag = [&](bool set, const char* kind) {
    if (set) {
      data.events.push_back({kind, time_of(options.admitted)});
    }
  };
  flag(options.sip_not_needed, liability_event::sip_not_needed);
  flag(options.declined, liability_event::support_declined);
  flag(options.psychiatric, liability_event::psychiatric_care);
  flag(options.compulsory, liability_event::compulsory_care);
  std::stable_sort(data.events.begin(), data.events.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
  const sdk::CaseSnapshot snapshot(data);

  std::vector<sdk::EvaluatedDeadline> deadlines;
  for (auto& deadline : legal_deadlines(snapshot)) {
    const auto state = sdk::evaluate(deadline, at);
    deadlines.push_back({std::move(deadline), state});
  }

  // A file given on the command line, an agreement the plugin ships (by id), or the region's choice
  // for the municipality (the law's rule where none is chosen).
  std::optional<PaymentAgreement> given;
  AgreementSelector select = plugin.agreements().selector(options.municipality);
  if (!options.agreement.empty()) {
    if (const auto* shipped = plugin.agreements().find(options.agreement)) {
      given = *shipped;
    } else if (std::filesystem::exists(options.agreement)) {
      given = plugin.agreements().with_tables(read_payment_agreement(options.agreement));
    } else {
      throw sdk::HostError(trf("\"{}\" är varken en överenskommelse som pluginen har eller en fil", options.agreement));
    }
    select = fixed_agreement(*given);
  }
  const auto care = liability_case_from(snapshot);
  const auto liability = payment_liability(select, care, at);

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
    json["liability"] = nlohmann::json::parse(liability_json(liability));
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
  text += liability_text(liability);
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
                     tr("Inskrivningsmeddelande skickat (utan: kommunen har inte fått något)"));
  command.add_option("--ready", options.ready, tr("Meddelande om utskrivningsklar (kan ges flera gånger)"));
  command.add_option("--not-ready", options.not_ready, tr("Inte längre utskrivningsklar (kan ges flera gånger)"));
  command.add_option("--sip-called", options.sip_called, tr("Kallelse till SIP skickad"));
  command.add_option("--discharged", options.discharged, tr("Utskriven"));
  command.add_flag("--psychiatric", options.psychiatric, tr("Psykiatrisk vård"));
  command.add_flag("--compulsory", options.compulsory, tr("Psykiatrisk tvångsvård (LPT/LRV)"));
  command.add_option("--municipality", options.municipality, tr("Kommunen: väljer den överenskommelse kommunen har valt"));
  command.add_flag("--sip-not-needed", options.sip_not_needed, tr("SIP behövs inte (bara en huvudman)"));
  command.add_flag("--declined", options.declined, tr("Patienten har avböjt insatser"));
  command.add_flag("--confirm", options.confirm, tr("Räkna även tider i en ordning en vistelse inte har (före inskrivningen, efter utskrivningen)"));
  command.add_option("--agreement", options.agreement,
                     tr("Överenskommelse: id eller XML-fil; standard: den kommunen valt, annars lagens regel"));
  command.callback([&] { show_deadlines(plugin, options, io); });
  return sdk::run_cli11_command(command, arguments, io);
}

}  // namespace trygg::discharge
