// trygg-cli physician-time plan: what agreements mean in physician time for a municipality's units,
// side by side, and which input moves the result most.
#include "physician_time_command.hpp"

#include "agreement_appendix.hpp"
#include "physician_cover.hpp"
#include "physician_follow_up.hpp"
#include "physician_time_plan.hpp"

#include "trygg/sdk/atomic_file.hpp"
#include "trygg/sdk/cli11_command.hpp"
#include "trygg/sdk/text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>

namespace trygg::physician {
namespace {

using sdk::tr;
using sdk::trf;

struct PlanOptions {
  std::vector<std::string> agreements;
  std::string units;
  std::string delivered;
  std::string output;
  double contract_hours = 0;
  double patient_share = 0;
};

double rounded(double value)
{
  return std::round(value * 100.0) / 100.0;
}

// An agreement the plugin ships (by id), else a file.
PhysicianAgreement agreement_named(const std::vector<PhysicianAgreement>& shipped, const std::string& name)
{
  for (const auto& agreement : shipped) {
    if (agreement.id == name) {
      return agreement;
    }
  }
  if (std::filesystem::exists(name)) {
    return read_physician_agreement(name);
  }
  std::string known;
  for (const auto& agreement : shipped) {
    known += (known.empty() ? "" : ", ") + agreement.id;
  }
  throw sdk::HostError(trf("\"{}\" är varken ett avtal som pluginen har ({}) eller en fil", name, known));
}

// The week's gaps in physician cover: a finding since a physician's assessment must be available at any
// time of day (prop. 2025/26:19).
std::string cover_text(const WeekCover& cover)
{
  if (cover.gaps.empty()) {
    return "  " + std::string(tr("Läkare nåbar hela veckan (kontorstid och jour/beredskap)")) + "\n";
  }
  std::string gaps;
  for (const auto& gap : cover.gaps) {
    gaps += (gaps.empty() ? "" : ", ") + stretch_text(gap);
  }
  return "  " + trf("Ingen läkare att nå {:.0f} timmar i veckan: {}", cover.gap_minutes() / 60.0, gaps) + "\n";
}

nlohmann::json cover_json(const WeekCover& cover)
{
  nlohmann::json gaps = nlohmann::json::array();
  for (const auto& gap : cover.gaps) {
    gaps.push_back({{"from_minute", gap.from}, {"to_minute", gap.to}, {"text", stretch_text(gap)}});
  }
  return {{"gap_hours_per_week", rounded(cover.gap_minutes() / 60.0)}, {"gaps", gaps}};
}

nlohmann::json totals_json(const TimeTotal& total, const FteBasis& basis)
{
  return {{"minutes_per_week", rounded(total.minutes_per_week)},
          {"hours_per_week", rounded(total.hours_per_week())},
          {"hours_per_month", rounded(total.hours_per_month())},
          {"fte", rounded(basis.fte(total.hours_per_week()))},
          {"units", total.units},
          {"uncovered_units", total.uncovered_units}};
}

nlohmann::json plan_json(const PhysicianTimePlan& plan, const PhysicianTimePlan& baseline)
{
  nlohmann::json units = nlohmann::json::array();
  for (const auto& time : plan.units) {
    units.push_back({{"municipality", time.unit.municipality},
                     {"unit", time.unit.name},
                     {"category", time.unit.category},
                     {"covered", time.covered},
                     {"minutes_per_week", rounded(time.minutes())},
                     {"base_minutes", rounded(time.base_minutes)},
                     {"addition_minutes", rounded(time.addition_minutes)},
                     {"hours_per_week", rounded(time.minutes() / 60.0)}});
  }
  nlohmann::json municipalities = nlohmann::json::object();
  for (const auto& [name, total] : plan.per_municipality) {
    municipalities[name] = totals_json(total, plan.basis);
  }
  nlohmann::json primary_care = nlohmann::json::object();
  for (const auto& [name, total] : plan.per_primary_care) {
    primary_care[name] = totals_json(total, plan.basis);
  }
  nlohmann::json sensitivity = nlohmann::json::array();
  for (const auto& input : plan.sensitivity) {
    sensitivity.push_back({{"input", input.input}, {"name", input.name}, {"hours_per_week_per_minute", rounded(input.hours_per_week_per_minute)}});
  }
  return {{"agreement", {{"id", plan.agreement_id}, {"name", plan.agreement_name}, {"example", plan.example}}},
          {"contract_hours_per_week", plan.basis.contract_hours_per_week},
          {"patient_time_share", plan.basis.patient_time_share},
          {"total", totals_json(plan.total, plan.basis)},
          {"difference", {{"hours_per_week", rounded(plan.total.hours_per_week() - baseline.total.hours_per_week())},
                          {"fte", rounded(plan.fte() - baseline.fte())}}},
          {"per_municipality", municipalities},
          {"per_primary_care", primary_care},
          {"units", units},
          {"sensitivity", sensitivity},
          {"cover", cover_json(plan.cover)}};
}

std::string plan_text(const std::vector<PhysicianTimePlan>& plans, const std::string& units_file, std::size_t unit_count)
{
  std::string text = trf("Enheter: {} ({} st)\n\n", units_file, unit_count);
  // The figures first, so they line up whatever the scenarios are called.
  text += fmt::format("{:>9} {:>10} {:>8} {:>12}  {}\n", tr("TIM/VECKA"), tr("TIM/MÅNAD"), tr("HELTID"), tr("SKILLNAD"),
                      tr("SCENARIO"));
  for (const auto& plan : plans) {
    const double difference = plan.total.hours_per_week() - plans.front().total.hours_per_week();
    text += fmt::format("{:>9.2f} {:>10.2f} {:>8.2f} {:>12}  {}\n", plan.total.hours_per_week(), plan.total.hours_per_month(), plan.fte(),
                        &plan == &plans.front() ? std::string("–") : fmt::format("{:+.2f} tim", difference),
                        plan.agreement_name + (plan.example ? tr(" (exempel)") : ""));
  }
  for (const auto& plan : plans) {
    text += fmt::format("\n{}\n", plan.agreement_name);
    text += "  " + trf("En heltid: {} tim/vecka × {:.0f} % patienttid", plan.basis.contract_hours_per_week,
                       plan.basis.patient_time_share * 100) + "\n";
    for (const auto& [name, total] : plan.per_municipality) {
      text += fmt::format("  {:<40} {:>8.2f} {} {:>6.2f} {}\n", name, total.hours_per_week(), tr("tim/vecka"), plan.basis.fte(total.hours_per_week()),
                          tr("heltid"));
    }
    for (const auto& [name, total] : plan.per_primary_care) {
      text += fmt::format("    {:<38} {:>8.2f} {}\n", name, total.hours_per_week(), tr("tim/vecka"));
    }
    if (plan.total.uncovered_units > 0) {
      std::string names;
      for (const auto& time : plan.units) {
        if (!time.covered) {
          names += (names.empty() ? "" : ", ") + time.unit.name + " (" + time.unit.category + ")";
        }
      }
      text += "  " + trf("Utan taxa i avtalet: {}", names) + "\n";
    }
    text += cover_text(plan.cover);
    text += "  " + std::string(tr("Det som flyttar resultatet mest (+1 minut):")) + "\n";
    for (std::size_t index = 0; index < plan.sensitivity.size() && index < 5; ++index) {
      const auto& input = plan.sensitivity[index];
      text += fmt::format("    {:<40} {:+.2f} {}\n", input.name, input.hours_per_week_per_minute, tr("tim/vecka"));
    }
  }
  return text;
}

void plan_command(const std::vector<PhysicianAgreement>& shipped, const PlanOptions& options, sdk::CommandIo& io)
{
  std::vector<PhysicianAgreement> agreements;
  for (const auto& name : options.agreements) {
    agreements.push_back(agreement_named(shipped, name));
  }
  const auto units = read_care_units(options.units);
  // Known categories: those of every agreement shipped or given; a unit whose category a scenario lacks
  // is "not covered" there, a category no agreement knows is a misspelling.
  std::vector<PhysicianAgreement> known = shipped;
  known.insert(known.end(), agreements.begin(), agreements.end());
  check_categories(units, known, options.units);
  std::optional<FteBasis> basis;
  if (options.contract_hours > 0 || options.patient_share > 0) {
    basis = FteBasis{options.contract_hours > 0 ? options.contract_hours : agreements.front().contract_hours_per_week,
                     options.patient_share > 0 ? options.patient_share : agreements.front().patient_time_share};
  }
  std::vector<PhysicianTimePlan> plans;
  for (const auto& agreement : agreements) {
    plans.push_back(plan_physician_time(agreement, units, basis));
  }
  if (io.json()) {
    nlohmann::json scenarios = nlohmann::json::array();
    for (const auto& plan : plans) {
      scenarios.push_back(plan_json(plan, plans.front()));
    }
    io.out(nlohmann::json{{"units_file", options.units}, {"units", units.size()}, {"scenarios", scenarios}}.dump(2) + "\n");
    return;
  }
  io.out(plan_text(plans, options.units, units.size()));
}

// The one agreement a command names, and its plan for the units file (categories checked against every
// agreement known, shipped or given).
std::pair<PhysicianAgreement, PhysicianTimePlan> one_plan(const std::vector<PhysicianAgreement>& shipped, const PlanOptions& options)
{
  auto agreement = agreement_named(shipped, options.agreements.front());
  const auto units = read_care_units(options.units);
  std::vector<PhysicianAgreement> known = shipped;
  known.push_back(agreement);
  check_categories(units, known, options.units);
  auto plan = plan_physician_time(agreement, units);
  return {std::move(agreement), std::move(plan)};
}

void follow_up_command(const std::vector<PhysicianAgreement>& shipped, const PlanOptions& options, sdk::CommandIo& io)
{
  const auto [agreement, plan] = one_plan(shipped, options);
  const auto delivered = read_delivered(options.delivered);
  const auto result = follow_up(plan, delivered, agreement, options.delivered);
  if (io.json()) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : result.rows) {
      rows.push_back({{"municipality", row.delivered.municipality},
                      {"unit", row.delivered.unit},
                      {"week", row.delivered.week},
                      {"required_minutes", rounded(row.required_minutes)},
                      {"delivered_minutes", row.delivered.delivered_minutes},
                      {"coverage", rounded(row.coverage)},
                      {"light", light_label(row.light)},
                      {"rounds_missed", row.rounds_missed},
                      {"reviews_overdue", row.reviews_overdue}});
    }
    io.out(nlohmann::json{{"agreement", {{"id", agreement.id}, {"name", agreement.name}}},
                          {"target", result.target},
                          {"coverage", rounded(result.coverage())},
                          {"light", light_label(light_for(result.coverage(), result.target))},
                          {"rounds_missed", result.rounds_missed},
                          {"reviews_overdue", result.reviews_overdue},
                          {"calls", result.calls},
                          {"calls_in_time", result.calls_in_time},
                          {"rows", rows},
                          {"cover", cover_json(plan.cover)}}
               .dump(2) +
           "\n");
    return;
  }
  std::string text = trf("Uppföljning mot {} (mål: {:.0f} procent av avtalad tid)\n\n", agreement.name, result.target * 100);
  text += fmt::format("{:<9} {:>9} {:>9} {:>7} {:<5} {:>6} {:>6}  {}\n", tr("VECKA"), tr("AVTALAD"), tr("LEVERERAD"), tr("TÄCKN."),
                      tr("LÄGE"), tr("RONDER"), tr("LMG"), tr("ENHET"));
  for (const auto& row : result.rows) {
    text += fmt::format("{:<9} {:>9.0f} {:>9.0f} {:>6.0f}% {:<5} {:>6} {:>6}  {} ({})\n", row.delivered.week, row.required_minutes,
                        row.delivered.delivered_minutes, row.coverage * 100, tr(light_label(row.light)),
                        row.rounds_missed > 0 ? fmt::format("-{}", row.rounds_missed) : std::string("ok"),
                        row.reviews_overdue > 0 ? trf("{} sena", row.reviews_overdue) : std::string("ok"), row.delivered.unit,
                        row.delivered.municipality);
  }
  text += "\n" + trf("Totalt: {:.0f} procent av avtalad tid ({}); missade ronder: {}; försenade läkemedelsgenomgångar: {}; "
                     "samtal jourtid besvarade i tid: {} av {}",
                     result.coverage() * 100, tr(light_label(light_for(result.coverage(), result.target))), result.rounds_missed,
                     result.reviews_overdue, result.calls_in_time, result.calls) +
          "\n";
  text += cover_text(plan.cover);
  io.out(text);
}

void appendix_command(const std::vector<PhysicianAgreement>& shipped, const PlanOptions& options, sdk::CommandIo& io)
{
  const auto [agreement, plan] = one_plan(shipped, options);
  const auto html = agreement_appendix_html(agreement, plan);
  if (options.output.empty()) {
    io.out(html);
    return;
  }
  sdk::write_file_atomically(options.output, html);
  io.out(trf("Avtalsbilagan skrevs till {}", options.output) + "\n");
}

}  // namespace

int run_physician_time_command(const std::vector<PhysicianAgreement>& shipped, const std::vector<std::string>& arguments,
                               sdk::CommandIo& io)
{
  CLI::App command{tr("Läkarmedverkan: vad avtal och förslag betyder i läkartid"), "trygg-cli physician-time"};
  command.require_subcommand(1);
  PlanOptions options;
  auto* plan = command.add_subcommand("plan", tr("Läkartid per enhet, vårdcentral och kommun; scenarier sida vid sida"));
  plan->add_option("--agreement", options.agreements,
                   tr("Avtal eller förslag: id eller XML-fil; ange flera för att jämföra (det första är utgångsläget)"))
      ->required();
  plan->add_option("--units", options.units, tr("Enheter (CSV: municipality,unit,category,people,places,primary_care[,behov…])"))
      ->required();
  plan->add_option("--contract-hours", options.contract_hours, tr("Avtalade timmar per vecka för en heltid (standard: avtalets)"))
      ->check(CLI::Range(1.0, 80.0));
  plan->add_option("--patient-share", options.patient_share, tr("Andel av tiden med patienter, 0–1 (standard: avtalets)"))
      ->check(CLI::Range(0.01, 1.0));
  plan->callback([&] { plan_command(shipped, options, io); });
  auto* follow = command.add_subcommand("follow-up", tr("Levererad läkartid och uppgifter mot avtalet, per enhet och vecka"));
  follow->add_option("--agreement", options.agreements, tr("Avtalet: id eller XML-fil"))->required()->expected(1);
  follow->add_option("--units", options.units, tr("Enheter (CSV: municipality,unit,category,people,places,primary_care[,behov…])"))
      ->required();
  follow->add_option("--delivered", options.delivered,
                     tr("Levererat (CSV: municipality,unit,week,delivered_minutes,rounds_planned,rounds_done,reviews_due,"
                        "reviews_done,calls,calls_in_time)"))
      ->required();
  follow->callback([&] { follow_up_command(shipped, options, io); });
  auto* appendix = command.add_subcommand("appendix", tr("Avtalet som bilaga (HTML): taxor, tillägg, nåbarhet, uppgifter och läkartid"));
  appendix->add_option("--agreement", options.agreements, tr("Avtalet: id eller XML-fil"))->required()->expected(1);
  appendix->add_option("--units", options.units, tr("Enheter (CSV: municipality,unit,category,people,places,primary_care[,behov…])"))
      ->required();
  appendix->add_option("--output", options.output, tr("HTML-fil att skriva (utan: till standard ut)"));
  appendix->callback([&] { appendix_command(shipped, options, io); });
  return sdk::run_cli11_command(command, arguments, io);
}

}  // namespace trygg::physician
