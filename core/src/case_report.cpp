#include "trygg/case_report.hpp"

#include "trygg/history_line.hpp"
#include "trygg/i18n.hpp"
#include "trygg/personal_identity.hpp"
#include "trygg/sdk/markup.hpp"

#include <fmt/format.h>

namespace trygg {
namespace {

void append_matrix(std::string& html, const RiskAnalysis& analysis)
{
  const auto& scales = analysis.risk_template;
  html += "<table class=matrix><tr><th></th>";
  for (const auto& step : scales.consequence) {
    html += fmt::format("<th>K{} {}</th>", step.value, sdk::escape_markup(step.label));
  }
  html += "</tr>";
  for (int likelihood = scales.max_likelihood(); likelihood >= 1; --likelihood) {
    html += fmt::format("<tr><th>S{} {}</th>", likelihood,
                        sdk::escape_markup(scales.likelihood[static_cast<std::size_t>(likelihood - 1)].label));
    for (int consequence = 1; consequence <= scales.max_consequence(); ++consequence) {
      int count = 0;
      for (const auto& risk : analysis.risks) {
        count += (risk.likelihood == likelihood && risk.consequence == consequence) ? 1 : 0;
      }
      html += fmt::format("<td bgcolor=\"{0}\" style=\"background:{0}\">{1}</td>", scales.level_for(likelihood * consequence).color,
                          count > 0 ? std::to_string(count) : "");
    }
    html += "</tr>";
  }
  html += "</table>";
}

}  // namespace

std::string case_report_html(const Workspace& workspace, CaseId id)
{
  const auto care_case = workspace.storage().find_case(id);
  if (!care_case) {
    throw StorageError(trf("Ärende {} finns inte", id));
  }
  const auto e = [](std::string_view text) { return sdk::escape_markup(text); };
  std::string html;
  html += "<!DOCTYPE html>\n<html lang=sv><head><meta charset=utf-8>";
  html += fmt::format("<title>{} {}</title>", e(tr("Ärende")), care_case->id);
  html += "<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0}"
          "td,th{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}"
          ".matrix td{width:3em;height:2em;text-align:center;font-weight:bold}"
          "h2{border-bottom:2px solid #2a6f97;padding-bottom:.2em}.muted{color:#666}"
          "@media print{body{margin:0}}</style></head><body>\n";
  html += fmt::format("<h1>{} {}: {}</h1>", e(tr("Ärende")), care_case->id, e(care_case->title));
  html += sdk::personal_data_notice_html();
  std::string process = care_case->process;
  if (const auto* plugin = workspace.plugins().find_loaded(care_case->plugin_id)) {
    if (const auto* info = plugin->manifest->process(process)) {
      process = info->name;
    }
  }
  html += fmt::format("<p>{}</p>", e(subject_line(care_case->person, process)));
  html += fmt::format("<p class=muted>{} {} {} {}</p>\n", e(tr("Öppnat")), e(format_local(care_case->opened_at)),
                      e(tr("av")), e(care_case->opened_by));

  html += fmt::format("<h2>{}</h2><table border=1 cellspacing=0 cellpadding=3><tr><th>{}</th><th>{}</th><th>{}</th></tr>", e(tr("Händelser")), e(tr("Tid")),
                      e(tr("Händelse")), e(tr("Anteckning")));
  for (const auto& event : care_case->events) {
    html += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>", e(format_local(event.at)),
                        e(workspace.event_label(*care_case, event.kind)), e(event.note));
  }
  html += "</table>\n";

  const auto deadlines = workspace.deadlines(*care_case);
  if (!deadlines.deadlines.empty()) {
    html += fmt::format("<h2>{}</h2><table border=1 cellspacing=0 cellpadding=3><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>", e(tr("Tidsfrister")),
                        e(tr("Frist")), e(tr("Senast")), e(tr("Status")), e(tr("Källa")));
    for (const auto& item : deadlines.deadlines) {
      html += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", e(item.deadline.label),
                          e(format_local_deadline(item.deadline.due)), e(deadline_state_label(item.state)), e(item.deadline.source));
    }
    html += "</table>\n";
  }

  for (const auto& checklist : workspace.storage().checklists(id)) {
    // The screen's columns, in its words: status, item, who answers, due, who and when, comment or reason.
    // Who answers goes under the item, so the table fits A4 portrait.
    html += fmt::format("<h2>{}</h2><table border=1 cellspacing=0 cellpadding=3><tr><th>{}</th><th>{}</th><th>{}</th>"
                        "<th>{}</th><th>{}</th></tr>",
                        e(checklist.title), e(tr("Status")), e(tr("Punkt och ansvar")), e(tr("Senast")), e(tr("Vem och när")),
                        e(tr("Kommentar / orsak")));
    std::string phase;
    for (const auto& item : checklist.items) {
      if (item.phase_title != phase) {
        phase = item.phase_title;
        html += fmt::format("<tr><th colspan=5 align=left>{}</th></tr>", e(phase));
      }
      const std::string note = item.state == ItemState::not_applicable ? item.not_applicable_reason : item.comment;
      html += fmt::format("<tr><td>{}</td><td>{}<br><font size=-1>{} · {}</font></td><td>{}</td><td>{}</td><td>{}</td></tr>",
                          e(item_state_label(item.state)), e(item.text), e(to_string(item.huvudman)), e(item.role),
                          item.due_at ? e(format_local_deadline(*item.due_at)) : "",
                          item.changed_at ? e(item.changed_by + " " + format_local(*item.changed_at)) : "", e(note));
    }
    html += "</table>\n";
  }

  for (const auto& analysis : workspace.storage().risk_analyses(id)) {
    const auto& scales = analysis.risk_template;
    html += fmt::format("<h2>{}</h2>", e(scales.title));
    append_matrix(html, analysis);
    html += fmt::format("<table border=1 cellspacing=0 cellpadding=3><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
                        e(tr("Område")), e(tr("Risk")), e(tr("Poäng")), e(tr("Åtgärder")), e(tr("Kvarstående")),
                        e(tr("Uppföljning")));
    for (const auto& risk : analysis.risks) {
      const auto* area = scales.area(risk.area);
      std::string actions;
      for (const auto& action : risk.actions) {
        actions += e(action.description) + " (" + e(action.owner) +
                   (action.due ? ", " + e(to_iso_date(*action.due)) : std::string()) + ")<br>";
      }
      const auto residual = risk.residual_score();
      html += fmt::format("<tr><td>{}</td><td>{}</td><td>{} ({})</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                          e(area != nullptr ? area->label : risk.area), e(risk.description), risk.score(),
                          e(scales.level_for(risk.score()).label), actions,
                          residual ? std::to_string(*residual) : std::string("–"),
                          risk.follow_up ? e(to_iso_date(*risk.follow_up)) : std::string("–"));
    }
    html += "</table>\n";
  }

  html += fmt::format("<h2>{}</h2><table border=1 cellspacing=0 cellpadding=3><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
                      e(tr("Historik")), e(tr("När")), e(tr("Vem")), e(tr("Vad")), e(tr("Före")), e(tr("Efter")));
  for (const auto& line : history_lines(workspace, id)) {
    html += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", e(format_local(line.entry.at)),
                        e(line.entry.actor), e(line.what), e(line.before), e(line.after));
  }
  html += "</table>\n</body></html>\n";
  return html;
}

}  // namespace trygg
