// A case's dated events and its open/closed state: recorded, corrected and withdrawn, never deleted.
#include "trygg/storage.hpp"

#include "sql_values.hpp"
#include "storage_write.hpp"
#include "utf8_text.hpp"
#include "trygg/i18n.hpp"

namespace trygg {

std::int64_t Storage::add_event(CaseId id, const std::string& kind, Timestamp at, const std::string& note,
                                const std::string& actor)
{
  if (kind.empty()) {
    throw StorageError(ErrorKind::validation, tr("Händelsen saknar typ"));
  }
  return write([&] {
    require_open(id);
    const Timestamp recorded = clock_();
    const auto event_id = insert_event(id, kind, at, note, actor, recorded);
    touch(id, actor, recorded);
    return event_id;
  });
}

std::int64_t Storage::insert_event(CaseId id, const std::string& kind, Timestamp at, const std::string& note,
                                   const std::string& actor, Timestamp recorded)
{
  require_utf8(note, tr("Anteckningen"));
  sql::Statement insert(*db_, "INSERT INTO case_event (case_id, kind, at, note, recorded_by, recorded_at) "
                              "VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
  bind_all(insert, id, kind, at, note, actor, recorded);
  const std::int64_t event_id = insert.inserted_id();
  record(id, "event", event_id, kind.c_str(), std::nullopt, to_iso_utc(at), actor, recorded);
  return event_id;
}

std::optional<CaseEvent> Storage::find_event(std::int64_t event_id) const
{
  try {
    sql::Statement query(*db_, "SELECT id, kind, at, note, recorded_by, recorded_at, case_id FROM case_event "
                               "WHERE id = ? AND withdrawn_at IS NULL");
    query.bind(1, event_id);
    if (!query.executeStep()) {
      return std::nullopt;
    }
    return CaseEvent{query.getColumn(0).getInt64(), query.getColumn(1).getString(), timestamp(query.getColumn(2)),
                     query.getColumn(3).getString(), query.getColumn(4).getString(), timestamp(query.getColumn(5)),
                     query.getColumn(6).getInt64()};
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

CaseEvent Storage::require_active_event(std::int64_t event_id) const
{
  auto event = find_event(event_id);
  if (!event) {
    throw StorageError(ErrorKind::validation, trf("Händelse {} finns inte, eller är redan tillbakatagen", event_id));
  }
  require_open(event->case_id);
  return std::move(*event);
}

void Storage::correct_event(std::int64_t event_id, Timestamp at, const std::string& reason, const std::string& actor)
{
  if (reason.empty()) {
    throw StorageError(ErrorKind::validation, tr("Ange varför händelsen rättas"));
  }
  write([&] {
    const auto event = require_active_event(event_id);
    if (event.at == at) {
      return;  // nothing changes, nothing to record
    }
    const Timestamp now = clock_();
    sql::Statement update(*db_, "UPDATE case_event SET at = ? WHERE id = ?");
    bind_all(update, at, event_id);
    update.exec();
    record(event.case_id, "event", event_id, event.kind.c_str(), to_iso_utc(event.at), to_iso_utc(at), actor, now);
    record(event.case_id, "event-reason", event_id, event.kind.c_str(), std::nullopt, reason, actor, now);
    touch(event.case_id, actor, now);
  });
}

void Storage::withdraw_event(std::int64_t event_id, const std::string& reason, const std::string& actor)
{
  if (reason.empty()) {
    throw StorageError(ErrorKind::validation, tr("Ange varför händelsen tas tillbaka"));
  }
  write([&] {
    const auto event = require_active_event(event_id);
    const Timestamp now = clock_();
    sql::Statement update(*db_, "UPDATE case_event SET withdrawn_at = ? WHERE id = ?");
    bind_all(update, now, event_id);
    update.exec();
    record(event.case_id, "event", event_id, event.kind.c_str(), to_iso_utc(event.at), std::nullopt, actor, now);
    record(event.case_id, "event-reason", event_id, event.kind.c_str(), std::nullopt, reason, actor, now);
    touch(event.case_id, actor, now);
  });
}

void Storage::close_case(CaseId id, const std::string& actor)
{
  write([&] {
    const Timestamp at = clock_();
    sql::Statement update(*db_, "UPDATE care_case SET status = 'closed', closed_at = ? WHERE id = ? AND status = 'open'");
    update.bind(1, to_iso_utc(at));
    update.bind(2, id);
    if (update.exec() == 0) {
      throw StorageError(trf("Ärende {} finns inte eller är redan avslutat", id));
    }
    record(id, "case", id, "status", std::string("open"), std::string("closed"), actor, at);
    touch(id, actor, at, Reach::this_case);
  });
}

void Storage::reopen_case(CaseId id, const std::string& reason, const std::string& actor)
{
  if (reason.empty()) {
    throw StorageError(ErrorKind::validation, tr("Ange varför ärendet öppnas igen"));
  }
  write([&] {
    const Timestamp at = clock_();
    sql::Statement update(*db_, "UPDATE care_case SET status = 'open', closed_at = NULL WHERE id = ? AND status = 'closed'");
    update.bind(1, id);
    if (update.exec() == 0) {
      throw StorageError(trf("Ärende {} finns inte eller är inte avslutat", id));
    }
    record(id, "case", id, "status", std::string("closed"), std::string("open"), actor, at);
    record(id, "case-reason", id, "status", std::nullopt, reason, actor, at);
    touch(id, actor, at);
  });
}

}  // namespace trygg
