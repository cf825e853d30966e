// The append-only history: every change's trace, written in the change's own transaction.
#include "trygg/storage.hpp"

#include "trygg/i18n.hpp"

#include "core_schema.hpp"
#include "history_chain.hpp"
#include "utf8_text.hpp"
#include "sql_values.hpp"
#include "storage_write.hpp"

#include <sqlite3.h>

namespace trygg {

void Storage::record(CaseId case_id, const char* entity, std::int64_t entity_id, const char* field,
                     const std::optional<std::string>& old_value, const std::optional<std::string>& new_value,
                     const std::string& actor, Timestamp at)
{
  // Every change passes here: text that is not UTF-8 (a name, a note, the actor) stops the whole change.
  require_utf8(actor, tr("Användarnamnet"));
  if (new_value) {
    require_utf8(*new_value, tr("Texten"));
  }
  // Chained to the line before it in the same statement (history_chain.hpp).
  static constexpr const char* sql =
      "INSERT INTO history (case_id, at, actor, entity, entity_id, field, old_value, new_value, chain) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
      "trygg_chain((SELECT chain FROM history ORDER BY id DESC LIMIT 1), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))";
  const auto insert = prepared(sql);
  bind_all(*insert, case_id, at, actor, entity, entity_id, std::string(field), old_value, new_value);
  insert->exec();
}

std::vector<HistoryEntry> Storage::history(CaseId id) const
{
  try {
    std::vector<HistoryEntry> result;
    static constexpr const char* sql =
        "SELECT id, case_id, at, actor, entity, entity_id, field, old_value, new_value FROM history WHERE case_id = ?1 "
        // The person's own changes belong to every case of theirs, whichever case they were made from.
        "OR (entity = 'person' AND entity_id = (SELECT person_id FROM care_case WHERE id = ?1)) ORDER BY id";
    const auto statement = prepared(sql);
    auto& query = *statement;
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

void Storage::record_disclosure(CaseId id, const std::string& recipient, const std::string& what, const std::string& actor)
{
  write([&] {
    // Allowed on a closed case too: a closed case's report may still be asked for, under consent.
    if (!find_case(id)) {
      throw StorageError(trf("Ärende {} finns inte", id));
    }
    record(id, "disclosure", id, "disclosed", std::nullopt, recipient + ": " + what, actor, clock_());
  });
}

void Storage::chain_history()
{
  for (const char* table : {"history", "workspace_history"}) {
    const std::string case_column = std::string(table) == "history" ? "case_id" : "NULL";
    std::vector<std::int64_t> ids;
    SQLite::Statement lines(db_, std::string("SELECT id FROM ") + table + " ORDER BY id");
    while (lines.executeStep()) {
      ids.push_back(lines.getColumn(0).getInt64());
    }
    SQLite::Statement update(db_, std::string("UPDATE ") + table + " SET chain = trygg_chain(?1, " + case_column +
                                      ", at, actor, entity, entity_id, field, old_value, new_value) WHERE id = ?2 RETURNING chain");
    std::string previous;
    for (const auto id : ids) {
      update.reset();
      update.bind(1, previous);
      update.bind(2, id);
      if (update.executeStep()) {
        previous = update.getColumn(0).getString();
      }
    }
  }
  db_.exec(std::string(history_guard_sql()));
}

namespace {

std::vector<Storage::HistoryBreak> history_breaks(SQLite::Database& db, const std::stop_token& stop = {})
{
  std::vector<Storage::HistoryBreak> breaks;
  for (const char* table : {"history", "workspace_history"}) {
    const bool cases = std::string(table) == "history";
    SQLite::Statement lines(db, std::string("SELECT id, ") + (cases ? "case_id" : "NULL") +
                                    ", at, actor, entity, entity_id, field, old_value, new_value, chain FROM " + table + " ORDER BY id");
    std::string previous;
    const auto text = [&](int column) { return optional_text(lines.getColumn(column)); };
    while (!stop.stop_requested() && lines.executeStep()) {
      const std::string stored = lines.getColumn(9).getString();
      const auto expected = history_chain(previous, {text(1), text(2), text(3), text(4), text(5), text(6), text(7), text(8)});
      if (stored != expected) {
        // This line was changed, or the line before it was removed.
        breaks.push_back({table, lines.getColumn(0).getInt64(), cases ? lines.getColumn(1).getInt64() : 0,
                          stored.empty() ? tr("raden saknar sin kedja (skriven förbi Trygg)")
                                         : tr("raden stämmer inte med kedjan: den eller raden före har ändrats eller tagits bort")});
      }
      // Go on from what is stored, so one changed line is one finding, not every line after it.
      previous = stored;
    }
  }
  return breaks;
}

}  // namespace

std::vector<Storage::HistoryBreak> Storage::verify_history() const
{
  try {
    return history_breaks(db_);
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

Storage::FileCheck Storage::check_file(const std::filesystem::path& file, const std::stop_token& stop)
{
  SQLite::Database db(file, SQLite::OPEN_READONLY);
  db.setBusyTimeout(5000);
  // quick_check of a large file reads it whole (seconds at a million cases): a stop asked for interrupts
  // it (from the asking thread, which SQLite allows), so closing the app never waits for it.
  // A stop that comes just before a statement starts is not lost: the progress handler sees it.
  const std::stop_callback interrupt(stop, [&db] { sqlite3_interrupt(db.getHandle()); });
  std::stop_token watched = stop;
  sqlite3_progress_handler(
      db.getHandle(), 100, [](void* token) { return static_cast<std::stop_token*>(token)->stop_requested() ? 1 : 0; }, &watched);
  FileCheck result;
  try {
    result.quick_check = stop.stop_requested() ? std::string() : db.execAndGet("PRAGMA quick_check").getString();
    if (result.quick_check == "ok") {
      result.breaks = history_breaks(db, stop);
    }
  } catch (const SQLite::Exception& error) {
    if (!stop.stop_requested()) {
      throw;
    }
  }
  sqlite3_progress_handler(db.getHandle(), 0, nullptr, nullptr);
  result.stopped = stop.stop_requested();
  return result;
}

std::string Storage::quick_check() const
{
  try {
    return db_.execAndGet("PRAGMA quick_check").getString();
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

}  // namespace trygg
