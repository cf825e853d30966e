#include "plan_report.hpp"

#include "trygg/sdk/csv.hpp"
#include "trygg/sdk/markup.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include <fmt/format.h>

namespace trygg::holiday {
namespace {

using sdk::tr;

std::string time_or_dash(const std::optional<std::chrono::sys_seconds>& at)
{
  return at ? sdk::format_swedish_time(*at) : "–";
}

}  // namespace

std::string wait_text(const PlannedOutcome& outcome)
{
  return wait_known(outcome) ? std::to_string(outcome.wait_days) : "–";
}

std::string kronor_text(const PlannedOutcome& outcome)
{
  if (outcome.routine_in_force && !outcome.earliest_after) {
    return tr("okänt");  // no time to discharge before the routine ends: the wait has no end to price
  }
  if (!outcome.exposure) {
    return "–";
  }
  return outcome.exposure->amount_known() ? std::to_string(outcome.exposure->amount) : tr("belopp okänt");
}

std::string governing_text(const PlannedOutcome& outcome)
{
  return outcome.routine_in_force ? fmt::format("{} v{}", outcome.routine_id, outcome.routine_version) : tr("ingen gällande rutin");
}

std::string outcome_note(const PlannedOutcome& outcome, const StaffingRoutine& routine)
{
  if (!outcome.routine_in_force) {
    return sdk::trf("utanför rutinen, som gäller {} – {}", sdk::to_iso_date(routine.valid_from), sdk::to_iso_date(routine.last_day()));
  }
  if (outcome.after_routine_end && !outcome.earliest_after) {
    return sdk::trf("ingen möjlig tid före rutinens slut {}", sdk::to_iso_date(routine.last_day()));
  }
  return {};
}

std::string plan_report_html(const StaffingRoutine& routine, const HolidayPlan& plan, const std::string& source)
{
  const auto e = [](const std::string& text) { return sdk::escape_markup(text); };
  std::string html = "<!DOCTYPE html>\n<html lang=sv><head><meta charset=utf-8>";
  html += fmt::format("<title>{}</title>", e(tr("Storhelgsplanering")));
  html += "<style>body{font-family:sans-serif;font-size:10pt}table{border-collapse:collapse;margin-bottom:1em}"
          "td,th{border:1px solid #999;padding:2px 5px;text-align:left}.no{background:#fde0dc}.out{color:#777}</style>";
  html += "</head><body>";
  html += fmt::format("<h1>{}</h1>", e(tr("Storhelgsplanering")));
  html += sdk::personal_data_notice_html();
  html += fmt::format("<p><b>{}</b>: {}{} ({} – {})<br>{}: {}</p>", e(tr("Rutin")), e(routine.name),
                      routine.example ? e(tr(" (exempel)")) : "", sdk::to_iso_date(routine.valid_from),
                      sdk::to_iso_date(routine.last_day()), e(tr("Utskrivningar")), e(source));
  if (!plan.uncovered_days.empty()) {
    std::string days;
    for (const auto& day : plan.uncovered_days) {
      days += (days.empty() ? "" : ", ") + sdk::to_iso_date(day);
    }
    html += fmt::format("<p class=no><b>{}</b> {}</p>", e(tr("Ingen bemanningsrutin gäller:")), e(days));
  }
  html += fmt::format("<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
                      "<th>{}</th></tr>",
                      e(tr("Utskrivning")), e(tr("Kommun")), e(tr("Planerad")), e(tr("Möjlig")), e(tr("Saknas")),
                      e(tr("Tidigast")), e(tr("Senast före")), e(tr("Väntedagar")), e(tr("Kronor")), e(tr("Rutin")));
  for (const auto& outcome : plan.outcomes) {
    const auto note = outcome_note(outcome, routine);
    html += fmt::format("<tr class={}><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
                        "<td>{}</td></tr>",
                        !outcome.routine_in_force ? "out" : outcome.feasible ? "ok" : "no", e(outcome.discharge.id),
                        e(outcome.discharge.municipality), sdk::format_swedish_time(outcome.discharge.ready),
                        outcome.feasible ? e(tr("ja")) : e(tr("nej")), e(note.empty() ? actors_text(outcome.not_staffed) : note),
                        time_or_dash(outcome.earliest_after), time_or_dash(outcome.latest_before),
                        wait_text(outcome), e(kronor_text(outcome)), e(governing_text(outcome)));
  }
  html += "</table>";
  html += fmt::format("<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th></tr>", e(tr("Per dag")), e(tr("Dag")),
                      e(tr("Planerade")), e(tr("Ej möjliga")));
  for (const auto& [day, load] : plan.per_day) {
    html += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>", sdk::to_iso_date(std::chrono::year_month_day{day}), load.planned,
                        load.infeasible);
  }
  html += fmt::format("</table><h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>", e(tr("Per kommun")),
                      e(tr("Kommun")), e(tr("Planerade")), e(tr("Ej möjliga")), e(tr("Väntedagar")));
  for (const auto& [name, load] : plan.per_municipality) {
    html += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", e(name), load.planned, load.infeasible, load.wait_days);
  }
  html += fmt::format("</table><h2>{}</h2><table><tr><th>{}</th><th>{}</th></tr>", e(tr("Per aktör")), e(tr("Aktör")),
                      e(tr("Hindrar")));
  for (const auto& [actor, count] : plan.blocking) {
    html += fmt::format("<tr><td>{}</td><td>{}</td></tr>", e(actor_label(actor)), count);
  }
  html += "</table></body></html>\n";
  return html;
}

std::string plan_csv(const StaffingRoutine& routine, const HolidayPlan& plan)
{
  std::string csv = "id,ward,municipality,planned,feasible,missing,earliest_after,latest_before,wait_days,kronor,note,routine\n";
  for (const auto& outcome : plan.outcomes) {
    std::string missing;
    for (const auto actor : outcome.not_staffed) {
      missing += (missing.empty() ? "" : ";") + std::string(to_string(actor));
    }
    const auto exposure = outcome.routine_in_force && !outcome.earliest_after ? std::string("unknown")
                          : !outcome.exposure ? std::string()
                          : outcome.exposure->amount_known() ? std::to_string(outcome.exposure->amount)
                                                             : std::string("unknown");
    csv += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\n", sdk::csv_field(outcome.discharge.id), sdk::csv_field(outcome.discharge.ward),
                       sdk::csv_field(outcome.discharge.municipality), sdk::format_swedish_time(outcome.discharge.ready),
                       outcome.feasible ? "yes" : "no", missing,
                       outcome.earliest_after ? sdk::format_swedish_time(*outcome.earliest_after) : "",
                       outcome.latest_before ? sdk::format_swedish_time(*outcome.latest_before) : "",
                       wait_known(outcome) ? std::to_string(outcome.wait_days) : "", exposure,
                       sdk::csv_field(outcome_note(outcome, routine)),
                       outcome.routine_in_force ? sdk::csv_field(governing_text(outcome)) : "");
  }
  return csv;
}

}  // namespace trygg::holiday
