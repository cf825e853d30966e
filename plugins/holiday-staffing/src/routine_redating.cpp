#include "routine_redating.hpp"

#include "staffing_routine.hpp"
#include "storhelg.hpp"

#include "trygg/sdk/clock.hpp"
#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/swedish_calendar.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"
#include "trygg/sdk/xml_file.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace trygg::holiday {
namespace {

using namespace std::chrono;

year_month_day shifted(year_month_day day, int by)
{
  return year_month_day{sys_days{day} + days{by}};
}

// The calendar's names start with a capital ("Julafton", "Påskhelgen"), always an ASCII letter.
std::string in_sentence(std::string name)
{
  if (!name.empty() && name.front() >= 'A' && name.front() <= 'Z') {
    name.front() = static_cast<char>(name.front() - 'A' + 'a');
  }
  return name;
}

// Blocks of the year and of the year before (the New Year block of December runs into January).
std::vector<StorhelgBlock> blocks_around(int year)
{
  auto blocks = storhelg_blocks(year - 1, {"nyar"});
  for (auto& block : storhelg_blocks(year)) {
    blocks.push_back(std::move(block));
  }
  return blocks;
}

// "julhelgen": the storhelg's name as it reads inside a sentence.
std::string block_name(const std::string& id)
{
  for (const auto& block : storhelg_blocks(2026)) {
    if (block.id == id) {
      return in_sentence(block.name);
    }
  }
  return id;
}

// A new year's storhelg block of the same kind: the one with that id whose anchor is in the year (the
// New Year block belongs to the year whose 31 December starts it).
std::optional<StorhelgBlock> block_in(const std::string& id, int year)
{
  for (auto& block : storhelg_blocks(year, {id})) {
    return block;
  }
  return std::nullopt;
}

}  // namespace

DayRole role_of(year_month_day day)
{
  if (const auto named = sdk::holiday_on(day)) {
    return {DayRole::Kind::named, named->name, 0, {}};
  }
  const int year = static_cast<int>(day.year());
  for (const auto& block : blocks_around(year)) {
    if (block.contains(day)) {
      // Counted from the nearer end, so "the last day" stays the last in a longer or shorter block.
      const int from_first = static_cast<int>((sys_days{day} - sys_days{block.first}).count());
      const int from_last = static_cast<int>((sys_days{block.last} - sys_days{day}).count());
      return {DayRole::Kind::in_storhelg, block.id, from_first <= from_last ? from_first : -1 - from_last, {}};
    }
  }
  if (sdk::is_working_day(day)) {
    for (const auto& block : blocks_around(year)) {
      if (sdk::is_working_day(day) && shifted(block.last, 1) <= day && day <= shifted(block.last, 4)) {
        bool first_after = true;
        for (auto between = shifted(block.last, 1); between < day; between = shifted(between, 1)) {
          first_after = first_after && !sdk::is_working_day(between);
        }
        if (first_after) {
          return {DayRole::Kind::after_storhelg, block.id, 0, {}};
        }
      }
      if (shifted(day, 1) <= block.first && block.first <= shifted(day, 4)) {
        bool last_before = true;
        for (auto between = shifted(day, 1); between < block.first; between = shifted(between, 1)) {
          last_before = last_before && !sdk::is_working_day(between);
        }
        if (last_before) {
          return {DayRole::Kind::before_storhelg, block.id, 0, {}};
        }
      }
    }
  }
  return {DayRole::Kind::by_date, {}, 0, month_day{day.month(), day.day()}};
}

std::optional<year_month_day> day_in(const DayRole& role, int year)
{
  switch (role.kind) {
    case DayRole::Kind::named:
      for (const auto& day : sdk::swedish_holidays(year)) {
        if (day.name == role.name) {
          return day.date;
        }
      }
      return std::nullopt;
    case DayRole::Kind::in_storhelg: {
      const auto block = block_in(role.name, year);
      if (!block) {
        return std::nullopt;
      }
      const auto day = role.position >= 0 ? shifted(block->first, role.position) : shifted(block->last, role.position + 1);
      return block->contains(day) ? std::optional(day) : std::nullopt;
    }
    case DayRole::Kind::after_storhelg: {
      const auto block = block_in(role.name, year);
      if (!block) {
        return std::nullopt;
      }
      auto day = shifted(block->last, 1);
      while (!sdk::is_working_day(day)) {
        day = shifted(day, 1);
      }
      return day;
    }
    case DayRole::Kind::before_storhelg: {
      const auto block = block_in(role.name, year);
      if (!block) {
        return std::nullopt;
      }
      auto day = shifted(block->first, -1);
      while (!sdk::is_working_day(day)) {
        day = shifted(day, -1);
      }
      return day;
    }
    case DayRole::Kind::by_date: {
      const year_month_day day{std::chrono::year{year}, role.date.month(), role.date.day()};
      return day.ok() ? std::optional(day) : std::nullopt;  // 29 February
    }
  }
  return std::nullopt;
}

std::string describe(const DayRole& role)
{
  switch (role.kind) {
    case DayRole::Kind::named:
      return in_sentence(role.name);
    case DayRole::Kind::in_storhelg:
      if (role.position == 0) {
        return sdk::trf("första dagen i {}", block_name(role.name));
      }
      if (role.position == -1) {
        return sdk::trf("sista dagen i {}", block_name(role.name));
      }
      return role.position > 0 ? sdk::trf("dag {} i {}", role.position + 1, block_name(role.name))
                               : sdk::trf("dag {} från slutet av {}", -role.position, block_name(role.name));
    case DayRole::Kind::after_storhelg:
      return sdk::trf("första vardagen efter {}", block_name(role.name));
    case DayRole::Kind::before_storhelg:
      return sdk::trf("sista vardagen före {}", block_name(role.name));
    case DayRole::Kind::by_date:
      return sdk::trf("samma datum ({:02}-{:02})", static_cast<unsigned>(role.date.month()), static_cast<unsigned>(role.date.day()));
  }
  return {};
}

namespace {

// Every four-digit year in the text (not part of a longer number) moved on by `by`: "jul 2026" -> "jul 2027".
std::string years_moved(std::string text, int by)
{
  std::string moved;
  for (std::size_t at = 0; at < text.size();) {
    const auto digits = [&](std::size_t from) {
      std::size_t end = from;
      while (end < text.size() && text[end] >= '0' && text[end] <= '9') {
        ++end;
      }
      return end - from;
    };
    const std::size_t length = digits(at);
    if (length == 4 && (text[at] == '1' || text[at] == '2')) {
      moved += std::to_string(std::stoi(text.substr(at, 4)) + by);
    } else {
      moved += text.substr(at, std::max<std::size_t>(length, 1));
    }
    at += std::max<std::size_t>(length, 1);
  }
  return moved;
}

}  // namespace

NewVersionRequest suggested_next_version(const StaffingRoutine& old)
{
  const auto first = shifted(old.last_day(), 1);
  const int years = static_cast<int>(old.last_day().year()) - static_cast<int>(old.valid_from.year()) + 1;
  const bool whole_years = old.valid_from.month() == January && old.valid_from.day() == day{1} && old.last_day().month() == December &&
                           old.last_day().day() == day{31};
  const auto last = whole_years || first.month() == January ? year_month_day{first.year() + std::chrono::years{years - 1}, December, day{31}}
                                                            : shifted(first, static_cast<int>((sys_days{old.last_day()} - sys_days{old.valid_from}).count()));
  const int by = static_cast<int>(first.year()) - static_cast<int>(old.valid_from.year());
  std::string id = years_moved(old.id, by);
  if (id == old.id) {
    id = old.id + "-" + std::to_string(static_cast<int>(first.year()));
  }
  return {id, old.version + 1, years_moved(old.name, by), first, last, old.example};
}

NewVersion new_version(const std::filesystem::path& from, const NewVersionRequest& request)
{
  const auto old = read_staffing_routine(from);  // valid, or named with file and line
  std::vector<sdk::ContentProblem> problems;
  const auto refuse = [&](std::string message) { problems.push_back({from, old.line, "staffing-routine", std::move(message)}); };
  if (sys_days{request.valid_to} < sys_days{request.valid_from}) {
    refuse(sdk::trf("den nya versionen slutar {} före den börjar {}", sdk::to_iso_date(request.valid_to), sdk::to_iso_date(request.valid_from)));
  }
  if (sys_days{request.valid_from} <= sys_days{old.valid_from}) {
    refuse(sdk::trf("den nya versionen börjar {}, inte efter den gamla ({})", sdk::to_iso_date(request.valid_from),
                    sdk::to_iso_date(old.valid_from)));
  }
  if (request.version <= old.version) {
    refuse(sdk::trf("versionsnumret {} är inte högre än den gamlas ({})", request.version, old.version));
  }
  if (request.id.empty() || request.id == old.id) {
    refuse(sdk::trf("den nya versionen behöver ett eget id, inte {}", old.id));
  }
  if (!problems.empty()) {
    throw sdk::ContentError(std::move(problems));
  }

  // The old file as written, comments and all, so the process owner reads the same document.
  pugi::xml_document document;
  const auto text = sdk::read_text_file(from);
  (void)document.load_string(text.c_str(), pugi::parse_default | pugi::parse_comments | pugi::parse_declaration);
  auto root = document.document_element();
  root.attribute("id").set_value(request.id.c_str());
  root.attribute("version").set_value(request.version);
  if (!request.name.empty()) {
    root.attribute("name").set_value(request.name.c_str());
  }
  root.attribute("valid-from").set_value(sdk::to_iso_date(request.valid_from).c_str());
  root.attribute("valid-to").set_value(sdk::to_iso_date(request.valid_to).c_str());
  for (const char* gone : {"example", "status", "decided-by", "decided-on", "reference", "replaces"}) {
    root.remove_attribute(gone);
  }
  if (request.example) {
    root.append_attribute("example").set_value("true");
  }
  root.append_attribute("status").set_value("utkast");
  root.append_attribute("replaces").set_value(old.id.c_str());
  auto source = root.child("source");
  const std::string note = sdk::trf("Ny version gjord {} från {} version {} ({}). Varje överenskommen dag är flyttad efter "
                                    "kalendern; granska dagarna och tiderna innan rutinen skickas på remiss.",
                                    sdk::to_iso_date(sdk::swedish_today()), old.id, old.version, from.filename().string());
  source.text().set((note + "\n" + source.child_value()).c_str());

  NewVersion result;
  const int first_year = static_cast<int>(request.valid_from.year());
  const int last_year = static_cast<int>(request.valid_to.year());
  const auto in_validity = [&](year_month_day day) {
    return sys_days{request.valid_from} <= sys_days{day} && sys_days{day} <= sys_days{request.valid_to};
  };
  // Per schedule (region, each municipality): named days first, so a moved day never lands on one.
  std::vector<pugi::xml_node> schedules{root.child("region")};
  for (auto municipality : root.children("municipality")) {
    schedules.push_back(municipality);
  }
  // Where the region's days went: a municipality's override of one of them goes with it (and stays
  // behind with it), and a municipality's own day never lands on one of the region's.
  std::map<sys_days, std::vector<year_month_day>> region_moved;
  std::set<sys_days> region_taken;
  for (auto schedule : schedules) {
    const bool is_region = schedule == root.child("region");
    const std::string schedule_name = schedule.attribute("name").value();
    std::vector<pugi::xml_node> old_days;
    for (auto day : schedule.children("day")) {
      old_days.push_back(day);
    }
    std::stable_partition(old_days.begin(), old_days.end(), [](pugi::xml_node day) {
      return role_of(*sdk::from_iso_date(day.attribute("date").value())).kind == DayRole::Kind::named;
    });
    std::set<sys_days> taken;
    std::map<sys_days, std::pair<pugi::xml_node, std::string>> placed;  // new date: the day it copies, and why
    for (const auto day : old_days) {
      const auto date = *sdk::from_iso_date(day.attribute("date").value());
      const auto role = role_of(date);
      MovedDay moved{schedule_name, date, describe(role), {}, {}};
      const auto with_region = is_region ? region_moved.end() : region_moved.find(sys_days{date});
      for (int year = first_year; year <= last_year; ++year) {
        auto target = day_in(role, year);
        if (with_region != region_moved.end()) {
          const auto& went = with_region->second;
          const auto that_year = std::find_if(went.begin(), went.end(), [year](year_month_day to) { return static_cast<int>(to.year()) == year; });
          if (that_year == went.end()) {
            if (target && in_validity(*target)) {
              moved.not_moved.push_back(sdk::trf("{}: regionens dag flyttades inte", year));
            }
            continue;
          }
          target = *that_year;
        } else if (!is_region && target && region_taken.count(sys_days{*target}) > 0 && in_validity(*target)) {
          moved.not_moved.push_back(sdk::trf("{}: {} är redan en annan överenskommen dag", year, sdk::to_iso_date(*target)));
          continue;
        }
        if (!target) {
          moved.not_moved.push_back(sdk::trf("{}: finns inte det året", year));
        } else if (!in_validity(*target)) {
          continue;  // the year's day falls outside the new validity: nothing to say
        } else if (!taken.insert(sys_days{*target}).second) {
          moved.not_moved.push_back(sdk::trf("{}: {} är redan en annan överenskommen dag", year, sdk::to_iso_date(*target)));
        } else {
          moved.to.push_back(*target);
          placed.emplace(sys_days{*target}, std::pair{day, moved.role});
        }
      }
      if (is_region) {
        region_moved[sys_days{date}] = moved.to;
      }
      result.days.push_back(std::move(moved));
    }
    if (is_region) {
      region_taken = taken;
    }
    // The new days in date order where the old ones stood, each with what it is, then the old ones go.
    const auto anchor = old_days.empty() ? pugi::xml_node{} : schedule.child("day");
    for (const auto& [date, copied] : placed) {
      const auto iso = sdk::to_iso_date(year_month_day{date});
      auto comment = anchor ? schedule.insert_child_before(pugi::node_comment, anchor) : schedule.append_child(pugi::node_comment);
      comment.set_value((" " + copied.second + " ").c_str());
      auto copy = anchor ? schedule.insert_copy_before(copied.first, anchor) : schedule.append_copy(copied.first);
      copy.attribute("date").set_value(iso.c_str());
    }
    for (const auto day : old_days) {
      schedule.remove_child(day);
    }
  }
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  result.xml = out.str();
  return result;
}

}  // namespace trygg::holiday
