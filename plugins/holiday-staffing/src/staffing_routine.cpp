#include "staffing_routine.hpp"

#include "storhelg.hpp"

#include "trygg/sdk/text.hpp"
#include "trygg/sdk/swedish_calendar.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/versioned_document.hpp"
#include "trygg/sdk/xml_file.hpp"

#include "trygg/sdk/text_fold.hpp"

#include <algorithm>
#include <array>

namespace trygg::holiday {
namespace {

// Each actor's id in files, its name, and the short name a column on an A4 page has room for.
struct ActorNames {
  Actor actor;
  std::string_view id;
  const char* label;
  const char* short_label;
};

constexpr std::array<ActorNames, 7> actor_names{{
    {Actor::ward, "ward", N_("Slutenvårdsavdelning"), N_("Avdelning")},
    {Actor::discharge_planning, "discharge-planning", N_("Utskrivningsplanering"), N_("Planering")},
    {Actor::primary_care, "primary-care", N_("Primärvård / fast vårdkontakt"), N_("Primärvård")},
    {Actor::home_health_care, "home-health-care", N_("Hälso- och sjukvård i hemmet"), N_("Hemsjukvård")},
    {Actor::home_help, "home-help", N_("Hemtjänst"), N_("Hemtjänst")},
    {Actor::short_term_care, "short-term-care", N_("Korttidsboende"), N_("Korttid")},
    {Actor::needs_assessment, "needs-assessment", N_("Biståndshandläggning"), N_("Bistånd")},
}};

const ActorNames& names_of(Actor actor)
{
  return *std::find_if(actor_names.begin(), actor_names.end(), [actor](const ActorNames& names) { return names.actor == actor; });
}

constexpr std::array<std::pair<RoutineStatus, std::string_view>, 4> status_ids{{
    {RoutineStatus::draft, "utkast"},
    {RoutineStatus::on_remiss, "remiss"},
    {RoutineStatus::decided, "beslutad"},
    {RoutineStatus::revoked, "upphavd"},
}};

std::optional<RoutineStatus> status_from(std::string_view id)
{
  for (const auto& [status, candidate] : status_ids) {
    if (candidate == id) {
      return status;
    }
  }
  return std::nullopt;
}

int minutes_of(std::string_view clock)
{
  return std::stoi(std::string(clock.substr(0, 2))) * 60 + std::stoi(std::string(clock.substr(3, 2)));
}

DayStaffing read_windows(pugi::xml_node node, sdk::ProblemList& problems)
{
  DayStaffing staffing;
  for (const auto window : node.children("window")) {
    const TimeWindow parsed{minutes_of(window.attribute("from").value()), minutes_of(window.attribute("to").value())};
    if (parsed.to <= parsed.from) {
      problems.add(window, sdk::tr("to ska ligga efter from"));
    }
    staffing[actor_from(window.attribute("actor").value()).value_or(Actor::ward)].push_back(parsed);
  }
  // Not staffed: the actor is there with no hours, so a municipality's day overrides the region's.
  for (const auto unstaffed : node.children("unstaffed")) {
    const auto actor = actor_from(unstaffed.attribute("actor").value()).value_or(Actor::ward);
    if (const auto found = staffing.find(actor); found != staffing.end()) {
      problems.add(unstaffed, sdk::trf("{} har både tider och unstaffed samma dag", unstaffed.attribute("actor").value()));
    }
    staffing[actor];
  }
  return staffing;
}

Schedule read_schedule(pugi::xml_node node, sdk::ProblemList& problems)
{
  Schedule schedule;
  if (const auto working = node.child("working-day")) {
    schedule.working_day = read_windows(working, problems);
  }
  if (const auto non_working = node.child("non-working-day")) {
    schedule.non_working_day = read_windows(non_working, problems);
  }
  if (const auto storhelg = node.child("storhelg-day")) {
    schedule.storhelg_day = read_windows(storhelg, problems);
  }
  for (const auto day : node.children("day")) {
    const auto date = sdk::from_iso_date(day.attribute("date").value());
    if (!date) {
      problems.add(day, sdk::tr("ogiltigt datum"));
      continue;
    }
    if (!schedule.days.emplace(std::chrono::sys_days{*date}, read_windows(day, problems)).second) {
      problems.add(day, sdk::trf("dagen {} står två gånger", day.attribute("date").value()));
    }
  }
  return schedule;
}

// Whether a day falls in a storhelg block (one that starts this year, or the New Year block of the last).
bool in_storhelg(std::chrono::year_month_day day)
{
  return !storhelg_blocks_between(day, day).empty();
}

}  // namespace

std::optional<DayStaffing> Schedule::of_kind(DayKind kind) const
{
  switch (kind) {
    case DayKind::working:
      return working_day;
    case DayKind::non_working:
      return non_working_day;
    case DayKind::storhelg:
      return storhelg_day ? storhelg_day : non_working_day;
    case DayKind::agreed:
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<DayStaffing> Schedule::on(std::chrono::year_month_day day) const
{
  if (const auto found = days.find(std::chrono::sys_days{day}); found != days.end()) {
    return found->second;
  }
  return of_kind(sdk::is_working_day(day) ? DayKind::working : in_storhelg(day) ? DayKind::storhelg : DayKind::non_working);
}



const std::vector<Actor>& all_actors()
{
  static const std::vector<Actor> actors{Actor::ward,      Actor::discharge_planning, Actor::primary_care, Actor::home_health_care,
                                         Actor::home_help, Actor::short_term_care,    Actor::needs_assessment};
  return actors;
}

std::string_view to_string(Actor actor)
{
  return names_of(actor).id;
}

std::optional<Actor> actor_from(std::string_view id)
{
  for (const auto& [actor, candidate, label, short_label] : actor_names) {
    if (candidate == id) {
      return actor;
    }
  }
  return std::nullopt;
}

std::string actors_text(const std::vector<Actor>& actors)
{
  std::string text;
  for (const auto actor : actors) {
    text += (text.empty() ? "" : ", ") + actor_label(actor);
  }
  return text;
}

std::string_view to_string(RoutineStatus status)
{
  return status_ids.at(static_cast<std::size_t>(status)).second;
}

std::string status_label(RoutineStatus status)
{
  switch (status) {
    case RoutineStatus::draft:
      return sdk::tr("utkast");
    case RoutineStatus::on_remiss:
      return sdk::tr("på remiss");
    case RoutineStatus::decided:
      return sdk::tr("beslutad");
    case RoutineStatus::revoked:
      return sdk::tr("upphävd");
  }
  return {};
}

std::string day_kind_label(DayKind kind)
{
  switch (kind) {
    case DayKind::working:
      return sdk::tr("Vardagar");
    case DayKind::non_working:
      return sdk::tr("Helger och helgdagar");
    case DayKind::storhelg:
      return sdk::tr("Övriga dagar i en storhelg");
    case DayKind::agreed:
      return sdk::tr("Överenskomna dagar");
  }
  return {};
}

std::string actor_label(Actor actor)
{
  return sdk::tr(names_of(actor).label);
}

std::string actor_short_label(Actor actor)
{
  return sdk::tr(names_of(actor).short_label);
}

namespace {

template <class Map>
auto find_municipality(Map& municipalities, const std::string& municipality)
{
  const auto wanted = sdk::fold_for_search(municipality);
  return std::find_if(municipalities.begin(), municipalities.end(),
                      [&](const auto& entry) { return sdk::fold_for_search(entry.first) == wanted; });
}

}  // namespace

bool StaffingRoutine::knows_municipality(const std::string& municipality) const
{
  return municipalities.empty() || find_municipality(municipalities, municipality) != municipalities.end();
}

const Schedule* StaffingRoutine::schedule_of(const std::string& municipality) const
{
  const auto found = find_municipality(municipalities, municipality);
  return found == municipalities.end() ? nullptr : &found->second;
}

DayStaffing StaffingRoutine::staffing(std::chrono::year_month_day day, const std::string& municipality) const
{
  if (!in_force(day)) {
    return {};  // a routine says nothing outside its validity: nobody counts as staffed
  }
  DayStaffing result = region.on(day).value_or(DayStaffing{});
  if (const auto* local = schedule_of(municipality)) {
    if (const auto overrides = local->on(day)) {
      result = with_overrides(std::move(result), *overrides);
    }
  }
  return result;
}

DayStaffing with_overrides(DayStaffing region, const DayStaffing& local)
{
  for (const auto& [actor, windows] : local) {
    region[actor] = windows;
  }
  return region;
}

namespace {

StaffingRoutine read_routine(const sdk::XmlFile& xml)
{
  sdk::ProblemList problems(xml);
  const auto root = xml.root();
  StaffingRoutine routine;
  sdk::read_document_header(xml, problems, routine);
  routine.line = xml.problem(root, {}).line;
  routine.area = root.attribute("area").as_string(routine.id.c_str());
  if (const auto status = status_from(root.attribute("status").as_string("beslutad"))) {
    routine.status = *status;
  } else {
    problems.add(root, sdk::trf("okänd status \"{}\" (utkast, remiss, beslutad eller upphavd)", root.attribute("status").value()));
  }
  routine.decided_by = root.attribute("decided-by").value();
  routine.decided_on = sdk::from_iso_date(root.attribute("decided-on").value());
  routine.reference = root.attribute("reference").value();
  routine.replaces = root.attribute("replaces").value();
  if (routine.status == RoutineStatus::decided && !routine.example && (routine.decided_by.empty() || !routine.decided_on)) {
    problems.add(root, sdk::tr("en beslutad rutin anger vem som beslutade den och när (decided-by, decided-on)"));
  }
  if (routine.status != RoutineStatus::decided && routine.status != RoutineStatus::revoked && routine.decided_on) {
    problems.add(root, sdk::tr("decided-on anges först när rutinen är beslutad"));
  }
  if (!routine.replaces.empty() && routine.replaces == routine.id) {
    problems.add(root, sdk::tr("en rutin kan inte ersätta sig själv"));
  }
  routine.region = read_schedule(root.child("region"), problems);
  for (const auto municipality : root.children("municipality")) {
    const std::string name = municipality.attribute("name").value();
    if (!routine.municipalities.emplace(name, read_schedule(municipality, problems)).second) {
      problems.add(municipality, sdk::trf("kommunen {} står två gånger", name));
    }
  }
  // An agreed day the routine never governs would be read and silently ignored by planning.
  for (const auto schedule : root.children()) {
    for (const auto day : schedule.children("day")) {
      const auto date = sdk::from_iso_date(day.attribute("date").value());
      if (date && routine.valid_to && !routine.in_force(*date)) {
        problems.add(day, sdk::trf("dagen {} ligger utanför rutinens giltighetstid {} – {}", day.attribute("date").value(),
                                   sdk::to_iso_date(routine.valid_from), sdk::to_iso_date(routine.last_day())));
      }
    }
  }
  problems.throw_if_any();
  return routine;
}

}  // namespace

StaffingRoutine read_staffing_routine(const std::filesystem::path& file)
{
  return read_routine(sdk::XmlFile::load(file, "staffing-routine", "staffing-routine.xsd"));
}

StaffingRoutine parse_staffing_routine(std::string text, const std::filesystem::path& where)
{
  return read_routine(sdk::XmlFile::parse(std::move(text), where, "staffing-routine", "staffing-routine.xsd"));
}

}  // namespace trygg::holiday
