// trygg-cli holiday-routines, holiday-routine-new, holiday-gaps and holiday-routine-document: a
// staffing routine's versions, its next version, where its hours leave no window, and its remiss document.
#include "routine_commands.hpp"

#include "command_output.hpp"
#include "discharge_window.hpp"
#include "routine_book.hpp"
#include "routine_comparison.hpp"
#include "routine_document.hpp"
#include "routine_redating.hpp"

#include "trygg/sdk/atomic_file.hpp"
#include "trygg/sdk/cli11_command.hpp"
#include "trygg/sdk/clock.hpp"
#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"
#include "trygg/sdk/xml_file.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace trygg::holiday {
namespace {

using namespace trygg::sdk;

void list_routines(const sdk::Host& host, sdk::CommandIo& io)
{
  const auto book = read_routine_book(host.data_files("staffing-routine.xsd"));
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

// "ward;home-health-care;home-help": the --actors a discharge needs unless told otherwise.
std::string usual_actor_ids()
{
  std::string ids;
  for (const auto actor : usual_discharge_actors()) {
    ids += (ids.empty() ? "" : ";") + std::string(to_string(actor));
  }
  return ids;
}

struct GapOptions {
  std::string routine;
  std::string from;
  std::string to;
  std::string municipality;
  std::string actors = usual_actor_ids();
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

// ["08–14", "15–19"]
nlohmann::json windows_json(const std::vector<TimeWindow>& windows)
{
  nlohmann::json list = nlohmann::json::array();
  for (const auto& window : windows) {
    list.push_back(window_text(window));
  }
  return list;
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
  } else {
    places = window_places(routine);
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
      nlohmann::json would_open = nlohmann::json::array();
      for (const auto& [actor, shared] : day.would_open) {
        would_open.push_back({{"actor", to_string(actor)}, {"if_staffed", windows_json(shared)}});
      }
      data["days"].push_back({{"date", to_iso_date(day.day)}, {"municipality", place}, {"windows", windows_json(day.windows)},
                              {"not_staffed", actors_json(day.not_staffed)}, {"would_open", would_open}, {"text", gap_text(day)}});
      if (!day.open() || options.all) {
        text += "  " + gap_text(day) + "\n";
        for (const auto& opens : would_open_texts(day)) {
          text += "      " + opens + "\n";
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
  std::string actors = usual_actor_ids();
};

void routine_document(const sdk::Host& host, sdk::CommandIo& io, const DocumentOptions& options)
{
  const auto routine = read_staffing_routine(routine_file(host, options.routine));
  write_file_atomically(options.out, routine_document_html(routine, actors_named(options.actors)));
  io.out(trf("{} skriven: {} version {} ({}), att skriva ut på A4.", options.out, routine.id, routine.version, status_label(routine.status)) + "\n");
}

struct CompareOptions {
  std::string before;
  std::string after;
  std::string out;
};

// An actor's hours in one version: null when the version has no such day.
nlohmann::json hours_json(const VersionHours& hours)
{
  return hours ? windows_json(*hours) : nlohmann::json(nullptr);
}

void compare_versions(const sdk::Host& host, sdk::CommandIo& io, const CompareOptions& options)
{
  const auto comparison = compare_routines(read_staffing_routine(routine_file(host, options.before)),
                                           read_staffing_routine(routine_file(host, options.after)));
  if (!options.out.empty()) {
    write_file_atomically(options.out, comparison_html(comparison));
  }
  nlohmann::json data{{"before", comparison.before_title}, {"after", comparison.after_title},
                      {"header", nlohmann::json::array()}, {"hours", nlohmann::json::array()}};
  std::string text = trf("Jämförelse: {} och {}", comparison.before_title, comparison.after_title) + "\n";
  for (const auto& field : comparison.header) {
    data["header"].push_back({{"field", field.field}, {"before", field.before}, {"after", field.after}});
    text += fmt::format("  {}: {} → {}\n", field.field, field.before, field.after);
  }
  text += "\n" + trf("{} ändrade tider:", comparison.hours.size()) + "\n";
  for (const auto& change : comparison.hours) {
    data["hours"].push_back({{"day", change.day}, {"compared_day", change.compared_day}, {"municipality", change.municipality},
                             {"actor", to_string(change.actor)}, {"before", hours_json(change.before)}, {"after", hours_json(change.after)}});
    text += fmt::format("  {}{}, {}, {}: {} → {}\n", change.day, change.compared_day.empty() ? "" : " (" + trf("mot {}", change.compared_day) + ")",
                        change.municipality.empty() ? tr("regionen") : change.municipality, actor_label(change.actor),
                        hours_text(change.before), hours_text(change.after));
  }
  if (!options.out.empty()) {
    text += "\n" + trf("{} skriven, att skriva ut på A4.", options.out) + "\n";
  }
  print(io, data, [&] { return text; });
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

int run_routine_compare_command(const sdk::Host& host, const std::vector<std::string>& arguments, sdk::CommandIo& io)
{
  CompareOptions options;
  CLI::App command{tr("Jämför två versioner av en bemanningsrutin: vad som ändrats per dag, kommun och aktör"),
                   "trygg-cli holiday-routine-compare"};
  command.add_option("--old", options.before, tr("Den tidigare versionen: fil eller id bland pluginens rutiner"))->required();
  command.add_option("--new", options.after, tr("Den senare versionen: fil eller id bland pluginens rutiner"))->required();
  command.add_option("--out", options.out, tr("Skriv också jämförelsen som HTML för utskrift (A4)"));
  command.callback([&] { compare_versions(host, io, options); });
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

}  // namespace trygg::holiday
