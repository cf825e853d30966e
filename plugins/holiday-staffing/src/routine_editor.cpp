#include "routine_editor.hpp"

#include "discharge_window.hpp"
#include "routine_redating.hpp"

#include "trygg/sdk/atomic_file.hpp"
#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/swedish_calendar.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"
#include "trygg/sdk/text_fold.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace trygg::holiday {
namespace {

using namespace std::chrono;

// The schedule's children in the order the schema wants them; the agreed days come last.
constexpr const char* kind_elements[] = {"working-day", "non-working-day", "storhelg-day"};

const char* element_of(DayKind kind)
{
  return kind_elements[static_cast<int>(kind)];
}

std::string clock(int minutes)
{
  return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
}

std::string_view trimmed(std::string_view text)
{
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) {
    return {};
  }
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// "8", "08", "8:30", "08.30": minutes since midnight, or none.
std::optional<int> typed_clock(std::string_view text)
{
  const auto separator = text.find_first_of(":.");
  const auto number = [](std::string_view digits) -> std::optional<int> {
    int value = 0;
    if (digits.empty() || digits.size() > 2 || std::from_chars(digits.data(), digits.data() + digits.size(), value).ptr != digits.data() + digits.size()) {
      return std::nullopt;
    }
    return value;
  };
  const auto hours = number(text.substr(0, separator));
  const auto minutes = separator == std::string_view::npos ? std::optional(0) : number(text.substr(separator + 1));
  if (!hours || !minutes || (separator != std::string_view::npos && text.size() - separator - 1 != 2) || *minutes > 59 ||
      *hours > 24 || (*hours == 24 && *minutes != 0)) {
    return std::nullopt;
  }
  return *hours * 60 + *minutes;
}

pugi::xml_document parsed(const std::string& xml)
{
  pugi::xml_document document;
  (void)document.load_string(xml.c_str(), pugi::parse_default | pugi::parse_comments | pugi::parse_declaration);
  return document;
}

std::string written(const pugi::xml_document& document)
{
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

pugi::xml_node schedule_node(pugi::xml_node root, const std::string& municipality)
{
  const auto node = municipality.empty() ? root.child("region") : root.find_child_by_attribute("municipality", "name", municipality.c_str());
  if (!node) {
    throw std::invalid_argument(sdk::trf("rutinen har ingen kommun {}", municipality));
  }
  return node;
}

pugi::xml_node day_node(pugi::xml_node schedule, year_month_day day)
{
  return schedule.find_child_by_attribute("day", "date", sdk::to_iso_date(day).c_str());
}

// A kind-of-day element where the schema wants it, after the kinds before it.
pugi::xml_node add_kind(pugi::xml_node schedule, DayKind kind)
{
  pugi::xml_node after;
  for (int before = 0; before < static_cast<int>(kind); ++before) {
    if (const auto found = schedule.child(kind_elements[before])) {
      after = found;
    }
  }
  auto added = after ? schedule.insert_child_after(element_of(kind), after) : schedule.prepend_child(element_of(kind));
  return added;
}


// Each actor's windows in the order of all_actors(), so the file reads the same way everywhere.
void put_windows(pugi::xml_node node, Actor actor, const std::vector<TimeWindow>& windows)
{
  const auto rank = [](std::string_view id) {
    const auto& actors = all_actors();
    const auto actor = actor_from(id);
    return actor ? std::find(actors.begin(), actors.end(), *actor) - actors.begin() : static_cast<long>(actors.size());
  };
  const auto own_rank = rank(to_string(actor));
  pugi::xml_node before;
  for (const auto window : node.children("window")) {
    if (rank(window.attribute("actor").value()) > own_rank) {
      before = window;
      break;
    }
  }
  for (const auto& window : windows) {
    auto added = before ? node.insert_child_before("window", before) : node.append_child("window");
    added.append_attribute("actor").set_value(std::string(to_string(actor)).c_str());
    added.append_attribute("from").set_value(clock(window.from).c_str());
    added.append_attribute("to").set_value(clock(window.to).c_str());
  }
}

void remove_windows(pugi::xml_node node, Actor actor)
{
  for (const char* element : {"window", "unstaffed"}) {
    while (const auto found = node.find_child_by_attribute(element, "actor", std::string(to_string(actor)).c_str())) {
      node.remove_child(found);
    }
  }
}

// A new element starts with the hours that governed its days until now, so adding it changes nothing.
void put_staffing(pugi::xml_node node, const std::optional<DayStaffing>& staffing)
{
  for (const auto& [actor, windows] : staffing.value_or(DayStaffing{})) {
    put_windows(node, actor, windows);
    if (windows.empty()) {
      node.append_child("unstaffed").append_attribute("actor").set_value(std::string(to_string(actor)).c_str());
    }
  }
}

std::string place_text(const HoursPlace& place)
{
  return (place.municipality.empty() ? sdk::tr("Regionen") : place.municipality) + ", " + hours_day_label(place.day);
}

}  // namespace

std::string hours_day_label(const HoursDay& day)
{
  if (day.kind != DayKind::agreed) {
    return day_kind_label(day.kind);
  }
  return sdk::to_iso_date(day.date) + " " + describe(role_of(day.date));
}

TypedWindows read_typed_windows(std::string_view text)
{
  TypedWindows typed;
  if (const auto word = sdk::fold_for_search(std::string(trimmed(text)));
      word == unstaffed_word || word == sdk::fold_for_search(sdk::tr(unstaffed_word))) {
    typed.unstaffed = true;
    return typed;
  }
  std::string rest(text);
  for (const std::string_view dash : {"–", "—"}) {  // en and em dash read as the hyphen
    for (auto at = rest.find(dash); at != std::string::npos; at = rest.find(dash)) {
      rest.replace(at, dash.size(), "-");
    }
  }
  std::string_view remaining = rest;
  while (!trimmed(remaining).empty()) {
    const auto end = remaining.find_first_of(",;");
    const auto part = trimmed(remaining.substr(0, end));
    remaining = end == std::string_view::npos ? std::string_view{} : remaining.substr(end + 1);
    const auto dash = part.find('-');
    const auto from = dash == std::string_view::npos ? std::nullopt : typed_clock(trimmed(part.substr(0, dash)));
    const auto to = dash == std::string_view::npos ? std::nullopt : typed_clock(trimmed(part.substr(dash + 1)));
    if (!from || !to) {
      typed.error = sdk::trf("\"{}\" är inga tider från–till (som 08–14 eller 08:30–16:45)", std::string(part));
      return typed;
    }
    if (*to <= *from) {
      typed.error = sdk::trf("\"{}\" slutar innan den börjar", std::string(part));
      return typed;
    }
    typed.windows.push_back({*from, *to});
  }
  std::sort(typed.windows.begin(), typed.windows.end(), [](const TimeWindow& a, const TimeWindow& b) { return a.from < b.from; });
  for (std::size_t i = 1; i < typed.windows.size(); ++i) {
    if (typed.windows[i].from < typed.windows[i - 1].to) {
      typed.error = sdk::trf("{} och {} går in i varandra", window_text(typed.windows[i - 1]), window_text(typed.windows[i]));
      return typed;
    }
  }
  return typed;
}

RoutineEditor::RoutineEditor(std::string xml, std::filesystem::path where) : file_(std::move(where))
{
  auto routine = parse_staffing_routine(xml, file_);
  states_.push_back({std::move(xml), std::move(routine), {}});
}

const Schedule& RoutineEditor::schedule(const std::string& municipality) const
{
  const auto* found = municipality.empty() ? &routine().region : routine().schedule_of(municipality);
  if (found == nullptr) {
    throw std::invalid_argument(sdk::trf("rutinen har ingen kommun {}", municipality));
  }
  return *found;
}

std::optional<DayStaffing> RoutineEditor::hours(const HoursPlace& place) const
{
  const auto& of = schedule(place.municipality);
  return place.day.kind == DayKind::agreed ? of.on(place.day.date) : of.of_kind(place.day.kind);
}

std::optional<std::vector<TimeWindow>> RoutineEditor::windows(const HoursPlace& place, Actor actor) const
{
  const auto staffing = hours(place);
  if (!staffing) {
    return std::nullopt;
  }
  const auto found = staffing->find(actor);
  return found == staffing->end() ? std::nullopt : std::optional(found->second);
}

std::vector<year_month_day> RoutineEditor::agreed_days(const std::string& municipality) const
{
  std::vector<year_month_day> days;
  for (const auto& [day, staffing] : schedule(municipality).days) {
    days.emplace_back(day);
  }
  return days;
}

void RoutineEditor::set_windows(const HoursPlace& place, Actor actor, const std::optional<std::vector<TimeWindow>>& windows)
{
  auto document = parsed(xml());
  auto schedule = schedule_node(document.document_element(), place.municipality);
  pugi::xml_node node;
  if (place.day.kind == DayKind::agreed) {
    node = day_node(schedule, place.day.date);
    if (!node) {
      throw std::invalid_argument(sdk::trf("{} är ingen överenskommen dag i rutinen", sdk::to_iso_date(place.day.date)));
    }
  } else if (!(node = schedule.child(element_of(place.day.kind)))) {
    // A kind of day the schedule left to another (storhelg days to other non-working days) starts as a
    // copy of it, so changing one actor leaves the others as they were.
    const auto was = hours(place);
    node = add_kind(schedule, place.day.kind);
    put_staffing(node, was);
  }
  remove_windows(node, actor);
  put_windows(node, actor, windows.value_or(std::vector<TimeWindow>{}));
  if (windows && windows->empty() && !place.municipality.empty()) {
    node.append_child("unstaffed").append_attribute("actor").set_value(std::string(to_string(actor)).c_str());
  }
  const std::string hours = windows && !windows->empty() ? windows_text(*windows)
                            : windows || place.municipality.empty() ? sdk::tr("inte bemannad")
                                                                     : sdk::tr("regionens tider");
  take(written(document), sdk::trf("{}: {} {}", place_text(place), actor_label(actor), hours));
}

void RoutineEditor::add_day(const std::string& municipality, year_month_day day)
{
  auto document = parsed(xml());
  auto schedule = schedule_node(document.document_element(), municipality);
  if (day_node(schedule, day)) {
    throw std::invalid_argument(sdk::trf("{} är redan en överenskommen dag", sdk::to_iso_date(day)));
  }
  const auto was = hours({municipality, {DayKind::agreed, day}});
  // In date order, each day after the comment that says what it is, as the new-version tool writes them.
  pugi::xml_node later;
  for (const auto existing : schedule.children("day")) {
    if (const auto date = sdk::from_iso_date(existing.attribute("date").value()); date && *date > day) {
      later = existing;
      break;
    }
  }
  if (later && later.previous_sibling().type() == pugi::node_comment) {
    later = later.previous_sibling();
  }
  auto comment = later ? schedule.insert_child_before(pugi::node_comment, later) : schedule.append_child(pugi::node_comment);
  comment.set_value((" " + describe(role_of(day)) + " ").c_str());
  auto added = schedule.insert_child_after("day", comment);
  added.append_attribute("date").set_value(sdk::to_iso_date(day).c_str());
  put_staffing(added, was);
  take(written(document), sdk::trf("{}: ny överenskommen dag {}", municipality.empty() ? sdk::tr("Regionen") : municipality,
                                   hours_day_label({DayKind::agreed, day})));
}

void RoutineEditor::remove_day(const std::string& municipality, year_month_day day)
{
  auto document = parsed(xml());
  auto schedule = schedule_node(document.document_element(), municipality);
  const auto node = day_node(schedule, day);
  if (!node) {
    throw std::invalid_argument(sdk::trf("{} är ingen överenskommen dag i rutinen", sdk::to_iso_date(day)));
  }
  // The comment that only said what the day is goes with it; any other stays.
  if (const auto comment = node.previous_sibling(); comment.type() == pugi::node_comment &&
                                                    trimmed(comment.value()) == describe(role_of(day))) {
    schedule.remove_child(comment);
  }
  const std::string label = hours_day_label({DayKind::agreed, day});
  schedule.remove_child(node);
  take(written(document), sdk::trf("{}: {} är inte längre en överenskommen dag", municipality.empty() ? sdk::tr("Regionen") : municipality, label));
}

void RoutineEditor::take(std::string xml, std::string change)
{
  auto routine = parse_staffing_routine(xml, file_);  // throws, and nothing changes, when it is not a valid routine
  states_.resize(current_ + 1);
  if (saved_ != never_saved && saved_ > current_) {
    saved_ = never_saved;  // the saved state was undone and is now gone: what is edited differs from the file
  }
  states_.push_back({std::move(xml), std::move(routine), std::move(change)});
  ++current_;
}

std::string RoutineEditor::undo_text() const
{
  return can_undo() ? states_[current_].change : std::string();
}

std::string RoutineEditor::redo_text() const
{
  return can_redo() ? states_[current_ + 1].change : std::string();
}

void RoutineEditor::undo()
{
  if (can_undo()) {
    --current_;
  }
}

void RoutineEditor::redo()
{
  if (can_redo()) {
    ++current_;
  }
}

void RoutineEditor::save(const std::filesystem::path& to)
{
  sdk::write_file_atomically(to, xml());
  file_ = to;
  saved_ = current_;
}

}  // namespace trygg::holiday
