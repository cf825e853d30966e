#include "delivered_weeks.hpp"

#include "care_units.hpp"

#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/text.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <regex>

namespace trygg::physician {
namespace {

constexpr std::array<const char*, 10> header = {"municipality", "unit",         "week",  "delivered_minutes", "rounds_planned",
                                                "rounds_done",  "reviews_due", "reviews_done", "calls", "calls_in_time"};
constexpr std::size_t columns = header.size();

std::string count_text(double value)
{
  return std::to_string(static_cast<long long>(value));
}

}  // namespace

std::vector<std::string> delivered_header()
{
  return {header.begin(), header.end()};
}

std::vector<DeliveredWeek> read_delivered(const std::filesystem::path& csv)
{
  return delivered_from(sdk::read_csv_rows(csv), csv);
}

std::vector<DeliveredWeek> delivered_from(const std::vector<sdk::CsvRow>& rows, const std::filesystem::path& where)
{
  if (rows.empty()) {
    throw sdk::ContentError({{where, 0, {}, sdk::tr("filen har inga rader")}});
  }
  if (rows.front().fields != delivered_header()) {
    throw sdk::ContentError({{where, rows.front().line, {}, sdk::tr("första raden ska vara rubriken municipality,unit,week,"
                                                                    "delivered_minutes,rounds_planned,rounds_done,reviews_due,"
                                                                    "reviews_done,calls,calls_in_time")}});
  }
  static const std::regex iso_week(R"(\d{4}-W(0[1-9]|[1-4]\d|5[0-3]))");
  std::vector<sdk::ContentProblem> problems;
  std::vector<DeliveredWeek> result;
  for (std::size_t index = 1; index < rows.size(); ++index) {
    const auto& row = rows[index];
    const auto problem = [&](std::string message) { problems.push_back({where, row.line, {}, std::move(message)}); };
    if (row.fields.size() != columns) {
      problem(sdk::trf("{} fält, väntade {}", row.fields.size(), columns));
      continue;
    }
    DeliveredWeek week{row.fields[0], row.fields[1], row.fields[2], 0, 0, 0, 0, 0, 0, 0, row.line};
    if (week.municipality.empty() || week.unit.empty()) {
      problem(sdk::tr("kommun och enhet behövs"));
      continue;
    }
    if (!std::regex_match(week.week, iso_week)) {
      problem(sdk::trf("\"{}\" är ingen vecka; skriv t.ex. 2026-W47", week.week));
      continue;
    }
    std::array<int, 7> counts{};
    bool good = true;
    for (std::size_t column = 3; column < columns; ++column) {
      if (const auto value = count_of(row.fields[column])) {
        counts[column - 3] = *value;
      } else {
        problem(sdk::trf("{}: \"{}\" är inget antal", header[column], row.fields[column]));
        good = false;
      }
    }
    if (!good) {
      continue;
    }
    week.delivered_minutes = counts[0];
    week.rounds_planned = counts[1];
    week.rounds_done = counts[2];
    week.reviews_due = counts[3];
    week.reviews_done = counts[4];
    week.calls = counts[5];
    week.calls_in_time = counts[6];
    if (week.calls_in_time > week.calls || week.rounds_done > week.rounds_planned + 7) {
      problem(sdk::tr("fler besvarade samtal än samtal, eller orimligt många ronder"));
      continue;
    }
    // One report per unit and week: a second would be added to the first without anyone seeing it.
    for (const auto& earlier : result) {
      if (earlier.municipality == week.municipality && earlier.unit == week.unit && earlier.week == week.week) {
        problem(sdk::trf("{} i {} vecka {} finns redan på rad {}", week.unit, week.municipality, week.week, earlier.line));
        good = false;
        break;
      }
    }
    if (good) {
      result.push_back(std::move(week));
    }
  }
  if (!problems.empty()) {
    throw sdk::ContentError(std::move(problems));
  }
  return result;
}

std::vector<std::vector<std::string>> delivered_rows(const std::vector<DeliveredWeek>& weeks)
{
  std::vector<std::vector<std::string>> rows;
  for (const auto& week : weeks) {
    rows.push_back({week.municipality, week.unit, week.week, count_text(week.delivered_minutes),
                    std::to_string(week.rounds_planned), std::to_string(week.rounds_done), std::to_string(week.reviews_due),
                    std::to_string(week.reviews_done), std::to_string(week.calls), std::to_string(week.calls_in_time)});
  }
  return rows;
}

std::string delivered_json(const std::vector<DeliveredWeek>& weeks)
{
  // Kept as the rows a table or a file has, so reading them back runs the very same checks.
  return nlohmann::json{{"header", delivered_header()}, {"rows", delivered_rows(weeks)}}.dump();
}

std::vector<DeliveredWeek> delivered_from_json(const std::string& json)
{
  const auto document = nlohmann::json::parse(json, nullptr, false);
  const std::filesystem::path where = sdk::tr("den sparade leveransen");
  if (document.is_discarded() || !document.is_object() || !document.contains("rows") || !document["rows"].is_array()) {
    throw sdk::ContentError({{where, 0, {}, sdk::tr("kunde inte läsas")}});
  }
  std::vector<sdk::CsvRow> rows{{0, delivered_header()}};
  int line = 0;
  for (const auto& item : document["rows"]) {
    std::vector<std::string> fields;
    if (item.is_array()) {
      for (const auto& field : item) {
        fields.push_back(field.is_string() ? field.get<std::string>() : field.dump());
      }
    }
    rows.push_back({++line, std::move(fields)});
  }
  return delivered_from(rows, where);
}

}  // namespace trygg::physician
