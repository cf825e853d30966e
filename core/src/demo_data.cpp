#include "trygg/demo_data.hpp"

#include "trygg/personal_identity.hpp"

#include <fmt/format.h>

#include <array>
#include <vector>

namespace trygg {
namespace {

struct DemoPerson {
  const char* birth;  // YYYYMMDD
  int serial;         // three digits; odd = man, even = woman
  const char* name;
  const char* municipality;
};

// Fictional people in Sörmland's municipalities.
constexpr std::array<DemoPerson, 9> people{{
    {"19380412", 238, "Greta Holmqvist", "Eskilstuna"},
    {"19450923", 517, "Bengt Sjöberg", "Nyköping"},
    {"19311130", 402, "Ingrid Åkesson", "Katrineholm"},
    {"19520207", 771, "Lennart Ek", "Strängnäs"},
    {"19400618", 864, "Maj-Britt Lund", "Flen"},
    {"19290301", 193, "Sven Ahlgren", "Trosa"},
    {"19481014", 626, "Elsa Norén", "Vingåker"},
    {"19570722", 355, "Rolf Berglund", "Oxelösund"},
    {"19360505", 948, "Karin Wallin", "Gnesta"},
}};

// A number valid in form: the check digit that the Luhn rule accepts.
std::string identity_of(const DemoPerson& person)
{
  for (int check = 0; check <= 9; ++check) {
    const auto text = fmt::format("{}-{:03}{}", person.birth, person.serial, check);
    if (const auto parsed = PersonalIdentity::parse(text, today()); parsed.identity) {
      return parsed.identity->normalised();
    }
  }
  return {};
}

struct DemoCase {
  const char* plugin;
  const char* process;
  const char* title;
  int admitted_hours_ago;
  int ready_hours_ago;  // 0: not yet ready
  int items_done;
};

constexpr std::array<DemoCase, 9> cases{{
    {"se.trygg.discharge", "discharge", "Höftfraktur, ortopedavdelning 12", 96, 20, 5},
    {"se.trygg.discharge", "discharge", "Hjärtsvikt, medicinavdelning 3", 30, 0, 1},
    {"se.trygg.discharge", "discharge", "Pneumoni, infektionsavdelning", 260, 200, 9},
    {"se.trygg.discharge", "discharge", "Stroke, strokeenheten", 50, 0, 2},
    {"se.trygg.proactive", "proactive", "Förebyggande planering efter upprepade fall", 0, 0, 3},
    {"se.trygg.proactive", "proactive", "Nutrition och ensamhet, hemtjänst", 0, 0, 1},
    {"se.trygg.acute", "acute", "Akutbesök efter fall, åter till SÄBO", 6, 0, 2},
    {"se.trygg.acute", "acute", "Andningsbesvär, akutmottagningen", 3, 0, 0},
    {"se.trygg.discharge", "discharge", "KOL-exacerbation, medicinavdelning 5", 20, 0, 0},
}};

// A fictional plan, complete, for the demo SIPs to vary from.
sdk::SipPlan demo_plan(const DemoPerson& person, const std::string& region, const std::string& municipality, Timestamp at,
                      int follow_up_in_days)
{
  using std::chrono::days;
  const auto day = [&](int offset) { return local_instant(local_date(at + days(offset)), 9 * 60); };
  sdk::SipPlan plan;
  plan.consent = {day(-6), person.name, "skriftligt", "Uppgifter som behövs för den här samordningen, mellan " + region + " och " + municipality,
                  "Uppgifter om tidigare missbruksvård", day(180), std::nullopt};
  plan.participants = {{"person", person.name, "", "", ""},
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

// SIPs in various states: complete, from a discharge, missing legal elements, consent revoked, follow-up due.
int seed_demo_sips(Workspace& workspace, const std::vector<CaseId>& discharge_of_person, Timestamp at)
{
  if (workspace.plugins().find_loaded("se.trygg.sip") == nullptr) {
    return 0;
  }
  using std::chrono::days;
  auto& storage = workspace.storage();
  const std::string& actor = workspace.actor();
  const auto open_sip = [&](std::size_t person_index, const char* title) {
    const auto& person = people[person_index];
    const auto from = discharge_of_person[person_index];
    return workspace.open_case("se.trygg.sip", "sip", title, {identity_of(person), person.name, person.municipality},
                               from != 0 ? std::optional<CaseId>(from) : std::nullopt);
  };
  const auto municipality_of = [](std::size_t person_index) { return std::string(people[person_index].municipality) + " kommun"; };
  const std::string region = "Region Sörmland";

  // Greta: from the hip fracture discharge, a complete plan; kallelse sent in time.
  const CaseId complete = open_sip(0, "SIP efter höftfraktur");
  storage.add_event(complete, "sip-called", at - std::chrono::hours(4), "", actor);
  storage.save_sip_plan(complete, demo_plan(people[0], region, municipality_of(0), at, 14), actor);
  // The nurse has prepared, called and held the meeting: the checklist up to the follow-up is done.
  int prepared = 12;
  for (const auto& checklist : storage.checklists(complete)) {
    for (const auto& item : checklist.items) {
      if (prepared-- > 0) {
        storage.change_item(item.id, {ItemState::done, std::nullopt, std::nullopt}, actor);
      }
    }
  }

  // Ingrid: from the pneumonia discharge; nobody has said who has huvudansvar or what others do.
  const CaseId incomplete = open_sip(2, "SIP efter pneumoni");
  auto gaps = demo_plan(people[2], region, municipality_of(2), at, 21);
  gaps.huvudansvar.clear();
  gaps.other_measures.clear();
  gaps.interventions[1].huvudman.clear();
  storage.save_sip_plan(incomplete, gaps, actor);

  // Lennart: consent revoked yesterday; nothing more may be shared.
  const CaseId revoked = open_sip(3, "SIP, stroke och hemrehabilitering");
  auto withdrawn = demo_plan(people[3], region, municipality_of(3), at, 9);
  withdrawn.consent.revoked_at = at - days(1);
  storage.save_sip_plan(revoked, withdrawn, actor);

  // Elsa: a plan that has run a month; its follow-up was due two days ago.
  const CaseId follow_up = open_sip(6, "SIP, demens och ensamboende");
  auto running = demo_plan(people[6], region, municipality_of(6), at - days(30), 28);
  running.follow_up_at = local_instant(local_date(at - days(2)), 10 * 60);
  storage.add_event(follow_up, "sip-meeting", at - days(30), "", actor);
  storage.save_sip_plan(follow_up, running, actor);
  return 4;
}

}  // namespace

int seed_demo_data(Workspace& workspace)
{
  int made = 0;
  const Timestamp at = now();
  std::vector<CaseId> discharge_of_person(people.size(), 0);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const auto& demo = cases[i];
    if (workspace.plugins().find_loaded(demo.plugin) == nullptr) {
      continue;
    }
    const auto& person = people[i % people.size()];
    const CaseId id = workspace.open_case(demo.plugin, demo.process, demo.title,
                                          {identity_of(person), person.name, person.municipality});
    ++made;
    if (std::string_view(demo.process) == "discharge") {
      discharge_of_person[i % people.size()] = id;
    }
    auto& storage = workspace.storage();
    const std::string& actor = workspace.actor();
    if (demo.admitted_hours_ago > 0) {
      const char* first_event = std::string_view(demo.process) == "acute" ? "arrived-emergency" : "admitted";
      storage.add_event(id, first_event, at - std::chrono::hours(demo.admitted_hours_ago), "", actor);
    }
    if (std::string_view(demo.process) == "discharge" && demo.admitted_hours_ago > 20) {
      storage.add_event(id, "admission-notice-sent", at - std::chrono::hours(demo.admitted_hours_ago - 18), "", actor);
    }
    if (demo.ready_hours_ago > 0) {
      storage.add_event(id, "ready-for-discharge", at - std::chrono::hours(demo.ready_hours_ago), "", actor);
      if (demo.ready_hours_ago > 48) {
        // Still in hospital long after the SIP was called: the payment-liability clock is running.
        storage.add_event(id, "sip-called", at - std::chrono::hours(demo.ready_hours_ago - 30), "", actor);
      }
    }
    int remaining = demo.items_done;
    for (const auto& checklist : storage.checklists(id)) {
      for (const auto& item : checklist.items) {
        if (remaining-- <= 0) {
          break;
        }
        storage.change_item(item.id, {ItemState::done, std::nullopt, std::nullopt}, actor);
      }
    }
    const auto analyses = storage.risk_analyses(id);
    if (!analyses.empty() && i % 2 == 0) {
      const auto& scales = analyses.front().risk_template;
      const auto area = [&](std::size_t n) { return scales.areas[n % scales.areas.size()].id; };
      NewRisk falls{area(4), "Ostadig vid förflyttning, bor ensam", 3, 3, 2, 2, today(), {}};
      falls.actions.push_back({0, "Rollator och trygghetslarm före hemgång", "Kommunens arbetsterapeut", today(), std::nullopt});
      storage.add_risk(analyses.front().id, falls, actor);
      NewRisk medication{area(3), "Ny antikoagulantia, osäker följsamhet", 2, 4, std::nullopt, std::nullopt, std::nullopt, {}};
      storage.add_risk(analyses.front().id, medication, actor);
    }
  }
  return made + seed_demo_sips(workspace, discharge_of_person, at);
}

}  // namespace trygg
