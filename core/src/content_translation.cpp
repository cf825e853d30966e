#include "trygg/content_translation.hpp"

#include "trygg/i18n.hpp"

#include <cctype>

namespace trygg {

std::string tr_content(const std::string& text)
{
  if (text.empty()) {
    return text;
  }
  std::string normalised;
  bool space = false;
  for (const char c : text) {
    if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      space = !normalised.empty();
    } else {
      if (space) {
        normalised += ' ';
        space = false;
      }
      normalised += c;
    }
  }
  const char* found = tr(normalised.c_str());
  // No entry: the text as it was written, whitespace and all.
  return found == normalised.c_str() ? text : std::string(found);
}

void translate(PluginManifest& manifest)
{
  manifest.name = tr_content(manifest.name);
  manifest.description = tr_content(manifest.description);
  for (auto& process : manifest.processes) {
    process.name = tr_content(process.name);
    process.open_label = tr_content(process.open_label);
  }
  for (auto& event : manifest.events) {
    event.label = tr_content(event.label);
  }
  for (auto& record : manifest.records) {
    record.label = tr_content(record.label);
  }
}

void translate(ScoredInstrument& instrument)
{
  instrument.title = tr_content(instrument.title);
  instrument.description = tr_content(instrument.description);
  instrument.licence = tr_content(instrument.licence);
  for (auto& item : instrument.items) {
    item.label = tr_content(item.label);
    item.help = tr_content(item.help);
    for (auto& option : item.options) {
      option.label = tr_content(option.label);
      option.note = tr_content(option.note);
    }
  }
  for (auto& band : instrument.bands) {
    band.label = tr_content(band.label);
    for (auto& action : band.actions) {
      action = tr_content(action);
    }
  }
}

void translate(RecordForm& form)
{
  form.title = tr_content(form.title);
  form.guidance = tr_content(form.guidance);
  for (auto& section : form.sections) {
    section.title = tr_content(section.title);
    for (auto& field : section.fields) {
      field.label = tr_content(field.label);
      field.help = tr_content(field.help);
      for (auto& option : field.options) {
        option.label = tr_content(option.label);
      }
      for (auto& column : field.columns) {
        column.label = tr_content(column.label);
      }
    }
  }
}

void translate(RiskTemplate& risk_template)
{
  risk_template.title = tr_content(risk_template.title);
  risk_template.description = tr_content(risk_template.description);
  for (auto* scale : {&risk_template.likelihood, &risk_template.consequence}) {
    for (auto& step : *scale) {
      step.label = tr_content(step.label);
      step.description = tr_content(step.description);
    }
  }
  for (auto& level : risk_template.levels) {
    level.label = tr_content(level.label);
  }
  for (auto& area : risk_template.areas) {
    area.label = tr_content(area.label);
    area.description = tr_content(area.description);
  }
}

void translate(Checklist& checklist)
{
  checklist.title = tr_content(checklist.title);
  for (auto& item : checklist.items) {
    item.text = tr_content(item.text);
    item.guidance = tr_content(item.guidance);
    item.role = tr_content(item.role);
    item.phase_title = tr_content(item.phase_title);
  }
}

}  // namespace trygg
