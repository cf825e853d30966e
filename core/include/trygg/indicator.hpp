#pragma once
// Follow-up indicators (uppföljning): measures of what the processes already record, defined as data
// (schemas/indicator.xsd) in terms of their event kinds, and computed per municipality or per month,
// quarter or year, for a county to steer its care transitions by. Core knows no process: a definition
// names the process and the event kinds, and is refused unless a loaded plugin declares them.

#include "trygg/care_case.hpp"
#include "trygg/plugin_host.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trygg {

struct IndicatorDefinition {
  enum class Measure { count, days };
  std::string id;
  int version = 0;
  std::string name;
  std::string unit;     // what a count counts, or "dagar"
  std::string process;  // whose cases it counts
  std::string variant;  // which definition of a measure defined in more than one way, or empty
  std::string source;
  Measure measure = Measure::count;
  std::string event;      // count: the event counted
  std::string from;       // days: where an episode starts ...
  std::string to;         // ... and ends
  std::string undone_by;  // days: what takes a start back, or empty
  int same_day = 0;       // days: what an episode ending the day it starts counts as (0 or 1)
  int at_least = 0;       // days: shorter episodes are left out
  std::vector<int> share_within;  // days: the shares reported, ended within so many days
  std::filesystem::path file;
  int line = 0;
};

// Reads a definition; throws ContentError naming file and line for a broken file, and for a process or
// event kind that `plugins` does not declare (the event kinds of the plugin that declares the process).
[[nodiscard]] IndicatorDefinition read_indicator(const std::filesystem::path& file, const PluginHost& plugins);

// Every definition the loaded plugins carry (data files of schema indicator.xsd), in load order; a file
// that is refused is told in `refused` (file, line and why) and left out.
struct IndicatorCatalogue {
  std::vector<IndicatorDefinition> definitions;
  std::vector<std::string> refused;
  [[nodiscard]] const IndicatorDefinition* find(const std::string& id) const;
};
[[nodiscard]] IndicatorCatalogue read_indicators(const PluginHost& plugins);

// A case as indicators read it: where its person lives and its active events, oldest first.
struct IndicatorCase {
  CaseId id = 0;
  std::string municipality;
  std::vector<std::pair<std::string, Timestamp>> events;
};

class Storage;
// Every case of the process with its active events, as indicators read them (one read per case for now).
[[nodiscard]] std::vector<IndicatorCase> indicator_cases(const Storage& storage, const std::string& process);

enum class IndicatorGrouping { municipality, month, quarter, year };
[[nodiscard]] std::optional<IndicatorGrouping> indicator_grouping_from(std::string_view text);

// One figure of an indicator: for one group (a municipality, "2026-11", "2026 K4", "2026") or the whole.
struct IndicatorCell {
  std::string group;
  int cases = 0;  // count: cases with the event; days: episodes counted
  std::optional<double> mean;
  std::optional<double> median;
  std::optional<double> p90;  // the nearest-rank 90th percentile
  std::vector<std::pair<int, double>> shares;  // (within days, share 0..1) as the definition asks
  std::vector<CaseId> case_ids;  // the cases behind the figure, by number
};

struct IndicatorResult {
  const IndicatorDefinition* definition = nullptr;
  std::vector<IndicatorCell> groups;  // by group, in order (municipalities as given first, then alphabetical)
  IndicatorCell total;
};

// Computes one indicator over the cases for the days `first`..`last` (Swedish dates, inclusive): an event
// counts, and an episode, on the Swedish date of its event or end. `municipalities` are shown even with
// no case (a municipality with no events in the period is 0, not missing).
[[nodiscard]] IndicatorResult compute_indicator(const IndicatorDefinition& definition, const std::vector<IndicatorCase>& cases,
                                                std::chrono::year_month_day first, std::chrono::year_month_day last,
                                                IndicatorGrouping grouping, const std::vector<std::string>& municipalities = {});

// A table of figures, for the CLI and the app alike: the columns after the group ("episoder", "medel", "median",
// "90:e percentil", "samma dag", "inom 1 d" …, or the unit of a count), one cell's texts in that order, and the
// indicator's name with its variant.
[[nodiscard]] std::vector<std::string> indicator_columns(const IndicatorDefinition& definition);
[[nodiscard]] std::vector<std::string> indicator_cell_texts(const IndicatorDefinition& definition, const IndicatorCell& cell);
[[nodiscard]] std::string indicator_title(const IndicatorDefinition& definition);
// The one figure a chart draws: the count, or the mean days (none without episodes).
[[nodiscard]] std::optional<double> indicator_figure(const IndicatorDefinition& definition, const IndicatorCell& cell);

}  // namespace trygg
