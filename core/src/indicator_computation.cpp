#include "trygg/indicator.hpp"

#include "trygg/sdk/text_fold.hpp"
#include "trygg/time.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace trygg {
namespace {

using namespace std::chrono;

// One case's contribution: the Swedish date it counts on, and its days (days measures only).
struct Measured {
  CaseId id = 0;
  std::string municipality;
  year_month_day day;
  int days = 0;
};

// The episode of a case, if it ended: from the last start not taken back before the end.
std::optional<Measured> episode_of(const IndicatorDefinition& definition, const IndicatorCase& one)
{
  std::optional<Timestamp> started;
  for (const auto& [kind, at] : one.events) {
    if (kind == definition.from) {
      started = at;  // given again after being taken back, or renewed: the last one counts
    } else if (!definition.undone_by.empty() && kind == definition.undone_by) {
      started.reset();
    } else if (kind == definition.to && started) {
      // Calendar days in Swedish time: a start at 23:59 and an end at 00:01 the next day is one day.
      const int days = static_cast<int>((sys_days{local_date(at)} - sys_days{local_date(*started)}).count()) + definition.same_day;
      return Measured{one.id, one.municipality, local_date(at), days};
    }
  }
  return std::nullopt;
}

std::optional<Measured> counted_event(const IndicatorDefinition& definition, const IndicatorCase& one)
{
  for (const auto& [kind, at] : one.events) {
    if (kind == definition.event) {
      return Measured{one.id, one.municipality, local_date(at), 0};
    }
  }
  return std::nullopt;
}

std::string group_of(IndicatorGrouping grouping, const Measured& measured)
{
  const int year = static_cast<int>(measured.day.year());
  const auto month = static_cast<unsigned>(measured.day.month());
  switch (grouping) {
    case IndicatorGrouping::municipality:
      return measured.municipality;
    case IndicatorGrouping::month:
      return fmt::format("{}-{:02}", year, month);
    case IndicatorGrouping::quarter:
      return fmt::format("{} K{}", year, (month - 1) / 3 + 1);
    case IndicatorGrouping::year:
      return std::to_string(year);
  }
  return {};
}

IndicatorCell cell_of(const IndicatorDefinition& definition, std::string group, const std::vector<const Measured*>& members)
{
  IndicatorCell cell;
  cell.group = std::move(group);
  cell.cases = static_cast<int>(members.size());
  for (const auto* member : members) {
    cell.case_ids.push_back(member->id);
  }
  std::sort(cell.case_ids.begin(), cell.case_ids.end());
  if (definition.measure != IndicatorDefinition::Measure::days || members.empty()) {
    return cell;
  }
  std::vector<int> days;
  for (const auto* member : members) {
    days.push_back(member->days);
  }
  std::sort(days.begin(), days.end());
  const double count = static_cast<double>(days.size());
  cell.mean = std::accumulate(days.begin(), days.end(), 0.0) / count;
  const auto middle = days.size() / 2;
  cell.median = days.size() % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
  // Nearest rank: the smallest value with at least 90 % of the episodes at or below it.
  const auto rank = static_cast<std::size_t>(std::ceil(0.9 * count));
  cell.p90 = days[std::max<std::size_t>(rank, 1) - 1];
  for (const int within : definition.share_within) {
    // Within N days: ended no later than N calendar days after the start (counted as the definition counts).
    const auto inside = std::count_if(days.begin(), days.end(), [&](int value) { return value - definition.same_day <= within; });
    cell.shares.emplace_back(within, static_cast<double>(inside) / count);
  }
  return cell;
}

}  // namespace

std::optional<IndicatorGrouping> indicator_grouping_from(std::string_view text)
{
  if (text == "municipality") {
    return IndicatorGrouping::municipality;
  }
  if (text == "month") {
    return IndicatorGrouping::month;
  }
  if (text == "quarter") {
    return IndicatorGrouping::quarter;
  }
  if (text == "year") {
    return IndicatorGrouping::year;
  }
  return std::nullopt;
}

IndicatorResult compute_indicator(const IndicatorDefinition& definition, const std::vector<IndicatorCase>& cases, year_month_day first,
                                  year_month_day last, IndicatorGrouping grouping, const std::vector<std::string>& municipalities)
{
  std::vector<Measured> measured;
  for (const auto& one : cases) {
    auto found = definition.measure == IndicatorDefinition::Measure::days ? episode_of(definition, one) : counted_event(definition, one);
    if (!found || found->day < first || found->day > last) {
      continue;
    }
    if (definition.measure == IndicatorDefinition::Measure::days && found->days - definition.same_day < definition.at_least) {
      continue;
    }
    measured.push_back(std::move(*found));
  }
  // Groups: the municipalities asked for (with or without cases), then whatever else the cases have;
  // periods in time order.
  std::vector<std::string> order;
  if (grouping == IndicatorGrouping::municipality) {
    order = municipalities;
  }
  std::map<std::string, std::vector<const Measured*>> members;
  for (const auto& each : measured) {
    members[group_of(grouping, each)].push_back(&each);
  }
  std::vector<std::string> others;
  for (const auto& [group, ignored] : members) {
    const auto same = [&](const std::string& named) { return sdk::fold_for_search(named) == sdk::fold_for_search(group); };
    if (std::none_of(order.begin(), order.end(), same)) {
      others.push_back(group);
    }
  }
  if (grouping == IndicatorGrouping::municipality) {
    std::sort(others.begin(), others.end(),
              [](const std::string& a, const std::string& b) { return sdk::swedish_sort_key(a) < sdk::swedish_sort_key(b); });
  }
  order.insert(order.end(), others.begin(), others.end());

  IndicatorResult result{&definition, {}, {}};
  std::vector<const Measured*> everyone;
  for (const auto& each : measured) {
    everyone.push_back(&each);
  }
  for (const auto& group : order) {
    std::vector<const Measured*> in_group;
    for (const auto& [name, list] : members) {
      if (sdk::fold_for_search(name) == sdk::fold_for_search(group)) {
        in_group.insert(in_group.end(), list.begin(), list.end());
      }
    }
    result.groups.push_back(cell_of(definition, group, in_group));
  }
  result.total = cell_of(definition, {}, everyone);
  return result;
}

}  // namespace trygg
