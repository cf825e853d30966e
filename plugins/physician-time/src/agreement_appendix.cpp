#include "agreement_appendix.hpp"

#include "physician_cover.hpp"

#include "trygg/sdk/markup.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include <fmt/format.h>

namespace trygg::physician {
namespace {

using sdk::tr;

std::string e(const std::string& text)
{
  return sdk::escape_markup(text);
}

std::string frequency_text(const std::string& frequency)
{
  if (frequency == "weekly") {
    return tr("varje vecka");
  }
  if (frequency == "monthly") {
    return tr("varje månad");
  }
  if (frequency == "yearly") {
    return tr("minst en gång om året");
  }
  return tr("vid behov");
}

}  // namespace

std::string agreement_appendix_html(const PhysicianAgreement& agreement, const PhysicianTimePlan& plan)
{
  std::string html = "<!DOCTYPE html>\n<html lang=sv><head><meta charset=utf-8><title>" + e(agreement.name) + "</title>";
  html += "<style>body{font-family:sans-serif;font-size:10pt;max-width:180mm}table{border-collapse:collapse;margin-bottom:1em}"
          "td,th{border:1px solid #999;padding:2px 5px;text-align:left}.example{color:#9a5b00}</style></head><body>";
  html += fmt::format("<h1>{}</h1>", e(agreement.name));
  if (agreement.example) {
    html += fmt::format("<p class=example>{}</p>", e(tr("Exempel: kontrollera mot det beslutade avtalet.")));
  }
  html += fmt::format("<p>{} {} {} {}</p>", e(tr("Version")), agreement.version, e(tr("gäller från")), sdk::to_iso_date(agreement.valid_from));
  if (agreement.valid_to) {
    html += fmt::format("<p>{} {}</p>", e(tr("till och med")), sdk::to_iso_date(*agreement.valid_to));
  }
  html += fmt::format("<h2>{}</h2><ul>", e(tr("Parter")));
  for (const auto& party : agreement.parties) {
    html += fmt::format("<li>{}</li>", e(party.name));
  }
  html += "</ul>";
  html += fmt::format("<h2>{}</h2><table><tr><th>{}</th><th>{}</th></tr>", e(tr("Läkartid per kategori")), e(tr("Kategori")),
                      e(tr("Minuter per vecka")));
  for (const auto& category : agreement.categories) {
    html += fmt::format("<tr><td>{}</td><td>{} {}</td></tr>", e(category.name), category.minutes_per_week,
                        e(category.per_place ? tr("per plats") : tr("per person")));
  }
  html += "</table>";
  if (!agreement.additions.empty()) {
    html += fmt::format("<h2>{}</h2><table><tr><th>{}</th><th>{}</th></tr>", e(tr("Tillägg efter behov")), e(tr("Tillägg")),
                        e(tr("Minuter")));
    for (const auto& addition : agreement.additions) {
      html += fmt::format("<tr><td>{}</td><td>{} {}</td></tr>", e(addition.name), addition.minutes,
                          e(addition.per_person_week ? tr("per person och vecka") : tr("per tillfälle")));
    }
    html += "</table>";
  }
  html += fmt::format("<h2>{}</h2>", e(tr("Nåbarhet")));
  const auto cover = week_cover(agreement);
  html += "<table>";
  for (const auto& stretch : cover.covered) {
    html += fmt::format("<tr><td>{}</td><td>{}</td></tr>", e(stretch.what), e(stretch_text(stretch)));
  }
  html += "</table>";
  if (agreement.phone_minutes > 0) {
    html += "<p>" + e(sdk::trf("Jour och beredskap: telefon inom {} minuter, på plats inom {} minuter.", agreement.phone_minutes,
                               agreement.on_site_minutes)) +
            "</p>";
  }
  if (!cover.gaps.empty()) {
    std::string gaps;
    for (const auto& gap : cover.gaps) {
      gaps += (gaps.empty() ? "" : ", ") + stretch_text(gap);
    }
    html += "<p><b>" + e(sdk::trf("Ingen läkare att nå {:.0f} timmar i veckan: {}", cover.gap_minutes() / 60.0, gaps)) + "</b></p>";
  }
  if (!agreement.tasks.empty()) {
    html += fmt::format("<h2>{}</h2><ul>", e(tr("Läkarens uppgifter")));
    for (const auto& task : agreement.tasks) {
      html += fmt::format("<li>{}: {}</li>", e(task.name), e(frequency_text(task.frequency)));
    }
    html += "</ul>";
  }
  if (!agreement.indicators.empty()) {
    html += fmt::format("<h2>{}</h2><ul>", e(tr("Uppföljning")));
    for (const auto& indicator : agreement.indicators) {
      html += fmt::format("<li>{}{}</li>", e(indicator.name),
                          indicator.target ? fmt::format(" ({} {:.0f} procent)", e(tr("mål")), *indicator.target * 100) : std::string());
    }
    html += "</ul>";
  }
  html += fmt::format("<h2>{}</h2><p>{}</p><table><tr><th>{}</th><th>{}</th><th>{}</th></tr>", e(tr("Vad avtalet betyder i läkartid")),
                      e(sdk::trf("En heltid: {} tim/vecka × {:.0f} % patienttid", plan.basis.contract_hours_per_week,
                                 plan.basis.patient_time_share * 100)),
                      e(tr("Kommun / vårdcentral")), e(tr("Tim/vecka")), e(tr("Heltid")));
  for (const auto* group : {&plan.per_municipality, &plan.per_primary_care}) {
    for (const auto& [name, total] : *group) {
      html += fmt::format("<tr><td>{}</td><td>{:.2f}</td><td>{:.2f}</td></tr>", e(name), total.hours_per_week(),
                          plan.basis.fte(total.hours_per_week()));
    }
  }
  html += fmt::format("<tr><th>{}</th><th>{:.2f}</th><th>{:.2f}</th></tr></table>", e(tr("Totalt")), plan.total.hours_per_week(), plan.fte());
  html += fmt::format("<p>{}</p></body></html>\n", e(agreement.source));
  return html;
}

}  // namespace trygg::physician
