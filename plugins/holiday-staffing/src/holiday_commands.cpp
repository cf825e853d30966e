// trygg-cli holidays and holiday-plan: the Swedish calendar, and discharges planned against a
// staffing routine over storhelger.
#include "holiday_commands.hpp"

#include "holiday_planner.hpp"
#include "plan_report.hpp"
#include "storhelg.hpp"

#include "trygg/sdk/host.hpp"
#include "trygg/sdk/swedish_calendar.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include "trygg/sdk/cli11_command.hpp"
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace trygg::holiday {
namespace {

using namespace trygg::sdk;
using discharge::PaymentAgreement;
using discharge::read_payment_agreement;

// Prints JSON with --json, otherwise the text `text` makes.
template <class Text>
void print(sdk::CommandIo& io, const nlohmann::json& data, Text text)
{
  io.out(io.json() ? data.dump(2) + "\n" : text());
}

std::string actors_text(const std::vector<Actor>& actors)
{
  std::string text;
  for (const auto actor : actors) {
    text += (text.empty() ? "" : ", ") + actor_label(actor);
  }
  return text;
}

nlohmann::json actors_json(const std::vector<Actor>& actors)
{
  nlohmann::json list = nlohmann::json::array();
  for (const auto actor : actors) {
    list.push_back(to_string(actor));
  }
  return list;
}

void list_holidays(sdk::CommandIo& io, int year, const std::string& which)
{
  std::set<std::string> chosen;
  for (std::size_t start = 0; start < which.size();) {
    const auto end = std::min(which.find(',', start), which.size());
    const auto id = which.substr(start, end - start);
    if (std::find(storhelg_ids().begin(), storhelg_ids().end(), id) == storhelg_ids().end()) {
      throw sdk::HostError(trf("Okänd storhelg \"{}\"", id));
    }
    chosen.insert(id);
    start = end + 1;
  }
  if (year < 1900 || year > 2200) {
    throw sdk::HostError(trf("Året {} ligger utanför 1900–2200", year));
  }
  const auto holidays = swedish_holidays(year);
  const auto blocks = storhelg_blocks(year, chosen);
  nlohmann::json data{{"year", year}, {"days", nlohmann::json::array()}, {"storhelg_blocks", nlohmann::json::array()}};
  for (const auto& day : holidays) {
    data["days"].push_back({{"date", to_iso_date(day.date)}, {"name", day.name}, {"public_holiday", day.public_holiday}});
  }
  for (const auto& block : blocks) {
    data["storhelg_blocks"].push_back({{"id", block.id},
                                       {"name", block.name},
                                       {"first", to_iso_date(block.first)},
                                       {"last", to_iso_date(block.last)},
                                       {"days", block.length()}});
  }
  print(io, data, [&] {
    std::string text;
    for (const auto& day : holidays) {
      text += fmt::format("{}  {:<24} {}\n", to_iso_date(day.date), day.name, day.public_holiday ? tr("helgdag") : tr("arbetsfri dag"));
    }
    text += fmt::format("\n{}\n", tr("Storhelger (sammanhängande arbetsfria dagar)"));
    for (const auto& block : blocks) {
      text += fmt::format("  {:<20} {} – {}  ({} {})\n", block.name, to_iso_date(block.first), to_iso_date(block.last), block.length(),
                 block.length() == 1 ? tr("dag") : tr("dagar"));
    }
    return text;
  });
}

struct PlanOptions {
  std::string routine;
  std::string discharges;
  std::string agreement;
};

void holiday_plan(const sdk::Host& host, sdk::CommandIo& io, const PlanOptions& options)
{
  const auto routine = read_staffing_routine(options.routine);
  const auto discharges = read_planned_discharges(options.discharges);
  // What a wait costs: under the agreement given, else under each municipality's chosen agreement (the
  // law's rule where none is chosen), from the region's data.
  const discharge::AgreementBook book(host.data_files("payment-agreement.xsd"), host.data_files("payment-agreement-choice.xsd"),
                                      host.data_files("daily-amounts.xsd"));
  std::optional<PaymentAgreement> agreement;
  if (!options.agreement.empty()) {
    agreement = book.with_tables(read_payment_agreement(options.agreement));
  }
  const auto plan = plan_discharges(routine, discharges, [&](const std::string& municipality) {
    return agreement ? discharge::fixed_agreement(*agreement) : book.selector(municipality);
  });

  nlohmann::json data{{"routine",
                       {{"id", routine.id},
                        {"name", routine.name},
                        {"example", routine.example},
                        {"valid_from", to_iso_date(routine.valid_from)},
                        {"valid_to", to_iso_date(routine.last_day())}}},
                      {"uncovered_days", nlohmann::json::array()},
                      {"discharges", nlohmann::json::array()},
                      {"per_day", nlohmann::json::array()},
                      {"per_municipality", nlohmann::json::array()},
                      {"per_actor", nlohmann::json::array()}};
  for (const auto& day : plan.uncovered_days) {
    data["uncovered_days"].push_back(to_iso_date(day));
  }
  const auto time_json = [](const std::optional<std::chrono::sys_seconds>& at) {
    return at ? nlohmann::json(to_iso_utc(*at)) : nlohmann::json(nullptr);
  };
  for (const auto& outcome : plan.outcomes) {
    data["discharges"].push_back({{"id", outcome.discharge.id},
                                  {"ward", outcome.discharge.ward},
                                  {"municipality", outcome.discharge.municipality},
                                  {"ready", to_iso_utc(outcome.discharge.ready)},
                                  {"actors", actors_json(outcome.discharge.actors)},
                                  {"feasible", outcome.feasible},
                                  {"not_staffed", actors_json(outcome.not_staffed)},
                                  {"latest_before", time_json(outcome.latest_before)},
                                  {"earliest_after", time_json(outcome.earliest_after)},
                                  {"wait_days", outcome.wait_days},
                                  {"routine_in_force", outcome.routine_in_force},
                                  {"after_routine_end", outcome.after_routine_end},
                                  {"exposure_days", outcome.exposure ? outcome.exposure->days : 0},
                                  {"exposure_kr", outcome.exposure ? outcome.exposure->amount : 0},
                                  {"exposure_amount_known", !outcome.exposure || outcome.exposure->amount_known()}});
  }
  for (const auto& [day, load] : plan.per_day) {
    data["per_day"].push_back({{"date", to_iso_date(std::chrono::year_month_day{day})}, {"planned", load.planned}, {"infeasible", load.infeasible}});
  }
  for (const auto& [name, load] : plan.per_municipality) {
    data["per_municipality"].push_back({{"municipality", name},
                                        {"planned", load.planned},
                                        {"infeasible", load.infeasible},
                                        {"wait_days", load.wait_days},
                                        {"exposure_kr", load.exposure}});
  }
  for (const auto& [actor, count] : plan.blocking) {
    data["per_actor"].push_back({{"actor", to_string(actor)}, {"blocks", count}});
  }

  print(io, data, [&] {
    std::string text;
    text += fmt::format("{}: {}{} ({} – {})\n", tr("Rutin"), routine.name, routine.example ? tr(" (exempel)") : "",
               to_iso_date(routine.valid_from), to_iso_date(routine.last_day()));
    text += fmt::format("\n{:<7} {:<12} {:<16} {:<4} {:<16} {:<16} {:>5} {:>9}  {}\n", "ID", tr("KOMMUN"), tr("KLAR"), tr("OK"),
               tr("SENAST FÖRE"), tr("TIDIGAST EFTER"), tr("VÄNT"), tr("KR"), tr("SAKNAS"));
    for (const auto& outcome : plan.outcomes) {
      text += fmt::format("{:<7} {:<12} {:<16} {:<4} {:<16} {:<16} {:>5} {:>9}  {}{}\n", outcome.discharge.id, outcome.discharge.municipality,
                 format_swedish_time(outcome.discharge.ready), outcome.feasible ? tr("ja") : tr("NEJ"),
                 outcome.latest_before ? format_swedish_time(*outcome.latest_before) : "–",
                 outcome.earliest_after ? format_swedish_time(*outcome.earliest_after) : "–",
                 outcome.routine_in_force ? std::to_string(outcome.wait_days) : "–", kronor_text(outcome), actors_text(outcome.not_staffed),
                 outcome_note(outcome, routine).empty() ? std::string() : "  [" + outcome_note(outcome, routine) + "]");
    }
    text += fmt::format("\n{}\n", tr("Per dag"));
    for (const auto& [day, load] : plan.per_day) {
      text += fmt::format("  {}  {} {}, {} {}\n", to_iso_date(std::chrono::year_month_day{day}), load.planned, tr("planerade"),
                 load.infeasible, tr("ej möjliga"));
    }
    text += fmt::format("\n{}\n", tr("Per kommun"));
    for (const auto& [name, load] : plan.per_municipality) {
      text += fmt::format("  {:<12} {} {}, {} {}, {} {}, {} kr\n", name, load.planned, tr("planerade"), load.infeasible, tr("ej möjliga"),
                 load.wait_days, tr("väntedagar"), load.exposure);
    }
    text += fmt::format("\n{}\n", tr("Aktörer som stoppar utskrivningar"));
    for (const auto& [actor, count] : plan.blocking) {
      text += fmt::format("  {:<32} {}\n", actor_label(actor), count);
    }
    return text;
  });
  // Loud, on stderr, last: a plan made without a routine in force must not look like a good plan.
  if (!plan.uncovered_days.empty()) {
    std::string days;
    for (const auto& day : plan.uncovered_days) {
      days += (days.empty() ? "" : ", ") + to_iso_date(day);
    }
    io.err("\n" + trf("VARNING: ingen bemanningsrutin gäller {} (rutinen {} gäller {} – {}). Ta fram en ny rutin.", days,
                       routine.id, to_iso_date(routine.valid_from), to_iso_date(routine.last_day())) +
           "\n");
  }
}

}  // namespace

int run_holidays_command(const std::vector<std::string>& arguments, sdk::CommandIo& io)
{
  int year = 0;
  std::string which;
  CLI::App holidays{tr("Helgdagar, arbetsfria dagar och storhelger ett år"), "trygg-cli holidays"};
  holidays.add_option("YEAR", year, tr("Året (1900–2200)"))->required();
  holidays.add_option("--storhelger", which,
                      tr("Vilka storhelger som räknas, t.ex. jul,nyar,pask (standard: alla: trettondagen, pask, "
                         "kristi-himmelsfard, nationaldagen, midsommar, jul, nyar)"));
  holidays.callback([&] { list_holidays(io, year, which); });
  return run_cli11_command(holidays, arguments, io);
}

int run_holiday_plan_command(const sdk::Host& host, const std::vector<std::string>& arguments, sdk::CommandIo& io)
{
  PlanOptions options;
  CLI::App plan{tr("Planera utskrivningar mot en bemanningsrutin"), "trygg-cli holiday-plan"};
  plan.add_option("--routine", options.routine, tr("Bemanningsrutin (XML)"))->required();
  plan.add_option("--discharges", options.discharges, tr("Planerade utskrivningar (CSV: id,ward,ready,municipality,actors)"))->required();
  plan.add_option("--agreement", options.agreement, tr("Överenskommelse om betalningsansvar (XML); standard: den kommunen valt, annars lagens regel"));
  plan.callback([&] { holiday_plan(host, io, options); });
  return run_cli11_command(plan, arguments, io);
}

}  // namespace trygg::holiday
