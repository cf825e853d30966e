#include "json_views.hpp"

#include "trygg/personal_identity.hpp"

namespace trygg::cli {
namespace {

template <class Value, class Convert>
nlohmann::json optional_json(const std::optional<Value>& value, Convert convert)
{
  return value ? nlohmann::json(convert(*value)) : nlohmann::json(nullptr);
}

nlohmann::json date_json(const std::optional<std::chrono::year_month_day>& date)
{
  return optional_json(date, [](const auto& d) { return to_iso_date(d); });
}

nlohmann::json time_json(const std::optional<Timestamp>& at)
{
  return optional_json(at, [](const auto& t) { return to_iso_utc(t); });
}

}  // namespace

nlohmann::json to_json(const PluginRecord& plugin)
{
  nlohmann::json capabilities = nlohmann::json::array();
  nlohmann::json processes = nlohmann::json::array();
  if (plugin.manifest) {
    for (const auto capability : plugin.manifest->capabilities) {
      capabilities.push_back(to_string(capability));
    }
    for (const auto& process : plugin.manifest->processes) {
      processes.push_back({{"id", process.id}, {"name", process.name}});
    }
  }
  return {{"id", plugin.id},
          {"name", plugin.name},
          {"version", plugin.version},
          {"kind", plugin.kind()},
          {"origin", to_string(plugin.origin)},
          {"source", plugin.folder.string()},
          {"status", plugin.status()},
          {"reason", plugin.reason},
          {"capabilities", capabilities},
          {"processes", processes},
          {"checklists", plugin.checklists.size()},
          {"risk_templates", plugin.risk_templates.size()},
          {"forms", plugin.forms.size()},
          {"extends", plugin.manifest ? plugin.manifest->extends : std::string()},
          {"extended_by", plugin.extended_by}};
}

nlohmann::json to_json(const CaseSummary& summary)
{
  return {{"id", summary.id},
          {"plugin", summary.plugin_id},
          {"process", summary.process},
          {"title", summary.title},
          {"status", to_string(summary.status)},
          {"person", {{"identity", summary.person_identity}, {"name", summary.person_name}}},
          {"municipality", summary.municipality},
          {"opened_at", to_iso_utc(summary.opened_at)},
          {"items_total", summary.items_total},
          {"items_settled", summary.items_done},
          {"next_due", time_json(summary.next_due)}};
}

nlohmann::json to_json(const CareCase& care_case)
{
  nlohmann::json events = nlohmann::json::array();
  for (const auto& event : care_case.events) {
    events.push_back({{"id", event.id},
                      {"kind", event.kind},
                      {"at", to_iso_utc(event.at)},
                      {"note", event.note},
                      {"recorded_by", event.recorded_by},
                      {"recorded_at", to_iso_utc(event.recorded_at)}});
  }
  return {{"id", care_case.id},
          {"plugin", care_case.plugin_id},
          {"process", care_case.process},
          {"title", care_case.title},
          {"status", to_string(care_case.status)},
          {"person",
           {{"identity", care_case.person.identity},
            {"name", care_case.person.name},
            {"municipality", care_case.person.municipality}}},
          {"opened_at", to_iso_utc(care_case.opened_at)},
          {"opened_by", care_case.opened_by},
          {"closed_at", time_json(care_case.closed_at)},
          {"linked_case", care_case.linked_case ? nlohmann::json(*care_case.linked_case) : nlohmann::json(nullptr)},
          {"events", events}};
}

nlohmann::json to_json(const Checklist& checklist)
{
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : checklist.items) {
    items.push_back({{"id", item.id},
                     {"key", item.key},
                     {"phase", item.phase_id},
                     {"phase_title", item.phase_title},
                     {"text", item.text},
                     {"huvudman", to_string(item.huvudman)},
                     {"role", item.role},
                     {"due_event", item.due_event},
                     {"due_after_hours", optional_json(item.due_after_hours, [](int h) { return h; })},
                     {"state", to_string(item.state)},
                     {"not_applicable_reason", item.not_applicable_reason},
                     {"comment", item.comment},
                     {"changed_by", item.changed_by},
                     {"changed_at", time_json(item.changed_at)}});
  }
  return {{"id", checklist.id},
          {"template", checklist.template_id},
          {"template_version", checklist.template_version},
          {"title", checklist.title},
          {"items", items}};
}

nlohmann::json to_json(const RiskAnalysis& analysis)
{
  const auto& scales = analysis.risk_template;
  nlohmann::json risks = nlohmann::json::array();
  for (const auto& risk : analysis.risks) {
    nlohmann::json actions = nlohmann::json::array();
    for (const auto& action : risk.actions) {
      actions.push_back({{"id", action.id},
                         {"description", action.description},
                         {"owner", action.owner},
                         {"due", date_json(action.due)},
                         {"done_at", time_json(action.done_at)}});
    }
    const auto residual = risk.residual_score();
    risks.push_back({{"id", risk.id},
                     {"area", risk.area},
                     {"description", risk.description},
                     {"likelihood", risk.likelihood},
                     {"consequence", risk.consequence},
                     {"score", risk.score()},
                     {"level", scales.level_for(risk.score()).id},
                     {"residual_likelihood", optional_json(risk.residual_likelihood, [](int v) { return v; })},
                     {"residual_consequence", optional_json(risk.residual_consequence, [](int v) { return v; })},
                     {"residual_score", optional_json(residual, [](int v) { return v; })},
                     {"follow_up", date_json(risk.follow_up)},
                     {"actions", actions},
                     {"created_by", risk.created_by},
                     {"created_at", to_iso_utc(risk.created_at)}});
  }
  return {{"id", analysis.id},
          {"template", scales.id},
          {"template_version", scales.version},
          {"title", scales.title},
          {"max_likelihood", scales.max_likelihood()},
          {"max_consequence", scales.max_consequence()},
          {"risks", risks}};
}

nlohmann::json to_json(const HistoryEntry& entry)
{
  return {{"id", entry.id},
          {"case", entry.case_id},
          {"at", to_iso_utc(entry.at)},
          {"actor", entry.actor},
          {"entity", entry.entity},
          {"entity_id", entry.entity_id},
          {"field", entry.field},
          {"old", entry.old_value ? nlohmann::json(*entry.old_value) : nlohmann::json(nullptr)},
          {"new", entry.new_value ? nlohmann::json(*entry.new_value) : nlohmann::json(nullptr)}};
}

nlohmann::json to_json(const EvaluatedDeadline& deadline)
{
  return {{"key", deadline.deadline.key},
          {"label", deadline.deadline.label},
          {"source", deadline.deadline.source},
          {"due", to_iso_utc(deadline.deadline.due)},
          {"done", time_json(deadline.deadline.done)},
          {"state", to_string(deadline.state)}};
}

nlohmann::json to_json(const ContentProblem& problem)
{
  return {{"file", problem.file.string()}, {"line", problem.line}, {"element", problem.element}, {"message", problem.message}};
}

}  // namespace trygg::cli

namespace trygg::cli {

const char* to_string(sdk::CaseReadiness::Level level)
{
  switch (level) {
    case sdk::CaseReadiness::Level::green:
      return "green";
    case sdk::CaseReadiness::Level::yellow:
      return "yellow";
    case sdk::CaseReadiness::Level::red:
      break;
  }
  return "red";
}

nlohmann::json to_json(const sdk::CaseReadiness& readiness)
{
  nlohmann::json findings = nlohmann::json::array();
  for (const auto& finding : readiness.findings) {
    findings.push_back({{"level", to_string(finding.level)}, {"blocking", finding.level == sdk::CaseReadiness::Level::red},
                        {"text", finding.text}});
  }
  return {{"level", to_string(readiness.level)}, {"label", readiness.label}, {"findings", findings}};
}


}  // namespace trygg::cli
