// Assessments with scored instruments on a case: scoring, the risk each result feeds, the record of
// assessments with its reassessment date, and "Idag" naming what falls due.
#include "trygg/workspace.hpp"

#include "trygg/assessment_record.hpp"
#include "trygg/i18n.hpp"
#include "workspace_announcing.hpp"

#include <algorithm>

namespace trygg {
namespace {

// The risk as the instrument's result describes it: its words, the band's place on the matrix, the next
// assessment as the follow-up, and the band's actions that the risk does not already have.
RiskAssessment risk_from(const ScoredInstrument& instrument, const InstrumentResult& result, Timestamp at, Timestamp next,
                         const std::string& assessor, RiskAssessment risk)
{
  risk.area = instrument.area;
  risk.description = trf("{}: {} poäng, {} ({})", instrument.title, result.score, result.band.label, to_iso_date(local_date(at)));
  for (const auto& note : result.notes) {
    risk.description += ". " + note;
  }
  risk.likelihood = result.band.likelihood;
  risk.consequence = result.band.consequence;
  risk.follow_up = local_date(next);
  for (const auto& action : result.band.actions) {
    const bool known = std::any_of(risk.actions.begin(), risk.actions.end(),
                                   [&](const RiskAction& existing) { return existing.description == action; });
    if (!known) {
      // The one who assessed owns the suggestion until someone else takes it over in the risk analysis.
      risk.actions.push_back({0, action, assessor, local_date(next), std::nullopt});
    }
  }
  return risk;
}

}  // namespace

std::vector<Workspace::Instrument> Workspace::instruments_for(const CareCase& care_case) const
{
  std::vector<Instrument> result;
  const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id);
  if (plugin == nullptr) {
    return result;
  }
  for (const auto& instrument : plugin->instruments) {
    // Offered where its result has a place: a risk template of the case's process with its area.
    const bool fits = std::any_of(plugin->risk_templates.begin(), plugin->risk_templates.end(), [&](const RiskTemplate& risk) {
      return risk.process == care_case.process && risk.area(instrument.area) != nullptr;
    });
    if (fits) {
      result.push_back({plugin, &instrument});
    }
  }
  return result;
}

std::vector<Assessment> Workspace::assessments(CaseId id, const Instrument& instrument) const
{
  return assessments_from_json(storage_.plugin_record(instrument.plugin->id, id, instrument.instrument->id).value_or("{}"));
}

Workspace::Assessed Workspace::assess(CaseId id, const std::string& instrument_id, const InstrumentAnswers& answers)
{
  const auto care_case = require_case(id);
  const auto offered = instruments_for(care_case);
  const auto found = std::find_if(offered.begin(), offered.end(), [&](const Instrument& i) { return i.instrument->id == instrument_id; });
  if (found == offered.end()) {
    std::string known;
    for (const auto& instrument : offered) {
      known += (known.empty() ? "" : ", ") + instrument.instrument->id;
    }
    throw StorageError(ErrorKind::validation, trf("Instrumentet \"{}\" finns inte för ärende {} (finns: {})", instrument_id, id,
                                                  known.empty() ? tr("inga") : known));
  }
  const ScoredInstrument& instrument = *found->instrument;
  Assessed outcome{score(instrument, answers), 0, {}, {}};  // throws, naming each answer, before anything is written
  const Timestamp at = clock_();
  outcome.next_due = at + std::chrono::days(outcome.result.reassess_days);
  auto history = assessments(id, *found);

  // The risk an earlier assessment fed, if it is still in the case; else one is added when the band is a risk.
  std::int64_t analysis_id = 0;
  std::optional<RiskAssessment> risk;
  std::int64_t risk_id = 0;
  const std::int64_t earlier = history.empty() ? 0 : history.back().risk;
  for (const auto& analysis : storage_.risk_analyses(id)) {
    if (analysis.risk_template.area(instrument.area) == nullptr) {
      continue;
    }
    const auto band_fits = outcome.result.band.likelihood <= analysis.risk_template.max_likelihood() &&
                           outcome.result.band.consequence <= analysis.risk_template.max_consequence();
    if (!band_fits) {
      outcome.risk_note = trf("Riskanalysen har en mindre skala än instrumentets nivå (S{} × K{}); risken fördes inte in.",
                              outcome.result.band.likelihood, outcome.result.band.consequence);
      break;
    }
    analysis_id = analysis.id;
    for (const auto& existing : analysis.risks) {
      if (existing.id == earlier && earlier != 0) {
        risk_id = existing.id;
        risk = risk_from(instrument, outcome.result, at, outcome.next_due, actor_, existing);
      }
    }
    if (!risk && outcome.result.band.level != ScoredInstrument::Level::none) {
      risk = risk_from(instrument, outcome.result, at, outcome.next_due, actor_, RiskAssessment{});
    }
    break;
  }
  if (analysis_id == 0 && outcome.risk_note.empty() && outcome.result.band.level != ScoredInstrument::Level::none) {
    // The case has no analysis yet: start one from the process's template, as a nurse opening the tab would.
    analysis_id = risk_analysis_for(id);
    risk = risk_from(instrument, outcome.result, at, outcome.next_due, actor_, RiskAssessment{});
  }
  history.push_back({at, answers, outcome.result.score, outcome.result.band.id, 0});
  Storage::AssessmentWrite write{found->plugin->id, id, instrument.id, outcome.next_due, analysis_id, risk_id, risk,
                                 [&](std::int64_t fed) {
                                   history.back().risk = fed;
                                   return assessments_json(history);
                                 }};
  outcome.risk_id = announcing([&] { return storage_.record_assessment(write, actor_); });
  return outcome;
}

std::vector<DueItem> Workspace::due_items(Timestamp until, int limit) const
{
  auto items = storage_.due_items(until, limit);
  for (auto& item : items) {
    constexpr std::string_view record_prefix = "record:";
    if (item.deadline_key.rfind(record_prefix, 0) != 0) {
      continue;
    }
    // A record due by a date, in its plugin's words: a reassessment, a form's or a plan's follow-up.
    const PluginRecord* plugin = plugins_.find_loaded(item.deadline_key.substr(record_prefix.size()));
    const std::string kind = item.text;
    if (plugin != nullptr) {
      for (const auto& instrument : plugin->instruments) {
        if (instrument.id == kind) {
          item.text = trf("Ny bedömning: {}", instrument.title);
        }
      }
      for (const auto& form : plugin->forms) {
        if (form.record == kind) {
          item.text = trf("Följ upp: {}", form.title);
        }
      }
      if (const RecordKind* record = plugin->manifest->record(kind); record != nullptr) {
        item.text = trf("Följ upp: {}", record->label);
      }
    }
  }
  return items;
}

}  // namespace trygg
