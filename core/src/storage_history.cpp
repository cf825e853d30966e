// The append-only history: every change's trace, written in the change's own transaction.
#include "trygg/storage.hpp"

#include "trygg/i18n.hpp"

#include "sql_values.hpp"
#include "storage_write.hpp"

namespace trygg {

void Storage::record(CaseId case_id, const char* entity, std::int64_t entity_id, const char* field,
                     const std::optional<std::string>& old_value, const std::optional<std::string>& new_value,
                     const std::string& actor, Timestamp at)
{
  static constexpr const char* sql =
      "INSERT INTO history (case_id, at, actor, entity, entity_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
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

}  // namespace trygg
