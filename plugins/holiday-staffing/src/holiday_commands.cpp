// trygg-cli holidays and holiday-plan: the Swedish calendar, and discharges planned against a
// staffing routine over storhelger.
#include "holiday_commands.hpp"

#include "holiday_planner.hpp"
#include "routine_book.hpp"
#include "routine_redating.hpp"
#include "discharge_window.hpp"
#include "routine_document.hpp"
#include "plan_report.hpp"
#include "storhelg.hpp"

#include "trygg/sdk/atomic_file.hpp"
#include "trygg/sdk/clock.hpp"
#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/xml_file.hpp"
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
  std::string area;
  std::string discharges;
  std::string agreement;
};

// Every routine the plugin has (the host checked their form; start() their versions).
RoutineBook bundled_routines(const sdk::Host& host)
{
  std::vector<StaffingRoutine> routines;
  for (const auto& file : host.data_files("staffing-routine.xsd")) {
    routines.push_back(read_staffing_routine(file));
  }
  return RoutineBook(std::move(routines));
}

void holiday_plan(const sdk::Host& host, sdk::CommandIo& io, const PlanOptions& options)
{
  const auto book = bundled_routines(host);
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

void list_routines(const sdk::Host& host, sdk::CommandIo& io)
{
  const auto book = bundled_routines(host);
  const auto today = sdk::swedish_today();
  nlohmann::json data{{"today", to_iso_date(today)}, {"routines", nlohmann::json::array()}, {"notices", nlohmann::json::array()}};
  std::vector<std::string> areas;
  for (const auto& routine : book.routines()) {
    if (std::find(areas.begin(), areas.end(), routine.area) == areas.end()) {
      areas.push_back(routine.area);
    }
    data["routines"].push_back({{"area", routine.area},
                                {"id", routine.id},
                                {"version", routine.version},
                                {"name", routine.name},
                                {"status", to_string(routine.status)},
                                {"example", routine.example},
                                {"valid_from", to_iso_date(routine.valid_from)},
                                {"valid_to", to_iso_date(routine.last_day())},
                                {"decided_by", routine.decided_by},
                                {"decided_on", routine.decided_on ? nlohmann::json(to_iso_date(*routine.decided_on)) : nlohmann::json(nullptr)},
                                {"reference", routine.reference},
                                {"replaces", routine.replaces},
                                {"in_force_today", book.in_force(routine.area, today) == &routine},
                                {"file", routine.file.filename().string()}});
  }
  std::vector<std::string> notices;
  for (const auto& area : areas) {
    if (const auto expiry = book.expiry(area, today)) {
      notices.push_back(expiry->text());
      data["notices"].push_back({{"area", area}, {"days_left", expiry->days_left}, {"text", expiry->text()}});
    }
  }
  print(io, data, [&] {
    std::string text;
    for (const auto& area : areas) {
      text += area + "\n";
      for (const auto& routine : book.routines()) {
        if (routine.area != area) {
          continue;
        }
        const bool now = book.in_force(area, today) == &routine;
        text += fmt::format("  {} {:<22} v{:<3} {:<10} {} – {}  {}{}\n", now ? "*" : " ", routine.id, routine.version,
                            status_label(routine.status), to_iso_date(routine.valid_from), to_iso_date(routine.last_day()),
                            routine.decided_on ? trf("beslutad {} av {}", to_iso_date(*routine.decided_on), routine.decided_by) : "",
                            routine.example ? tr(" (exempel)") : "");
      }
    }
    text += fmt::format("\n* {} {}\n", tr("gäller i dag,"), to_iso_date(today));
    return text;
  });
  for (const auto& notice : notices) {
    io.err(trf("VARNING: {}", notice) + "\n");
  }
}

struct NewVersionOptions {
  std::string from;
  std::string out;
  std::string id;
  std::string name;
  std::string valid_from;
  std::string valid_to;
  int version = 0;
  bool example = false;
  bool force = false;
};

std::chrono::year_month_day date_option(const std::string& text, const char* option)
{
  const auto date = from_iso_date(text);
  if (!date) {
    throw sdk::HostError(trf("{}: \"{}\" är inget datum (ÅÅÅÅ-MM-DD)", option, text));
  }
  return *date;
}

// A routine by its file or its id among the plugin's routines; the plugin's first when none is named.
std::filesystem::path routine_file(const sdk::Host& host, const std::string& wanted)
{
  for (const auto& file : host.data_files("staffing-routine.xsd")) {
    if (wanted.empty() || file.stem() == wanted || read_staffing_routine(file).id == wanted) {
      return file;
    }
  }
  if (wanted.empty()) {
    throw sdk::HostError(tr("Pluginen har ingen bemanningsrutin: ange en med --routine"));
  }
  return wanted;
}

void new_routine_version(const sdk::Host& host, sdk::CommandIo& io, const NewVersionOptions& options)
{
  const auto from = routine_file(host, options.from);
  const auto old = read_staffing_routine(from);
  NewVersionRequest request{options.id, options.version > 0 ? options.version : old.version + 1, options.name,
                            date_option(options.valid_from, "--valid-from"), date_option(options.valid_to, "--valid-to"), options.example};
  const std::filesystem::path out = options.out;
  std::error_code ignored;
  if (!options.force && std::filesystem::exists(out, ignored)) {
    throw sdk::HostError(trf("{} finns redan: välj ett annat namn eller ange --force", out.string()));
  }
  const auto made = new_version(from, request);
  // What is written is what Trygg reads: the schema and the routine's own rules, before the file exists.
  if (auto problems = validate_against_schema(out, made.xml, "staffing-routine.xsd"); !problems.empty()) {
    throw sdk::ContentError(std::move(problems));
  }
  write_file_atomically(out, made.xml);
  try {
    (void)read_staffing_routine(out);
  } catch (...) {
    std::filesystem::remove(out, ignored);
    throw;
  }

  nlohmann::json data{{"file", out.string()}, {"id", request.id}, {"version", request.version}, {"replaces", old.id},
                      {"valid_from", to_iso_date(request.valid_from)}, {"valid_to", to_iso_date(request.valid_to)},
                      {"status", "utkast"}, {"days", nlohmann::json::array()}};
  for (const auto& moved : made.days) {
    nlohmann::json to = nlohmann::json::array();
    for (const auto& day : moved.to) {
      to.push_back(to_iso_date(day));
    }
    data["days"].push_back({{"municipality", moved.schedule}, {"from", to_iso_date(moved.from)}, {"role", moved.role}, {"to", to},
                            {"not_moved", moved.not_moved}});
  }
  print(io, data, [&] {
    std::string text = trf("{} skriven: {} version {} ({} – {}), utkast som ersätter {} version {}.", out.string(), request.id,
                           request.version, to_iso_date(request.valid_from), to_iso_date(request.valid_to), old.id, old.version) +
                       "\n\n";
    for (const auto& moved : made.days) {
      std::string to;
      for (const auto& day : moved.to) {
        to += (to.empty() ? "" : ", ") + to_iso_date(day);
      }
      text += fmt::format("  {:<12} {}  {:<36} -> {}\n", moved.schedule.empty() ? tr("Regionen") : moved.schedule, to_iso_date(moved.from),
                          moved.role, to.empty() ? "–" : to);
      for (const auto& why : moved.not_moved) {
        text += fmt::format("  {:<12} {:<10}  {}\n", "", "", trf("inte flyttad {}", why));
      }
    }
    return text;
  });
}

struct GapOptions {
  std::string routine;
  std::string from;
  std::string to;
  std::string municipality;
  std::string actors = "ward;home-health-care;home-help";
  bool all = false;
};

// "ward;home-help" as actors; an unknown id is refused, naming the known ones.
std::vector<Actor> actors_named(const std::string& list)
{
  std::vector<Actor> needed;
  for (std::size_t start = 0; start <= list.size();) {
    const auto end = std::min(list.find(';', start), list.size());
    const auto id = list.substr(start, end - start);
    if (!id.empty()) {
      const auto actor = actor_from(id);
      if (!actor) {
        std::string known;
        for (const auto candidate : all_actors()) {
          known += (known.empty() ? "" : ", ") + std::string(to_string(candidate));
        }
        throw sdk::HostError(trf("Okänd aktör \"{}\"; kända: {}", id, known));
      }
      needed.push_back(*actor);
    }
    start = end + 1;
  }
  if (needed.empty()) {
    throw sdk::HostError(tr("Ange minst en aktör, t.ex. ward;home-help"));
  }
  return needed;
}

void list_gaps(const sdk::Host& host, sdk::CommandIo& io, const GapOptions& options)
{
  const auto routine = read_staffing_routine(routine_file(host, options.routine));
  const auto needed = actors_named(options.actors);
  const auto first = options.from.empty() ? routine.valid_from : date_option(options.from, "--from");
  const auto last = options.to.empty() ? routine.last_day() : date_option(options.to, "--to");
  std::vector<std::string> places;
  if (!options.municipality.empty()) {
    if (!routine.knows_municipality(options.municipality)) {
      throw sdk::HostError(trf("Rutinen {} känner inte kommunen \"{}\"", routine.id, options.municipality));
    }
    places.push_back(options.municipality);
  } else if (routine.municipalities.empty()) {
    places.emplace_back();
  } else {
    for (const auto& [name, schedule] : routine.municipalities) {
      places.push_back(name);
    }
  }
  nlohmann::json data{{"routine", {{"id", routine.id}, {"version", routine.version}, {"status", to_string(routine.status)}}},
                      {"actors", actors_json(needed)}, {"days", nlohmann::json::array()}};
  std::string text = trf("Rutin: {} (version {}, {}), {} – {}. Aktörer: {}.", routine.name, routine.version, status_label(routine.status),
                         to_iso_date(first), to_iso_date(last), actors_text(needed)) + "\n";
  int closed = 0;
  int total = 0;
  for (const auto& place : places) {
    for (const auto& day : discharge_windows(routine, place, first, last, needed)) {
      ++total;
      closed += day.open() ? 0 : 1;
      nlohmann::json windows = nlohmann::json::array();
      for (const auto& window : day.windows) {
        windows.push_back(window_text(window));
      }
      nlohmann::json would_open = nlohmann::json::array();
      for (const auto& [actor, shared] : day.would_open) {
        nlohmann::json hours = nlohmann::json::array();
        for (const auto& window : shared) {
          hours.push_back(window_text(window));
        }
        would_open.push_back({{"actor", to_string(actor)}, {"if_staffed", hours}});
      }
      data["days"].push_back({{"date", to_iso_date(day.day)}, {"municipality", place}, {"windows", windows},
                              {"not_staffed", actors_json(day.not_staffed)}, {"would_open", would_open}, {"text", gap_text(day)}});
      if (!day.open() || options.all) {
        text += "  " + gap_text(day) + "\n";
        for (const auto& [actor, shared] : day.would_open) {
          std::string hours;
          for (const auto& window : shared) {
            hours += (hours.empty() ? "" : ", ") + window_text(window);
          }
          text += "      " + trf("{} bemannad {} skulle öppna ett fönster", actor_label(actor), hours) + "\n";
        }
      }
    }
  }
  data["closed_days"] = closed;
  data["days_checked"] = total;
  text += "\n" + trf("{} av {} dagar (per kommun) saknar utskrivningsfönster.", closed, total) + "\n";
  print(io, data, [&] { return text; });
}

struct DocumentOptions {
  std::string routine;
  std::string out;
  std::string actors = "ward;home-health-care;home-help";
};

void routine_document(const sdk::Host& host, sdk::CommandIo& io, const DocumentOptions& options)
{
  const auto routine = read_staffing_routine(routine_file(host, options.routine));
  write_file_atomically(options.out, routine_document_html(routine, actors_named(options.actors)));
  io.out(trf("{} skriven: {} version {} ({}), att skriva ut på A4.", options.out, routine.id, routine.version, status_label(routine.status)) + "\n");
}

}  // namespace

int run_routine_document_command(const sdk::Host& host, const std::vector<std::string>& arguments, sdk::CommandIo& io)
{
  DocumentOptions options;
  CLI::App command{tr("Rutinen som remissdokument (HTML, A4): tider per dag och kommun, och dagarna utan utskrivningsfönster"),
                   "trygg-cli holiday-routine-document"};
  command.add_option("--routine", options.routine, tr("Rutinen: fil eller id bland pluginens rutiner (standard: den första)"));
  command.add_option("--out", options.out, tr("Filen som skrivs (HTML)"))->required();
  command.add_option("--actors", options.actors, tr("Aktörerna en utskrivning behöver, med ; emellan (standard: ward;home-health-care;home-help)"));
  command.callback([&] { routine_document(host, io, options); });
  return run_cli11_command(command, arguments, io);
}

int run_gaps_command(const sdk::Host& host, const std::vector<std::string>& arguments, sdk::CommandIo& io)
{
  GapOptions options;
  CLI::App command{tr("Där rutinens tider inte möts: utskrivningsfönstret varje dag och kommun, och dagarna utan"),
                   "trygg-cli holiday-gaps"};
  command.add_option("--routine", options.routine, tr("Rutinen: fil eller id bland pluginens rutiner (standard: den första)"));
  command.add_option("--from", options.from, tr("Första dagen (standard: rutinens första)"));
  command.add_option("--to", options.to, tr("Sista dagen (standard: rutinens sista)"));
  command.add_option("--municipality", options.municipality, tr("En kommun (standard: varje kommun rutinen nämner)"));
  command.add_option("--actors", options.actors, tr("Aktörerna en utskrivning behöver, med ; emellan (standard: ward;home-health-care;home-help)"));
  command.add_flag("--all", options.all, tr("Visa varje dag, inte bara dagarna utan fönster"));
  command.callback([&] { list_gaps(host, io, options); });
  return run_cli11_command(command, arguments, io);
}

int run_routine_new_command(const sdk::Host& host, const std::vector<std::string>& arguments, sdk::CommandIo& io)
{
  NewVersionOptions options;
  CLI::App command{tr("Ny version av en bemanningsrutin: samma tider, dagarna flyttade efter kalendern till de nya åren"),
                   "trygg-cli holiday-routine-new"};
  command.add_option("--from", options.from, tr("Den gamla rutinen: fil eller id bland pluginens rutiner"))->required();
  command.add_option("--out", options.out, tr("Filen som skrivs (XML)"))->required();
  command.add_option("--id", options.id, tr("Den nya versionens id, t.ex. sormland-2027-2028"))->required();
  command.add_option("--valid-from", options.valid_from, tr("Första dagen den nya versionen gäller (ÅÅÅÅ-MM-DD)"))->required();
  command.add_option("--valid-to", options.valid_to, tr("Sista dagen den nya versionen gäller (ÅÅÅÅ-MM-DD)"))->required();
  command.add_option("--version", options.version, tr("Versionsnummer (standard: den gamlas plus ett)"));
  command.add_option("--name", options.name, tr("Den nya versionens namn (standard: den gamlas)"));
  command.add_flag("--example", options.example, tr("Märk versionen som exempel, inte ett beslut"));
  command.add_flag("--force", options.force, tr("Skriv över en befintlig fil"));
  command.callback([&] { new_routine_version(host, io, options); });
  return run_cli11_command(command, arguments, io);
}

int run_routines_command(const sdk::Host& host, const std::vector<std::string>& arguments, sdk::CommandIo& io)
{
  CLI::App routines{tr("Bemanningsrutinernas versioner: status, giltighet, vilken som gäller i dag och när den upphör"),
                    "trygg-cli holiday-routines"};
  routines.callback([&] { list_routines(host, io); });
  return run_cli11_command(routines, arguments, io);
}

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
