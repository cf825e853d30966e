#include "trygg/history_line.hpp"

#include "trygg/content_translation.hpp"

#include "trygg/i18n.hpp"
#include "trygg/workspace.hpp"

#include <map>

namespace trygg {
namespace {

std::string display_value(const Workspace& workspace, const CareCase& care_case, const HistoryEntry& entry,
                          const std::optional<std::string>& value)
{
  if (!value) {
    return {};
  }
  if (entry.entity == "event") {
    if (const auto at = from_iso_utc(*value)) {
      return format_local(*at);
    }
  }
  if (entry.entity == "checklist-item" && entry.field == "state") {
    if (const auto state = item_state_from(*value)) {
      return item_state_label(*state);
    }
  }
  if (entry.entity == "case" && entry.field == "status") {
    return *value == "closed" ? tr("Avslutat") : tr("Öppet");
  }
  if (entry.entity == "case" && entry.field == "opened") {
    if (const auto* plugin = workspace.plugins().find_loaded(care_case.plugin_id)) {
      if (const auto* process = plugin->manifest->process(care_case.process)) {
        return process->name;
      }
    }
  }
  return *value;
}

}  // namespace

std::vector<HistoryLine> history_lines(const Workspace& workspace, CaseId id)
{
  const auto care_case = workspace.storage().find_case(id);
  if (!care_case) {
    return {};
  }
  return history_lines(workspace, *care_case, workspace.storage().checklists(id), workspace.storage().risk_analyses(id));
}

std::vector<HistoryLine> history_lines(const Workspace& workspace, const CareCase& care_case_value,
                                       const std::vector<Checklist>& checklists, const std::vector<RiskAnalysis>& analyses)
{
  const CareCase* care_case = &care_case_value;
  const CaseId id = care_case->id;
  // Name what changed the way people know it: the item's text, the risk's description.
  std::map<std::int64_t, std::string> item_texts;
  for (const auto& checklist : checklists) {
    for (const auto& item : checklist.items) {
      item_texts[item.id] = item.text;
    }
  }
  std::map<std::int64_t, std::string> risk_texts;
  for (const auto& analysis : analyses) {
    for (const auto& risk : analysis.risks) {
      risk_texts[risk.id] = risk.description;
    }
  }
  const auto text_of = [](const std::map<std::int64_t, std::string>& texts, std::int64_t key) {
    const auto found = texts.find(key);
    return found != texts.end() ? found->second : std::to_string(key);
  };
  const auto what = [&](const HistoryEntry& entry) -> std::string {
    if (entry.entity == "event") {
      return std::string(tr("Händelse: ")) + workspace.event_label(*care_case, entry.field);
    }
    if (entry.entity == "event-reason") {
      return trf("Händelse: {} (skäl)", workspace.event_label(*care_case, entry.field));
    }
    if (entry.entity == "checklist-item") {
      const std::string field = entry.field == "state"     ? tr("status")
                                : entry.field == "comment" ? tr("kommentar")
                                                           : tr("orsak");
      return text_of(item_texts, entry.entity_id) + " (" + field + ")";
    }
    if (entry.entity == "risk") {
      return std::string(tr("Risk")) + ": " + text_of(risk_texts, entry.entity_id);
    }
    if (entry.entity == "risk-action") {
      return tr("Åtgärd");
    }
    if (entry.entity == "checklist") {
      return tr("Checklista startad");
    }
    if (entry.entity == "risk-analysis") {
      return tr("Riskanalys startad");
    }
    if (entry.entity == "case-reason") {
      return tr("Ärendets status (skäl)");
    }
    if (entry.entity == "person") {
      return entry.field == "name" ? tr("Personens namn") : tr("Personens kommun");
    }
    if (entry.entity == "case") {
      return entry.field == "opened"         ? tr("Ärendet öppnat")
             : entry.field == "linked_case"  ? tr("Öppnat från ärende")
             : entry.field == "municipality" ? tr("Ärendets kommun")
                                             : tr("Ärendets status");
    }
    if (entry.entity == "disclosure") {
      return tr("Uppgifter utlämnade");
    }
    if (const auto label = workspace.record_field_label(entry); !label.empty()) {
      return label;  // a plugin's record, in the plugin's words
    }
    return entry.entity + ": " + entry.field;
  };
  // What was started, by its title, and a risk's area by its label, not the template's ids.
  std::map<std::string, std::string> started;  // by entity and id
  for (const auto& checklist : checklists) {
    started["checklist" + std::to_string(checklist.id)] = trf("{} (version {})", tr_content(checklist.title), checklist.template_version);
  }
  std::map<std::string, std::string> area_labels;
  for (const auto& analysis : analyses) {
    started["risk-analysis" + std::to_string(analysis.id)] =
        trf("{} (version {})", tr_content(analysis.risk_template.title), analysis.risk_template.version);
    for (const auto& area : analysis.risk_template.areas) {
      area_labels[area.id] = tr_content(area.label);
    }
  }
  std::vector<HistoryLine> lines;
  for (auto& entry : workspace.storage().history(id)) {
    HistoryLine line{entry, what(entry), display_value(workspace, *care_case, entry, entry.old_value),
                     display_value(workspace, *care_case, entry, entry.new_value)};
    const auto title = started.find(entry.entity + std::to_string(entry.entity_id));
    if (title != started.end() && (entry.field == "started" || entry.field == "created")) {
      line.after = title->second;
    }
    if (entry.entity == "risk" && entry.field == "created") {
      if (const auto colon = line.after.find(": "); colon != std::string::npos) {
        if (const auto label = area_labels.find(line.after.substr(0, colon)); label != area_labels.end()) {
          line.after = label->second + line.after.substr(colon);
        }
      }
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace trygg
