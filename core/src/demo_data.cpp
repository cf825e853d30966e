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

}  // namespace

int seed_demo_data(Workspace& workspace)
{
  int made = 0;
  const Timestamp at = now();
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const auto& demo = cases[i];
    if (workspace.plugins().find_loaded(demo.plugin) == nullptr) {
      continue;
    }
    const auto& person = people[i % people.size()];
    const CaseId id = workspace.open_case(demo.plugin, demo.process, demo.title,
                                          {identity_of(person), person.name, person.municipality});
    ++made;
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
  // Then each compiled plugin adds its own, tied to these where it wants (a SIP from a discharge).
  for (const auto& plugin : workspace.plugins().plugins()) {
    if (plugin.object() == nullptr) {
      continue;
    }
    try {
      made += workspace.plugins().seed_demo(plugin, workspace.storage().case_rows({.open_only = false}));
    } catch (const PluginCallError&) {
      // A plugin that cannot make its demo leaves the rest of the demo as it is.
    }
  }
  return made;
}

}  // namespace trygg
