#include "trygg/content_reader.hpp"
#include "trygg/content_translation.hpp"

#include <atomic>

#include "trygg/i18n.hpp"
#include "trygg/record_form.hpp"
#include "xml_file.hpp"

#include <algorithm>
#include <charconv>
#include <array>
#include <set>

namespace trygg {
namespace {

constexpr std::string_view manifest_schema = "plugin-manifest.xsd";
constexpr std::string_view checklist_schema = "checklist-template.xsd";
constexpr std::string_view risk_schema = "risk-template.xsd";

constexpr std::array<std::pair<Capability, std::string_view>, 6> capability_names{{
    {Capability::checklists, "checklists"},
    {Capability::risk_analysis, "risk-analysis"},
    {Capability::rules, "rules"},
    {Capability::storage, "storage"},
    {Capability::views, "views"},
    {Capability::commands, "commands"},
}};

// A path from a manifest must stay inside the plugin's folder.
bool stays_inside(const std::filesystem::path& relative)
{
  if (relative.is_absolute()) {
    return false;
  }
  return std::none_of(relative.begin(), relative.end(), [](const auto& part) { return part == ".."; });
}

// The attributes every template starts with.
template <class Template>
void read_template_header(pugi::xml_node root, const std::filesystem::path& file, Template& result)
{
  result.id = root.attribute("id").value();
  result.version = root.attribute("version").as_int();
  result.title = root.attribute("title").value();
  result.process = root.attribute("process").value();
  result.description = root.child_value("description");
  result.source = file;
}

std::vector<ScaleStep> read_scale(pugi::xml_node scale, ProblemList& problems)
{
  std::vector<ScaleStep> steps;
  for (const auto step : scale.children("step")) {
    const int value = step.attribute("value").as_int();
    if (value != static_cast<int>(steps.size()) + 1) {
      problems.add(step, trf("stegen ska numreras 1, 2, 3 … i ordning; väntade {}", steps.size() + 1));
    }
    steps.push_back({value, step.attribute("label").value(), step.child_value()});
  }
  return steps;
}

RiskTemplate read_risk(const XmlFile& file)
{
  ProblemList problems(file);
  const auto root = file.root();
  RiskTemplate result;
  read_template_header(root, file.path(), result);
  result.likelihood = read_scale(root.child("likelihood"), problems);
  result.consequence = read_scale(root.child("consequence"), problems);
  const int max_score = result.max_likelihood() * result.max_consequence();

  std::set<std::string> level_ids;
  for (const auto level : root.child("levels").children("level")) {
    RiskLevel parsed{level.attribute("id").value(), level.attribute("label").value(),
                     level.attribute("min-score").as_int(), level.attribute("color").value(),
                     level.attribute("requires-action").as_bool()};
    if (result.levels.empty() && parsed.min_score != 1) {
      problems.add(level, tr("den första nivån ska börja på poäng 1 så att varje poäng har en nivå"));
    }
    if (!result.levels.empty() && parsed.min_score <= result.levels.back().min_score) {
      problems.add(level, tr("nivåerna ska stå i stigande ordning efter min-score"));
    }
    if (parsed.min_score > max_score) {
      problems.add(level, trf("min-score {} är högre än matrisens största poäng {}", parsed.min_score, max_score));
    }
    if (!level_ids.insert(parsed.id).second) {
      problems.add(level, trf("nivån {} finns redan", parsed.id));
    }
    result.levels.push_back(std::move(parsed));
  }
  for (const auto area : root.child("areas").children("area")) {
    result.areas.push_back({area.attribute("id").value(), area.attribute("label").value(), area.child_value()});
  }
  problems.throw_if_any();
  result.source_xml = file.text();
  return result;
}

}  // namespace

std::string_view to_string(Capability capability)
{
  for (const auto& [candidate, name] : capability_names) {
    if (candidate == capability) {
      return name;
    }
  }
  return "?";
}

bool PluginManifest::has(Capability capability) const
{
  return std::find(capabilities.begin(), capabilities.end(), capability) != capabilities.end();
}

const ProcessInfo* PluginManifest::process(const std::string& process_id) const
{
  const auto found = std::find_if(processes.begin(), processes.end(), [&](const auto& p) { return p.id == process_id; });
  return found == processes.end() ? nullptr : &*found;
}

const RecordKind* PluginManifest::record(const std::string& kind) const
{
  const auto found = std::find_if(records.begin(), records.end(), [&](const auto& r) { return r.kind == kind; });
  return found == records.end() ? nullptr : &*found;
}

const CommandInfo* PluginManifest::command(const std::string& name) const
{
  const auto found = std::find_if(commands.begin(), commands.end(), [&](const auto& c) { return c.name == name; });
  return found == commands.end() ? nullptr : &*found;
}

std::string PluginManifest::event_label(const std::string& kind) const
{
  for (const auto& event : events) {
    if (event.kind == kind) {
      return event.label;
    }
  }
  return kind;
}

PluginManifest read_plugin_manifest(const std::filesystem::path& file)
{
  const auto xml = XmlFile::load(file, "plugin", manifest_schema);
  ProblemList problems(xml);
  const auto root = xml.root();
  PluginManifest manifest;
  manifest.file = file;
  manifest.id = root.attribute("id").value();
  manifest.name = root.attribute("name").value();
  manifest.version = root.attribute("version").value();
  {
    // The schema bounds both numbers to three digits; read without exceptions all the same.
    const std::string_view api = root.attribute("api-version").value();
    const auto dot = std::min(api.find('.'), api.size());
    std::from_chars(api.data(), api.data() + dot, manifest.api_major);
    if (dot < api.size()) {
      std::from_chars(api.data() + dot + 1, api.data() + api.size(), manifest.api_minor);
    }
  }
  manifest.publisher = root.attribute("publisher").value();
  manifest.description = root.child_value("description");
  manifest.extends = root.child("extends").attribute("plugin").value();
  if (const auto library = root.child("library")) {
    const std::filesystem::path relative = library.attribute("file").value();
    if (!stays_inside(relative)) {
      problems.add(library, tr("biblioteket måste ligga i pluginens egen mapp"));
    }
    manifest.library = relative;
  }
  if (const auto library = root.child("gui-library")) {
    const std::filesystem::path relative = library.attribute("file").value();
    if (!stays_inside(relative)) {
      problems.add(library, tr("biblioteket måste ligga i pluginens egen mapp"));
    }
    manifest.gui_library = relative;
  }
  for (const auto capability : root.child("capabilities").children("capability")) {
    const std::string_view name = capability.attribute("name").value();
    for (const auto& [value, known] : capability_names) {
      if (known == name && !manifest.has(value)) {
        manifest.capabilities.push_back(value);
      }
    }
  }
  for (const auto process : root.child("processes").children("process")) {
    manifest.processes.push_back({process.attribute("id").value(), process.attribute("name").value(),
                                  process.attribute("opened-from").value(), process.attribute("open-label").value(),
                                  std::string_view(process.attribute("subject").value()) != "organisation",
                                  process.attribute("consent-form").value()});
  }
  for (const auto event : root.child("events").children("event")) {
    manifest.events.push_back({event.attribute("kind").value(), event.attribute("label").value(), event.attribute("starts").as_bool()});
  }
  for (const auto record : root.child("records").children("record")) {
    manifest.records.push_back({record.attribute("kind").value(), std::string_view(record.attribute("scope").value()) == "case",
                                record.attribute("label").value()});
  }
  for (const auto command : root.child("commands").children("command")) {
    manifest.commands.push_back({command.attribute("name").value(), command.attribute("summary").value(),
                                 command.attribute("database").as_bool(true)});
  }
  for (const auto page : root.child("pages").children("page")) {
    manifest.pages.push_back({page.attribute("id").value(), page.attribute("title").value(), page.attribute("process").value()});
    if (manifest.process(manifest.pages.back().process) == nullptr) {
      problems.add(page, trf("processen \"{}\" finns inte i manifestet", manifest.pages.back().process));
    }
  }
  if (const auto column = root.child("list-column")) {
    manifest.list_column_fact = column.attribute("fact").value();
    manifest.list_column_title = column.attribute("title").value();
  }
  for (const auto tool : root.child("tools").children("tool")) {
    manifest.tools.push_back({tool.attribute("id").value(), tool.attribute("label").value(), tool.attribute("shortcut").value()});
  }
  if (manifest.processes.empty() && manifest.extends.empty()) {
    problems.add(root, tr("pluginen behöver <processes>, eller <extends> för att utöka en annan plugins processer"));
  }
  if (!manifest.extends.empty() && (manifest.library || !manifest.processes.empty())) {
    problems.add(root.child("extends"), tr("en plugin som utökar en annan är deklarativ och har inga egna processer"));
  }
  if ((!manifest.pages.empty() || !manifest.tools.empty()) && !manifest.gui_library) {
    problems.add(root, tr("sidor och verktyg kräver ett GUI-bibliotek (<gui-library>)"));
  }
  if (!manifest.commands.empty() && !manifest.has(Capability::commands)) {
    problems.add(root.child("commands"), tr("kommandon anges men förmågan \"commands\" saknas"));
  }
  for (const auto entry : root.child("content").children()) {
    const std::filesystem::path relative = entry.attribute("file").value();
    if (!stays_inside(relative)) {
      problems.add(entry, tr("innehållsfilen måste ligga i pluginens egen mapp"));
    }
    const std::string_view kind = entry.name();
    if (kind == "data") {
      const std::string schema = entry.attribute("schema").value();
      if (!is_known_schema(schema)) {
        problems.add(entry, trf("schemat \"{}\" finns inte i Trygg", schema));
      }
      manifest.data_files.emplace_back(relative, schema);
      continue;
    }
    (kind == "checklist"    ? manifest.checklist_files
     : kind == "form"       ? manifest.form_files
     : kind == "instrument" ? manifest.instrument_files
                            : manifest.risk_files)
        .push_back(relative);
  }
  if (!manifest.checklist_files.empty() && !manifest.has(Capability::checklists)) {
    problems.add(root.child("content"), tr("checklistor anges men förmågan \"checklists\" saknas"));
  }
  if (!manifest.risk_files.empty() && !manifest.has(Capability::risk_analysis)) {
    problems.add(root.child("content"), tr("riskanalyser anges men förmågan \"risk-analysis\" saknas"));
  }
  const bool needs_code = manifest.has(Capability::rules) || manifest.has(Capability::storage) ||
                          manifest.has(Capability::views) || manifest.has(Capability::commands);
  if (needs_code && !manifest.library) {
    problems.add(root.child("capabilities"),
                 tr("förmågorna rules, storage, views och commands kräver ett kompilerat bibliotek (<library>)"));
  }
  problems.throw_if_any();
  translate(manifest);  // what people read, in their language
  return manifest;
}

ChecklistTemplate read_checklist_template(const std::filesystem::path& file)
{
  const auto xml = XmlFile::load(file, "checklist-template", checklist_schema);
  ProblemList problems(xml);
  const auto root = xml.root();
  ChecklistTemplate result;
  read_template_header(root, file, result);
  for (const auto phase : root.children("phase")) {
    ChecklistPhase parsed{phase.attribute("id").value(), phase.attribute("title").value(), {}};
    for (const auto item : phase.children("item")) {
      ChecklistItemTemplate entry;
      entry.id = item.attribute("id").value();
      entry.text = item.child_value("text");
      entry.guidance = item.child_value("guidance");
      entry.huvudman = huvudman_from(item.attribute("huvudman").value()).value_or(Huvudman::region);
      entry.role = item.attribute("role").value();
      entry.due_event = item.attribute("due-event").value();
      if (const auto hours = item.attribute("due-after-hours")) {
        entry.due_after_hours = hours.as_int();
      }
      if (entry.due_event.empty() != !entry.due_after_hours.has_value()) {
        problems.add(item, tr("due-event och due-after-hours anges tillsammans eller inte alls"));
      }
      entry.deadline = item.attribute("deadline").value();
      entry.settled_by_event = item.attribute("event").value();
      if (!entry.deadline.empty() && !entry.due_event.empty()) {
        problems.add(item, tr("en punkt har antingen en egen tid (due-event) eller pekar på en tidsfrist (deadline), inte båda"));
      }
      parsed.items.push_back(std::move(entry));
    }
    result.phases.push_back(std::move(parsed));
  }
  problems.throw_if_any();
  return result;
}

RiskTemplate read_risk_template(const std::filesystem::path& file)
{
  return read_risk(XmlFile::load(file, "risk-template", risk_schema));
}

namespace {
std::atomic<std::int64_t> risk_template_parses{0};
}  // namespace

std::int64_t risk_templates_parsed() { return risk_template_parses.load(); }

RiskTemplate parse_risk_template(std::string xml, const std::filesystem::path& where)
{
  ++risk_template_parses;
  return read_risk(XmlFile::parse(std::move(xml), where, "risk-template", risk_schema));
}

ValidationReport validate_content_file(const std::filesystem::path& file)
{
  ValidationReport report{file, {}, {}};
  try {
    const auto text = read_text_file(file);
    pugi::xml_document document;
    const auto parsed = document.load_buffer(text.data(), text.size());
    report.format = parsed ? document.document_element().name() : "";
    if (report.format == "plugin") {
      (void)read_plugin_manifest(file);
    } else if (report.format == "checklist-template") {
      (void)read_checklist_template(file);
    } else if (report.format == "risk-template") {
      (void)read_risk_template(file);
    } else if (report.format == "record-form") {
      (void)read_record_form(file);
    } else if (parsed && is_known_schema(report.format + ".xsd")) {
      // A plugin's data file: its form is checked here, what it means by the plugin that reads it.
      report.problems = validate_against_schema(file, text, report.format + ".xsd");
    } else if (!parsed) {
      // Unreadable XML: let the schema validator locate the syntax error.
      report.problems = validate_against_schema(file, text, checklist_schema);
    } else {
      report.problems.push_back({file, 1, report.format,
                                 trf("okänt format <{}>: väntade <plugin>, <checklist-template>, <risk-template> eller en datafil med ett schema i Trygg",
                                     report.format)});
      report.format.clear();
    }
  } catch (const ContentError& error) {
    report.problems = error.problems();
  }
  return report;
}

}  // namespace trygg
