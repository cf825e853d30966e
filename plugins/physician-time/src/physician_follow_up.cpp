#include "physician_follow_up.hpp"

#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/csv.hpp"
#include "trygg/sdk/text.hpp"

#include <optional>
#include <array>
#include <regex>

namespace trygg::physician {
namespace {

constexpr const char* header[] = {"municipality", "unit", "week", "delivered_minutes", "rounds_planned", "rounds_done",
                                  "reviews_due", "reviews_done", "calls", "calls_in_time"};
constexpr std::size_t columns = std::size(header);

}  // namespace

std::vector<DeliveredWeek> read_delivered(const std::filesystem::path& csv)
{
  const auto rows = sdk::read_csv_rows(csv);
  if (rows.empty()) {
    throw sdk::ContentError({{csv, 0, {}, sdk::tr("filen har inga rader")}});
  }
  for (std::size_t column = 0; column < columns; ++column) {
    if (rows.front().fields.size() != columns || rows.front().fields[column] != header[column]) {
      throw sdk::ContentError({{csv, rows.front().line, {}, sdk::tr("första raden ska vara rubriken municipality,unit,week,"
                                                                    "delivered_minutes,rounds_planned,rounds_done,reviews_due,"
                                                                    "reviews_done,calls,calls_in_time")}});
    }
  }
  static const std::regex iso_week(R"(\d{4}-W(0[1-9]|[1-4]\d|5[0-3]))");
  std::vector<sdk::ContentProblem> problems;
  std::vector<DeliveredWeek> result;
  for (std::size_t index = 1; index < rows.size(); ++index) {
    const auto& row = rows[index];
    const auto problem = [&](std::string message) { problems.push_back({csv, row.line, {}, std::move(message)}); };
    if (row.fields.size() != columns) {
      problem(sdk::trf("{} fält, väntade {}", row.fields.size(), columns));
      continue;
    }
    DeliveredWeek week{row.fields[0], row.fields[1], row.fields[2], 0, 0, 0, 0, 0, 0, 0, row.line};
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
    result.push_back(std::move(week));
  }
  if (!problems.empty()) {
    throw sdk::ContentError(std::move(problems));
  }
  return result;
}

Light light_for(double coverage, double target)
{
  if (coverage >= target) {
    return Light::green;
  }
  return coverage >= target - 0.15 ? Light::yellow : Light::red;
}

const char* light_label(Light light)
{
  switch (light) {
    case Light::green: return N_("grön");
    case Light::yellow: return N_("gul");
    case Light::red: return N_("röd");
  }
  return N_("röd");
}

FollowUp follow_up(const PhysicianTimePlan& plan, const std::vector<DeliveredWeek>& delivered, const PhysicianAgreement& agreement,
                   const std::filesystem::path& delivered_file)
{
  FollowUp result;
  for (const auto& indicator : agreement.indicators) {
    if (indicator.id == "coverage" && indicator.target) {
      result.target = *indicator.target;
    }
  }
  std::vector<sdk::ContentProblem> problems;
  for (const auto& week : delivered) {
    const UnitTime* required = nullptr;
    for (const auto& time : plan.units) {
      if (time.unit.municipality == week.municipality && time.unit.name == week.unit) {
        required = &time;
      }
    }
    if (required == nullptr) {
      problems.push_back({delivered_file, week.line, {}, sdk::trf("enheten {} i {} finns inte bland enheterna", week.unit, week.municipality)});
      continue;
    }
    FollowUpRow row{week, required->minutes(), 1.0, Light::green, std::max(0, week.rounds_planned - week.rounds_done),
                    std::max(0, week.reviews_due - week.reviews_done)};
    row.coverage = row.required_minutes > 0 ? week.delivered_minutes / row.required_minutes : 1.0;
    row.light = light_for(row.coverage, result.target);
    result.required_minutes += row.required_minutes;
    result.delivered_minutes += week.delivered_minutes;
    result.rounds_missed += row.rounds_missed;
    result.reviews_overdue += row.reviews_overdue;
    result.calls += week.calls;
    result.calls_in_time += week.calls_in_time;
    result.rows.push_back(row);
  }
  if (!problems.empty()) {
    throw sdk::ContentError(std::move(problems));
  }
  return result;
}

}  // namespace trygg::physician
