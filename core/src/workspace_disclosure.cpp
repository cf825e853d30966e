// Disclosures of a case's information to another unit, gated by the process's consent form.
#include "trygg/workspace.hpp"

#include "trygg/i18n.hpp"

#include <algorithm>

#include <map>

namespace trygg {
namespace {

const RecordForm* consent_form(const PluginHost& plugins, const CareCase& care_case, const PluginRecord** owner)
{
  const PluginRecord* plugin = plugins.find_loaded(care_case.plugin_id);
  const ProcessInfo* process = plugin != nullptr ? plugin->manifest->process(care_case.process) : nullptr;
  if (process == nullptr || process->consent_form.empty()) {
    return nullptr;
  }
  *owner = plugin;
  const auto form = std::find_if(plugin->forms.begin(), plugin->forms.end(), [&](const RecordForm& f) { return f.id == process->consent_form; });
  return form == plugin->forms.end() ? nullptr : &*form;
}

}  // namespace

bool Workspace::needs_consent(const CareCase& care_case) const
{
  const PluginRecord* plugin = plugins_.find_loaded(care_case.plugin_id);
  if (plugin == nullptr) {
    // The plugin that would say is missing: its cases are shared only as if they needed consent.
    return true;
  }
  const ProcessInfo* process = plugin->manifest->process(care_case.process);
  return process != nullptr && !process->consent_form.empty();
}

ConsentCheck Workspace::disclosure_check(const CareCase& care_case, const std::string& recipient) const
{
  if (!needs_consent(care_case)) {
    return {true, {}, {}, recipient};
  }
  const PluginRecord* owner = nullptr;
  const RecordForm* form = consent_form(plugins_, care_case, &owner);
  if (form == nullptr) {
    return {false, trf("Pluginen {} är inte laddad, så samtycket kan inte prövas: uppgifterna lämnas inte ut.", care_case.plugin_id), {}, {}};
  }
  auto check = check_consent(storage_.plugin_record(owner->id, care_case.id, form->record).value_or(""), recipient, local_date(clock_()));
  if (recipient.find_first_not_of(" \t") == std::string::npos) {
    // Asked with no recipient: the units the consent names, to choose from.
    check.allowed = false;
    check.why = tr("Ange vem uppgifterna lämnas ut till.");
  }
  return check;
}

void Workspace::disclose(CaseId id, const std::string& recipient, const std::string& what, bool to_person)
{
  const auto care_case = require_case(id);
  if (to_person) {
    storage_.record_disclosure(id, tr("personen själv"), what, actor_);
    return;
  }
  const auto check = disclosure_check(care_case, recipient);
  if (!check.allowed) {
    throw StorageError(ErrorKind::validation, check.why);
  }
  if (needs_consent(care_case)) {
    storage_.record_disclosure(id, check.recipient.empty() ? recipient : check.recipient, what, actor_);
  }
}

void Workspace::log_access(CaseId id, AccessAction action, const std::string& what, const std::optional<std::string>& emergency_reason)
{
  static const std::string client = this_client();
  std::optional<std::string> reason;
  if (user_) {
    const auto care_case = storage_.find_case(id);
    if (care_case && !covers(*user_, care_case->person.municipality)) {
      const bool given = emergency_reason && emergency_reason->find_first_not_of(" \t\n") != std::string::npos;
      if (!given) {
        throw OutsideUnits(id, care_case->person.municipality,
                           trf("Ärende {} gäller en person i {}, utanför dina kommuner ({}). Att ändå läsa det är nödåtkomst: "
                               "ange varför. Skälet sparas i loggen och följs upp.",
                               id, care_case->person.municipality,
                               user_->municipalities.empty() ? tr("inga") : joined_list(user_->municipalities)));
      }
      reason = emergency_reason;
    }
  }
  storage_.log_access(id, action, what, actor_, client, reason);
}

std::vector<AccessLogLine> Workspace::access_log(const AccessLogQuery& query) const
{
  require(Permission::follow_up_access);
  auto lines = storage_.access_log(query);
  // A change in the words the case's history uses ("Punkt X (status): Ej påbörjad → Klar"), not as stored.
  std::map<CaseId, std::map<std::int64_t, std::string>> worded;
  for (auto& line : lines) {
    if (line.history_line == 0) {
      continue;
    }
    auto [words, added] = worded.try_emplace(line.case_id);
    if (added) {
      for (const auto& history : history_lines(*this, line.case_id)) {
        words->second[history.entry.id] =
            history.what + (history.before.empty() && history.after.empty()
                                ? ""
                                : ": " + (history.before.empty() ? "–" : history.before) + " → " + (history.after.empty() ? "–" : history.after));
      }
    }
    if (const auto found = words->second.find(line.history_line); found != words->second.end()) {
      line.what = found->second;
    }
  }
  return lines;
}

}  // namespace trygg
