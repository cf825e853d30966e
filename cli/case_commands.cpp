// Commands about cases: open, list, show, record events, tick items, add risks, history, export.
#include "cli_context.hpp"
#include "json_views.hpp"

#include "trygg/case_list_notices.hpp"
#include "trygg/case_report.hpp"
#include "trygg/demo_data.hpp"
#include "trygg/history_line.hpp"
#include "trygg/i18n.hpp"
#include "trygg/scheduled_backup.hpp"
#include "trygg/personal_identity.hpp"

#include <fmt/format.h>

#include <iostream>


namespace trygg::cli {
namespace {

Timestamp require_time(const std::string& text)
{
  if (const auto at = parse_user_time(text)) {
    return *at;
  }
  throw std::invalid_argument(trf("\"{}\" är ingen tid; skriv t.ex. 2026-12-24 14:30", text));
}

std::optional<std::chrono::year_month_day> optional_date(const std::string& text)
{
  if (text.empty()) {
    return std::nullopt;
  }
  if (const auto date = from_iso_date(text)) {
    return date;
  }
  throw std::invalid_argument(trf("\"{}\" är inget datum; skriv t.ex. 2026-12-24", text));
}

// The judgement as a person reads it: the light, then each finding, blocking ones marked.
void print_readiness(const sdk::CaseReadiness& readiness)
{
  const char* light = readiness.level == sdk::CaseReadiness::Level::green    ? "GRÖN"
                      : readiness.level == sdk::CaseReadiness::Level::yellow ? "GUL"
                                                                             : "RÖD";
  fmt::print("{}: {}\n", tr(light), readiness.label);
  for (const auto& finding : readiness.findings) {
    fmt::print("  {} {}\n", finding.level == sdk::CaseReadiness::Level::red ? tr("[blockerar]") : "-", finding.text);
  }
}

// The plugin's check of a case, e.g. a SIP's legal completeness; exit 1 when anything blocks.
void check_case(Context& context, CaseId id)
{
  const auto care_case = require_case(context, id);
  const auto result = context.workspace().readiness(care_case);
  if (!result.error.empty()) {
    throw std::runtime_error(result.error);
  }
  if (!result.readiness) {
    throw std::runtime_error(trf("Processen {} i ärende {} har ingen kontroll", care_case.process, id));
  }
  context.print(to_json(*result.readiness), [&] { print_readiness(*result.readiness); });
  if (result.readiness->blocking()) {
    throw NegativeResult{};
  }
}

struct NewCaseOptions {
  std::string plugin;
  std::string linked_case;
  std::string process;
  std::string person;
  std::string name;
  std::string municipality;
  std::string title;
  bool confirm = false;
};

void new_case(Context& context, NewCaseOptions options)
{
  auto& workspace = context.workspace();
  std::optional<CaseId> linked;
  if (!options.linked_case.empty()) {
    // Opened from another case: the same person, unless told otherwise.
    linked = parse_case_id(options.linked_case);
    const auto origin = require_case(context, *linked);
    if (options.person.empty()) {
      options.person = origin.person.identity;
      options.name = options.name.empty() ? origin.person.name : options.name;
      options.municipality = options.municipality.empty() ? origin.person.municipality : options.municipality;
    }
  }
  std::string process = options.process;
  const auto* plugin = workspace.plugins().find_loaded(options.plugin);
  if (process.empty() && plugin != nullptr && plugin->manifest->processes.size() == 1) {
    process = plugin->manifest->processes.front().id;
  }
  const auto* info = plugin != nullptr ? plugin->manifest->process(process) : nullptr;
  if (options.title.empty() && linked) {
    // Titled as the desktop app titles a case opened from another.
    options.title = trf("{} från ärende {}", info != nullptr ? info->name : process, *linked);
  }
  if (info != nullptr && !info->about_person) {
    // A storhelg plan, an agreement, a unit's risk analysis: the title says what the case is about.
    if (!options.person.empty() || !options.name.empty()) {
      throw std::invalid_argument(trf("Processen {} gäller ingen person: utan --person och --name, med --title för vad ärendet gäller", process));
    }
    const CaseId id = workspace.open_case(options.plugin, process, options.title, {{}, {}, options.municipality}, linked);
    context.print({{"id", id}}, [&] { fmt::print("{}\n", id); });
    return;
  }
  // A known person needs no --name: the case is opened for the person as known.
  if (options.person.empty()) {
    throw std::invalid_argument(tr("--person behövs, och --name för en ny person (eller --from ett ärende för samma person)"));
  }
  const auto check = PersonalIdentity::parse(options.person, today(), workspace.storage().reserve_number_formats());
  if (!check.identity) {
    throw std::invalid_argument(trf("{}: {}", tr("Ogiltigt person- eller samordningsnummer"), check.reason));
  }
  const CaseId id = workspace.open_case(options.plugin, process, options.title,
                                        {check.identity->normalised(), options.name, options.municipality}, linked, options.confirm);
  context.print({{"id", id}}, [&] { fmt::print("{}\n", id); });
}

void list_cases(Context& context, const std::string& status, const std::string& process, const std::string& search)
{
  CaseFilter filter{.process = process, .search = search};
  if (status != "all") {
    filter.status = case_status_from(status);
    if (!filter.status) {
      throw std::invalid_argument(trf("Okänd status \"{}\": open, closed eller all", status));
    }
  }
  const auto rows = context.workspace().storage().list_cases(filter);
  nlohmann::json data = nlohmann::json::array();
  for (const auto& row : rows) {
    data.push_back(to_json(row));
  }
  context.print(data, [&] {
    fmt::print("{:>6}  {:<13}  {:<20} {:<12} {:<10} {:<7} {:>7}  {:<16}  {}\n", "ID", tr("PERSONNUMMER"), tr("NAMN"), tr("KOMMUN"),
               "PROCESS", "STATUS", tr("KLART"), tr("NÄSTA FRIST"), tr("TITEL"));
    for (const auto& row : rows) {
      fmt::print("{:>6}  {:<13}  {:<20} {:<12} {:<10} {:<7} {:>3}/{:<3}  {:<16}  {}\n", row.id, display_identity(row.person_identity),
                 row.person_name, row.municipality, row.process, to_string(row.status), row.items_done, row.items_total,
                 row.next_due ? format_local_deadline(*row.next_due) : "", row.title);
    }
  });
  // What the plugins say above the app's list, on stderr so a JSON list stays one.
  for (const auto& [plugin, notice] : case_list_notices(context.workspace().plugins(), context.workspace().user())) {
    std::cerr << trf("VARNING: {}", notice.text) << '\n';
  }
}

// "Idag": what is due by the end of today or overdue, across open cases, each obligation once: the same
// rows as the app's list beside the cases.
void show_today(Context& context)
{
  auto& workspace = context.workspace();
  const auto due = workspace.due_items(end_of_local_day(workspace.current_time()), 500);
  nlohmann::json data = nlohmann::json::array();
  for (const auto& entry : due) {
    const std::string what = entry.item_id == 0 ? tr(entry.text.c_str()) : entry.text;
    data.push_back({{"case", entry.case_id},
                    {"person", {{"identity", entry.person_identity}, {"name", entry.person_name}}},
                    {"due", to_iso_utc(entry.due_at)},
                    {"overdue", entry.due_at < workspace.current_time()},
                    {"item", entry.item_id == 0 ? nlohmann::json(nullptr) : nlohmann::json(entry.item_id)},
                    {"deadline", entry.deadline_key.empty() ? nlohmann::json(nullptr) : nlohmann::json(entry.deadline_key)},
                    {"text", what}});
  }
  context.print(data, [&] {
    for (const auto& entry : due) {
      fmt::print("{:<16}  {:>6}  {:<20}  {}{}\n", format_local_deadline(entry.due_at), entry.case_id, entry.person_name,
                 entry.item_id == 0 ? tr(entry.text.c_str()) : entry.text,
                 entry.due_at < workspace.current_time() ? "  (" + std::string(tr("försenad")) + ")" : std::string());
    }
  });
}

void show_case(Context& context, CaseId id)
{
  auto& workspace = context.workspace();
  const auto care_case = require_case(context, id);
  workspace.log_access(id, AccessAction::read, tr("ärendet visat (case show)"), context.emergency_reason);  // before anything is shown
  const auto checklists = workspace.storage().checklists(id);
  const auto analyses = workspace.storage().risk_analyses(id);
  const auto deadlines = workspace.deadlines(care_case);
  const auto plugin_problem = workspace.plugin_problem(care_case);
  nlohmann::json data = to_json(care_case);
  data["plugin_problem"] = plugin_problem.empty() ? nlohmann::json(nullptr) : nlohmann::json(plugin_problem);
  data["checklists"] = nlohmann::json::array();
  for (const auto& checklist : checklists) {
    data["checklists"].push_back(to_json(checklist));
  }
  data["risk_analyses"] = nlohmann::json::array();
  for (const auto& analysis : analyses) {
    data["risk_analyses"].push_back(to_json(analysis));
  }
  data["deadlines"] = nlohmann::json::array();
  for (const auto& deadline : deadlines.deadlines) {
    data["deadlines"].push_back(to_json(deadline));
  }
  data["deadline_error"] = deadlines.error;
  const auto facts = workspace.facts(care_case);
  const auto readiness = workspace.readiness(care_case);
  if (readiness.readiness) {
    const auto& r = *readiness.readiness;
    data["readiness"] = to_json(r);
  } else {
    data["readiness"] = nullptr;
  }
  // What the process works out for the case (e.g. payment liability), by key.
  data["facts"] = nlohmann::json::object();
  for (const auto& fact : facts.facts) {
    data["facts"][fact.key] = fact.json.empty() ? nlohmann::json(fact.text) : nlohmann::json::parse(fact.json);
  }
  context.print(data, [&] {
    fmt::print("{} {}: {}\n{} · {}\n", tr("Ärende"), care_case.id, care_case.title, subject_line(care_case.person, care_case.process),
               to_string(care_case.status));
    if (readiness.readiness) {
      const auto& r = *readiness.readiness;
      print_readiness(r);
    }
    fmt::print("\n{}\n", tr("Händelser"));
    for (const auto& event : care_case.events) {
      fmt::print("  {}  {}{}\n", format_local(event.at), workspace.event_label(care_case, event.kind),
                 event.note.empty() ? "" : "  " + event.note);
    }
    if (!deadlines.deadlines.empty() || !deadlines.error.empty()) {
      fmt::print("\n{}\n", tr("Tidsfrister"));
      for (const auto& item : deadlines.deadlines) {
        fmt::print("  {:<14} {}  {}\n", deadline_state_label(item.state), format_local_deadline(item.deadline.due), item.deadline.label);
      }
      if (!deadlines.error.empty()) {
        fmt::print("  {}\n", deadlines.error);
      }
    }
    for (const auto& fact : facts.facts) {
      fmt::print("\n{}\n", fact.text);
    }
    if (!facts.error.empty()) {
      fmt::print("\n{}\n", facts.error);
    }
    for (const auto& checklist : checklists) {
      fmt::print("\n{}\n", checklist.title);
      std::string phase;
      for (const auto& item : checklist.items) {
        if (item.phase_title != phase) {
          phase = item.phase_title;
          fmt::print("  {}\n", phase);
        }
        const char* mark = item.state == ItemState::done             ? "[x]"
                           : item.state == ItemState::not_applicable ? "[-]"
                           : item.state == ItemState::in_progress    ? "[~]"
                                                                     : "[ ]";
        fmt::print("    {} {:<24} {}{}\n", mark, item.key, item.text,
                   item.changed_at ? fmt::format("  ({} {})", item.changed_by, format_local(*item.changed_at)) : "");
      }
    }
    for (const auto& analysis : analyses) {
      fmt::print("\n{}\n", analysis.risk_template.title);
      for (const auto& risk : analysis.risks) {
        fmt::print("  #{} {:<16} S{} x K{} = {:>2} {:<10} {}\n", risk.id, risk.area, risk.likelihood, risk.consequence,
                   risk.score(), analysis.risk_template.level_for(risk.score()).label, risk.description);
      }
    }
  });
  // A case shown without its process's rules must not look like a case without deadlines: say so, exit 1.
  if (!plugin_problem.empty()) {
    std::cerr << "trygg-cli: " << plugin_problem << '\n';
    throw NegativeResult{};
  }
}

struct EventOptions {
  std::string target;  // a case, or an event to correct or withdraw
  std::string kind;
  std::string at;
  std::string note;
  std::string reason;
  bool confirm = false;
};

void add_event(Context& context, const EventOptions& options)
{
  const CaseId id = parse_case_id(options.target);
  (void)require_case(context, id);
  auto& workspace = context.workspace();
  const auto event_id =
      workspace.record_event(id, {options.kind, options.at.empty() ? now() : require_time(options.at), options.note}, options.confirm);
  context.print({{"id", event_id}}, [&] { fmt::print("{}\n", event_id); });
}

std::int64_t parse_event_id(const std::string& text)
{
  try {
    return sdk::case_number(text);
  } catch (const std::exception&) {
    throw std::invalid_argument(trf("\"{}\" är inget händelsenummer (se case show)", text));
  }
}

void correct_event(Context& context, const EventOptions& options)
{
  const auto event_id = parse_event_id(options.target);
  context.workspace().correct_event(event_id, require_time(options.at), options.reason, options.confirm);
  context.print({{"id", event_id}}, [&] { fmt::print("{}\n", event_id); });
}

void withdraw_event(Context& context, const EventOptions& options)
{
  const auto event_id = parse_event_id(options.target);
  context.workspace().withdraw_event(event_id, options.reason);
  context.print({{"id", event_id}, {"withdrawn", true}}, [&] { fmt::print("{}\n", event_id); });
}

struct ItemOptions {
  std::string case_id;
  std::string item;
  std::string state;
  std::string reason;
  std::optional<std::string> comment;
  std::string at;  // when the item's event happened, if ticking it records one
};

void set_item(Context& context, const ItemOptions& options)
{
  const CaseId id = parse_case_id(options.case_id);
  (void)require_case(context, id);
  auto& workspace = context.workspace();
  const auto item = workspace.storage().find_item(id, options.item);
  if (!item) {
    throw std::invalid_argument(trf("Ärende {} har ingen checklistpunkt \"{}\"", id, options.item));
  }
  ItemChange change;
  if (!options.state.empty()) {
    change.state = item_state_from(options.state);
    if (!change.state) {
      throw std::invalid_argument(
          trf("Okänt läge \"{}\": not-started, in-progress, done eller not-applicable", options.state));
    }
  }
  if (!options.reason.empty()) {
    change.not_applicable_reason = options.reason;
  }
  change.comment = options.comment;
  if (!options.at.empty()) {
    change.event_at = require_time(options.at);
  }
  workspace.change_item(*item, change);
  context.print({{"item", *item}}, [&] { fmt::print("{}\n", *item); });
}

struct RiskOptions {
  std::string case_id;
  std::string area;
  std::string description;
  int likelihood = 0;
  int consequence = 0;
  std::optional<int> residual_likelihood;
  std::optional<int> residual_consequence;
  std::string follow_up;
  std::string action;
  std::string owner;
  std::string due;
};

void add_risk(Context& context, const RiskOptions& options)
{
  const CaseId id = parse_case_id(options.case_id);
  (void)require_case(context, id);
  auto& workspace = context.workspace();
  NewRisk risk{options.area,        options.description,          options.likelihood, options.consequence,
               options.residual_likelihood, options.residual_consequence, optional_date(options.follow_up), {}};
  if (!options.action.empty()) {
    risk.actions.push_back({0, options.action, options.owner, optional_date(options.due), std::nullopt});
  }
  const auto risk_id = workspace.add_risk(workspace.risk_analysis_for(id), risk);
  context.print({{"id", risk_id}}, [&] { fmt::print("{}\n", risk_id); });
}

void show_history(Context& context, CaseId id)
{
  (void)require_case(context, id);
  auto& workspace = context.workspace();
  workspace.log_access(id, AccessAction::read, tr("historiken visad (history)"), context.emergency_reason);
  const auto lines = history_lines(workspace, id);
  nlohmann::json data = nlohmann::json::array();
  for (const auto& line : lines) {
    data.push_back(to_json(line.entry));
    // As the screen and the printout say it.
    data.back()["label"] = line.what;
    data.back()["old_text"] = line.before;
    data.back()["new_text"] = line.after;
  }
  context.print(data, [&] {
    for (const auto& line : lines) {
      fmt::print("{}  {:<12} {}: {} -> {}\n", format_local(line.entry.at), line.entry.actor, line.what,
                 line.before.empty() ? "–" : line.before, line.after.empty() ? "–" : line.after);
    }
  });
}

struct ExportOptions {
  std::string target;
  std::string format = "html";
  std::string output;
  std::string recipient;  // the unit it goes to
  bool to_person = false; // the person's own copy
};

void export_case(Context& context, const ExportOptions& options)
{
  if (options.format != "html") {
    throw std::invalid_argument(trf("Okänt format \"{}\"; bara html finns", options.format));
  }
  const CaseId id = parse_case_id(options.target);
  const auto care_case = require_case(context, id);
  auto& workspace = context.workspace();
  if (workspace.needs_consent(care_case) && options.recipient.empty() && !options.to_person) {
    throw std::invalid_argument(tr("Ärendets uppgifter lämnas ut bara med samtycke: ange mottagaren med --to ENHET "
                                   "(eller --to-person för personens egen kopia)"));
  }
  const auto html = case_report_html(workspace, id);
  // Refused without a valid consent (nothing written), else logged before it leaves.
  workspace.disclose(id, options.recipient, tr("ärenderapport (export)"), options.to_person);
  workspace.log_access(id, AccessAction::export_file, options.output.empty() ? tr("ärenderapport till standard ut") : options.output,
                       context.emergency_reason);
  write_output(html, options.output);
}

}  // namespace

void add_case_commands(CLI::App& app, Context& context)
{
  struct BackupOptions {
    std::string output;
    std::string folder;
    int keep = 10;
  };
  auto backup_options = std::make_shared<BackupOptions>();
  auto* backup = app.add_subcommand("backup", tr("Säkerhetskopiera databasen, samstämmigt även medan andra skriver i den"));
  auto* output = backup->add_option("--output,-o", backup_options->output, tr("Kopians fil"));
  auto* folder = backup->add_option("--folder", backup_options->folder,
                                    tr("En mapp för kopior med tid i namnet (t.ex. från cron); de äldsta utöver --keep tas bort"));
  output->excludes(folder);
  backup->add_option("--keep", backup_options->keep, tr("Hur många kopior som sparas i mappen (standard 10)"))->check(CLI::Range(1, 10000));
  backup->callback([&context, backup_options] {
    auto& workspace = context.workspace();
    std::string target = backup_options->output;
    if (!backup_options->folder.empty()) {
      // A copy every time it is run: the schedule is cron's (or the app's setting).
      target = backup_if_due(workspace.storage(), {backup_options->folder, 0, backup_options->keep}, workspace.current_time())->string();
    } else if (target.empty()) {
      throw std::invalid_argument(tr("Ange --output FIL eller --folder MAPP"));
    } else {
      workspace.storage().backup_to(target);
    }
    context.print({{"database", workspace.storage().place()}, {"backup", target}},
                  [&] { fmt::print("{}\n", trf("{} kopierad till {}", workspace.storage().place(), target)); });
  });

  auto* verify = app.add_subcommand("verify", tr("Kontrollera databasen: filen (quick_check) och att historiken inte ändrats i efterhand"));
  verify->callback([&context] {
    auto& workspace = context.workspace();
    const auto check = workspace.storage().quick_check();
    const auto breaks = workspace.storage().verify_history();
    nlohmann::json lines = nlohmann::json::array();
    for (const auto& line : breaks) {
      lines.push_back({{"table", line.table}, {"id", line.id}, {"case", line.case_id}, {"reason", line.reason}});
    }
    context.print({{"database", workspace.storage().place()}, {"quick_check", check}, {"history_breaks", lines}}, [&] {
      const auto whole = workspace.storage().on_server() ? tr("databasen på servern är hel") : tr("filen är hel");
      fmt::print("{}: {}\n", workspace.storage().place(), check == "ok" ? whole : check);
      if (breaks.empty()) {
        fmt::print("{}\n", tr("Historiken är som den skrevs."));
      }
      for (const auto& line : breaks) {
        fmt::print("{}\n", line.case_id != 0 ? trf("Ärende {}, historikrad {}: {}", line.case_id, line.id, line.reason)
                                             : trf("Arbetsytans historikrad {}: {}", line.id, line.reason));
      }
    });
    if (check != "ok" || !breaks.empty()) {
      throw NegativeResult{};
    }
  });

  auto* init = app.add_subcommand("init", tr("Skapa databasen (med --demo: med fiktiva demodata)"));
  auto demo = std::make_shared<bool>(false);
  init->add_flag("--demo", *demo, tr("Lägg in fiktiva demodata"));
  init->callback([&context, demo] {
    auto& workspace = context.workspace();
    // The user's default database gets the demo set when it is created; never seed a database twice.
    if (*demo && workspace.storage().count_cases() == 0) {
      seed_demo_data(workspace);
    }
    const auto made = *demo ? workspace.storage().count_cases() : 0;
    context.print({{"database", workspace.storage().place()}, {"demo_cases", made}},
                  [&] {
                    fmt::print("{} ({})\n", workspace.storage().place(),
                               trfn("{} demoärende", "{} demoärenden", static_cast<unsigned long>(made), made));
                  });
  });

  auto* cases = app.add_subcommand("case", tr("Ärenden"));
  cases->require_subcommand(1);

  auto new_options = std::make_shared<NewCaseOptions>();
  auto* create = cases->add_subcommand("new", tr("Öppna ett nytt ärende"));
  create->add_option("--plugin", new_options->plugin, tr("Pluginens id (trygg-cli plugins listar dem)"))->required();
  create->add_option("--process", new_options->process, tr("Process (kan utelämnas när pluginen har en)"));
  create->add_option("--person", new_options->person, tr("Person- eller samordningsnummer (med --from: det ärendets person)"));
  create->add_option("--name", new_options->name, tr("Personens namn (en känd person: det kända; med --from: det ärendets person)"));
  create->add_option("--municipality", new_options->municipality, tr("Kommun"));
  create->add_option("--title", new_options->title, tr("Rubrik (för en process utan person: vad ärendet gäller, t.ex. enheten)"));
  create->add_option("--from", new_options->linked_case, tr("Ärendet det nya öppnas från (kopplade ärenden räknar med varandras händelser)"));
  create->add_flag("--confirm", new_options->confirm,
                   tr("Ändra en känd persons namn eller kommun (gäller alla personens ärenden); utan --name används det kända"));
  create->callback([&context, new_options] { new_case(context, *new_options); });

  auto list_options = std::make_shared<std::array<std::string, 3>>(std::array<std::string, 3>{"open", "", ""});
  auto* list = cases->add_subcommand("list", tr("Lista ärenden"));
  list->add_option("--status", (*list_options)[0], tr("open, closed eller all"));
  list->add_option("--process", (*list_options)[1], tr("Bara en process"));
  list->add_option("--search", (*list_options)[2], tr("Namn, personnummer eller ärendenummer"));
  list->callback([&context, list_options] { list_cases(context, (*list_options)[0], (*list_options)[1], (*list_options)[2]); });

  auto case_id = std::make_shared<std::string>();
  auto* show = cases->add_subcommand("show", tr("Visa ett ärende"));
  show->add_option("CASE", *case_id, tr("Ärendenummer"))->required();
  show->callback([&context, case_id] { show_case(context, parse_case_id(*case_id)); });

  auto event_options = std::make_shared<EventOptions>();
  auto* check = cases->add_subcommand("check", tr("Kontrollera ett ärende mot processens regler; exit 1 vid brister som blockerar"));
  check->add_option("CASE", *case_id, tr("Ärendenummer"))->required();
  check->callback([&context, case_id] { check_case(context, parse_case_id(*case_id)); });

  auto* event = cases->add_subcommand("event", tr("Registrera en händelse"));
  event->add_option("CASE", event_options->target, tr("Ärendenummer"))->required();
  event->add_option("--kind", event_options->kind, tr("Händelsetyp, som processen anger i sitt manifest (plugin.xml)"))->required();
  event->add_option("--at", event_options->at, tr("Tid, svensk lokal tid (standard: nu)"));
  event->add_option("--note", event_options->note, tr("Anteckning"));
  event->add_flag("--confirm", event_options->confirm, tr("Registrera även en tid i framtiden eller före inskrivningen"));
  event->callback([&context, event_options] { add_event(context, *event_options); });

  auto* correct = cases->add_subcommand("event-correct", tr("Rätta tiden för en registrerad händelse"));
  correct->add_option("EVENT", event_options->target, tr("Händelsens nummer (case show)"))->required();
  correct->add_option("--at", event_options->at, tr("Rätt tid, svensk lokal tid"))->required();
  correct->add_option("--reason", event_options->reason, tr("Varför händelsen rättas"))->required();
  correct->add_flag("--confirm", event_options->confirm, tr("Rätta även till en tid i framtiden eller före inskrivningen"));
  correct->callback([&context, event_options] { correct_event(context, *event_options); });

  auto* withdraw = cases->add_subcommand("event-withdraw", tr("Ta tillbaka en felregistrerad händelse (den finns kvar i historiken)"));
  withdraw->add_option("EVENT", event_options->target, tr("Händelsens nummer (case show)"))->required();
  withdraw->add_option("--reason", event_options->reason, tr("Varför händelsen tas tillbaka"))->required();
  withdraw->callback([&context, event_options] { withdraw_event(context, *event_options); });

  auto* close = cases->add_subcommand("close", tr("Avsluta ett ärende (det kan sedan bara läsas)"));
  close->add_option("CASE", *case_id, tr("Ärendenummer"))->required();
  close->callback([&context, case_id] {
    const CaseId id = parse_case_id(*case_id);
    context.workspace().close_case(id);
    context.print({{"id", id}, {"status", "closed"}}, [&] { fmt::print("{}\n", id); });
  });

  auto reopen_reason = std::make_shared<std::string>();
  auto* reopen = cases->add_subcommand("reopen", tr("Öppna ett avslutat ärende igen"));
  reopen->add_option("CASE", *case_id, tr("Ärendenummer"))->required();
  reopen->add_option("--reason", *reopen_reason, tr("Varför ärendet öppnas igen"))->required();
  reopen->callback([&context, case_id, reopen_reason] {
    const CaseId id = parse_case_id(*case_id);
    context.workspace().reopen_case(id, *reopen_reason);
    context.print({{"id", id}, {"status", "open"}}, [&] { fmt::print("{}\n", id); });
  });

  auto* checklist = app.add_subcommand("checklist", tr("Checklistor"));
  checklist->require_subcommand(1);
  auto item_options = std::make_shared<ItemOptions>();
  auto* set = checklist->add_subcommand("set", tr("Ändra en checklistpunkt"));
  set->add_option("CASE", item_options->case_id, tr("Ärendenummer"))->required();
  set->add_option("ITEM", item_options->item, tr("Punktens nyckel eller nummer"))->required();
  set->add_option("--state", item_options->state, tr("not-started, in-progress, done eller not-applicable"));
  set->add_option("--reason", item_options->reason, tr("Varför punkten inte är aktuell"));
  set->add_option("--comment", item_options->comment, tr("Kommentar"));
  set->add_option("--at", item_options->at, tr("När punktens händelse skedde, om punkten registrerar en (standard: nu)"));
  set->callback([&context, item_options] { set_item(context, *item_options); });

  auto* risk = app.add_subcommand("risk", tr("Riskanalys"));
  risk->require_subcommand(1);
  auto risk_options = std::make_shared<RiskOptions>();
  auto* add = risk->add_subcommand("add", tr("Lägg till en risk"));
  add->add_option("CASE", risk_options->case_id, tr("Ärendenummer"))->required();
  add->add_option("--area", risk_options->area, tr("Riskområde (id i mallen)"))->required();
  add->add_option("--description", risk_options->description, tr("Beskrivning"))->required();
  add->add_option("--likelihood", risk_options->likelihood, tr("Sannolikhet"))->required();
  add->add_option("--consequence", risk_options->consequence, tr("Konsekvens"))->required();
  add->add_option("--residual-likelihood", risk_options->residual_likelihood, tr("Sannolikhet efter åtgärd"));
  add->add_option("--residual-consequence", risk_options->residual_consequence, tr("Konsekvens efter åtgärd"));
  add->add_option("--follow-up", risk_options->follow_up, tr("Uppföljningsdatum"));
  add->add_option("--action", risk_options->action, tr("Åtgärd"));
  add->add_option("--owner", risk_options->owner, tr("Ansvarig för åtgärden"));
  add->add_option("--due", risk_options->due, tr("Åtgärden klar senast"));
  add->callback([&context, risk_options] { add_risk(context, *risk_options); });

  auto* today = app.add_subcommand("today", tr("Idag: det som förfaller i dag eller är försenat, i alla öppna ärenden"));
  today->callback([&context] { show_today(context); });

  auto* history = app.add_subcommand("history", tr("Ärendets ändringslogg"));
  history->add_option("CASE", *case_id, tr("Ärendenummer"))->required();
  history->callback([&context, case_id] { show_history(context, parse_case_id(*case_id)); });

  auto export_options = std::make_shared<ExportOptions>();
  auto* export_command = app.add_subcommand("export", tr("Exportera ett ärende"));
  export_command->add_option("CASE", export_options->target, tr("Ärendenummer"))->required();
  export_command->add_option("--format", export_options->format, tr("html"));
  export_command->add_option("--output,-o", export_options->output, tr("Fil (standard: skriv till stdout)"));
  export_command->add_option("--to", export_options->recipient,
                             tr("Enheten uppgifterna lämnas till (en process med samtyckeskrav: bara med giltigt samtycke, och loggas)"));
  export_command->add_flag("--to-person", export_options->to_person, tr("Personens egen kopia (kräver inget samtycke; loggas)"));
  export_command->callback([&context, export_options] { export_case(context, *export_options); });
}

}  // namespace trygg::cli
