// trygg-cli holidays and holiday-plan: the Swedish calendar, and discharges planned against a
// staffing routine over storhelger.
#include "holiday_commands.hpp"

#include "command_output.hpp"
#include "holiday_planner.hpp"
#include "routine_book.hpp"
#include "plan_report.hpp"
#include "storhelg.hpp"

#include "trygg/sdk/clock.hpp"
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
  std::string area;
  std::string discharges;
  std::string agreement;
};

void holiday_plan(const sdk::Host& host, sdk::CommandIo& io, const PlanOptions& options)
{
  const auto book = read_routine_book(host.data_files("staffing-routine.xsd"));
  // One routine as given, or the versions of an area, each day by the one in force (the default: the
  // area of the plugin's first routine).
  const bool by_area = options.routine.empty();
  if (by_area && book.routines().empty()) {
    throw sdk::HostError(tr("Pluginen har ingen bemanningsrutin: ange en med --routine"));
  }
  const auto given = by_area ? std::optional<StaffingRoutine>() : read_staffing_routine(options.routine);
  const std::string area = !options.area.empty() ? options.area : given ? given->area : book.routines().front().area;
  if (by_area && !book.last_decided(area)) {
    std::string areas;
    for (const auto& known : book.routines()) {
      areas += areas.find(known.area) == std::string::npos ? (areas.empty() ? "" : ", ") + known.area : "";
    }
    throw sdk::HostError(trf("Ingen beslutad bemanningsrutin för \"{}\"; det finns för {}", area, areas));
  }
  // By area, what is said of the routine's end is said of its last decided version.
  const auto& routine = given ? *given : *book.last_decided(area);
  const auto discharges = read_planned_discharges(options.discharges);
  // What a wait costs: under the agreement given, else under each municipality's chosen agreement (the
  // law's rule where none is chosen), from the region's data.
  const discharge::AgreementBook agreements(host.data_files("payment-agreement.xsd"), host.data_files("payment-agreement-choice.xsd"),
                                      host.data_files("daily-amounts.xsd"));
  std::optional<PaymentAgreement> agreement;
  if (!options.agreement.empty()) {
    agreement = agreements.with_tables(read_payment_agreement(options.agreement));
  }
  const Pricing pricing = [&](const std::string& municipality) {
    return agreement ? discharge::fixed_agreement(*agreement) : agreements.selector(municipality);
  };
  const auto plan = by_area ? plan_discharges(book, area, discharges, pricing) : plan_discharges(routine, discharges, pricing);
  // What is said for a discharge no routine judges: with an area, that none is in force and the last.
  const auto note_of = [&](const PlannedOutcome& outcome) {
    return by_area && !outcome.routine_in_force ? book.no_routine_text(area, sdk::swedish_date(outcome.discharge.ready))
                                                : outcome_note(outcome, routine);
  };

  nlohmann::json data{{"routine",
                       by_area ? nlohmann::json{{"area", area}}
                               : nlohmann::json{{"id", routine.id},
                                                {"version", routine.version},
                                                {"name", routine.name},
                                                {"area", routine.area},
                                                {"status", to_string(routine.status)},
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
                                  {"wait_days", wait_known(outcome) ? nlohmann::json(outcome.wait_days) : nlohmann::json(nullptr)},
                                  {"routine_in_force", outcome.routine_in_force},
                                  {"routine", outcome.routine_in_force ? nlohmann::json{{"id", outcome.routine_id}, {"version", outcome.routine_version}}
                                                                       : nlohmann::json(nullptr)},
                                  {"after_routine_end", outcome.after_routine_end},
                                  {"exposure_days", outcome.exposure ? nlohmann::json(outcome.exposure->days) : nlohmann::json(nullptr)},
                                  {"exposure_kr", outcome.exposure && outcome.exposure->amount_known() ? nlohmann::json(outcome.exposure->amount)
                                                                                                       : nlohmann::json(nullptr)},
                                  {"exposure_amount_known", wait_known(outcome) && (!outcome.exposure || outcome.exposure->amount_known())}});
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
    if (by_area) {
      text += fmt::format("{}: {}\n", tr("Rutin"), trf("den beslutade version för {} som gäller varje dag", area));
      std::set<std::string> used;
      for (const auto& outcome : plan.outcomes) {
        if (outcome.routine_in_force && used.insert(outcome.routine_id).second) {
          for (const auto& version : book.routines()) {
            if (version.id == outcome.routine_id) {
              text += fmt::format("  {} {} {}{} ({} – {})\n", version.id, tr("version"), version.version, version.example ? tr(" (exempel)") : "",
                                  to_iso_date(version.valid_from), to_iso_date(version.last_day()));
            }
          }
        }
      }
    } else {
      text += fmt::format("{}: {}{} ({} – {}, {})\n", tr("Rutin"), routine.name, routine.example ? tr(" (exempel)") : "",
                          to_iso_date(routine.valid_from), to_iso_date(routine.last_day()), status_label(routine.status));
    }
    text += fmt::format("\n{:<7} {:<12} {:<16} {:<4} {:<16} {:<16} {:>5} {:>9}  {}\n", "ID", tr("KOMMUN"), tr("KLAR"), tr("OK"),
               tr("SENAST FÖRE"), tr("TIDIGAST EFTER"), tr("VÄNT"), tr("KR"), tr("SAKNAS"));
    for (const auto& outcome : plan.outcomes) {
      text += fmt::format("{:<7} {:<12} {:<16} {:<4} {:<16} {:<16} {:>5} {:>9}  {}{}\n", outcome.discharge.id, outcome.discharge.municipality,
                 format_swedish_time(outcome.discharge.ready), outcome.feasible ? tr("ja") : tr("NEJ"),
                 outcome.latest_before ? format_swedish_time(*outcome.latest_before) : "–",
                 outcome.earliest_after ? format_swedish_time(*outcome.earliest_after) : "–",
                 wait_text(outcome), kronor_text(outcome), actors_text(outcome.not_staffed),
                 note_of(outcome).empty() ? std::string() : "  [" + note_of(outcome) + "]");
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
  // Loud, on stderr, last: a plan made without a routine in force must not look like a good plan, and
  // a routine about to end must not end unnoticed.
  std::string no_time;
  for (const auto& outcome : plan.outcomes) {
    if (outcome.routine_in_force && !outcome.earliest_after) {
      no_time += (no_time.empty() ? "" : ", ") + outcome.discharge.id;
    }
  }
  if (!no_time.empty()) {
    io.err("\n" + trf("VARNING: ingen möjlig tid före rutinens slut för {}: de kan inte planeras, och vad väntan kostar är okänt.", no_time) +
           "\n");
  }
  if (const auto expiry = book.expiry(area, sdk::swedish_today())) {
    io.err("\n" + trf("VARNING: {}", expiry->text()) + "\n");
  }
  if (by_area && !plan.uncovered_days.empty()) {
    std::string days;
    for (const auto& day : plan.uncovered_days) {
      days += (days.empty() ? "" : ", ") + to_iso_date(day);
    }
    io.err("\n" + trf("VARNING: ingen bemanningsrutin för {} gäller {}.", area, days) + " " + book.no_routine_text(area, plan.uncovered_days.back()) +
           "\n");
  } else if (!plan.uncovered_days.empty()) {
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
  auto* routine = plan.add_option("--routine", options.routine, tr("Bemanningsrutin (XML); standard: den beslutade version som gäller varje dag"));
  plan.add_option("--area", options.area, tr("Område vars gällande rutin används, t.ex. \"Region Sörmland\" (standard: pluginens första rutins)"))
      ->excludes(routine);
  plan.add_option("--discharges", options.discharges, tr("Planerade utskrivningar (CSV: id,ward,ready,municipality,actors)"))->required();
  plan.add_option("--agreement", options.agreement, tr("Överenskommelse om betalningsansvar (XML); standard: den kommunen valt, annars lagens regel"));
  plan.callback([&] { holiday_plan(host, io, options); });
  return run_cli11_command(plan, arguments, io);
}

}  // namespace trygg::holiday
