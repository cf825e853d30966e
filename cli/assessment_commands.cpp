// trygg-cli assess, assessments, instruments: scored instruments on a case from the command line.
#include "cli_context.hpp"

#include "trygg/assessment_overview.hpp"
#include "trygg/i18n.hpp"

#include <fmt/format.h>

namespace trygg::cli {
namespace {

struct AssessOptions {
  std::string target;
  std::string instrument;
  std::vector<std::string> answers;  // key=value[,value…]
};

Workspace::Instrument require_instrument(Workspace& workspace, const CareCase& care_case, const std::string& id)
{
  std::string known;
  for (const auto& offered : workspace.instruments_for(care_case)) {
    if (offered.instrument->id == id) {
      return offered;
    }
    known += (known.empty() ? "" : ", ") + offered.instrument->id;
  }
  throw std::invalid_argument(trf("Instrumentet \"{}\" finns inte för ärende {} (finns: {})", id, care_case.id, known.empty() ? tr("inga") : known));
}

InstrumentAnswers parse_answers(const std::vector<std::string>& texts)
{
  InstrumentAnswers answers;
  for (const auto& text : texts) {
    const auto equals = text.find('=');
    if (equals == std::string::npos || equals == 0) {
      throw std::invalid_argument(trf("--answer {}: skriv fråga=svar, t.ex. gait=aid (flera svar med komma)", text));
    }
    auto& chosen = answers[text.substr(0, equals)];
    std::string rest = text.substr(equals + 1);
    for (std::size_t start = 0; start <= rest.size();) {
      const auto comma = rest.find(',', start);
      const auto value = rest.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (!value.empty()) {
        chosen.push_back(value);
      }
      if (comma == std::string::npos) {
        break;
      }
      start = comma + 1;
    }
  }
  return answers;
}

nlohmann::json instrument_json(const ScoredInstrument& instrument)
{
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : instrument.items) {
    nlohmann::json options = nlohmann::json::array();
    for (const auto& option : item.options) {
      options.push_back({{"value", option.value}, {"label", option.label}, {"points", option.points}});
    }
    items.push_back({{"key", item.key}, {"label", item.label}, {"select", item.select == ScoredInstrument::Select::many ? "many" : "one"},
                     {"options", options}});
  }
  nlohmann::json bands = nlohmann::json::array();
  for (const auto& band : instrument.bands) {
    bands.push_back({{"id", band.id}, {"min", band.min}, {"max", band.max}, {"label", band.label}, {"level", to_string(band.level)}});
  }
  return {{"id", instrument.id},         {"title", instrument.title},   {"area", instrument.area},
          {"source", instrument.source}, {"licence", instrument.licence}, {"reassess_days", instrument.reassess_days},
          {"items", items},              {"bands", bands}};
}

void list_instruments(Context& context, const std::string& target)
{
  auto& workspace = context.workspace();
  const auto care_case = require_case(context, parse_case_id(target));
  const auto offered = workspace.instruments_for(care_case);
  nlohmann::json data = nlohmann::json::array();
  for (const auto& instrument : offered) {
    data.push_back(instrument_json(*instrument.instrument));
  }
  context.print(data, [&] {
    for (const auto& offered_instrument : offered) {
      const auto& instrument = *offered_instrument.instrument;
      fmt::print("{}  {} ({}–{} {})\n", instrument.id, instrument.title, instrument.lowest(), instrument.highest(), tr("poäng"));
      for (const auto& item : instrument.items) {
        fmt::print("  {}{}: {}\n", item.key, item.select == ScoredInstrument::Select::many ? tr(" (flera)") : "", item.label);
        for (const auto& option : item.options) {
          fmt::print("      {:<18} {:>3}  {}\n", option.value, option.points, option.label);
        }
      }
      fmt::print("\n");
    }
  });
}

void assess(Context& context, const AssessOptions& options)
{
  auto& workspace = context.workspace();
  const CaseId id = parse_case_id(options.target);
  (void)require_instrument(workspace, require_case(context, id), options.instrument);
  const auto outcome = workspace.assess(id, options.instrument, parse_answers(options.answers));
  nlohmann::json data{{"case", id},
                      {"instrument", options.instrument},
                      {"score", outcome.result.score},
                      {"band", outcome.result.band.id},
                      {"label", outcome.result.band.label},
                      {"level", to_string(outcome.result.band.level)},
                      {"notes", outcome.result.notes},
                      {"actions", outcome.result.band.actions},
                      {"risk", outcome.risk_id == 0 ? nlohmann::json(nullptr) : nlohmann::json(outcome.risk_id)},
                      {"next_assessment", to_iso_utc(outcome.next_due)}};
  if (!outcome.risk_note.empty()) {
    data["risk_note"] = outcome.risk_note;
  }
  context.print(data, [&] {
    fmt::print("{} {}: {}\n", outcome.result.score, tr("poäng"), outcome.result.band.label);
    for (const auto& note : outcome.result.notes) {
      fmt::print("  ! {}\n", note);
    }
    for (const auto& action : outcome.result.band.actions) {
      fmt::print("  - {}\n", action);
    }
    if (outcome.risk_id != 0) {
      fmt::print("{}\n", trf("Risk {} i ärendets riskanalys.", outcome.risk_id));
    }
    if (!outcome.risk_note.empty()) {
      fmt::print("{}\n", outcome.risk_note);
    }
    fmt::print("{} {}\n", tr("Nästa bedömning:"), format_local(outcome.next_due));
  });
}

void list_assessments(Context& context, const std::string& target)
{
  auto& workspace = context.workspace();
  const auto care_case = require_case(context, parse_case_id(target));
  nlohmann::json data = nlohmann::json::array();
  std::vector<std::string> lines;
  for (const auto& offered : workspace.instruments_for(care_case)) {
    const auto& instrument = *offered.instrument;
    for (const auto& assessment : workspace.assessments(care_case.id, offered)) {
      const auto* band = &instrument.band_for(assessment.score);
      data.push_back({{"instrument", instrument.id}, {"at", to_iso_utc(assessment.at)}, {"score", assessment.score},
                      {"band", assessment.band}, {"label", band->label}, {"level", to_string(band->level)}});
      lines.push_back(fmt::format("{}  {:<40} {:>3}  {}", format_local(assessment.at), instrument.title, assessment.score, band->label));
    }
  }
  context.print(data, [&] {
    for (const auto& line : lines) {
      fmt::print("{}\n", line);
    }
  });
}

void show_overview(Context& context)
{
  auto& workspace = context.workspace();
  const auto overview = assessment_overview(workspace, end_of_local_day(workspace.current_time()));
  nlohmann::json due = nlohmann::json::array();
  for (const auto& item : overview.due) {
    due.push_back({{"case", item.case_id},
                   {"name", item.person_name},
                   {"municipality", item.municipality},
                   {"instrument", item.instrument},
                   {"last", item.last ? nlohmann::json(to_iso_utc(*item.last)) : nlohmann::json(nullptr)},
                   {"due", to_iso_utc(item.due)},
                   {"level", item.level}});
  }
  nlohmann::json municipalities = nlohmann::json::object();
  for (const auto& [name, counts] : overview.municipalities) {
    municipalities[name] = {{"persons", counts.persons},      {"assessed_in_time", counts.assessed},   {"at_risk", counts.at_risk},
                            {"actions", counts.actions},      {"actions_done", counts.actions_done}};
  }
  context.print({{"due", due}, {"municipalities", municipalities}}, [&] {
    fmt::print("{}\n", tr("Att bedöma i dag eller försenat"));
    for (const auto& item : overview.due) {
      fmt::print("  {:<12} {:>6}  {:<22} {:<40} {}\n", item.municipality, item.case_id, item.person_name, item.instrument,
                 item.last ? format_local(item.due) : tr("aldrig bedömd"));
    }
    fmt::print("\n{}\n", tr("Per kommun: personer, bedömda i tid, med risk, åtgärder klara"));
    for (const auto& [name, counts] : overview.municipalities) {
      fmt::print("  {:<12} {:>4}  {:>4} ({:.0f} procent)  {:>4} ({:.0f} procent)  {}/{}\n", name.empty() ? "–" : name, counts.persons,
                 counts.assessed, counts.share_assessed() * 100, counts.at_risk, counts.share_at_risk() * 100, counts.actions_done,
                 counts.actions);
    }
  });
}

}  // namespace

void add_assessment_commands(CLI::App& app, Context& context)
{
  auto* overview = app.add_subcommand("assessment-overview",
                                      tr("Riskbedömningar i alla öppna ärenden: vilka som ska bedömas, och per kommun andel bedömda, med risk och åtgärder"));
  overview->callback([&context] { show_overview(context); });

  auto target = std::make_shared<std::string>();
  auto* instruments = app.add_subcommand("instruments", tr("Bedömningsinstrument för ett ärende: frågor, svar och poäng"));
  instruments->add_option("CASE", *target, tr("Ärendenummer"))->required();
  instruments->callback([&context, target] { list_instruments(context, *target); });

  auto options = std::make_shared<AssessOptions>();
  auto* assess_command = app.add_subcommand("assess", tr("Gör en bedömning med ett instrument; resultatet förs in i riskanalysen"));
  assess_command->add_option("CASE", options->target, tr("Ärendenummer"))->required();
  assess_command->add_option("--instrument", options->instrument, tr("Instrumentets id (trygg-cli instruments CASE)"))->required();
  assess_command->add_option("--answer", options->answers, tr("fråga=svar, en per fråga; flera svar med komma (t.ex. medication=sedatives,diuretics)"));
  assess_command->callback([&context, options] { assess(context, *options); });

  auto* history = app.add_subcommand("assessments", tr("Ett ärendes bedömningar över tid"));
  history->add_option("CASE", *target, tr("Ärendenummer"))->required();
  history->callback([&context, target] { list_assessments(context, *target); });
}

}  // namespace trygg::cli
