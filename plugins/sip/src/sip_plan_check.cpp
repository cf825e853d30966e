#include "sip_plan_check.hpp"

#include "sip_plan_json.hpp"

#include "trygg/sdk/swedish_time.hpp"

#include <algorithm>
#include <string>

namespace trygg::sip {
namespace {

using Level = sdk::CaseReadiness::Level;

std::string date_of(std::chrono::sys_seconds at)
{
  return sdk::format_swedish_time(at).substr(0, 10);
}

void check_consent(const SipPlan& plan, std::chrono::sys_seconds now, sdk::CaseReadiness& result)
{
  const auto& consent = plan.consent;
  if (!consent.given_at) {
    result.add(Level::red, "Samtycke saknas: planen får inte upprättas eller delas utan den enskildes samtycke");
    return;
  }
  if (consent.revoked_at && *consent.revoked_at <= now) {
    result.add(Level::red, "Samtycket återkallades " + date_of(*consent.revoked_at) +
                               ": ingen information får delas vidare");
  } else if (consent.valid_until && *consent.valid_until < now) {
    result.add(Level::red, "Samtycket gällde till " + date_of(*consent.valid_until) +
                               ": inhämta nytt samtycke innan planen delas");
  } else if (*consent.given_at > now) {
    result.add(Level::red, "Samtycket är daterat " + date_of(*consent.given_at) + ", i framtiden");
  }
  if (consent.scope.empty()) {
    result.add(Level::red, "Samtyckets omfattning är inte angiven: samtycket ska gälla den här samordningen");
  }
  if (consent.given_by.empty() || consent.form.empty()) {
    result.add(Level::yellow, "Ange vem som gav samtycket och i vilken form");
  }
  if (consent.excludes.empty()) {
    result.add(Level::yellow, "Ange vad samtycket inte omfattar");
  }
  if (!consent.valid_until) {
    result.add(Level::yellow, "Samtycket saknar giltighetstid");
  } else if (plan.follow_up_at && *consent.valid_until < *plan.follow_up_at && !(consent.revoked_at && *consent.revoked_at <= now)) {
    result.add(Level::yellow, "Samtycket går ut " + date_of(*consent.valid_until) + ", före uppföljningen " +
                                  date_of(*plan.follow_up_at));
  }
}

void check_legal_elements(const SipPlan& plan, sdk::CaseReadiness& result)
{
  if (plan.needs.empty()) {
    result.add(Level::red, "Krav 1: planen anger inte vilka insatser som behövs");
  }
  if (plan.interventions.empty()) {
    result.add(Level::red, "Krav 2: planen anger inte vilka insatser respektive huvudman ansvarar för");
  }
  for (std::size_t index = 0; index < plan.interventions.size(); ++index) {
    const auto& intervention = plan.interventions[index];
    if (intervention.huvudman.empty()) {
      const std::string name = intervention.what.empty() ? "nr " + std::to_string(index + 1) : "\"" + intervention.what + "\"";
      result.add(Level::red, "Krav 2: insatsen " + name + " saknar ansvarig huvudman");
    }
  }
  if (plan.other_measures.empty() && !plan.no_other_measures) {
    result.add(Level::red, "Krav 3: åtgärder av andra (skola, Försäkringskassan …) saknas; ange dem eller att det inte finns några");
  }
  if (plan.huvudansvar.empty()) {
    result.add(Level::red, "Krav 4: det framgår inte vilken huvudman som har huvudansvaret");
  }
}

void check_risks_in_plan(const SipPlan& plan, std::chrono::sys_seconds now, sdk::CaseReadiness& result)
{
  if (!plan.other_measures.empty() && plan.no_other_measures) {
    result.add(Level::yellow, "Planen säger både att andra inte har några åtgärder och listar åtgärder");
  }
  const auto has_interventions = [&](const std::string& huvudman) {
    return std::any_of(plan.interventions.begin(), plan.interventions.end(),
                       [&](const auto& intervention) { return intervention.huvudman == huvudman; });
  };
  const auto names = plan.huvudman_names();
  for (const auto& name : names) {
    if (!has_interventions(name)) {
      result.add(Level::yellow, name + " ingår i planen men har inga insatser");
    }
  }
  if (!plan.interventions.empty() && names.size() < 2) {
    result.add(Level::yellow, "Planen nämner bara en huvudman; SIP förutsätter insatser från både region och kommun");
  }
  for (const auto& intervention : plan.interventions) {
    if (!intervention.huvudman.empty() && intervention.unit.empty()) {
      result.add(Level::yellow, "Insatsen \"" + intervention.what + "\" saknar utförande enhet");
    }
  }
  const bool person_takes_part = std::any_of(plan.participants.begin(), plan.participants.end(),
                                             [](const auto& participant) { return participant.kind == "person"; });
  if (!person_takes_part) {
    result.add(Level::yellow, "Den enskilde finns inte bland deltagarna");
  }
  if (plan.goals.empty()) {
    result.add(Level::yellow, "Den enskildes egna mål saknas");
  }
  if (plan.planning_lead.empty()) {
    result.add(Level::yellow, "Planeringsansvarig är inte namngiven");
  }
  if (!plan.follow_up_at) {
    result.add(Level::yellow, "Uppföljningen saknar datum");
  } else if (!plan.closed_at && *plan.follow_up_at < now) {
    result.add(Level::yellow, "Uppföljningen var planerad till " + date_of(*plan.follow_up_at));
  }
  if (plan.follow_up_how.empty()) {
    result.add(Level::yellow, "Det framgår inte hur planen följs upp");
  }
}

}  // namespace

sdk::CaseReadiness check_plan(const sdk::CaseSnapshot& snapshot)
{
  sdk::CaseReadiness result{Level::green, "SIP klar", {}};
  std::optional<SipPlan> stored;
  try {
    stored = plan_of(snapshot);
  } catch (const SipPlanError& error) {
    result.label = "SIP ofullständig";
    result.add(Level::red, std::string("Planen kunde inte läsas: ") + error.what());
    return result;
  }
  if (snapshot.latest("sip-declined") && !stored) {
    result.label = "SIP avböjd";
    result.add(Level::yellow, "Den enskilde har avböjt SIP; erbjud igen om behoven ändras");
    return result;
  }
  if (!stored) {
    result.label = "SIP ej upprättad";
    result.add(Level::red, "Planen är inte upprättad");
    return result;
  }
  const auto& plan = *stored;
  check_consent(plan, snapshot.now(), result);
  check_legal_elements(plan, result);
  check_risks_in_plan(plan, snapshot.now(), result);
  // The header never says more than the case does: a plan that meets the law with its checklist still
  // open is not "klar".
  const auto open_items = std::count_if(snapshot.items().begin(), snapshot.items().end(), [](const auto& item) { return !item.settled; });
  if (open_items > 0) {
    result.add(Level::yellow, "Checklistan: " + std::to_string(open_items) + " av " + std::to_string(snapshot.items().size()) +
                                  " punkter kvar");
  }
  if (result.level == Level::red) {
    result.label = "SIP ofullständig";
  } else if (result.level == Level::yellow) {
    result.label = "Lagens krav uppfyllda, brister kvar";
  }
  return result;
}

}  // namespace trygg::sip
