// The SIP plugin's part of the demo data: four fictional plans in various states, three of them
// opened from the demo's discharges of the same people.
#include "sip_plugin.hpp"

#include "trygg/sdk/swedish_time.hpp"

#include <algorithm>

namespace trygg::sip {
namespace {

using std::chrono::days;

// A fictional plan, complete, for the demo SIPs to vary from.
SipPlan demo_plan(const sdk::CaseRow& person, const Huvudmen& huvudmen, std::chrono::sys_seconds at, int follow_up_in_days)
{
  // The huvudmän as the region's list names them.
  const std::string region = huvudmen.region().value_or("Region Sörmland");
  const std::string municipality = huvudmen.municipality_named(person.municipality).value_or(person.municipality + " kommun");
  const auto day = [&](int offset) { return sdk::swedish_instant(sdk::swedish_date(at + days(offset)), 9 * 60); };
  SipPlan plan;
  plan.consent = {day(-6), person.person_name, "skriftligt",
                  "Uppgifter som behövs för den här samordningen, mellan " + region + " och " + municipality,
                  "Uppgifter om tidigare missbruksvård", day(180), std::nullopt};
  plan.participants = {{"person", person.person_name, "", "", ""},
                       {"relative", "Anders (son)", "närstående", "", ""},
                       {"huvudman", "Lena Sandberg", "distriktssköterska", region, "Vårdcentralen"},
                       {"huvudman", "Mikael Ström", "biståndshandläggare", municipality, "Myndighetsenheten"},
                       {"huvudman", "Sara Nyberg", "kommunsjuksköterska", municipality, "Hemsjukvården"}};
  plan.goals = "Jag vill bo kvar hemma och kunna gå ut med rollatorn när det är fint väder.";
  plan.needs = {"Stöd med läkemedel morgon och kväll", "Hjälp med dusch två gånger i veckan", "Uppföljning av blodtryck"};
  plan.interventions = {
      {"Läkemedelsgenomgång och dosdispensering", region, "Vårdcentralen", day(-2), day(follow_up_in_days)},
      {"Blodtryckskontroll varannan vecka", region, "Vårdcentralen", day(1), day(follow_up_in_days)},
      {"Hemtjänst morgon och kväll", municipality, "Hemtjänst centrum", day(-3), day(follow_up_in_days)},
      {"Hemsjukvård: läkemedelsöverlämning", municipality, "Hemsjukvården", day(-3), day(follow_up_in_days)},
  };
  plan.other_measures = {{"Färdtjänst", "Prövar ansökan om färdtjänst"}};
  plan.huvudansvar = municipality;
  plan.planning_lead = "Sara Nyberg, kommunsjuksköterska";
  plan.follow_up_at = day(follow_up_in_days);
  plan.follow_up_how = "Möte i hemmet med samma deltagare";
  return plan;
}

}  // namespace

int SipPlugin::seed_demo(const std::vector<sdk::CaseRow>& demo_cases) const
{
  auto& services = host();
  const auto at = services.now();
  // The people of the demo, by name; a SIP is opened from the person's discharge when there is one.
  const auto person = [&](const char* name) -> const sdk::CaseRow* {
    const sdk::CaseRow* found = nullptr;
    for (const auto& row : demo_cases) {
      if (row.person_name == name && (found == nullptr || row.process == "discharge")) {
        found = &row;
      }
    }
    return found;
  };
  const auto open_sip = [&](const sdk::CaseRow& row, const char* title) {
    return services.open_case("sip", title, row.person_identity, row.person_name, row.municipality,
                              row.process == "discharge" ? row.id : 0);
  };
  int made = 0;
  // Greta: from the hip fracture discharge, a complete plan; kallelse sent in time.
  if (const auto* greta = person("Greta Holmqvist")) {
    const auto id = open_sip(*greta, "SIP efter höftfraktur");
    services.commit(sdk::Changes(id).add_event("sip-called", at - std::chrono::hours(4)));
    save_plan(id, demo_plan(*greta, huvudmen_, at, 14));
    ++made;
  }
  // Ingrid: from the pneumonia discharge; nobody has said who has huvudansvar or what others do.
  if (const auto* ingrid = person("Ingrid Åkesson")) {
    const auto id = open_sip(*ingrid, "SIP efter pneumoni");
    auto gaps = demo_plan(*ingrid, huvudmen_, at, 21);
    gaps.huvudansvar.clear();
    gaps.other_measures.clear();
    gaps.interventions[1].huvudman.clear();
    save_plan(id, gaps);
    ++made;
  }
  // Lennart: consent revoked yesterday; nothing more may be shared.
  if (const auto* lennart = person("Lennart Ek")) {
    const auto id = open_sip(*lennart, "SIP, stroke och hemrehabilitering");
    auto withdrawn = demo_plan(*lennart, huvudmen_, at, 9);
    withdrawn.consent.revoked_at = at - days(1);
    save_plan(id, withdrawn);
    ++made;
  }
  // Elsa: a plan that has run a month; its follow-up was due two days ago.
  if (const auto* elsa = person("Elsa Norén")) {
    const auto id = open_sip(*elsa, "SIP, demens och ensamboende");
    auto running = demo_plan(*elsa, huvudmen_, at - days(30), 28);
    running.follow_up_at = sdk::swedish_instant(sdk::swedish_date(at - days(2)), 10 * 60);
    services.commit(sdk::Changes(id).add_event("sip-meeting", at - days(30)));
    save_plan(id, running);
    ++made;
  }
  return made;
}

}  // namespace trygg::sip
