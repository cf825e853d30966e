#include "trygg/demo_data.hpp"

#include "trygg/personal_identity.hpp"
#include "trygg/content_error.hpp"
#include "xml_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <vector>

namespace trygg {
namespace {

struct DemoPerson {
  const char* birth;  // YYYYMMDD
  int serial;         // birth number: 238 or 239 in Skatteverket's test series
  const char* name;
  const char* municipality;
};

// Fictional people in Sörmland's municipalities, with Skatteverket's published test personnummer
// (dataset "Testpersonnummer", dataportal.se/sv/datasets/6_67959, CC0): every birth date from 1900 has
// birth number 238 (women) and 239 (men) set aside, never given to a real person.
constexpr std::array<DemoPerson, 9> people{{
    {"19380412", 238, "Greta Holmqvist", "Eskilstuna"},
    {"19450923", 239, "Bengt Sjöberg", "Nyköping"},
    {"19311130", 238, "Ingrid Åkesson", "Katrineholm"},
    {"19520207", 239, "Lennart Ek", "Strängnäs"},
    {"19400618", 238, "Maj-Britt Lund", "Flen"},
    {"19290301", 239, "Sven Ahlgren", "Trosa"},
    {"19481014", 238, "Elsa Norén", "Vingåker"},
    {"19570722", 239, "Rolf Berglund", "Oxelösund"},
    {"19360505", 238, "Karin Wallin", "Gnesta"},
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

// A demo case as a plugin's content/demo.xml gives it (schemas/demo-cases.xsd).
struct DemoCase {
  int order = 0;
  std::string plugin;
  std::string process;
  std::string title;
  std::size_t person = 0;  // index into `people`
  int items_done = 0;
  bool sample_risks = false;
  std::vector<std::pair<std::string, int>> events;  // kind, hours ago
};

// Every loaded plugin's demo cases, in the order they say.
std::vector<DemoCase> demo_cases(const PluginHost& plugins)
{
  std::vector<DemoCase> result;
  for (const auto& plugin : plugins.plugins()) {
    if (!plugin.loaded) {
      continue;
    }
    for (const auto& [file, schema] : plugin.manifest->data_files) {
      if (schema != "demo-cases.xsd") {
        continue;
      }
      const auto xml = XmlFile::load(plugin.folder / file, "demo-cases", schema);
      for (const auto node : xml.root().children("case")) {
        DemoCase demo{node.attribute("order").as_int(),        plugin.id,
                      node.attribute("process").value(),        node.attribute("title").value(),
                      node.attribute("person").as_uint() - 1U,  node.attribute("items-done").as_int(),
                      node.attribute("sample-risks").as_bool(), {}};
        for (const auto event : node.children("event")) {
          demo.events.emplace_back(event.attribute("kind").value(), event.attribute("hours-ago").as_int());
        }
        result.push_back(std::move(demo));
      }
    }
  }
  std::stable_sort(result.begin(), result.end(), [](const DemoCase& a, const DemoCase& b) { return a.order < b.order; });
  return result;
}

}  // namespace

int seed_demo_data(Workspace& workspace)
{
  int made = 0;
  const Timestamp at = now();
  std::vector<DemoCase> cases;
  try {
    cases = demo_cases(workspace.plugins());
  } catch (const ContentError&) {
    return 0;  // a broken demo file makes no demo; the plugin's own check names the file
  }
  for (const auto& demo : cases) {
    const auto& person = people[demo.person % people.size()];
    const CaseId id = workspace.open_case(demo.plugin, demo.process, demo.title,
                                          {identity_of(person), person.name, person.municipality});
    ++made;
    const auto& storage = workspace.storage();
    for (const auto& [kind, hours_ago] : demo.events) {
      workspace.record_event(id, {kind, at - std::chrono::hours(hours_ago), ""}, true);
    }
    // Items tied to events stand as the events do; the others are ticked up to the demo's count.
    int remaining = demo.items_done;
    for (const auto& checklist : storage.checklists(id)) {
      for (const auto& item : checklist.items) {
        if (remaining <= 0) {
          break;
        }
        if (item.settled_by_event.empty()) {
          workspace.change_item(item.id, {.state = ItemState::done});
          --remaining;
        }
      }
    }
    const auto analyses = storage.risk_analyses(id);
    if (!analyses.empty() && demo.sample_risks) {
      const auto& scales = analyses.front().risk_template;
      const auto area = [&](std::size_t n) { return scales.areas[n % scales.areas.size()].id; };
      NewRisk falls{area(4), "Ostadig vid förflyttning, bor ensam", 3, 3, 2, 2, today(), {}};
      falls.actions.push_back({0, "Rollator och trygghetslarm före hemgång", "Kommunens arbetsterapeut", today(), std::nullopt});
      workspace.add_risk(analyses.front().id, falls);
      NewRisk medication{area(3), "Ny antikoagulantia, osäker följsamhet", 2, 4, std::nullopt, std::nullopt, std::nullopt, {}};
      workspace.add_risk(analyses.front().id, medication);
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
