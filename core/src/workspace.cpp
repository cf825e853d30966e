#include "trygg/workspace.hpp"

#include "workspace_announcing.hpp"

#include <iterator>
#include <sstream>

#include "trygg/reserve_numbers.hpp"

#include "rules_stamp.hpp"
#include "trygg/history_line.hpp"
#include "trygg/i18n.hpp"
#include "trygg/sdk/case_snapshot_data.hpp"

#include <algorithm>

namespace trygg {

Workspace::Workspace(const std::filesystem::path& database, const std::vector<PluginSearchPath>& plugin_paths,
                     std::string actor, Storage::Clock clock, const PluginPolicy& policy,
                     const std::filesystem::path& load_markers, const Progress& progress)
    : storage_(database, clock), plugins_(plugin_paths, policy, load_markers), actor_(std::move(actor)),
      user_(storage_.signed_in_user()), clock_(std::move(clock))
{
  if (user_) {
    actor_ = user_->role;  // on the server, who made a change is who signed in, never a name typed
    storage_.set_list_scope(user_->municipalities);  // lists show the people they care for
  }
  for (const auto& plugin : plugins_.plugins()) {
    if (plugin.services) {
      plugin.services->bind(this);
    }
    if (!plugin.has(Capability::storage)) {
      continue;
    }
    try {
      storage_.migrate_plugin(plugin.id, plugins_.migrations(plugin));
    } catch (const std::exception& error) {
      plugins_.reject(plugin.id, trf("{}: pluginens tabeller kunde inte skapas: {}", plugin.folder.string(), error.what()));
    }
  }
  storage_.set_rules([this](CaseId id) { return derive(id); });
  // Reservnummer forms, from any loaded plugin's data: a region's own plugin may add its own.
  std::vector<sdk::ReserveNumberFormat> reserve_formats;
  for (const auto& plugin : plugins_.plugins()) {
    if (!plugin.loaded) {
      continue;
    }
    for (const auto& [file, schema] : plugin.manifest->data_files) {
      if (schema != "reserve-number-formats.xsd") {
        continue;
      }
      try {
        auto formats = read_reserve_number_formats(plugin.folder / file);
        reserve_formats.insert(reserve_formats.end(), formats.begin(), formats.end());
      } catch (const std::exception& error) {
        plugins_.reject(plugin.id, error.what());
      }
    }
  }
  storage_.set_reserve_number_formats(std::move(reserve_formats));
  rederive_changed_plugins(progress);
}

void Workspace::rederive_changed_plugins(const Progress& progress)
{
  for (const auto& plugin : plugins_.plugins()) {
    if (!plugin.loaded) {
      continue;  // its cases keep what its rules said last, and say the plugin is missing
    }
    const std::string stamp = rules_stamp_of(plugin);
    if (storage_.rules_stamp(plugin.id) != stamp) {
      const std::string what = trf("Räknar fram tidsfristerna för {} efter en ny version av pluginen", plugin.name);
      try {
        storage_.rederive_plugin(plugin.id, stamp, plugin.checklists, actor_, [&](std::int64_t done, std::int64_t total) {
          if (progress) {
            progress(what, done, total);
          }
        });
      } catch (const StorageError&) {
        // A database that cannot be written now (read-only, busy) still opens for reading; the stamp is
        // left as it was, so the next open that can write derives again.
      }
    }
  }
}

std::optional<Storage::Derivation> Workspace::derive(CaseId id) const
{
  const auto care_case = storage_.find_case(id);
  if (!care_case) {
    return std::nullopt;
  }
  const PluginRecord* plugin = plugins_.find_loaded(care_case->plugin_id);
  if (plugin == nullptr) {
    return std::nullopt;
  }
  Storage::Derivation result;
  if (plugin->has(Capability::rules)) {
    try {
      // Deadlines follow from dated facts (events, here and in tied cases) and records, never from
      // ticks or risks: the snapshot the rules get carries no items or risks (SDK 3.1).
      result.deadlines = plugins_.deadlines(*plugin, snapshot_of(*care_case, {}, {}, nullptr));
    } catch (const PluginCallError& error) {
      result.error = error.what();
    }
  }
  return result;
}

int Workspace::on_case_changed(ChangeListener listener)
{
  listeners_.emplace(++next_listener_, std::move(listener));
  return next_listener_;
}

void Workspace::forget_listener(int token)
{
  listeners_.erase(token);
}

CareCase Workspace::require_case(CaseId id) const
{
  auto care_case = storage_.find_case(id);
  if (!care_case) {
    throw StorageError(ErrorKind::validation, trf("Ärende {} finns inte i {}", id, storage_.place()));
  }
  return std::move(*care_case);
}

std::vector<std::string> Workspace::check_event(const CareCase& care_case, const std::string& kind, Timestamp at) const
{
  const auto kinds = event_kinds(care_case);
  const auto known = std::find_if(kinds.begin(), kinds.end(), [&](const EventKind& candidate) { return candidate.kind == kind; });
  if (known == kinds.end()) {
    std::string names;
    for (const auto& candidate : kinds) {
      names += (names.empty() ? "" : ", ") + candidate.kind;
    }
    throw StorageError(ErrorKind::validation,
                       kinds.empty() ? trf("Händelsen \"{}\" kan inte registreras: ärendets plugin {} är inte laddad", kind, care_case.plugin_id)
                                     : trf("Okänd händelse \"{}\" för {}; kända: {}", kind, care_case.process, names));
  }
  std::vector<std::string> questions;
  const Timestamp now = clock_();
  // A few minutes of slack: clocks of two machines, and the minute it takes to type.
  if (at > now + std::chrono::minutes(10)) {
    questions.push_back(trf("{} {} ligger i framtiden (nu är det {}).", known->label, format_local(at), format_local(now)));
  }
  for (const auto& start : kinds) {
    if (!start.starts || start.kind == kind) {
      continue;
    }
    for (const auto& event : care_case.events) {
      if (event.kind == start.kind && at < event.at) {
        questions.push_back(trf("{} {} ligger före {} ({}).", known->label, format_local(at), start.label,
                                format_local(event.at)));
        break;
      }
    }
  }
  return questions;
}

std::int64_t Workspace::record_event(CaseId id, const NewEvent& event, bool confirmed)
{
  const auto care_case = require_case(id);
  if (auto questions = check_event(care_case, event.kind, event.at); !questions.empty() && !confirmed) {
    throw NeedsConfirmation(std::move(questions));
  }
  return announcing([&] { return storage_.add_event(id, event.kind, event.at, event.note, actor_); });
}

void Workspace::correct_event(std::int64_t event_id, Timestamp at, const std::string& reason, bool confirmed)
{
  const auto event = storage_.find_event(event_id);
  if (!event) {
    throw StorageError(ErrorKind::validation, trf("Händelse {} finns inte, eller är redan tillbakatagen", event_id));
  }
  auto care_case = require_case(event->case_id);
  std::erase_if(care_case.events, [&](const CaseEvent& other) { return other.id == event_id; });
  if (auto questions = check_event(care_case, event->kind, at); !questions.empty() && !confirmed) {
    throw NeedsConfirmation(std::move(questions));
  }
  announcing([&] { storage_.correct_event(event_id, at, reason, actor_); });
}

void Workspace::withdraw_event(std::int64_t event_id, const std::string& reason)
{
  announcing([&] { storage_.withdraw_event(event_id, reason, actor_); });
}

void Workspace::change_item(std::int64_t item_id, const ItemChange& change, bool confirmed)
{
  // Asked only when the tick records the item's event: checked like any event.
  const auto check = [&](CaseId case_id, const std::string& kind, Timestamp at) {
    if (auto questions = check_event(require_case(case_id), kind, at); !questions.empty() && !confirmed) {
      throw NeedsConfirmation(std::move(questions));
    }
  };
  try {
    announcing([&] { storage_.change_item(item_id, change, actor_, check); });
  } catch (const TiedItemConflict& conflict) {
    throw StorageError(ErrorKind::conflict,
                       trf("\"{}\" följer händelsen \"{}\", som är registrerad {}. Rätta eller ta tillbaka händelsen "
                           "i stället, så stämmer punkten och fristen med den.",
                           conflict.item_text, event_label(require_case(conflict.case_id), conflict.kind),
                           format_local(conflict.recorded)));
  }
}

void Workspace::close_case(CaseId id)
{
  announcing([&] { storage_.close_case(id, actor_); });
}

void Workspace::reopen_case(CaseId id, const std::string& reason)
{
  announcing([&] { storage_.reopen_case(id, reason, actor_); });
}

std::int64_t Workspace::add_risk(std::int64_t analysis_id, const NewRisk& risk)
{
  return announcing([&] { return storage_.add_risk(analysis_id, risk, actor_); });
}

void Workspace::update_risk(std::int64_t risk_id, const RiskAssessment& risk)
{
  announcing([&] { storage_.update_risk(risk_id, risk, actor_); });
}

void Workspace::complete_action(std::int64_t action_id)
{
  announcing([&] { storage_.complete_action(action_id, actor_); });
}

Workspace::~Workspace()
{
  for (const auto& plugin : plugins_.plugins()) {
    if (plugin.services) {
      plugin.services->bind(nullptr);
    }
  }
}

CaseId Workspace::open_case(const std::string& plugin_id, const std::string& process, const std::string& title,
                            const Person& person, std::optional<CaseId> linked_case, bool confirmed)
{
  const PluginRecord* plugin = plugins_.find_loaded(plugin_id);
  if (plugin == nullptr) {
    throw StorageError(trf("Pluginen {} är inte laddad", plugin_id));
  }
  const ProcessInfo* info = plugin->manifest->process(process);
  if (info == nullptr) {
    throw StorageError(trf("Pluginen {} har ingen process \"{}\"", plugin_id, process));
  }
  NewCase request{plugin_id, process, title, person, {}, {}, linked_case, confirmed, info->about_person};
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
  return announcing([&] { return storage_.create_case(request, actor_); });
}

std::string Workspace::plugin_problem(const CareCase& care_case) const
{
  if (plugins_.find_loaded(care_case.plugin_id) != nullptr) {
    return {};
  }
  std::string why = tr("den finns inte bland pluginerna");
  for (const auto& plugin : plugins_.plugins()) {
    if (plugin.id == care_case.plugin_id && !plugin.reason.empty()) {
      why = plugin.reason;
    }
  }
  return trf("Pluginen {} är inte laddad, så ärendets tidsfrister, bedömning och beräkningar visas inte: {}", care_case.plugin_id, why);
}

Workspace::Deadlines Workspace::deadlines(const CareCase& care_case) const
{
  Deadlines result;
  if (plugins_.find_loaded(care_case.plugin_id) == nullptr) {
    return result;  // the case says its plugin is missing; its rules' last word is not shown as current
  }
  auto stored = storage_.deadlines(care_case.id);
  result.error = care_case.rules_error;
  const Timestamp now = clock_();
  for (auto& deadline : stored.deadlines) {
    // Kept in the rules' own words (Swedish), shown in the reader's language.
    deadline.label = tr(deadline.label.c_str());
    deadline.source = tr(deadline.source.c_str());
    const DeadlineState state = evaluate(deadline, now);
    result.deadlines.push_back({std::move(deadline), state});
  }
  return result;
}

sdk::CaseSnapshot Workspace::snapshot(const CareCase& care_case) const
{
  const auto stored = deadlines(care_case);
  return snapshot_of(care_case, storage_.checklists(care_case.id), storage_.risk_analyses(care_case.id), &stored.deadlines);
}

sdk::CaseSnapshot Workspace::snapshot_of(const CareCase& care_case, const std::vector<Checklist>& checklists,
                                         const std::vector<RiskAnalysis>& analyses,
                                         const std::vector<EvaluatedDeadline>* stored_deadlines) const
{
  sdk::CaseSnapshotData result;
  result.id = care_case.id;
  result.process = care_case.process;
  result.now = clock_();
  result.title = care_case.title;
  result.person_name = care_case.person.name;
  result.person_identity = care_case.person.identity;
  result.municipality = care_case.person.municipality;
  result.open = care_case.status == CaseStatus::open;
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
  for (const auto& event : care_case.events) {
    result.recorded_at.push_back(event.recorded_at);
  }
  // Records only for a plugin that keeps any per case (declared kinds or forms): one read fewer per refresh.
  if (const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id);
      plugin == nullptr || !plugin->forms.empty() ||
      std::any_of(plugin->manifest->records.begin(), plugin->manifest->records.end(), [](const RecordKind& kind) { return kind.per_case; })) {
    result.records = storage_.plugin_records(care_case.plugin_id, care_case.id);
  }
  for (const auto& linked : storage_.tied_case_events(care_case.id)) {
    sdk::LinkedCaseSnapshot tied{linked.id, linked.process, {}};
    for (const auto& [kind, at] : linked.events) {
      tied.events.push_back({kind, at});
    }
    if (care_case.linked_case && *care_case.linked_case == linked.id) {
      result.origin = std::move(tied);
    } else {
      result.follow_ons.push_back(std::move(tied));
    }
  }
  for (const auto& checklist : checklists) {
    for (const auto& item : checklist.items) {
      result.items.push_back({checklist.template_id, item.key, item.settled(), item.due_at});
    }
  }
  for (const auto& analysis : analyses) {
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
  if (stored_deadlines != nullptr) {
    result.deadlines = *stored_deadlines;
  }
  return sdk::CaseSnapshot(std::move(result));
}

std::optional<CaseView> Workspace::view(CaseId id) const
{
  // The version before the data: a change in between makes a later write a conflict, never a lost update.
  const auto version = storage_.case_version(id);
  auto care_case = storage_.find_case(id);
  if (!care_case) {
    return std::nullopt;
  }
  storage_.seen(id, version);
  CaseView result;
  result.plugin_problem = plugin_problem(*care_case);
  result.checklists = storage_.checklists(id);
  result.risk_analyses = storage_.risk_analyses(id);
  result.deadlines = deadlines(*care_case);
  // One snapshot for every plugin call of this refresh.
  const auto case_snapshot = snapshot_of(*care_case, result.checklists, result.risk_analyses, &result.deadlines.deadlines);
  result.readiness = readiness(*care_case, case_snapshot);
  result.facts = facts(*care_case, case_snapshot);
  result.contributions = contributions(*care_case, case_snapshot);
  for (const auto& follow_on : case_snapshot.follow_ons()) {
    result.follow_on_cases.push_back(follow_on.id);
  }
  result.history = history_lines(*this, *care_case, result.checklists, result.risk_analyses);
  result.care_case = std::move(*care_case);
  return result;
}

bool Workspace::may(Permission permission) const
{
  return !user_ || trygg::may(user_->kind, permission);
}

void Workspace::require(Permission permission) const
{
  if (!may(permission)) {
    throw StorageError(ErrorKind::permission, trf("Du ({}, {}) får inte {} i Trygg på {}; be en administratör om det behövs.",
                                                  user_->name, user_kind_words(user_->kind), permission_words(permission),
                                                  storage_.place()));
  }
}

void Workspace::register_user(const TryggUser& user, const std::optional<std::string>& password)
{
  require(Permission::manage_users);
  storage_.register_user(user, password);
}

std::vector<CaseId> Workspace::look_for_changes()
{
  const auto changed = storage_.changes_by_others();
  tell_listeners(changed);
  return changed;
}

void Workspace::tell_listeners(const std::vector<CaseId>& changed)
{
  const auto listeners = listeners_;  // a listener may add or forget listeners
  for (const CaseId id : changed) {
    for (const auto& [token, listener] : listeners) {
      listener(id);
    }
  }
}

std::string Workspace::changed_in_words(const CaseChanged& changed) const
{
  std::string words = std::string(changed.what()) + "\n" + tr("Det här ändrades:");
  for (const auto& line : history_lines(*this, changed.case_id)) {
    if (std::any_of(changed.changes.begin(), changed.changes.end(), [&](const HistoryEntry& entry) { return entry.id == line.entry.id; })) {
      words += "\n• " + format_local(line.entry.at) + " " + line.entry.actor + ": " + line.what +
               (line.before.empty() && line.after.empty() ? "" : " (" + line.before + " → " + line.after + ")");
    }
  }
  return words;
}

std::optional<sdk::CaseSnapshot> Workspace::snapshot(CaseId id) const
{
  const auto care_case = storage_.find_case(id);
  return care_case ? std::optional<sdk::CaseSnapshot>(snapshot(*care_case)) : std::nullopt;
}

Workspace::Readiness Workspace::readiness(const CareCase& care_case) const
{
  return readiness(care_case, snapshot(care_case));
}

Workspace::Readiness Workspace::readiness(const CareCase& care_case, const sdk::CaseSnapshot& case_snapshot) const
{
  Readiness result;
  const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id);
  if (plugin != nullptr && plugin->has(Capability::rules)) {
    try {
      result.readiness = plugins_.readiness(*plugin, case_snapshot);
    } catch (const PluginCallError& error) {
      return {std::nullopt, error.what()};
    }
  }
  // What the process's forms say counts toward readiness, and is still missing.
  for (const auto& [form_plugin, form] : forms_for(care_case)) {
    const auto stored = form_plugin->id == care_case.plugin_id ? case_snapshot.record(form->record)
                                                               : storage_.plugin_record(form_plugin->id, care_case.id, form->record);
    const auto missing = missing_fields(*form, stored.value_or("{}"), true);
    const bool counts = std::any_of(form->sections.begin(), form->sections.end(), [](const auto& section) {
      return std::any_of(section.fields.begin(), section.fields.end(), [](const auto& field) { return field.readiness; });
    });
    if (!counts) {
      continue;
    }
    if (!result.readiness) {
      result.readiness = sdk::CaseReadiness{sdk::CaseReadiness::Level::green, trf("{} klar", form->title), {}};
    }
    for (const auto& label : missing) {
      result.readiness->add(sdk::CaseReadiness::Level::yellow, trf("{}: {} saknas", form->title, label));
    }
    if (!missing.empty() && result.readiness->label == trf("{} klar", form->title)) {
      result.readiness->label = trf("{} ofullständig", form->title);
    }
  }
  return result;
}

std::vector<Workspace::Form> Workspace::forms_for(const CareCase& care_case) const
{
  std::vector<Form> result;
  if (const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id)) {
    for (const auto& form : plugin->forms) {
      if (form.process == care_case.process) {
        result.push_back({plugin, &form});
      }
    }
  }
  return result;
}

void Workspace::save_form(CaseId id, const Form& form, const std::string& json)
{
  // A form with a follow-up date falls due then ("Idag", the case list).
  commit(form.plugin->id, sdk::Changes(id).put_record(form.form->record, json, form_follow_up(*form.form, json)));
}

Workspace::Contributions Workspace::contributions(const CareCase& care_case) const
{
  const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id);
  if (plugin == nullptr || !plugin->has(Capability::views)) {
    return {};
  }
  return contributions(care_case, snapshot(care_case));
}

Workspace::Contributions Workspace::contributions(const CareCase& care_case, const sdk::CaseSnapshot& case_snapshot) const
{
  Contributions result;
  const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id);
  if (plugin == nullptr || !plugin->has(Capability::views)) {
    return result;
  }
  try {
    result.views = plugins_.case_views(*plugin, case_snapshot);
    result.actions = plugins_.case_actions(*plugin, case_snapshot);
  } catch (const PluginCallError& error) {
    result = {{}, {}, error.what()};
  }
  return result;
}

std::string Workspace::run_action(CaseId id, const std::string& action_id, bool confirmed)
{
  const auto care_case = std::optional<CareCase>(require_case(id));
  const PluginRecord* plugin = plugins_.find_loaded(care_case->plugin_id);
  if (plugin == nullptr || !plugin->has(Capability::views)) {
    throw StorageError(trf("Pluginen {} är inte laddad", care_case->plugin_id));
  }
  sdk::Changes changes(id);
  const auto message = plugins_.run_action(*plugin, action_id, snapshot(*care_case), changes);
  if (changes.case_id() != id) {
    throw PluginCallError(trf("Pluginen {} ändrade ett annat ärende än det åtgärden gällde", plugin->id));
  }
  // Events an action records say where they came from, like the rest of the history, and are checked
  // like any other: a legal event recorded with one click is confirmed first.
  sdk::Changes noted(id);
  std::vector<std::string> questions;
  for (const auto& event : changes.data().events) {
    auto raised = check_event(*care_case, event.kind, event.at);
    questions.insert(questions.end(), raised.begin(), raised.end());
    questions.push_back(trf("Registrera {} {}?", event_label(*care_case, event.kind), format_local(event.at)));
    noted.add_event(event.kind, event.at, event.note.empty() ? trf("via {}", plugin->name) : event.note);
  }
  if (!questions.empty() && !confirmed) {
    throw NeedsConfirmation(std::move(questions));
  }
  for (const auto& record : changes.data().records) {
    noted.put_record(record.kind, record.json, record.due, record.key);
  }
  commit(plugin->id, noted);
  return message;
}

Workspace::Facts Workspace::facts(const CareCase& care_case) const
{
  const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id);
  if (plugin == nullptr || !plugin->has(Capability::rules)) {
    return {};
  }
  return facts(care_case, snapshot(care_case));
}

Workspace::Facts Workspace::facts(const CareCase& care_case, const sdk::CaseSnapshot& case_snapshot) const
{
  const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id);
  if (plugin == nullptr || !plugin->has(Capability::rules)) {
    return {};
  }
  try {
    return {plugins_.facts(*plugin, case_snapshot), {}};
  } catch (const PluginCallError& error) {
    return {{}, error.what()};
  }
}

void Workspace::commit(const std::string& plugin_id, const sdk::Changes& changes)
{
  const PluginRecord* plugin = plugins_.find_loaded(plugin_id);
  if (plugin == nullptr) {
    throw StorageError(trf("Pluginen {} är inte laddad", plugin_id));
  }
  const auto& data = changes.data();
  if (!data.events.empty()) {
    // A plugin records only the kinds the case's process declares, like a person does.
    const auto care_case = require_case(data.case_id);
    for (const auto& event : data.events) {
      (void)check_event(care_case, event.kind, event.at);
    }
  }
  for (const auto& record : data.records) {
    const RecordKind* kind = plugin->manifest->record(record.kind);
    const auto form = std::find_if(plugin->forms.begin(), plugin->forms.end(), [&](const auto& f) { return f.record == record.kind; });
    if (form != plugin->forms.end()) {
      if (data.case_id == 0) {
        throw StorageError(trf("Formuläret {} hör till ett ärende; inget sparades", form->title));
      }
      if (const auto problems = form_problems(*form, record.json); !problems.empty()) {
        std::string text;
        for (const auto& problem : problems) {
          text += "\n– " + problem;
        }
        throw StorageError(trf("{} sparades inte:{}", form->title, text));
      }
      continue;
    }
    if (kind == nullptr) {
      throw StorageError(trf("Pluginen {} försökte spara posten \"{}\", som inte finns i dess manifest ({}); inget sparades",
                             plugin_id, record.kind, plugin->manifest->file.string()));
    }
    if (kind->per_case != (data.case_id != 0)) {
      throw StorageError(trf("Pluginen {}: posten \"{}\" hör till {}; inget sparades", plugin_id, record.kind,
                             kind->per_case ? tr("ett ärende") : tr("arbetsytan")));
    }
  }
  announcing([&] { storage_.apply(plugin_id, data, actor_); });
}

std::string Workspace::record_field_label(const HistoryEntry& entry) const
{
  const auto field = storage_.record_field(entry);
  if (!field) {
    return {};
  }
  const PluginRecord* plugin = plugins_.find_loaded(field->plugin_id);
  if (plugin == nullptr) {
    return field->kind + field->pointer;
  }
  for (const auto& form : plugin->forms) {
    if (form.record == field->kind) {
      const auto label = form_field_label(form, field->pointer);
      return form.title + ": " + (label.empty() ? field->pointer : label);
    }
  }
  for (const auto& instrument : plugin->instruments) {
    if (instrument.id == field->kind) {
      return assessment_field_label(instrument, field->pointer);
    }
  }
  const RecordKind* kind = plugin->manifest->record(field->kind);
  std::string label;
  try {
    label = plugins_.field_label(*plugin, field->kind, field->pointer);
  } catch (const PluginCallError&) {
    // The history is still shown, in the pointer's own words.
  }
  return (kind != nullptr ? kind->label : field->kind) + ": " + (label.empty() ? field->pointer : label);
}

std::vector<Workspace::FollowOn> Workspace::follow_ons_for(const CareCase& care_case) const
{
  std::vector<FollowOn> result;
  if (care_case.status != CaseStatus::open) {
    return result;
  }
  for (const auto& plugin : plugins_.plugins()) {
    if (!plugin.loaded) {
      continue;
    }
    for (const auto& process : plugin.manifest->processes) {
      // opened-from lists the processes, separated by spaces (a SIP from a discharge or a proactive plan).
      std::istringstream origins(process.opened_from);
      const bool from_here = std::any_of(std::istream_iterator<std::string>(origins), std::istream_iterator<std::string>(),
                                         [&](const std::string& origin) { return origin == care_case.process; });
      if (from_here) {
        result.push_back({plugin.id, process.id, process.open_label.empty() ? process.name : process.open_label});
      }
    }
  }
  return result;
}

CaseId Workspace::open_follow_on(CaseId from, const FollowOn& follow_on)
{
  const auto origin = storage_.find_case(from);
  if (!origin) {
    throw StorageError(trf("Ärende {} finns inte", from));
  }
  const PluginRecord* plugin = plugins_.find_loaded(follow_on.plugin_id);
  const ProcessInfo* process = plugin != nullptr ? plugin->manifest->process(follow_on.process) : nullptr;
  const std::string name = process != nullptr ? process->name : follow_on.process;
  return open_case(follow_on.plugin_id, follow_on.process, trf("{} från ärende {}", name, from), origin->person, from);
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
        return announcing([&] { return storage_.add_risk_analysis(id, risk_template, actor_); });
      }
    }
  }
  throw StorageError(trf("Ärende {} har ingen riskanalysmall (pluginen {} saknar en eller är inte laddad)", id,
                         care_case->plugin_id));
}

}  // namespace trygg
