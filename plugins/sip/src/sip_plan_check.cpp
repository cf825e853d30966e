#include "sip_plan_check.hpp"

#include "sip_plan_json.hpp"

#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

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
    result.add(Level::red, sdk::tr("Samtycke saknas: planen får inte upprättas eller delas utan den enskildes samtycke"));
    return;
  }
  if (consent.revoked_at && *consent.revoked_at <= now) {
    result.add(Level::red, sdk::trf("Samtycket återkallades {}: ingen information får delas vidare", date_of(*consent.revoked_at)));
  } else if (plan.consent_ends() && *plan.consent_ends() <= now) {
    result.add(Level::red, sdk::trf("Samtycket gällde till {}: inhämta nytt samtycke innan planen delas", date_of(*consent.valid_until)));
  } else if (*consent.given_at > now) {
    result.add(Level::red, sdk::trf("Samtycket är daterat {}, i framtiden", date_of(*consent.given_at)));
  }
  if (consent.scope.empty()) {
    result.add(Level::red, sdk::tr("Samtyckets omfattning är inte angiven: samtycket ska gälla den här samordningen"));
  }
  if (consent.given_by.empty() || consent.form.empty()) {
    result.add(Level::yellow, sdk::tr("Ange vem som gav samtycket och i vilken form"));
  }
  if (consent.excludes.empty()) {
    result.add(Level::yellow, sdk::tr("Ange vad samtycket inte omfattar"));
  }
  if (!consent.valid_until) {
    result.add(Level::yellow, sdk::tr("Samtycket saknar giltighetstid"));
  } else if (plan.follow_up_at && *plan.consent_ends() <= *plan.follow_up_at && !(consent.revoked_at && *consent.revoked_at <= now)) {
    result.add(Level::yellow, sdk::trf("Samtycket går ut {}, före uppföljningen {}", date_of(*consent.valid_until), date_of(*plan.follow_up_at)));
  }
}

// Interventions and huvudansvar belong to the person's huvudmän, the region and the municipality;
// anyone else's part is a measure by others (krav 3), never an intervention (krav 2) or huvudansvar (krav 4).
void check_huvudmen(const SipPlan& plan, const std::vector<std::string>& huvudmen, sdk::CaseReadiness& result)
{
  std::string known;
  for (const auto& name : huvudmen) {
    known += (known.empty() ? "" : ", ") + name;
  }
  for (const auto& intervention : plan.interventions) {
    if (!intervention.huvudman.empty() && !is_among(huvudmen, intervention.huvudman)) {
      result.add(Level::red, sdk::trf("Krav 2: insatsen \"{}\" ligger hos {}, som inte är huvudman för den enskilde ({}); "
                                      "för den till åtgärder av andra",
                                      intervention.what, intervention.huvudman, known));
    }
  }
  if (!plan.huvudansvar.empty() && !is_among(huvudmen, plan.huvudansvar)) {
    result.add(Level::red, sdk::trf("Krav 4: huvudansvaret ligger hos {}, som inte är huvudman för den enskilde; "
                                    "det kan bara ligga hos regionen eller kommunen ({})",
                                    plan.huvudansvar, known));
  }
}

void check_legal_elements(const SipPlan& plan, sdk::CaseReadiness& result)
{
  if (plan.needs.empty()) {
    result.add(Level::red, sdk::tr("Krav 1: planen anger inte vilka insatser som behövs"));
  }
  if (plan.interventions.empty()) {
    result.add(Level::red, sdk::tr("Krav 2: planen anger inte vilka insatser respektive huvudman ansvarar för"));
  }
  for (std::size_t index = 0; index < plan.interventions.size(); ++index) {
    const auto& intervention = plan.interventions[index];
    if (intervention.huvudman.empty()) {
      const std::string name = intervention.what.empty() ? sdk::trf("nr {}", index + 1) : "\"" + intervention.what + "\"";
      result.add(Level::red, sdk::trf("Krav 2: insatsen {} saknar ansvarig huvudman", name));
    }
  }
  if (plan.other_measures.empty() && !plan.no_other_measures) {
    result.add(Level::red, sdk::tr("Krav 3: åtgärder av andra (skola, Försäkringskassan …) saknas; ange dem eller att det inte finns några"));
  }
  if (plan.huvudansvar.empty()) {
    result.add(Level::red, sdk::tr("Krav 4: det framgår inte vilken huvudman som har huvudansvaret"));
  }
}

void check_risks_in_plan(const SipPlan& plan, const std::vector<std::string>& huvudmen, std::chrono::sys_seconds now,
                         sdk::CaseReadiness& result)
{
  if (!plan.other_measures.empty() && plan.no_other_measures) {
    result.add(Level::yellow, sdk::tr("Planen säger både att andra inte har några åtgärder och listar åtgärder"));
  }
  const auto has_interventions = [&](const std::string& huvudman) {
    return std::any_of(plan.interventions.begin(), plan.interventions.end(),
                       [&](const auto& intervention) { return intervention.huvudman == huvudman; });
  };
  // Only huvudmän count here: another party named in the plan is reported above, not as a huvudman.
  auto names = plan.huvudman_names();
  if (!huvudmen.empty()) {
    std::erase_if(names, [&](const std::string& name) { return !is_among(huvudmen, name); });
  }
  for (const auto& name : names) {
    if (!has_interventions(name)) {
      result.add(Level::yellow, sdk::trf("{} ingår i planen men har inga insatser", name));
    }
  }
  if (!plan.interventions.empty() && names.size() < 2) {
    result.add(Level::yellow, sdk::tr("Planen nämner bara en huvudman; SIP förutsätter insatser från både region och kommun"));
  }
  for (const auto& intervention : plan.interventions) {
    if (!intervention.huvudman.empty() && intervention.unit.empty()) {
      result.add(Level::yellow, sdk::trf("Insatsen \"{}\" saknar utförande enhet", intervention.what));
    }
  }
  const bool person_takes_part = std::any_of(plan.participants.begin(), plan.participants.end(),
                                             [](const auto& participant) { return participant.kind == "person"; });
  if (!person_takes_part) {
    result.add(Level::yellow, sdk::tr("Den enskilde finns inte bland deltagarna"));
  }
  if (plan.goals.empty()) {
    result.add(Level::yellow, sdk::tr("Den enskildes egna mål saknas"));
  }
  if (plan.planning_lead.empty()) {
    result.add(Level::yellow, sdk::tr("Planeringsansvarig är inte namngiven"));
  }
  if (!plan.follow_up_at) {
    result.add(Level::yellow, sdk::tr("Uppföljningen saknar datum"));
  } else if (!plan.closed_at && *plan.follow_up_at < now) {
    result.add(Level::yellow, sdk::trf("Uppföljningen var planerad till {}", date_of(*plan.follow_up_at)));
  }
  if (plan.follow_up_how.empty()) {
    result.add(Level::yellow, sdk::tr("Det framgår inte hur planen följs upp"));
  }
}

}  // namespace

sdk::CaseReadiness check_plan(const sdk::CaseSnapshot& snapshot, const Huvudmen& known)
{
  sdk::CaseReadiness result{Level::green, sdk::tr("SIP klar"), {}};
  std::optional<SipPlan> stored;
  try {
    stored = plan_of(snapshot);
  } catch (const SipPlanError& error) {
    result.label = sdk::tr("SIP ofullständig");
    result.add(Level::red, sdk::trf("Planen kunde inte läsas: {}", error.what()));
    return result;
  }
  if (snapshot.latest("sip-declined") && !stored) {
    result.label = sdk::tr("SIP avböjd");
    result.add(Level::yellow, sdk::tr("Den enskilde har avböjt SIP; erbjud igen om behoven ändras"));
    return result;
  }
  if (!stored) {
    result.label = sdk::tr("SIP ej upprättad");
    result.add(Level::red, sdk::tr("Planen är inte upprättad"));
    return result;
  }
  const auto& plan = *stored;
  const auto huvudmen = known.for_person(snapshot.municipality());
  check_consent(plan, snapshot.now(), result);
  check_legal_elements(plan, result);
  if (!huvudmen.empty()) {
    check_huvudmen(plan, huvudmen, result);
  }
  check_risks_in_plan(plan, huvudmen, snapshot.now(), result);
  // The header never says more than the case does: a plan that meets the law with its checklist still
  // open is not "klar".
  const auto open_items = std::count_if(snapshot.items().begin(), snapshot.items().end(), [](const auto& item) { return !item.settled; });
  if (open_items > 0) {
    result.add(Level::yellow, sdk::trfn("Checklistan: {} av {} punkt kvar", "Checklistan: {} av {} punkter kvar",
                                        snapshot.items().size(), open_items, snapshot.items().size()));
  }
  if (result.level == Level::red) {
    result.label = sdk::tr("SIP ofullständig");
  } else if (result.level == Level::yellow) {
    result.label = sdk::tr("Lagens krav uppfyllda, brister kvar");
  }
  return result;
}

}  // namespace trygg::sip
