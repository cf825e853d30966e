#include "trygg/storage.hpp"

#include "core_schema.hpp"
#include "sql_values.hpp"
#include "storage_write.hpp"
#include "trygg/content_reader.hpp"
#include "trygg/i18n.hpp"
#include "trygg/personal_identity.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <nlohmann/json.hpp>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <tuple>
#include <type_traits>

namespace trygg {
namespace {

SQLite::Database open_database(const std::filesystem::path& file, bool& created)
{
  std::error_code ignored;
  created = !std::filesystem::exists(file, ignored);
  // An empty file is not a database: opening it would silently make a new, empty one in its place.
  // (A database just made keeps its first changes in the -wal file until they are checkpointed.)
  const auto wal = std::filesystem::path(file.string() + "-wal");
  if (!created && std::filesystem::is_regular_file(file, ignored) && std::filesystem::file_size(file, ignored) == 0 &&
      !(std::filesystem::exists(wal, ignored) && std::filesystem::file_size(wal, ignored) > 0)) {
    throw StorageError(trf("{} är tom (0 byte) och är ingen Trygg-databas; den lämnas orörd. Välj en annan fil, eller "
                           "ta bort den för att börja om med en ny.",
                           file.string()));
  }
  try {
    if (created && file.has_parent_path()) {
      std::filesystem::create_directories(file.parent_path());
    }
    SQLite::Database db(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.setBusyTimeout(5000);
    return db;
  } catch (const std::exception& error) {
    throw StorageError(trf("Databasen {} kunde inte öppnas: {}", file.string(), error.what()));
  }
}

// The seven columns of a risk assessment, in table order, from `first` on: area, description,
// likelihood, consequence, residual likelihood, residual consequence, follow-up.
void bind_assessment(SQLite::Statement& statement, int first, const RiskAssessment& risk)
{
  statement.bind(first, risk.area);
  statement.bind(first + 1, risk.description);
  statement.bind(first + 2, risk.likelihood);
  statement.bind(first + 3, risk.consequence);
  bind_optional(statement, first + 4, risk.residual_likelihood);
  bind_optional(statement, first + 5, risk.residual_consequence);
  bind_date(statement, first + 6, risk.follow_up);
}

void check_on_scale(int value, int max, const char* what)
{
  if (value < 1 || value > max) {
    throw StorageError(ErrorKind::validation, trf("{} ska vara mellan 1 och {}, inte {}", tr(what), max, value));
  }
}

}  // namespace

Storage::Storage(const std::filesystem::path& file, Clock clock)
    : file_(file), clock_(std::move(clock)), db_(open_database(file, created_))
{
  try {
    // Reading the header is where SQLite notices a file that is not a database at all.
    const int app_id = db_.execAndGet("PRAGMA application_id").getInt();
    const int version = db_.execAndGet("PRAGMA user_version").getInt();
    const int tables = db_.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
    if ((app_id != 0 && app_id != application_id) || (app_id == 0 && tables > 0)) {
      throw StorageError(trf("{} är inte en Trygg-databas. Välj en annan fil; den här lämnas orörd.", file.string()));
    }
    if (version > schema_version) {
      throw StorageError(trf("{} är sparad av en nyare version av Trygg (schema {}, den här versionen kan {}). "
                             "Uppdatera Trygg; filen lämnas orörd.",
                             file.string(), version, schema_version));
    }
    // A damaged file is not written to: what is still readable in it stays as it is. quick_check reads
    // the whole file (about 2 ms per MiB here: 0.4 s at 100,000 cases), so on open it runs up to a size
    // that keeps opening quick; a larger database needs the check in the background (not built yet).
    constexpr std::uintmax_t checked_on_open = 32U * 1024U * 1024U;
    std::error_code size_error;
    if (!created_ && std::filesystem::file_size(file, size_error) <= checked_on_open && !size_error) {
      if (const std::string check = db_.execAndGet("PRAGMA quick_check").getString(); check != "ok") {
        throw StorageError(trf("{} är skadad ({}); den öppnas inte, så inget skrivs i den. Återställ den från en "
                               "säkerhetskopia (trygg-cli backup).",
                               file.string(), check));
      }
    }
    db_.exec("PRAGMA journal_mode = WAL");
    // FULL: a committed change survives a power cut, not only a crash of the process.
    db_.exec("PRAGMA synchronous = FULL");
    db_.exec("PRAGMA foreign_keys = ON");
    // Counts every statement run, for the bench that holds a tick and its repaint to a budget.
    sqlite3_trace_v2(
        db_.getHandle(), SQLITE_TRACE_PROFILE,
        [](unsigned, void* counter, void*, void*) {
          ++*static_cast<std::int64_t*>(counter);
          return 0;
        },
        &statements_run_);
    migrate_core();
  } catch (const StorageError&) {
    throw;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

const RiskTemplate& Storage::stored_risk_template(const std::string& xml) const
{
  // Every analysis keeps its own copy of the template it was made with, but cases share a handful of
  // templates: each is read and validated once per open database, not on every read of a case.
  auto found = parsed_templates_.find(xml);
  if (found == parsed_templates_.end()) {
    found = parsed_templates_.emplace(xml, parse_risk_template(xml, "risk_analysis")).first;
  }
  return found->second;
}

std::int64_t Storage::statements_run() const
{
  return statements_run_;
}

StorageError Storage::failure(const std::exception& error) const
{
  if (const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&error)) {
    switch (sqlite->getErrorCode()) {
      case SQLITE_FULL:
        return StorageError(trf("Disken är full: ändringen i {} sparades inte. Allt som sparats tidigare finns kvar.",
                                file_.string()));
      case SQLITE_NOTADB:
      case SQLITE_CORRUPT:
        return StorageError(trf("{} är skadad eller inte en databas ({}).", file_.string(), sqlite->what()));
      case SQLITE_READONLY:
        return StorageError(trf("{} går inte att skriva till.", file_.string()));
      case SQLITE_BUSY:
        return StorageError(trf("{} används av ett annat program just nu; försök igen.", file_.string()));
      default:
        break;
    }
  }
  return StorageError(trf("Databasfel i {}: {}", file_.string(), error.what()));
}

void Storage::migrate_core()
{
  const auto& steps = core_migrations();
  for (int version = db_.execAndGet("PRAGMA user_version").getInt(); version < schema_version; ++version) {
    write([&] {
      db_.exec(std::string(steps.at(static_cast<std::size_t>(version))));
      db_.exec("PRAGMA application_id = " + std::to_string(application_id));
      db_.exec("PRAGMA user_version = " + std::to_string(version + 1));
    });
  }
}

int Storage::plugin_schema_version(const std::string& plugin_id) const
{
  SQLite::Statement query(db_, "SELECT version FROM plugin_schema WHERE plugin_id = ?");
  query.bind(1, plugin_id);
  return query.executeStep() ? query.getColumn(0).getInt() : 0;
}

void Storage::migrate_plugin(const std::string& plugin_id, const std::vector<sdk::Migration>& steps)
{
  const int current = plugin_schema_version(plugin_id);
  int newest = 0;
  for (const auto& step : steps) {
    newest = std::max(newest, step.version);
  }
  if (current > newest) {
    throw StorageError(trf("{} har tabeller från en nyare version av pluginen {} (schema {}, pluginen kan {}).",
                           file_.string(), plugin_id, current, newest));
  }
  for (const auto& step : steps) {
    if (step.version <= current) {
      continue;
    }
    write([&] {
      db_.exec(step.sql);
      SQLite::Statement upsert(db_, "INSERT INTO plugin_schema (plugin_id, version) VALUES (?, ?) "
                                    "ON CONFLICT (plugin_id) DO UPDATE SET version = excluded.version");
      upsert.bind(1, plugin_id);
      upsert.bind(2, step.version);
      upsert.exec();
    });
  }
}

void Storage::record(CaseId case_id, const char* entity, std::int64_t entity_id, const char* field,
                     const std::optional<std::string>& old_value, const std::optional<std::string>& new_value,
                     const std::string& actor, Timestamp at)
{
  SQLite::Statement insert(db_, "INSERT INTO history (case_id, at, actor, entity, entity_id, field, old_value, new_value) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, case_id);
  insert.bind(2, to_iso_utc(at));
  insert.bind(3, actor);
  insert.bind(4, entity);
  insert.bind(5, entity_id);
  insert.bind(6, field);
  bind_optional(insert, 7, old_value);
  bind_optional(insert, 8, new_value);
  insert.exec();
}

CaseId Storage::create_case(const NewCase& request, const std::string& actor)
{
  const auto identity = PersonalIdentity::parse(request.person.identity, today());
  if (!identity.identity) {
    throw StorageError(ErrorKind::validation, trf("Ogiltigt person- eller samordningsnummer: {}", identity.reason));
  }
  if (request.person.name.empty()) {
    throw StorageError(ErrorKind::validation, tr("Personens namn saknas"));
  }
  return write([&] {
    const Timestamp at = clock_();
    SQLite::Statement find_person(db_, "SELECT id, name, municipality FROM person WHERE identity = ?");
    find_person.bind(1, identity.identity->normalised());
    std::int64_t person_id = 0;
    std::optional<std::string> old_name;
    std::optional<std::string> old_municipality;
    if (find_person.executeStep()) {
      person_id = find_person.getColumn(0).getInt64();
      old_name = find_person.getColumn(1).getString();
      old_municipality = find_person.getColumn(2).getString();
      SQLite::Statement update(db_, "UPDATE person SET name = ?, municipality = ? WHERE id = ?");
      update.bind(1, request.person.name);
      update.bind(2, request.person.municipality);
      update.bind(3, person_id);
      update.exec();
    } else {
      SQLite::Statement insert(db_, "INSERT INTO person (identity, name, municipality) VALUES (?, ?, ?)");
      insert.bind(1, identity.identity->normalised());
      insert.bind(2, request.person.name);
      insert.bind(3, request.person.municipality);
      insert.exec();
      person_id = db_.getLastInsertRowid();
    }

    if (request.linked_case) {
      // Linked cases count each other's events toward their deadlines: only one person's cases may be linked.
      const auto origin = find_case(*request.linked_case);
      if (!origin) {
        throw StorageError(trf("Ärende {} finns inte", *request.linked_case));
      }
      if (origin->person.identity != identity.identity->normalised()) {
        throw StorageError(trf("Ärende {} gäller en annan person ({}); ett kopplat ärende ska gälla samma person",
                               *request.linked_case, display_identity(origin->person.identity)));
      }
    }
    SQLite::Statement insert(db_, "INSERT INTO care_case (person_id, plugin_id, process, title, opened_at, opened_by, "
                                  "linked_case_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, person_id);
    insert.bind(2, request.plugin_id);
    insert.bind(3, request.process);
    insert.bind(4, request.title);
    insert.bind(5, to_iso_utc(at));
    insert.bind(6, actor);
    if (request.linked_case) {
      insert.bind(7, *request.linked_case);
    }
    insert.exec();
    const CaseId id = db_.getLastInsertRowid();
    record(id, "case", id, "opened", std::nullopt, request.plugin_id + "/" + request.process, actor, at);
    if (request.linked_case) {
      record(id, "case", id, "linked_case", std::nullopt, std::to_string(*request.linked_case), actor, at);
    }
    for (const auto& checklist : request.checklists) {
      insert_checklist(id, checklist, actor, at);
    }
    for (const auto& risk_template : request.risk_templates) {
      insert_risk_analysis(id, risk_template, actor, at);
    }
    // Items may fall due, or be settled, by the origin's events (a SIP's kallelse from the ready notice).
    touch(id, actor, at);
    if (old_name && *old_name != request.person.name) {
      record(id, "person", person_id, "name", old_name, request.person.name, actor, at);
    }
    if (old_municipality && *old_municipality != request.person.municipality) {
      record(id, "person", person_id, "municipality", old_municipality, request.person.municipality, actor, at);
    }
    return id;
  });
}

std::int64_t Storage::add_checklist(CaseId id, const ChecklistTemplate& source, const std::string& actor)
{
  return write([&] {
    require_open(id);
    const Timestamp at = clock_();
    const auto checklist_id = insert_checklist(id, source, actor, at);
    touch(id, actor, at);
    return checklist_id;
  });
}

std::int64_t Storage::insert_checklist(CaseId id, const ChecklistTemplate& source, const std::string& actor, Timestamp at)
{
  SQLite::Statement insert(db_, "INSERT INTO checklist (case_id, template_id, template_version, title) VALUES (?, ?, ?, ?)");
  insert.bind(1, id);
  insert.bind(2, source.id);
  insert.bind(3, source.version);
  insert.bind(4, source.title);
  insert.exec();
  const std::int64_t checklist_id = db_.getLastInsertRowid();
  SQLite::Statement item(db_, "INSERT INTO checklist_item (checklist_id, position, item_key, phase_key, phase_title, text, "
                              "guidance, huvudman, role, due_event, due_after_hours, due_deadline, settled_by_event) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  int position = 0;
  for (const auto& phase : source.phases) {
    for (const auto& entry : phase.items) {
      bind_all(item, checklist_id, position++, entry.id, phase.id, phase.title, entry.text, entry.guidance,
               std::string(to_string(entry.huvudman)), entry.role, entry.due_event, entry.due_after_hours, entry.deadline,
               entry.settled_by_event);
      item.exec();
    }
  }
  record(id, "checklist", checklist_id, "started", std::nullopt,
         source.id + " v" + std::to_string(source.version), actor, at);
  return checklist_id;
}

void Storage::change_item(std::int64_t item_id, const ItemChange& change, const std::string& actor, const EventCheck& check)
{
  write([&] {
    const Timestamp at = clock_();
    // The item, its case and whether the case is open, in one read: a tick is the most common write.
    SQLite::Statement current(db_, "SELECT l.case_id, c.status, i.state, i.not_applicable_reason, i.comment, i.settled_by_event, "
                                   "i.text FROM checklist_item i JOIN checklist l ON l.id = i.checklist_id "
                                   "JOIN care_case c ON c.id = l.case_id WHERE i.id = ?");
    current.bind(1, item_id);
    if (!current.executeStep()) {
      throw StorageError(ErrorKind::validation, trf("Checklistpunkt {} finns inte", item_id));
    }
    const CaseId case_id = current.getColumn("case_id").getInt64();
    if (current.getColumn("status").getString() != "open") {
      require_open(case_id);  // says why
    }
    const std::string old_state = current.getColumn("state").getString();
    const std::string old_reason = current.getColumn("not_applicable_reason").getString();
    const std::string old_comment = current.getColumn("comment").getString();
    const std::string tied_event = current.getColumn("settled_by_event").getString();
    const std::string item_text = current.getColumn("text").getString();

    const std::string state = change.state ? std::string(to_string(*change.state)) : old_state;
    std::string reason = change.not_applicable_reason.value_or(old_reason);
    if (state != "not-applicable") {
      reason.clear();  // a reason belongs only to "not applicable"
    } else if (reason.empty()) {
      throw StorageError(ErrorKind::validation, tr("Ange varför punkten inte är aktuell"));
    }
    const std::string comment = change.comment.value_or(old_comment);

    SQLite::Statement update(db_, "UPDATE checklist_item SET state = ?, not_applicable_reason = ?, comment = ?, "
                                  "changed_by = ?, changed_at = ? WHERE id = ?");
    update.bind(1, state);
    update.bind(2, reason);
    update.bind(3, comment);
    update.bind(4, actor);
    update.bind(5, to_iso_utc(at));
    update.bind(6, item_id);
    update.exec();
    const auto record_if_changed = [&](const char* field, const std::string& before, const std::string& after) {
      if (before != after) {
        record(case_id, "checklist-item", item_id, field, before, after, actor, at);
      }
    };
    record_if_changed("state", old_state, state);
    record_if_changed("not-applicable-reason", old_reason, reason);
    record_if_changed("comment", old_comment, comment);
    bool event_recorded = false;
    if (!tied_event.empty() && state != old_state) {
      // The item and its event are one act: ticking it records the event, at the time the person gives;
      // while the event stands, the item stays done (withdraw the event to reopen it).
      const auto recorded = latest_tied_event(case_id, tied_event);
      if (state == "done" && !recorded) {
        const Timestamp event_at = change.event_at.value_or(at);
        if (check) {
          check(case_id, tied_event, event_at);
        }
        insert_event(case_id, tied_event, event_at, trf("Från checklistan: {}", item_text), actor, at);
        event_recorded = true;
      } else if (state != "done" && recorded) {
        throw TiedItemConflict(case_id, item_text, tied_event, *recorded);
      }
    }
    // A tick moves no deadline (they follow from events and records); an event it records does.
    touch(case_id, actor, at, event_recorded ? Reach::tied_cases : Reach::this_case);
  });
}

std::optional<Timestamp> Storage::latest_tied_event(CaseId id, const std::string& kind) const
{
  SQLite::Statement query(db_, std::string("SELECT max(at) FROM case_event WHERE kind = ?2 AND withdrawn_at IS NULL "
                                           "AND case_id IN (") + tied_cases_sql + ")");
  query.bind(1, id);
  query.bind(2, kind);
  query.executeStep();
  return optional_timestamp(query.getColumn(0));
}

std::int64_t Storage::add_risk_analysis(CaseId id, const RiskTemplate& source, const std::string& actor)
{
  return write([&] {
    require_open(id);
    const Timestamp at = clock_();
    const auto analysis_id = insert_risk_analysis(id, source, actor, at);
    touch(id, actor, at, Reach::this_case);
    return analysis_id;
  });
}

std::int64_t Storage::insert_risk_analysis(CaseId id, const RiskTemplate& source, const std::string& actor, Timestamp at)
{
  SQLite::Statement insert(db_, "INSERT INTO risk_analysis (case_id, template_id, template_version, template_xml) VALUES (?, ?, ?, ?)");
  insert.bind(1, id);
  insert.bind(2, source.id);
  insert.bind(3, source.version);
  insert.bind(4, source.source_xml);
  insert.exec();
  const std::int64_t analysis_id = db_.getLastInsertRowid();
  record(id, "risk-analysis", analysis_id, "started", std::nullopt,
         source.id + " v" + std::to_string(source.version), actor, at);
  return analysis_id;
}

// The case and the scales a risk analysis was made with (its own stored copy of the template).
std::pair<CaseId, RiskTemplate> Storage::analysis_scales(std::int64_t analysis_id) const
{
  SQLite::Statement analysis(db_, "SELECT case_id, template_xml FROM risk_analysis WHERE id = ?");
  analysis.bind(1, analysis_id);
  if (!analysis.executeStep()) {
    throw StorageError(trf("Riskanalys {} finns inte", analysis_id));
  }
  return {analysis.getColumn(0).getInt64(), stored_risk_template(analysis.getColumn(1).getString())};
}

void Storage::check_assessment(const RiskTemplate& scales, const RiskAssessment& risk)
{
  if (scales.area(risk.area) == nullptr) {
    throw StorageError(ErrorKind::validation, trf("Riskområdet \"{}\" finns inte i mallen {}", risk.area, scales.id));
  }
  if (risk.description.empty()) {
    throw StorageError(ErrorKind::validation, tr("Beskriv risken"));
  }
  check_on_scale(risk.likelihood, scales.max_likelihood(), "Sannolikhet");
  check_on_scale(risk.consequence, scales.max_consequence(), "Konsekvens");
  if (risk.residual_likelihood.has_value() != risk.residual_consequence.has_value()) {
    throw StorageError(tr("Ange både sannolikhet och konsekvens för kvarstående risk, eller ingen av dem"));
  }
  if (risk.residual_likelihood) {
    check_on_scale(*risk.residual_likelihood, scales.max_likelihood(), "Kvarstående sannolikhet");
    check_on_scale(*risk.residual_consequence, scales.max_consequence(), "Kvarstående konsekvens");
  }
}

void Storage::insert_action(CaseId case_id, std::int64_t risk_id, const RiskAction& action, const std::string& actor,
                            Timestamp at)
{
  if (action.description.empty() || action.owner.empty()) {
    throw StorageError(ErrorKind::validation, tr("En åtgärd behöver både beskrivning och ansvarig"));
  }
  SQLite::Statement insert(db_, "INSERT INTO risk_action (risk_id, description, owner, due) VALUES (?, ?, ?, ?)");
  insert.bind(1, risk_id);
  insert.bind(2, action.description);
  insert.bind(3, action.owner);
  bind_date(insert, 4, action.due);
  insert.exec();
  record(case_id, "risk-action", db_.getLastInsertRowid(), "created", std::nullopt,
         action.description + " (" + action.owner + ")", actor, at);
}

std::int64_t Storage::add_risk(std::int64_t analysis_id, const NewRisk& risk, const std::string& actor)
{
  return write([&] {
    const auto [case_id, scales] = analysis_scales(analysis_id);
    require_open(case_id);
    check_assessment(scales, risk);
    const Timestamp at = clock_();
    SQLite::Statement insert(db_, "INSERT INTO risk (analysis_id, area, description, likelihood, consequence, "
                                  "residual_likelihood, residual_consequence, follow_up, created_by, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, analysis_id);
    bind_assessment(insert, 2, risk);
    insert.bind(9, actor);
    insert.bind(10, to_iso_utc(at));
    insert.exec();
    const std::int64_t risk_id = db_.getLastInsertRowid();
    record(case_id, "risk", risk_id, "created", std::nullopt,
           fmt::format("{}: {} (S{} x K{} = {})", risk.area, risk.description, risk.likelihood, risk.consequence,
                       risk.score()),
           actor, at);
    if (risk.residual_likelihood) {
      record(case_id, "risk", risk_id, "residual", std::nullopt,
             fmt::format("S{} x K{}", *risk.residual_likelihood, *risk.residual_consequence), actor, at);
    }
    for (const auto& action : risk.actions) {
      insert_action(case_id, risk_id, action, actor, at);
    }
    touch(case_id, actor, at, Reach::this_case);
    return risk_id;
  });
}

void Storage::update_risk(std::int64_t risk_id, const RiskAssessment& risk, const std::string& actor)
{
  write([&] {
    SQLite::Statement current(db_, "SELECT analysis_id, area, description, likelihood, consequence, residual_likelihood, "
                                   "residual_consequence, follow_up FROM risk WHERE id = ?");
    current.bind(1, risk_id);
    if (!current.executeStep()) {
      throw StorageError(trf("Risk {} finns inte", risk_id));
    }
    const auto [case_id, scales] = analysis_scales(current.getColumn(0).getInt64());
    require_open(case_id);
    check_assessment(scales, risk);
    const Timestamp at = clock_();
    const auto score_text = [](int likelihood, int consequence) { return fmt::format("S{} x K{}", likelihood, consequence); };
    const auto residual_text = [&](const SQLite::Column& l, const SQLite::Column& c) -> std::optional<std::string> {
      return l.isNull() ? std::nullopt : std::optional(score_text(l.getInt(), c.getInt()));
    };
    const std::optional<std::string> old_residual = residual_text(current.getColumn(5), current.getColumn(6));
    const std::optional<std::string> new_residual =
        risk.residual_likelihood ? std::optional(score_text(*risk.residual_likelihood, *risk.residual_consequence)) : std::nullopt;
    const std::optional<std::string> old_follow_up = optional_text(current.getColumn(7));
    const std::optional<std::string> new_follow_up =
        risk.follow_up ? std::optional(to_iso_date(*risk.follow_up)) : std::nullopt;
    const auto changes = std::vector<std::tuple<const char*, std::optional<std::string>, std::optional<std::string>>>{
        {"area", current.getColumn(1).getString(), risk.area},
        {"description", current.getColumn(2).getString(), risk.description},
        {"score", score_text(current.getColumn(3).getInt(), current.getColumn(4).getInt()),
         score_text(risk.likelihood, risk.consequence)},
        {"residual", old_residual, new_residual},
        {"follow-up", old_follow_up, new_follow_up},
    };
    SQLite::Statement update(db_, "UPDATE risk SET area = ?, description = ?, likelihood = ?, consequence = ?, "
                                  "residual_likelihood = ?, residual_consequence = ?, follow_up = ? WHERE id = ?");
    bind_assessment(update, 1, risk);
    update.bind(8, risk_id);
    update.exec();
    for (const auto& [field, before, after] : changes) {
      if (before != after) {
        record(case_id, "risk", risk_id, field, before, after, actor, at);
      }
    }
    for (const auto& action : risk.actions) {
      if (action.id == 0) {
        insert_action(case_id, risk_id, action, actor, at);
      }
    }
    touch(case_id, actor, at, Reach::this_case);
  });
}

void Storage::complete_action(std::int64_t action_id, const std::string& actor)
{
  write([&] {
    SQLite::Statement find(db_, "SELECT a.description, a.done_at, l.case_id FROM risk_action a JOIN risk r ON r.id = a.risk_id "
                                "JOIN risk_analysis l ON l.id = r.analysis_id WHERE a.id = ?");
    find.bind(1, action_id);
    if (!find.executeStep()) {
      throw StorageError(trf("Åtgärd {} finns inte", action_id));
    }
    if (!find.getColumn(1).isNull()) {
      return;  // already done: nothing changes, nothing to record
    }
    const std::string description = find.getColumn(0).getString();
    const CaseId case_id = find.getColumn(2).getInt64();
    require_open(case_id);
    const Timestamp at = clock_();
    SQLite::Statement update(db_, "UPDATE risk_action SET done_at = ? WHERE id = ?");
    update.bind(1, to_iso_utc(at));
    update.bind(2, action_id);
    update.exec();
    record(case_id, "risk-action", action_id, "done", std::nullopt, description, actor, at);
    touch(case_id, actor, at, Reach::this_case);
  });
}

void Storage::apply(const std::string& plugin_id, const sdk::ChangesData& changes, const std::string& actor)
{
  write([&] {
    const Timestamp at = clock_();
    const CaseId id = changes.case_id;
    if (id != 0) {
      require_open(id);
    } else if (!changes.events.empty()) {
      throw StorageError(tr("En händelse hör till ett ärende; inget ärende angavs"));
    }
    for (const auto& event : changes.events) {
      if (event.kind.empty()) {
        throw StorageError(ErrorKind::validation, tr("Händelsen saknar typ"));
      }
      insert_event(id, event.kind, event.at, event.note, actor, at);
    }
    for (const auto& change : changes.records) {
      put_record(plugin_id, id, change, actor, at);
    }
    if (id != 0) {
      touch(id, actor, at);
    }
  });
}

namespace {

// Every leaf of a JSON document by its pointer ("/interventions/0/huvudman" -> "Hemtjänst"), so each
// changed field gets its own history line. Text is kept as it is, other values as JSON; a field
// that is empty (null, "", false, an empty list) counts as not filled in.
std::map<std::string, std::string> document_fields(const nlohmann::json& document)
{
  std::map<std::string, std::string> fields;
  const auto leaves = document.flatten();
  for (const auto& [pointer, value] : leaves.items()) {
    if (value.is_null() || (value.is_string() && value.get<std::string>().empty()) || (value.is_boolean() && !value.get<bool>())) {
      continue;
    }
    fields.emplace(pointer, value.is_string() ? value.get<std::string>() : value.dump());
  }
  return fields;
}

}  // namespace

void Storage::put_record(const std::string& plugin_id, CaseId id, const sdk::RecordChange& change, const std::string& actor,
                         Timestamp at)
{
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(change.json);
  } catch (const std::exception& error) {
    throw StorageError(trf("Posten \"{}\" är ingen giltig JSON: {}", change.kind, error.what()));
  }
  if (!document.is_object()) {
    throw StorageError(trf("Posten \"{}\" ska vara ett JSON-objekt", change.kind));
  }
  SQLite::Statement find(db_, "SELECT id, document FROM plugin_record WHERE plugin_id = ? AND kind = ? "
                              "AND ifnull(case_id, 0) = ? AND record_key = ?");
  find.bind(1, plugin_id);
  find.bind(2, change.kind);
  find.bind(3, id);
  find.bind(4, change.key);
  std::optional<std::int64_t> record_id;
  std::map<std::string, std::string> old_fields;
  if (find.executeStep()) {
    record_id = find.getColumn(0).getInt64();
    old_fields = document_fields(nlohmann::json::parse(find.getColumn(1).getString()));
  }
  const auto new_fields = document_fields(document);
  const auto due = change.due ? std::optional<std::string>(to_iso_utc(*change.due)) : std::nullopt;
  if (record_id) {
    SQLite::Statement update(db_, "UPDATE plugin_record SET document = ?, due_at = ?, changed_by = ?, changed_at = ? "
                                  "WHERE id = ? AND (document <> ? OR due_at IS NOT ?)");
    update.bind(1, document.dump());
    bind_optional(update, 2, due);
    update.bind(3, actor);
    update.bind(4, to_iso_utc(at));
    update.bind(5, *record_id);
    update.bind(6, document.dump());
    bind_optional(update, 7, due);
    update.exec();
  } else {
    SQLite::Statement insert(db_, "INSERT INTO plugin_record (plugin_id, kind, case_id, record_key, document, due_at, "
                                  "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, plugin_id);
    insert.bind(2, change.kind);
    bind_optional(insert, 3, id != 0 ? std::optional<std::int64_t>(id) : std::nullopt);
    insert.bind(4, change.key);
    insert.bind(5, document.dump());
    bind_optional(insert, 6, due);
    insert.bind(7, actor);
    insert.bind(8, to_iso_utc(at));
    insert.exec();
    record_id = db_.getLastInsertRowid();
  }
  // One history line per field that changed; the plugin names the field for people (field_label).
  const auto value_of = [](const std::map<std::string, std::string>& fields, const std::string& pointer) {
    const auto found = fields.find(pointer);
    return found == fields.end() ? std::nullopt : std::optional<std::string>(found->second);
  };
  std::map<std::string, std::string> pointers = old_fields;
  pointers.insert(new_fields.begin(), new_fields.end());
  for (const auto& [pointer, ignored] : pointers) {
    const auto before = value_of(old_fields, pointer);
    const auto after = value_of(new_fields, pointer);
    if (before == after) {
      continue;
    }
    const std::string field = change.kind + ":" + pointer;
    if (id != 0) {
      record(id, "record", *record_id, field.c_str(), before, after, actor, at);
    } else {
      SQLite::Statement insert(db_, "INSERT INTO workspace_history (at, actor, entity, entity_id, field, old_value, new_value) "
                                    "VALUES (?, ?, 'record', ?, ?, ?, ?)");
      insert.bind(1, to_iso_utc(at));
      insert.bind(2, actor);
      insert.bind(3, *record_id);
      insert.bind(4, field);
      bind_optional(insert, 5, before);
      bind_optional(insert, 6, after);
      insert.exec();
    }
  }
}

std::optional<std::string> Storage::plugin_record(const std::string& plugin_id, CaseId id, const std::string& kind,
                                                  const std::string& key) const
{
  try {
    SQLite::Statement query(db_, "SELECT document FROM plugin_record WHERE plugin_id = ? AND kind = ? "
                                 "AND ifnull(case_id, 0) = ? AND record_key = ?");
    query.bind(1, plugin_id);
    query.bind(2, kind);
    query.bind(3, id);
    query.bind(4, key);
    if (!query.executeStep()) {
      return std::nullopt;
    }
    return query.getColumn(0).getString();
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::map<std::string, std::string> Storage::plugin_records(const std::string& plugin_id, CaseId id) const
{
  try {
    SQLite::Statement query(db_, "SELECT kind, document FROM plugin_record WHERE plugin_id = ? AND case_id = ? AND record_key = ''");
    query.bind(1, plugin_id);
    query.bind(2, id);
    std::map<std::string, std::string> result;
    while (query.executeStep()) {
      result.emplace(query.getColumn(0).getString(), query.getColumn(1).getString());
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

namespace {

constexpr const char* case_row_columns =
    "c.id, c.plugin_id, c.process, c.title, c.status, p.name, p.identity, p.municipality, c.opened_at";

sdk::CaseRow case_row_from(SQLite::Statement& query)
{
  return {query.getColumn(0).getInt64(),  query.getColumn(1).getString(), query.getColumn(2).getString(),
          query.getColumn(3).getString(), query.getColumn(4).getString() == "open", query.getColumn(5).getString(),
          query.getColumn(6).getString(), query.getColumn(7).getString(), timestamp(query.getColumn(8))};
}

}  // namespace

std::vector<sdk::DueRecord> Storage::records_due(const std::string& plugin_id, const std::string& kind, Timestamp until) const
{
  try {
    SQLite::Statement query(db_, std::string("SELECT ") + case_row_columns + ", r.due_at "
                                 "FROM plugin_record r JOIN care_case c ON c.id = r.case_id JOIN person p ON p.id = c.person_id "
                                 "WHERE r.plugin_id = ? AND r.kind = ? AND r.due_at IS NOT NULL AND r.due_at < ? "
                                 "  AND c.status = 'open' ORDER BY r.due_at, c.id");
    query.bind(1, plugin_id);
    query.bind(2, kind);
    query.bind(3, to_iso_utc(until));
    std::vector<sdk::DueRecord> result;
    while (query.executeStep()) {
      result.push_back({case_row_from(query), kind, timestamp(query.getColumn(9))});
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::vector<sdk::CaseRow> Storage::case_rows(const sdk::CaseQuery& filter) const
{
  try {
    SQLite::Statement query(db_, std::string("SELECT ") + case_row_columns +
                                     " FROM care_case c JOIN person p ON p.id = c.person_id "
                                     "WHERE (?1 = '' OR c.process = ?1) AND (?2 = 0 OR c.status = 'open') "
                                     "  AND (?3 = '' OR p.municipality = ?3) AND (?4 IS NULL OR c.opened_at >= ?4) "
                                     "  AND (?5 IS NULL OR c.opened_at < ?5) ORDER BY c.id DESC");
    query.bind(1, filter.process);
    query.bind(2, filter.open_only ? 1 : 0);
    query.bind(3, filter.municipality);
    bind_optional(query, 4, filter.opened_after ? std::optional<std::string>(to_iso_utc(*filter.opened_after)) : std::nullopt);
    bind_optional(query, 5, filter.opened_before ? std::optional<std::string>(to_iso_utc(*filter.opened_before)) : std::nullopt);
    std::vector<sdk::CaseRow> result;
    while (query.executeStep()) {
      result.push_back(case_row_from(query));
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::optional<Storage::RecordField> Storage::record_field(const HistoryEntry& entry) const
{
  try {
    if (entry.entity == "record") {
      const auto colon = entry.field.find(':');
      SQLite::Statement query(db_, "SELECT plugin_id, kind FROM plugin_record WHERE id = ?");
      query.bind(1, entry.entity_id);
      if (colon == std::string::npos || !query.executeStep()) {
        return std::nullopt;
      }
      return RecordField{query.getColumn(0).getString(), query.getColumn(1).getString(), entry.field.substr(colon + 1)};
    }
    SQLite::Statement alias(db_, "SELECT plugin_id, kind FROM history_record_alias WHERE entity = ?");
    alias.bind(1, entry.entity);
    if (!alias.executeStep()) {
      return std::nullopt;
    }
    return RecordField{alias.getColumn(0).getString(), alias.getColumn(1).getString(), entry.field};
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::vector<CaseId> Storage::follow_on_cases(CaseId id) const
{
  try {
    SQLite::Statement query(db_, "SELECT id FROM care_case WHERE linked_case_id = ? ORDER BY id");
    query.bind(1, id);
    std::vector<CaseId> result;
    while (query.executeStep()) {
      result.push_back(query.getColumn(0).getInt64());
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::optional<CareCase> Storage::find_case(CaseId id) const
{
  try {
    // The case with its person and its active events, in one read.
    SQLite::Statement query(db_, "SELECT c.id, c.plugin_id, c.process, c.title, c.status, p.identity, p.name, p.municipality, "
                                 "c.opened_at, c.opened_by, c.closed_at, c.linked_case_id, c.rules_error, e.id AS event_id, "
                                 "e.kind, e.at, e.note, e.recorded_by, e.recorded_at "
                                 "FROM care_case c JOIN person p ON p.id = c.person_id "
                                 "LEFT JOIN case_event e ON e.case_id = c.id AND e.withdrawn_at IS NULL "
                                 "WHERE c.id = ? ORDER BY e.at, e.id");
    query.bind(1, id);
    std::optional<CareCase> result;
    while (query.executeStep()) {
      if (!result) {
        result.emplace();
        result->id = query.getColumn("id").getInt64();
        result->plugin_id = query.getColumn("plugin_id").getString();
        result->process = query.getColumn("process").getString();
        result->title = query.getColumn("title").getString();
        result->status = case_status_from(query.getColumn("status").getString()).value_or(CaseStatus::open);
        result->person = {query.getColumn("identity").getString(), query.getColumn("name").getString(),
                          query.getColumn("municipality").getString()};
        result->opened_at = timestamp(query.getColumn("opened_at"));
        result->opened_by = query.getColumn("opened_by").getString();
        result->closed_at = optional_timestamp(query.getColumn("closed_at"));
        if (!query.getColumn("linked_case_id").isNull()) {
          result->linked_case = query.getColumn("linked_case_id").getInt64();
        }
        result->rules_error = query.getColumn("rules_error").getString();
      }
      if (!query.getColumn("event_id").isNull()) {
        result->events.push_back({query.getColumn("event_id").getInt64(), query.getColumn("kind").getString(),
                                  timestamp(query.getColumn("at")), query.getColumn("note").getString(),
                                  query.getColumn("recorded_by").getString(), timestamp(query.getColumn("recorded_at")), id});
      }
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::vector<LinkedCaseEvents> Storage::tied_case_events(CaseId id) const
{
  try {
    SQLite::Statement query(db_, std::string("SELECT c.id, c.process, e.kind, e.at FROM care_case c "
                                             "LEFT JOIN case_event e ON e.case_id = c.id AND e.withdrawn_at IS NULL "
                                             "WHERE c.id IN (") + tied_cases_sql + ") AND c.id <> ?1 ORDER BY c.id, e.at, e.id");
    query.bind(1, id);
    std::vector<LinkedCaseEvents> result;
    while (query.executeStep()) {
      const CaseId other = query.getColumn("id").getInt64();
      if (result.empty() || result.back().id != other) {
        result.push_back({other, query.getColumn("process").getString(), {}});
      }
      if (!query.getColumn("kind").isNull()) {
        result.back().events.emplace_back(query.getColumn("kind").getString(), timestamp(query.getColumn("at")));
      }
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

namespace {

// A row of the case list, read by column name from a query over `summary_columns`.
constexpr const char* summary_columns =
    "c.id, c.plugin_id, c.process, c.title, c.status, p.identity, p.name, p.municipality, c.opened_at, "
    "c.items_total, c.items_settled, c.next_due_at";

CaseSummary summary_row(SQLite::Statement& query)
{
  CaseSummary row;
  row.id = query.getColumn("id").getInt64();
  row.plugin_id = query.getColumn("plugin_id").getString();
  row.process = query.getColumn("process").getString();
  row.title = query.getColumn("title").getString();
  row.status = case_status_from(query.getColumn("status").getString()).value_or(CaseStatus::open);
  row.person_identity = query.getColumn("identity").getString();
  row.person_name = query.getColumn("name").getString();
  row.municipality = query.getColumn("municipality").getString();
  row.opened_at = timestamp(query.getColumn("opened_at"));
  row.items_total = query.getColumn("items_total").getInt();
  row.items_done = query.getColumn("items_settled").getInt();
  row.next_due = optional_timestamp(query.getColumn("next_due_at"));
  return row;
}

}  // namespace

std::vector<CaseSummary> Storage::list_cases(const CaseFilter& filter) const
{
  try {
    std::string digits;
    for (const char c : filter.search) {
      if (c >= '0' && c <= '9') {
        digits.push_back(c);
      }
    }
    const Timestamp at = clock_();
    SQLite::Statement query(
        db_,
        std::string("SELECT ") + summary_columns +
            " FROM care_case c JOIN person p ON p.id = c.person_id "
        "WHERE (?1 IS NULL OR c.status = ?1) AND (?2 = '' OR c.process = ?2) "
        "  AND (?3 = '' OR p.name LIKE '%' || ?3 || '%' OR c.title LIKE '%' || ?3 || '%' "
        "       OR (?4 <> '' AND p.identity LIKE '%' || ?4 || '%') OR CAST(c.id AS TEXT) = ?3) "
        "  AND (?5 = '' OR p.municipality = ?5) "
        "  AND (?6 = 'any' OR (?6 = 'overdue' AND c.next_due_at < ?7) "
        "       OR (?6 = 'due-today' AND c.next_due_at >= ?7 AND c.next_due_at <= ?8)) "
        "ORDER BY c.id DESC");
    bind_optional(query, 1, filter.status ? std::optional<std::string>(to_string(*filter.status)) : std::nullopt);
    query.bind(2, filter.process);
    query.bind(3, filter.search);
    query.bind(4, digits);
    query.bind(5, filter.municipality);
    query.bind(6, filter.due == DueFilter::any ? "any" : filter.due == DueFilter::overdue ? "overdue" : "due-today");
    query.bind(7, to_iso_utc(at));
    query.bind(8, to_iso_utc(end_of_local_day(at)));
    std::vector<CaseSummary> rows;
    while (query.executeStep()) {
      rows.push_back(summary_row(query));
    }
    return rows;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::optional<CaseSummary> Storage::case_summary(CaseId id) const
{
  try {
    SQLite::Statement query(db_, std::string("SELECT ") + summary_columns + " FROM care_case c JOIN person p ON p.id = c.person_id "
                                                                             "WHERE c.id = ?");
    query.bind(1, id);
    return query.executeStep() ? std::optional<CaseSummary>(summary_row(query)) : std::nullopt;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::int64_t Storage::count_cases() const
{
  return db_.execAndGet("SELECT count(*) FROM care_case").getInt64();
}

std::vector<Checklist> Storage::checklists(CaseId id) const
{
  try {
    std::vector<Checklist> result;
    SQLite::Statement items(db_, "SELECT l.id AS list_id, l.template_id, l.template_version, l.title AS list_title, i.id, "
                                 "i.item_key, i.phase_key, i.phase_title, i.text, i.guidance, i.huvudman, i.role, i.due_event, "
                                 "i.due_after_hours, i.due_deadline, i.settled_by_event, i.state, i.not_applicable_reason, "
                                 "i.comment, i.changed_by, i.changed_at, i.due_at "
                                 "FROM checklist l LEFT JOIN checklist_item i ON i.checklist_id = l.id "
                                 "WHERE l.case_id = ? ORDER BY l.id, i.position");
    items.bind(1, id);
    while (items.executeStep()) {
      const std::int64_t list_id = items.getColumn("list_id").getInt64();
      if (result.empty() || result.back().id != list_id) {
        result.push_back({list_id, items.getColumn("template_id").getString(), items.getColumn("template_version").getInt(),
                          items.getColumn("list_title").getString(), {}});
      }
      if (items.getColumn("id").isNull()) {
        continue;  // a checklist without items
      }
      ChecklistItem item;
      item.id = items.getColumn("id").getInt64();
      item.key = items.getColumn("item_key").getString();
      item.phase_id = items.getColumn("phase_key").getString();
      item.phase_title = items.getColumn("phase_title").getString();
      item.text = items.getColumn("text").getString();
      item.guidance = items.getColumn("guidance").getString();
      item.huvudman = huvudman_from(items.getColumn("huvudman").getString()).value_or(Huvudman::region);
      item.role = items.getColumn("role").getString();
      item.due_event = items.getColumn("due_event").getString();
      item.due_after_hours = optional_int(items.getColumn("due_after_hours"));
      item.deadline = items.getColumn("due_deadline").getString();
      item.settled_by_event = items.getColumn("settled_by_event").getString();
      item.state = item_state_from(items.getColumn("state").getString()).value_or(ItemState::not_started);
      item.not_applicable_reason = items.getColumn("not_applicable_reason").getString();
      item.comment = items.getColumn("comment").getString();
      item.changed_by = items.getColumn("changed_by").getString();
      item.changed_at = optional_timestamp(items.getColumn("changed_at"));
      item.due_at = optional_timestamp(items.getColumn("due_at"));
      result.back().items.push_back(std::move(item));
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::vector<RiskAnalysis> Storage::risk_analyses(CaseId id) const
{
  try {
    std::vector<RiskAnalysis> result;
    // Analyses with their risks in one read, then every action of the case's risks in another.
    SQLite::Statement risks(db_, "SELECT a.id AS analysis_id, a.template_xml, r.id, r.area, r.description, r.likelihood, "
                                 "r.consequence, r.residual_likelihood, r.residual_consequence, r.follow_up, r.created_by, "
                                 "r.created_at FROM risk_analysis a LEFT JOIN risk r ON r.analysis_id = a.id "
                                 "WHERE a.case_id = ? ORDER BY a.id, r.id");
    risks.bind(1, id);
    std::map<std::int64_t, Risk*> by_id;
    while (risks.executeStep()) {
      const std::int64_t analysis_id = risks.getColumn("analysis_id").getInt64();
      if (result.empty() || result.back().id != analysis_id) {
        result.push_back({analysis_id, stored_risk_template(risks.getColumn("template_xml").getString()), {}});
      }
      if (risks.getColumn("id").isNull()) {
        continue;
      }
      Risk risk;
      risk.id = risks.getColumn("id").getInt64();
      risk.area = risks.getColumn("area").getString();
      risk.description = risks.getColumn("description").getString();
      risk.likelihood = risks.getColumn("likelihood").getInt();
      risk.consequence = risks.getColumn("consequence").getInt();
      risk.residual_likelihood = optional_int(risks.getColumn("residual_likelihood"));
      risk.residual_consequence = optional_int(risks.getColumn("residual_consequence"));
      risk.follow_up = optional_date(risks.getColumn("follow_up"));
      risk.created_by = risks.getColumn("created_by").getString();
      risk.created_at = timestamp(risks.getColumn("created_at"));
      result.back().risks.push_back(std::move(risk));
    }
    for (auto& analysis : result) {
      for (auto& risk : analysis.risks) {
        by_id[risk.id] = &risk;
      }
    }
    if (by_id.empty()) {
      return result;
    }
    SQLite::Statement actions(db_, "SELECT x.id, x.risk_id, x.description, x.owner, x.due, x.done_at FROM risk_action x "
                                   "JOIN risk r ON r.id = x.risk_id JOIN risk_analysis a ON a.id = r.analysis_id "
                                   "WHERE a.case_id = ? ORDER BY x.id");
    actions.bind(1, id);
    while (actions.executeStep()) {
      if (const auto owner = by_id.find(actions.getColumn("risk_id").getInt64()); owner != by_id.end()) {
        owner->second->actions.push_back({actions.getColumn("id").getInt64(), actions.getColumn("description").getString(),
                                          actions.getColumn("owner").getString(), optional_date(actions.getColumn("due")),
                                          optional_timestamp(actions.getColumn("done_at"))});
      }
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::vector<HistoryEntry> Storage::history(CaseId id) const
{
  try {
    std::vector<HistoryEntry> result;
    SQLite::Statement query(db_, "SELECT id, case_id, at, actor, entity, entity_id, field, old_value, new_value "
                                 "FROM history WHERE case_id = ? ORDER BY id");
    query.bind(1, id);
    while (query.executeStep()) {
      result.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getInt64(), timestamp(query.getColumn(2)),
                        query.getColumn(3).getString(), query.getColumn(4).getString(), query.getColumn(5).getInt64(),
                        query.getColumn(6).getString(), optional_text(query.getColumn(7)),
                        optional_text(query.getColumn(8))});
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::vector<DueItem> Storage::due_items(Timestamp until, int limit) const
{
  try {
    // Open items with a due time, and the process's open deadlines that no open item stands for: each
    // obligation once, at the one time its owner gives.
    SQLite::Statement query(
        db_,
        "SELECT * FROM ("
        "  SELECT c.id, c.title, p.name, p.identity, p.municipality, i.id, i.text, i.role, i.due_at AS due, '' "
        "  FROM checklist_item i INDEXED BY checklist_item_by_due "
        "  JOIN checklist l ON l.id = i.checklist_id "
        "  JOIN care_case c ON c.id = l.case_id JOIN person p ON p.id = c.person_id "
        "  WHERE i.due_at IS NOT NULL AND i.due_at <= ?1 AND c.status = 'open' "
        "    AND i.state NOT IN ('done', 'not-applicable') "
        "  UNION ALL "
        "  SELECT c.id, c.title, p.name, p.identity, p.municipality, 0, d.label, d.source, d.due_at, d.deadline_key "
        "  FROM case_deadline d INDEXED BY case_deadline_open_by_due "
        "  JOIN care_case c ON c.id = d.case_id JOIN person p ON p.id = c.person_id "
        "  WHERE d.done_at IS NULL AND d.due_at <= ?1 AND c.status = 'open' "
        "    AND NOT EXISTS (SELECT 1 FROM checklist_item i JOIN checklist l ON l.id = i.checklist_id "
        "      WHERE l.case_id = d.case_id AND i.due_deadline = d.deadline_key AND i.state NOT IN ('done', 'not-applicable'))"
        ") ORDER BY due LIMIT ?2");
    query.bind(1, to_iso_utc(until));
    query.bind(2, limit);
    std::vector<DueItem> result;
    while (query.executeStep()) {
      result.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                        query.getColumn(3).getString(), query.getColumn(4).getString(), query.getColumn(5).getInt64(),
                        query.getColumn(6).getString(), query.getColumn(7).getString(), timestamp(query.getColumn(8)),
                        query.getColumn(9).getString()});
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::vector<std::string> Storage::municipalities() const
{
  std::vector<std::string> result;
  SQLite::Statement query(db_, "SELECT DISTINCT municipality FROM person WHERE municipality <> '' ORDER BY municipality");
  while (query.executeStep()) {
    result.push_back(query.getColumn(0).getString());
  }
  return result;
}

std::optional<std::int64_t> Storage::find_item(CaseId id, const std::string& id_or_key) const
{
  SQLite::Statement query(db_, "SELECT i.id FROM checklist_item i JOIN checklist l ON l.id = i.checklist_id "
                               "WHERE l.case_id = ?1 AND (CAST(i.id AS TEXT) = ?2 OR i.item_key = ?2)");
  query.bind(1, id);
  query.bind(2, id_or_key);
  std::optional<std::int64_t> found;
  while (query.executeStep()) {
    if (found) {
      throw StorageError(trf("\"{}\" finns i flera checklistor i ärende {}; ange punktens nummer", id_or_key, id));
    }
    found = query.getColumn(0).getInt64();
  }
  return found;
}

void Storage::backup_to(const std::filesystem::path& target) const
{
  // Written beside the target and renamed into place: never a half copy under the target's name.
  const auto partial = std::filesystem::path(target.string() + ".partial");
  std::error_code ignored;
  std::filesystem::remove(partial, ignored);
  try {
    {
      SQLite::Database copy(partial, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      SQLite::Backup backup(copy, db_);
      backup.executeStep();  // all pages at once: consistent, even while others write
    }
    std::filesystem::rename(partial, target);
  } catch (const std::exception& error) {
    std::filesystem::remove(partial, ignored);
    if (const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&error); sqlite != nullptr && sqlite->getErrorCode() == SQLITE_FULL) {
      throw StorageError(trf("Disken är full: säkerhetskopian {} skrevs inte.", target.string()));
    }
    throw StorageError(trf("Säkerhetskopian {} kunde inte skrivas: {}", target.string(), error.what()));
  }
}

std::string Storage::integrity_check() const
{
  SQLite::Statement query(db_, "PRAGMA integrity_check");
  std::string result;
  while (query.executeStep()) {
    if (!result.empty()) {
      result += '\n';
    }
    result += query.getColumn(0).getString();
  }
  return result;
}

}  // namespace trygg
