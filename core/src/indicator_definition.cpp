#include "trygg/indicator.hpp"

#include "trygg/content_error.hpp"
#include "trygg/i18n.hpp"
#include "xml_file.hpp"

#include <algorithm>

namespace trygg {
namespace {

// The plugin that declares the process (not one that only extends it), if any is loaded.
const PluginManifest* owner_of(const PluginHost& plugins, const std::string& process)
{
  for (const auto& plugin : plugins.plugins()) {
    if (plugin.loaded && plugin.manifest && plugin.manifest->process(process) != nullptr) {
      return &*plugin.manifest;
    }
  }
  return nullptr;
}

}  // namespace

IndicatorDefinition read_indicator(const std::filesystem::path& file, const PluginHost& plugins)
{
  const auto xml = XmlFile::load(file, "indicator", "indicator.xsd");
  ProblemList problems(xml);
  const auto root = xml.root();
  IndicatorDefinition definition;
  definition.id = root.attribute("id").value();
  definition.version = root.attribute("version").as_int();
  definition.name = root.attribute("name").value();
  definition.unit = root.attribute("unit").value();
  definition.process = root.attribute("process").value();
  definition.variant = root.attribute("variant").value();
  definition.source = root.child_value("source");
  definition.file = file;
  definition.line = xml.problem(root, {}).line;

  const auto* owner = owner_of(plugins, definition.process);
  if (owner == nullptr) {
    problems.add(root, trf("processen \"{}\" finns inte bland de laddade pluginernas processer", definition.process));
  }
  // Every event kind it names must be one the process's plugin declares: a misspelt kind would count nothing.
  const auto check_kind = [&](pugi::xml_node node, const char* attribute) {
    const std::string kind = node.attribute(attribute).value();
    if (kind.empty() || owner == nullptr) {
      return;
    }
    const bool declared = std::any_of(owner->events.begin(), owner->events.end(), [&](const EventKind& known) { return known.kind == kind; });
    if (!declared) {
      problems.add(node, trf("händelsen \"{}\" ({}) finns inte bland {}:s händelser", kind, attribute, owner->id));
    }
  };
  if (const auto count = root.child("count")) {
    definition.measure = IndicatorDefinition::Measure::count;
    definition.event = count.attribute("event").value();
    check_kind(count, "event");
  } else {
    const auto days = root.child("days");
    definition.measure = IndicatorDefinition::Measure::days;
    definition.from = days.attribute("from").value();
    definition.to = days.attribute("to").value();
    definition.undone_by = days.attribute("undone-by").value();
    definition.same_day = days.attribute("same-day").as_int(0);
    definition.at_least = days.attribute("at-least").as_int(0);
    for (const auto share : days.children("share-within")) {
      definition.share_within.push_back(share.attribute("days").as_int());
    }
    for (const char* attribute : {"from", "to", "undone-by"}) {
      check_kind(days, attribute);
    }
    if (definition.from == definition.to) {
      problems.add(days, tr("from och to är samma händelse"));
    }
  }
  problems.throw_if_any();
  return definition;
}

IndicatorCatalogue read_indicators(const PluginHost& plugins)
{
  IndicatorCatalogue catalogue;
  for (const auto& plugin : plugins.plugins()) {
    if (!plugin.loaded || !plugin.manifest) {
      continue;
    }
    for (const auto& [file, schema] : plugin.manifest->data_files) {
      if (schema != "indicator.xsd") {
        continue;
      }
      try {
        auto definition = read_indicator(plugin.folder / file, plugins);
        if (catalogue.find(definition.id) != nullptr) {
          catalogue.refused.push_back(trf("{}:{}: indikatorn {} finns redan", definition.file.string(), definition.line, definition.id));
          continue;
        }
        catalogue.definitions.push_back(std::move(definition));
      } catch (const ContentError& refused) {
        catalogue.refused.emplace_back(refused.what());
      }
    }
  }
  return catalogue;
}

const IndicatorDefinition* IndicatorCatalogue::find(const std::string& id) const
{
  const auto found = std::find_if(definitions.begin(), definitions.end(), [&](const IndicatorDefinition& definition) { return definition.id == id; });
  return found == definitions.end() ? nullptr : &*found;
}

}  // namespace trygg
