#include "sip_plan_document.hpp"

#include "sip_plan_check.hpp"
#include "sip_plan_json.hpp"

#include "trygg/sdk/markup.hpp"
#include "trygg/sdk/person.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include <fmt/format.h>

namespace trygg::sip {
namespace {

using sdk::tr;
using sdk::trf;
using Timestamp = std::chrono::sys_seconds;

std::string e(std::string_view text)
{
  return sdk::escape_markup(text);
}

std::string date_text(const std::optional<Timestamp>& at)
{
  return at ? sdk::to_iso_date(sdk::swedish_date(*at)) : std::string("–");
}

std::string or_dash(const std::string& text)
{
  return text.empty() ? std::string("–") : text;
}

// One copy of the plan. `reader` is whom it is for; a huvudman's own interventions are marked.
std::string plan_copy(const sdk::CaseSnapshot& snapshot, const SipPlan& plan, const std::string& reader, bool huvudman_copy)
{
  std::string html;
  html += fmt::format("<h1>{}</h1>", e(tr("Samordnad individuell plan (SIP)")));
  html += sdk::personal_data_notice_html();
  html += fmt::format("<p class=copy>{} <b>{}</b></p>", e(tr("Exemplar för:")), e(reader));
  html += "<table class=facts border=1 cellspacing=0 cellpadding=4 width=\"100%\">";
  const auto fact = [&](const char* label, const std::string& value) {
    html += fmt::format("<tr><th align=left bgcolor=\"#f2f5f8\" width=\"28%\">{}</th><td>{}</td></tr>", e(tr(label)), e(or_dash(value)));
  };
  fact("Namn", snapshot.person_name());
  fact("Personnummer", sdk::display_identity(snapshot.person_identity()));
  fact("Huvudansvar", plan.huvudansvar);
  fact("Planeringsansvarig", plan.planning_lead);
  fact("Uppföljning", plan.follow_up_at ? date_text(plan.follow_up_at) + (plan.follow_up_how.empty() ? "" : ", " + plan.follow_up_how)
                                        : plan.follow_up_how);
  html += "</table>";

  html += fmt::format("<h2>{}</h2><p class=goals>{}</p>", e(tr("Mina mål")), e(or_dash(plan.goals)));
  html += fmt::format("<h2>{}</h2><ul>", e(tr("Behov av insatser")));
  for (const auto& need : plan.needs) {
    html += fmt::format("<li>{}</li>", e(need));
  }
  html += plan.needs.empty() ? fmt::format("<li>{}</li></ul>", e(tr("Inga behov angivna"))) : "</ul>";

  html += fmt::format("<h2>{}</h2><table border=1 cellspacing=0 cellpadding=4 width=\"100%\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>", e(tr("Insatser")),
                      e(tr("Insats")), e(tr("Ansvarig huvudman")), e(tr("Enhet")), e(tr("Start")), e(tr("Uppföljning")));
  for (const auto& intervention : plan.interventions) {
    const bool own = huvudman_copy && intervention.huvudman == reader;
    html += fmt::format("<tr{}><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", own ? " class=own" : "",
                        own ? "<b>" : "", e(intervention.what) + (own ? "</b>" : ""), e(or_dash(intervention.huvudman)),
                        e(or_dash(intervention.unit)), e(date_text(intervention.start)), e(date_text(intervention.follow_up)));
  }
  html += "</table>";

  html += fmt::format("<h2>{}</h2>", e(tr("Åtgärder av andra")));
  if (plan.other_measures.empty()) {
    html += fmt::format("<p>{}</p>", e(plan.no_other_measures ? tr("Inga andra aktörer har åtgärder.") : tr("Inte angivet.")));
  } else {
    html += fmt::format("<table border=1 cellspacing=0 cellpadding=4 width=\"100%\"><tr><th>{}</th><th>{}</th></tr>", e(tr("Aktör")), e(tr("Åtgärd")));
    for (const auto& measure : plan.other_measures) {
      html += fmt::format("<tr><td>{}</td><td>{}</td></tr>", e(measure.actor), e(measure.what));
    }
    html += "</table>";
  }

  html += fmt::format("<h2>{}</h2><table border=1 cellspacing=0 cellpadding=4 width=\"100%\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>", e(tr("Deltagare")), e(tr("Namn")),
                      e(tr("Roll")), e(tr("Huvudman")), e(tr("Enhet")));
  for (const auto& participant : plan.participants) {
    html += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", e(participant.name),
                        e(participant.role.empty() ? participant_kind_label(participant.kind) : participant.role),
                        e(or_dash(participant.huvudman)), e(or_dash(participant.unit)));
  }
  html += "</table>";

  const auto& consent = plan.consent;
  html += fmt::format("<h2>{}</h2><table class=facts border=1 cellspacing=0 cellpadding=4 width=\"100%\">", e(tr("Samtycke")));
  fact("Givet", consent.given_at ? date_text(consent.given_at) + (consent.given_by.empty() ? "" : ", " + consent.given_by) : "");
  fact("Form", consent.form);
  fact("Omfattar", consent.scope);
  fact("Omfattar inte", consent.excludes);
  fact("Gäller till", consent.valid_until ? date_text(consent.valid_until) : "");
  if (consent.revoked_at) {
    fact("Återkallat", date_text(consent.revoked_at));
  }
  html += "</table>";
  if (plan.closed_at) {
    html += fmt::format("<h2>{}</h2><p>{} {}</p>", e(tr("Avslutad")), e(date_text(plan.closed_at)), e(plan.closing_note));
  }
  return html;
}

}  // namespace

SipPlanDocument sip_plan_document(const sdk::CaseSnapshot& snapshot, const SipPlan& plan, const sdk::CaseReadiness& readiness)
{
  const Timestamp now = snapshot.now();
  SipPlanDocument document;
  document.copies.push_back(snapshot.person_name());
  if (plan.consent_valid_at(now)) {
    for (const auto& huvudman : plan.huvudman_names()) {
      // A party the consent leaves out gets nothing, not even its own copy.
      if (!plan.consent_excludes(huvudman)) {
        document.copies.push_back(huvudman);
      }
    }
  } else {
    document.withheld = tr("Samtycket saknas, säger inte vad det omfattar, har gått ut eller är återkallat: bara den "
                           "enskildes exemplar skrivs ut, inget lämnas till huvudmännen.");
  }

  std::string& html = document.html;
  html += "<!DOCTYPE html>\n<html lang=sv><head><meta charset=utf-8>";
  html += fmt::format("<title>{} {}</title>", e(tr("SIP")), e(snapshot.person_name()));
  html += "<style>body{font-family:sans-serif;margin:2em;color:#222;max-width:48em}table{border-collapse:collapse;margin:.5em 0;width:100%}"
          "td,th{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}.facts th{width:12em;background:#f2f5f8}"
          "h1{color:#2a6f97;margin-bottom:.2em}h2{border-bottom:2px solid #2a6f97;padding-bottom:.2em;margin-top:1.2em}"
          ".copy{font-size:1.1em}.own{background:#e3f2fd}.goals{font-style:italic;font-size:1.1em}"
          ".warning{border:2px solid #c62828;background:#ffebee;padding:.5em}.muted{color:#666}"
          "@media print{body{margin:0}}</style></head><body>\n";

  // An incomplete plan is printed as a draft, with what the law still requires.
  std::string draft;
  if (readiness.blocking()) {
    draft += fmt::format("<div class=warning><b>{}</b><ul>", e(tr("Utkast: planen uppfyller inte lagens krav än")));
    for (const auto& finding : readiness.findings) {
      if (finding.level == sdk::CaseReadiness::Level::red) {
        draft += fmt::format("<li>{}</li>", e(finding.text));
      }
    }
    draft += "</ul></div>";
  }
  if (!document.withheld.empty()) {
    draft += fmt::format("<div class=warning>{}</div>", e(document.withheld));
  }
  for (std::size_t index = 0; index < document.copies.size(); ++index) {
    html += index == 0 ? "<div>" : "<div style=\"page-break-before:always\">";
    html += draft;
    html += plan_copy(snapshot, plan, document.copies[index], index > 0);
    html += fmt::format("<p class=muted>{} {} · {} {} · {} {}/{}</p></div>\n", e(tr("Utskriftsdatum")), e(sdk::format_swedish_time(now)),
                        e(tr("ärende")), snapshot.id(), e(tr("exemplar")), index + 1, document.copies.size());
  }
  html += "</body></html>\n";
  return document;
}

SipPlanDocument plan_document(const sdk::Host& host, std::int64_t case_id)
{
  const auto snapshot = host.snapshot(case_id);
  if (!snapshot) {
    throw sdk::HostError(trf("Ärende {} finns inte", case_id));
  }
  const auto plan = plan_of(*snapshot);
  if (!plan) {
    throw sdk::HostError(trf("Ärende {} har ingen SIP-plan", case_id));
  }
  return sip_plan_document(*snapshot, *plan, check_plan(*snapshot, Huvudmen::from(host)));
}

}  // namespace trygg::sip
