// The append-only history: every change's trace, written in the change's own transaction.
#include "trygg/storage.hpp"

#include "trygg/i18n.hpp"

#include "core_schema.hpp"
#include "history_chain.hpp"
#include "utf8_text.hpp"
#include "sql_values.hpp"
#include "storage_write.hpp"

#include "trygg/server_schema.hpp"

#include <SQLiteCpp/Database.h>
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
  // Chained to the line before it (history_chain.hpp); one writer at a time keeps the order.
  const auto chain = next_chain("history", {std::to_string(case_id), to_iso_utc(at), actor, std::string(entity), std::to_string(entity_id),
                                            std::string(field), old_value, new_value});
  static constexpr const char* sql =
      "INSERT INTO history (case_id, at, actor, entity, entity_id, field, old_value, new_value, chain) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id";
  const auto insert = prepared(sql);
  bind_all(*insert, case_id, at, actor, entity, entity_id, std::string(field), old_value, new_value, chain);
  lines_in_write_.emplace_back(case_id, insert->inserted_id());
}

std::string Storage::next_chain(const char* table, const HistoryFields& fields)
{
  const auto last = prepared(std::string_view(table) == "history" ? "SELECT chain FROM history ORDER BY id DESC LIMIT 1"
                                                                  : "SELECT chain FROM workspace_history ORDER BY id DESC LIMIT 1");
  const std::string previous = last->executeStep() ? optional_text(last->getColumn(0)).value_or("") : "";
  return history_chain(previous, fields);
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
    sql::Statement lines(*db_, std::string("SELECT id FROM ") + table + " ORDER BY id");
    while (lines.executeStep()) {
      ids.push_back(lines.getColumn(0).getInt64());
    }
    sql::Statement update(*db_, std::string("UPDATE ") + table + " SET chain = trygg_chain(?1, " + case_column +
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
  db_->exec(std::string(history_guard_sql()));
}

namespace {

std::vector<Storage::HistoryBreak> history_breaks(sql::Connection& db, const std::stop_token& stop = {})
{
  std::vector<Storage::HistoryBreak> breaks;
  for (const char* table : {"history", "workspace_history"}) {
    const bool cases = std::string(table) == "history";
    sql::Statement lines(db, std::string("SELECT id, ") + (cases ? "case_id" : "NULL") +
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
    return history_breaks(*db_);
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

Storage::FileCheck Storage::check_file(const std::filesystem::path& file, const std::stop_token& stop)
{
  if (is_server_address(file.string())) {
    // The server keeps its pages whole itself: what is left to check is the history's chain.
    FileCheck result{"ok", history_breaks(*sql::open_server(file.string()), stop), false};
    result.stopped = stop.stop_requested();
    return result;
  }
  const auto connection = sql::open_file(SQLite::Database(file, SQLite::OPEN_READONLY));
  auto& db = *connection->file();
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
      result.breaks = history_breaks(*connection, stop);
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
    return on_server() ? "ok" : db_->file()->execAndGet("PRAGMA quick_check").getString();
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

}  // namespace trygg
