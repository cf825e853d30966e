#include "trygg/workspace.hpp"

#include "trygg/discharge_liability.hpp"
#include "trygg/i18n.hpp"

namespace trygg {

Workspace::Workspace(const std::filesystem::path& database, const std::vector<PluginSearchPath>& plugin_paths,
                     std::string actor, Storage::Clock clock, const PluginPolicy& policy,
                     const std::filesystem::path& load_markers)
    : storage_(database, clock), plugins_(plugin_paths, policy, load_markers), actor_(std::move(actor)), clock_(std::move(clock))
{
  for (const auto& plugin : plugins_.plugins()) {
    if (!plugin.has(Capability::storage)) {
      continue;
    }
    try {
      storage_.migrate_plugin(plugin.id, plugins_.migrations(plugin));
    } catch (const std::exception& error) {
      plugins_.reject(plugin.id, trf("{}: pluginens tabeller kunde inte skapas: {}", plugin.folder.string(), error.what()));
    }
  }
}

CaseId Workspace::open_case(const std::string& plugin_id, const std::string& process, const std::string& title,
                            const Person& person, std::optional<CaseId> linked_case)
{
  const PluginRecord* plugin = plugins_.find_loaded(plugin_id);
  if (plugin == nullptr) {
    throw StorageError(trf("Pluginen {} är inte laddad", plugin_id));
  }
  if (plugin->manifest->process(process) == nullptr) {
    throw StorageError(trf("Pluginen {} har ingen process \"{}\"", plugin_id, process));
  }
  NewCase request{plugin_id, process, title, person, {}, {}, linked_case};
  for (const auto& checklist : plugin->checklists) {
    if (checklist.process == process) {
      request.checklists.push_back(checklist);
    }
  }
  for (const auto& risk_template : plugin->risk_templates) {
    if (risk_template.process == process) {
      request.risk_templates.push_back(risk_template);
    }
  }
  return storage_.create_case(request, actor_);
}

Workspace::Deadlines Workspace::deadlines(const CareCase& care_case) const
{
  Deadlines result;
  const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id);
  if (plugin == nullptr || !plugin->has(Capability::rules)) {
    return result;
  }
  try {
    const auto case_snapshot = snapshot(care_case);
    for (auto& deadline : plugins_.deadlines(*plugin, case_snapshot)) {
      const DeadlineState state = evaluate(deadline, case_snapshot.now);
      result.deadlines.push_back({std::move(deadline), state});
    }
  } catch (const PluginCallError& error) {
    result.error = error.what();
  }
  return result;
}

sdk::CaseSnapshot Workspace::snapshot(const CareCase& care_case) const
{
  sdk::CaseSnapshot result{care_case.id, care_case.process, {}, clock_(), {}, {}, {}, {}, {}, {}};
  for (const auto& kind : event_kinds(care_case)) {
    result.event_labels.emplace(kind.kind, kind.label);
  }
  const auto events_of = [](const CareCase& source) {
    std::vector<sdk::CaseEventSnapshot> events;
    for (const auto& event : source.events) {
      events.push_back({event.kind, event.at});
    }
    return events;
  };
  result.events = events_of(care_case);
  result.sip_plan = storage_.sip_plan(care_case.id);
  if (care_case.linked_case) {
    if (const auto origin = storage_.find_case(*care_case.linked_case)) {
      result.origin = sdk::LinkedCaseSnapshot{origin->id, origin->process, events_of(*origin)};
    }
  }
  for (const CaseId follow_on_id : storage_.follow_on_cases(care_case.id)) {
    if (const auto follow_on = storage_.find_case(follow_on_id)) {
      result.follow_ons.push_back({follow_on->id, follow_on->process, events_of(*follow_on)});
    }
  }
  for (const auto& checklist : storage_.checklists(care_case.id)) {
    for (const auto& item : checklist.items) {
      result.items.push_back({checklist.template_id, item.key, item.settled(), item.due_at});
    }
  }
  for (const auto& analysis : storage_.risk_analyses(care_case.id)) {
    const auto& scales = analysis.risk_template;
    for (const auto& risk : analysis.risks) {
      const auto* area = scales.area(risk.area);
      sdk::RiskSnapshot view{area != nullptr ? area->label : risk.area, risk.score(), scales.level_for(risk.score()).requires_action, std::nullopt,
                             static_cast<int>(risk.actions.size()), 0};
      if (const auto residual = risk.residual_score()) {
        view.residual_requires_action = scales.level_for(*residual).requires_action;
      }
      for (const auto& action : risk.actions) {
        view.actions_done += action.done_at ? 1 : 0;
      }
      result.risks.push_back(view);
    }
  }
  return result;
}

Workspace::Readiness Workspace::readiness(const CareCase& care_case) const
{
  const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id);
  if (plugin == nullptr || !plugin->has(Capability::rules)) {
    return {};
  }
  try {
    return {plugins_.readiness(*plugin, snapshot(care_case)), {}};
  } catch (const PluginCallError& error) {
    return {std::nullopt, error.what()};
  }
}

Workspace::Contributions Workspace::contributions(const CareCase& care_case) const
{
  Contributions result;
  const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id);
  if (plugin == nullptr || !plugin->has(Capability::views)) {
    return result;
  }
  try {
    const auto case_snapshot = snapshot(care_case);
    result.views = plugins_.case_views(*plugin, case_snapshot);
    result.actions = plugins_.case_actions(*plugin, case_snapshot);
  } catch (const PluginCallError& error) {
    result = {{}, {}, error.what()};
  }
  return result;
}

std::string Workspace::run_action(CaseId id, const std::string& action_id)
{
  const auto care_case = storage_.find_case(id);
  if (!care_case) {
    throw StorageError(trf("Ärende {} finns inte", id));
  }
  const PluginRecord* plugin = plugins_.find_loaded(care_case->plugin_id);
  if (plugin == nullptr || !plugin->has(Capability::views)) {
    throw StorageError(trf("Pluginen {} är inte laddad", care_case->plugin_id));
  }
  const auto outcome = plugins_.run_action(*plugin, action_id, snapshot(*care_case));
  for (const auto& event : outcome.events) {
    storage_.add_event(id, event.kind, event.at, trf("via {}", plugin->name), actor_);
  }
  return outcome.message;
}

std::string Workspace::event_label(const CareCase& care_case, const std::string& kind) const
{
  const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id);
  return plugin != nullptr ? plugin->manifest->event_label(kind) : kind;
}

std::vector<EventKind> Workspace::event_kinds(const CareCase& care_case) const
{
  const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id);
  return plugin != nullptr ? plugin->manifest->events : std::vector<EventKind>{};
}

std::optional<Workspace::LiabilityReport> Workspace::liability(const CareCase& care_case,
                                                              const std::string& agreement_id) const
{
  const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id);
  if (plugin == nullptr || plugin->agreements.empty()) {
    return std::nullopt;
  }
  const PaymentAgreement* chosen = &plugin->agreements.front();
  if (!agreement_id.empty()) {
    chosen = nullptr;
    for (const auto* candidate : agreements()) {
      if (candidate->id == agreement_id) {
        chosen = candidate;
      }
    }
    if (chosen == nullptr) {
      throw StorageError(trf("Överenskommelsen \"{}\" finns inte i någon laddad plugin", agreement_id));
    }
  }
  return LiabilityReport{chosen, payment_liability(*chosen, liability_case_from(care_case.events), clock_())};
}

std::vector<const PaymentAgreement*> Workspace::agreements() const
{
  std::vector<const PaymentAgreement*> result;
  for (const auto& plugin : plugins_.plugins()) {
    if (plugin.loaded) {
      for (const auto& agreement : plugin.agreements) {
        result.push_back(&agreement);
      }
    }
  }
  return result;
}

std::int64_t Workspace::risk_analysis_for(CaseId id)
{
  if (const auto existing = storage_.risk_analyses(id); !existing.empty()) {
    return existing.front().id;
  }
  const auto care_case = storage_.find_case(id);
  if (!care_case) {
    throw StorageError(trf("Ärende {} finns inte", id));
  }
  const PluginRecord* plugin = plugins_.find_loaded(care_case->plugin_id);
  if (plugin != nullptr) {
    for (const auto& risk_template : plugin->risk_templates) {
      if (risk_template.process == care_case->process) {
        return storage_.add_risk_analysis(id, risk_template, actor_);
      }
    }
  }
  throw StorageError(trf("Ärende {} har ingen riskanalysmall (pluginen {} saknar en eller är inte laddad)", id,
                         care_case->plugin_id));
}

}  // namespace trygg
