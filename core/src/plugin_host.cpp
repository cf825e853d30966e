#include "trygg/plugin_host.hpp"

#include "trygg/consent.hpp"

#include "load_guard.hpp"
#include "plugin_fingerprint.hpp"
#include "loaded_code.hpp"
#include "trygg/plugin_library.hpp"
#include "xml_file.hpp"
#include "trygg/app_paths.hpp"
#include "trygg/content_reader.hpp"
#include "trygg/i18n.hpp"
#include "trygg/sdk/api_version.hpp"
#include "trygg/sdk/plugin_entry.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#ifndef TRYGG_INSTALLED_PLUGIN_FOLDER
#define TRYGG_INSTALLED_PLUGIN_FOLDER "../lib/trygg/plugins"
#endif

namespace trygg {
namespace {

constexpr const char* manifest_name = "plugin.xml";

struct Candidate {
  std::filesystem::path folder;
  PluginOrigin origin;
};

// Plugin folders below each search path, each folder once even when two paths reach it.
std::vector<Candidate> find_candidates(const std::vector<PluginSearchPath>& search_paths)
{
  std::vector<Candidate> found;
  std::set<std::filesystem::path> seen;
  const auto add = [&](const std::filesystem::path& folder, PluginOrigin origin) {
    std::error_code error;
    const auto canonical = std::filesystem::weakly_canonical(folder, error);
    if (seen.insert(error ? folder : canonical).second) {
      found.push_back({folder, origin});
    }
  };
  for (const auto& path : search_paths) {
    std::error_code error;
    if (!std::filesystem::is_directory(path.folder, error)) {
      continue;
    }
    if (std::filesystem::exists(path.folder / manifest_name, error)) {
      add(path.folder, path.origin);
      continue;
    }
    std::vector<std::filesystem::path> folders;
    for (const auto& entry : std::filesystem::directory_iterator(path.folder, error)) {
      if (entry.is_directory(error)) {
        folders.push_back(entry.path());
      }
    }
    std::sort(folders.begin(), folders.end());
    for (const auto& folder : folders) {
      add(folder, path.origin);
    }
  }
  return found;
}

void mark_rejected(PluginRecord& record, std::string reason)
{
  record.loaded = false;
  record.reason = std::move(reason);
  record.checklists.clear();
  record.risk_templates.clear();
  record.forms.clear();
  record.instruments.clear();
  record.code.reset();
  record.services.reset();
}

void load_content(PluginRecord& record, const PluginManifest* base)
{
  auto content = read_plugin_content(*record.manifest, record.folder, base);
  record.checklists = std::move(content.checklists);
  record.risk_templates = std::move(content.risk_templates);
  record.forms = std::move(content.forms);
  record.instruments = std::move(content.instruments);
}

// Data files every plugin may read by schema (region data such as payment agreements): this
// plugin's own first, then those of the other plugins that are to load.
using DataFiles = std::vector<std::pair<std::filesystem::path, std::string>>;

void load_code(PluginRecord& record, const DataFiles& shared_data)
{
  const auto library_file = record.folder / *record.manifest->library;
  auto library = load_plugin_library(library_file, sdk::api_level_symbol);
  if (!library.has(sdk::factory_symbol)) {
    throw std::runtime_error(trf("{}: symbolen {} saknas", library_file.string(), sdk::factory_symbol));
  }
  auto created = library.get_alias<sdk::Factory>(sdk::factory_symbol)();
  if (!created.plugin) {
    throw std::runtime_error(trf("{}: pluginen kastade ett fel när den startade: {}", library_file.string(), created.error));
  }
  DataFiles data = record.manifest->data_files;
  for (const auto& entry : shared_data) {
    const auto [folder_end, ignored] = std::mismatch(record.folder.begin(), record.folder.end(), entry.first.begin(), entry.first.end());
    if (folder_end != record.folder.end()) {
      data.push_back(entry);  // another plugin's file, by its full path
    }
  }
  record.services = std::make_shared<PluginServices>(record.id, record.folder, std::move(data));
  created.plugin->attach(*record.services);
  created.plugin->start();
  const int level = library.get<int()>(sdk::api_level_symbol)();
  record.code = std::make_shared<LoadedCode>(std::move(library), std::move(created.plugin), level);
}

void load(PluginRecord& record)
{
  try {
    record.manifest = read_plugin_manifest(record.folder / manifest_name);
  } catch (const ContentError& error) {
    mark_rejected(record, error.what());
    return;
  }
  const auto& manifest = *record.manifest;
  record.id = manifest.id;
  record.name = manifest.name;
  record.version = manifest.version;
  record.compiled = manifest.compiled();
  if (!api_fits(manifest.api_major, manifest.api_minor, record.compiled)) {
    mark_rejected(record, trf("{}: pluginen är skriven för plugin-API {}.{}, Trygg har {}.{}", manifest.file.string(),
                              manifest.api_major, manifest.api_minor, sdk::api_major, sdk::api_minor));
  }
}

void load_rest(PluginRecord& record, const std::filesystem::path& load_markers, const DataFiles& shared_data,
               const PluginManifest* base)
{
  try {
    load_content(record, base);
    std::string notice;
    if (record.compiled) {
      // A library that crashed Trygg while loading gets one more chance (the crash may have been an
      // out-of-memory kill or a power cut); after a second crash of the same library it stays off.
      std::optional<LoadGuard> guard;
      if (!load_markers.empty()) {
        guard.emplace(load_markers, record.id, record.folder / *record.manifest->library);
        if (const int crashes = guard->crashes(); crashes >= 2) {
          mark_rejected(record, trf("{}: pluginen kraschade Trygg de senaste {} gångerna den laddades och är avstängd; slå "
                                    "på den under Verktyg > Pluginer (eller trygg-cli plugin enable) när den är åtgärdad",
                                    record.folder.string(), crashes));
          record.disabled = true;
          return;
        } else if (crashes == 1) {
          notice = trf("{}: pluginen kraschade Trygg när den laddades förra gången; den laddades igen", record.folder.string());
        }
        guard->loading();
      }
      load_code(record, shared_data);
      if (guard) {
        guard->loaded();
      }
    }
    record.loaded = true;
    record.reason = notice;
  } catch (const std::exception& error) {
    mark_rejected(record, error.what());
  }
}

template <class Call>
auto guarded(const PluginRecord& plugin, const char* what, Call call)
{
  if (plugin.object() == nullptr) {
    throw PluginCallError(trf("Pluginen {} är inte laddad", plugin.id));
  }
  try {
    return call(*plugin.object());
  } catch (const sdk::HostError& error) {
    // Already in the user's words (e.g. "Ärende 99 finns inte"): passed on as it is.
    throw PluginCallError(error.what());
  } catch (const std::exception& error) {
    throw PluginCallError(trf("Pluginen {} misslyckades med {}: {}", plugin.id, what, error.what()));
  } catch (...) {
    throw PluginCallError(trf("Pluginen {} misslyckades med {}", plugin.id, what));
  }
}

}  // namespace

boost::dll::shared_library load_plugin_library(const std::filesystem::path& library_file, const char* level_symbol)
{
  std::error_code exists_error;
  if (!std::filesystem::is_regular_file(library_file, exists_error)) {
    throw std::runtime_error(trf("{}: biblioteket finns inte", library_file.string()));
  }
  boost::dll::shared_library library;
  try {
    // rtld_now: a missing symbol fails here, at load, not in the middle of someone's work.
    library.load(library_file, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  } catch (const std::exception& error) {
    throw std::runtime_error(trf("{}: biblioteket kunde inte laddas: {}", library_file.string(), error.what()));
  }
  if (!library.has(level_symbol)) {
    if (library.has(sdk::legacy_api_version_symbol)) {
      const int old = library.get<int()>(sdk::legacy_api_version_symbol)();
      throw std::runtime_error(trf("{}: biblioteket är byggt för plugin-API {}, Trygg har {}.{}; bygg om pluginen",
                                   library_file.string(), old, sdk::api_major, sdk::api_minor));
    }
    throw std::runtime_error(trf("{}: symbolen {} saknas; det är inte en Trygg-plugin", library_file.string(), level_symbol));
  }
  const int level = library.get<int()>(level_symbol)();
  if (!api_fits(sdk::api_level_major(level), sdk::api_level_minor(level), true)) {
    throw std::runtime_error(trf("{}: biblioteket är byggt för plugin-API {}.{}, Trygg har {}.{}", library_file.string(),
                                 sdk::api_level_major(level), sdk::api_level_minor(level), sdk::api_major, sdk::api_minor));
  }
  return library;
}

namespace {

// Templates must belong to a process the plugin (or the one it extends) declares, and ids must be
// unique within the plugin.
template <class Template>
void check_template(const PluginManifest& owner, const Template& content, std::set<std::string>& ids)
{
  if (owner.process(content.process) == nullptr) {
    throw ContentError({{content.source, 0, {}, trf("processen \"{}\" finns inte i manifestet för {}", content.process, owner.id)}});
  }
  if (!ids.insert(content.id).second) {
    throw ContentError({{content.source, 0, {}, trf("mallen \"{}\" finns redan i pluginen", content.id)}});
  }
}

}  // namespace

PluginContent read_plugin_content(const PluginManifest& manifest, const std::filesystem::path& folder, const PluginManifest* base)
{
  if (!manifest.extends.empty() && base == nullptr) {
    throw ContentError({{manifest.file, 0, "extends",
                         trf("pluginen utökar {}, som inte finns bland de laddade pluginerna", manifest.extends)}});
  }
  const PluginManifest& owner = base != nullptr ? *base : manifest;
  PluginContent content;
  std::set<std::string> ids;
  for (const auto& file : manifest.checklist_files) {
    content.checklists.push_back(read_checklist_template(folder / file));
    check_template(owner, content.checklists.back(), ids);
    // An item settled by an event names one the process records: a typo would leave it never settled.
    for (const auto& phase : content.checklists.back().phases) {
      for (const auto& item : phase.items) {
        const auto declared = [&](const std::string& kind) {
          return std::any_of(owner.events.begin(), owner.events.end(), [&](const EventKind& known) { return known.kind == kind; });
        };
        if (!item.settled_by_event.empty() && !declared(item.settled_by_event)) {
          throw ContentError({{folder / file, 0, "item",
                               trf("punkten \"{}\" följer händelsen \"{}\", som inte finns bland {}:s händelser i manifestet",
                                   item.id, item.settled_by_event, owner.id)}});
        }
      }
    }
  }
  for (const auto& file : manifest.risk_files) {
    content.risk_templates.push_back(read_risk_template(folder / file));
    check_template(owner, content.risk_templates.back(), ids);
  }
  std::set<std::string> record_kinds;
  for (const auto& kind : manifest.records) {
    record_kinds.insert(kind.kind);
  }
  for (const auto& file : manifest.form_files) {
    content.forms.push_back(read_record_form(folder / file));
    const auto& form = content.forms.back();
    if (owner.process(form.process) == nullptr) {
      throw ContentError({{form.source, 0, {}, trf("processen \"{}\" finns inte i manifestet för {}", form.process, owner.id)}});
    }
    if (!record_kinds.insert(form.record).second) {
      throw ContentError({{form.source, 0, {}, trf("posten \"{}\" finns redan i pluginen", form.record)}});
    }
  }
  // A consent form is read by the host to gate disclosures: it must hold what the gate reads.
  for (const auto& process : owner.processes) {
    if (process.consent_form.empty() || &owner != &manifest) {
      continue;
    }
    const auto form = std::find_if(content.forms.begin(), content.forms.end(), [&](const RecordForm& f) { return f.id == process.consent_form; });
    if (form == content.forms.end()) {
      throw ContentError({{manifest.file, 0, "process", trf("consent-form=\"{}\" finns inte bland pluginens formulär", process.consent_form)}});
    }
    if (const auto problem = consent_form_problem(*form); !problem.empty()) {
      throw ContentError({{form->source, 0, "record-form", problem}});
    }
  }
  // An instrument's result goes into the risk analysis of the case it is used in: its area must be one
  // the plugin's risk templates have, and its assessments are kept as a record named by its id.
  for (const auto& file : manifest.instrument_files) {
    content.instruments.push_back(read_scored_instrument(folder / file));
    const auto& instrument = content.instruments.back();
    const bool area_known = std::any_of(content.risk_templates.begin(), content.risk_templates.end(),
                                        [&](const RiskTemplate& risk) { return risk.area(instrument.area) != nullptr; });
    if (!area_known) {
      throw ContentError({{instrument.file, 0, "scored-instrument",
                           trf("området \"{}\" finns inte i någon av pluginens riskanalysmallar", instrument.area)}});
    }
    if (!record_kinds.insert(instrument.id).second) {
      throw ContentError({{instrument.file, 0, "scored-instrument", trf("posten \"{}\" finns redan i pluginen", instrument.id)}});
    }
  }
  // Data files are the plugin's code's to read; their form is checked here, before any code runs.
  for (const auto& [file, schema] : manifest.data_files) {
    const auto path = folder / file;
    if (auto problems = validate_against_schema(path, read_text_file(path), schema); !problems.empty()) {
      throw ContentError(std::move(problems));
    }
  }
  return content;
}

bool api_fits(int major, int minor, bool compiled)
{
  // Declarative plugins need only the XML formats, which stay readable, so one written for an older
  // major still loads. Compiled code needs this major, built for a minor the host already has.
  if (major != sdk::api_major) {
    return !compiled && major < sdk::api_major;
  }
  return minor <= sdk::api_minor;
}

std::string_view to_string(PluginOrigin origin)
{
  switch (origin) {
    case PluginOrigin::bundled:
      return "bundled";
    case PluginOrigin::user:
      return "user";
    case PluginOrigin::environment:
      return "environment";
  }
  return "?";
}

const sdk::Plugin* PluginRecord::object() const
{
  return loaded && code ? &code->object() : nullptr;
}

void forget_plugin_load_crashes(const std::filesystem::path& load_markers, const std::string& plugin_id)
{
  forget_load_crashes(load_markers, plugin_id);
}

std::filesystem::path default_plugin_load_markers()
{
  return user_data_folder() / "plugin-load-markers";
}

std::vector<PluginSearchPath> PluginHost::default_search_paths()
{
  const auto exe = executable_folder();
  std::vector<PluginSearchPath> paths{
      {exe / "plugins", PluginOrigin::bundled},
      {exe / TRYGG_INSTALLED_PLUGIN_FOLDER, PluginOrigin::bundled},
      {user_plugin_folder(), PluginOrigin::user},
  };
  if (const char* extra = std::getenv("TRYGG_PLUGIN_PATH"); extra != nullptr) {
    std::istringstream list(extra);
    for (std::string folder; std::getline(list, folder, ':');) {
      if (!folder.empty()) {
        paths.push_back({folder, PluginOrigin::environment});
      }
    }
  }
  return paths;
}

PluginHost::PluginHost(const std::vector<PluginSearchPath>& search_paths, const PluginPolicy& policy,
                       const std::filesystem::path& load_markers)
{
  for (const auto& candidate : find_candidates(search_paths)) {
    PluginRecord record;
    record.id = candidate.folder.filename().string();
    record.folder = candidate.folder;
    record.origin = candidate.origin;
    load(record);
    plugins_.push_back(std::move(record));
  }

  // Two folders claiming one id: neither is picked silently; both are rejected, naming each other.
  // Only plugins that would run count: an untrusted copy or one turned off cannot switch another off.
  const auto would_run = [&](const PluginRecord& record) {
    return record.manifest && record.reason.empty() && policy.disabled.count(record.id) == 0 &&
           (record.origin != PluginOrigin::user || policy.trusts(record.folder));
  };
  std::map<std::string, std::vector<PluginRecord*>> by_id;
  for (auto& record : plugins_) {
    if (would_run(record)) {
      by_id[record.id].push_back(&record);
    }
  }
  for (auto& [id, records] : by_id) {
    if (records.size() < 2) {
      continue;
    }
    for (auto* record : records) {
      std::string others;
      for (const auto* other : records) {
        if (other != record) {
          others += (others.empty() ? "" : ", ") + other->folder.string();
        }
      }
      mark_rejected(*record, trf("{}: id {} finns också i {}; ta bort en av dem", (record->folder / manifest_name).string(), id, others));
    }
  }

  DataFiles shared_data;
  for (const auto& record : plugins_) {
    for (const auto& [file, schema] : would_run(record) ? record.manifest->data_files : DataFiles{}) {
      shared_data.emplace_back(record.folder / file, schema);
    }
  }
  for (auto& record : plugins_) {
    if (!record.manifest || !record.reason.empty()) {
      continue;
    }
    if (policy.disabled.count(record.id) > 0) {
      record.disabled = true;
      record.reason = tr("avstängd av användaren");
    } else if (record.origin != PluginOrigin::bundled && !policy.trusts(record.folder)) {
      // Nothing of it runs until someone says yes to exactly these files: not even its content is read.
      // TRYGG_PLUGIN_PATH too: an environment variable (even ".") is no say-so for running code.
      record.needs_trust = true;
      record.reason = policy.trusted_before_change(record.folder)
                          ? trf("{}: pluginens filer har ändrats sedan den godkändes; granska och godkänn den igen under "
                                "Verktyg > Pluginer",
                                record.folder.string())
                          : trf("{}: tredjepartsplugin som inte är godkänd; godkänn den under Verktyg > Pluginer",
                                record.folder.string());
    } else if (const auto unsafe = record.origin != PluginOrigin::bundled && record.manifest->library
                                       ? unsafe_library_reason(record.folder / *record.manifest->library)
                                       : std::string();
               !unsafe.empty()) {
      record.needs_trust = true;
      record.reason = unsafe;
    } else {
      const PluginRecord* base = nullptr;
      for (const auto& other : plugins_) {
        base = !record.manifest->extends.empty() && other.id == record.manifest->extends && would_run(other) ? &other : base;
      }
      load_rest(record, load_markers, shared_data, base != nullptr ? &*base->manifest : nullptr);
    }
  }

  // A loaded plugin that extends another adds its content to that plugin's processes; a template or
  // form with the same id replaces the one shipped (new cases get it; a case keeps its own copy).
  const auto merge = [](auto& into, const auto& from) {
    for (const auto& item : from) {
      const auto same = std::find_if(into.begin(), into.end(), [&](const auto& existing) { return existing.id == item.id; });
      if (same != into.end()) {
        *same = item;
      } else {
        into.push_back(item);
      }
    }
  };
  for (auto& extension : plugins_) {
    if (!extension.loaded || extension.manifest->extends.empty()) {
      continue;
    }
    const auto base = std::find_if(plugins_.begin(), plugins_.end(),
                                   [&](const auto& p) { return p.loaded && p.id == extension.manifest->extends; });
    if (base == plugins_.end()) {
      mark_rejected(extension, trf("{}: pluginen utökar {}, som inte är laddad", extension.manifest->file.string(),
                                   extension.manifest->extends));
      continue;
    }
    merge(base->checklists, extension.checklists);
    merge(base->risk_templates, extension.risk_templates);
    merge(base->forms, extension.forms);
    merge(base->instruments, extension.instruments);
    base->extended_by.push_back(extension.id);
  }
}

const PluginRecord* PluginHost::find_loaded(const std::string& id) const
{
  const auto found = std::find_if(plugins_.begin(), plugins_.end(), [&](const auto& p) { return p.loaded && p.id == id; });
  return found == plugins_.end() ? nullptr : &*found;
}

void PluginHost::reject(const std::string& id, std::string reason)
{
  for (auto& record : plugins_) {
    if (record.loaded && record.id == id) {
      mark_rejected(record, std::move(reason));
      return;
    }
  }
}

std::vector<sdk::Migration> PluginHost::migrations(const PluginRecord& plugin) const
{
  return guarded(plugin, "migrations", [](const sdk::Plugin& code) { return code.migrations(); });
}

std::vector<sdk::Deadline> PluginHost::deadlines(const PluginRecord& plugin, const sdk::CaseSnapshot& snapshot) const
{
  return guarded(plugin, "deadlines", [&](const sdk::Plugin& code) { return code.deadlines(snapshot); });
}

}  // namespace trygg

namespace trygg {

std::optional<sdk::CaseReadiness> PluginHost::readiness(const PluginRecord& plugin, const sdk::CaseSnapshot& snapshot) const
{
  return guarded(plugin, "readiness", [&](const sdk::Plugin& code) { return code.readiness(snapshot); });
}

std::vector<sdk::CaseView> PluginHost::case_views(const PluginRecord& plugin, const sdk::CaseSnapshot& snapshot) const
{
  return guarded(plugin, "case_views", [&](const sdk::Plugin& code) { return code.case_views(snapshot); });
}

std::vector<sdk::CaseAction> PluginHost::case_actions(const PluginRecord& plugin, const sdk::CaseSnapshot& snapshot) const
{
  return guarded(plugin, "case_actions", [&](const sdk::Plugin& code) { return code.case_actions(snapshot); });
}

std::string PluginHost::run_action(const PluginRecord& plugin, const std::string& action_id, const sdk::CaseSnapshot& snapshot,
                                   sdk::Changes& changes) const
{
  return guarded(plugin, "run_action", [&](const sdk::Plugin& code) { return code.run_action(action_id, snapshot, changes); });
}

std::vector<sdk::CaseFact> PluginHost::facts(const PluginRecord& plugin, const sdk::CaseSnapshot& snapshot) const
{
  return guarded(plugin, "facts", [&](const sdk::Plugin& code) { return code.facts(snapshot); });
}

std::string PluginHost::field_label(const PluginRecord& plugin, const std::string& kind, const std::string& pointer) const
{
  return guarded(plugin, "field_label", [&](const sdk::Plugin& code) { return code.field_label(kind, pointer); });
}

std::vector<sdk::Notice> PluginHost::notices(const PluginRecord& plugin) const
{
  // Only a plugin built for 3.8 or later has the function; one built for an older minor is never asked.
  if (plugin.code == nullptr || plugin.code->api_level() < sdk::api_level(3, 8)) {
    return {};
  }
  return guarded(plugin, "notices", [](const sdk::Plugin& code) {
    const auto* with_notices = dynamic_cast<const sdk::Plugin_3_8*>(&code);
    return with_notices != nullptr ? with_notices->notices() : std::vector<sdk::Notice>{};
  });
}

int PluginHost::seed_demo(const PluginRecord& plugin, const std::vector<sdk::CaseRow>& demo_cases) const
{
  return guarded(plugin, "seed_demo", [&](const sdk::Plugin& code) { return code.seed_demo(demo_cases); });
}

int PluginHost::run_command(const PluginRecord& plugin, const std::string& name, const std::vector<std::string>& arguments,
                            sdk::CommandIo& io) const
{
  if (!plugin.has(Capability::commands) || plugin.manifest->command(name) == nullptr) {
    throw PluginCallError(trf("Pluginen {} har inte angett kommandot \"{}\" i sitt manifest", plugin.id, name));
  }
  return guarded(plugin, name.c_str(), [&](const sdk::Plugin& code) { return code.run_command(name, arguments, io); });
}

}  // namespace trygg
