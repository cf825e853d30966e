// Many clients on one database: the version of a case each screen showed, a write on top of a change
// its author did not see refused, and the changes others made found by reading the history.
#include "trygg/storage.hpp"

#include "trygg/i18n.hpp"

#include "sql_values.hpp"
#include "storage_write.hpp"

namespace trygg {

std::int64_t Storage::case_version(CaseId id) const
{
  const auto query = prepared("SELECT coalesce(max(id), 0) FROM history WHERE case_id = ?");
  query->bind(1, id);
  return query->executeStep() ? query->getColumn(0).getInt64() : 0;
}

void Storage::seen(CaseId id, std::int64_t version) const
{
  seen_versions_[id] = version;
}

std::int64_t Storage::last_history_line() const
{
  const auto query = prepared("SELECT coalesce(max(id), 0) FROM history");
  return query->executeStep() ? query->getColumn(0).getInt64() : 0;
}

void Storage::check_seen_version(CaseId id)
{
  const auto seen = seen_versions_.find(id);
  if (seen == seen_versions_.end() || std::find(checked_in_write_.begin(), checked_in_write_.end(), id) != checked_in_write_.end()) {
    return;
  }
  // Lines of the case after the version shown that this client did not write (now or before).
  const auto query = prepared("SELECT id, case_id, at, actor, entity, entity_id, field, old_value, new_value FROM history "
                              "WHERE case_id = ? AND id > ? ORDER BY id");
  bind_all(*query, id, seen->second);
  std::vector<HistoryEntry> changes;
  std::vector<std::string> who;
  while (query->executeStep()) {
    const std::int64_t line = query->getColumn(0).getInt64();
      const bool this_write = std::any_of(lines_in_write_.begin(), lines_in_write_.end(),
                                        [&](const auto& written) { return written.second == line; });
    if (this_write || own_lines_.contains(line)) {
      continue;
    }
    changes.push_back({line, query->getColumn(1).getInt64(), timestamp(query->getColumn(2)), query->getColumn(3).getString(),
                       query->getColumn(4).getString(), query->getColumn(5).getInt64(), query->getColumn(6).getString(),
                       optional_text(query->getColumn(7)), optional_text(query->getColumn(8))});
    if (std::find(who.begin(), who.end(), changes.back().actor) == who.end()) {
      who.push_back(changes.back().actor);
    }
  }
  if (!changes.empty()) {
    std::string names;
    for (const auto& name : who) {
      names += (names.empty() ? "" : ", ") + name;
    }
    throw CaseChanged(id, std::move(changes),
                      trf("Ärende {} har ändrats av {} sedan du öppnade det, så din ändring sparades inte. Ärendet visas nu som det "
                          "är; gör om ändringen om den fortfarande behövs.",
                          id, names));
  }
  checked_in_write_.push_back(id);
}

std::vector<CaseId> Storage::changes_by_others()
{
  try {
    const auto query = prepared("SELECT id, case_id FROM history WHERE id > ? ORDER BY id");
    query->bind(1, looked_until_);
    std::vector<CaseId> cases;
    while (query->executeStep()) {
      looked_until_ = query->getColumn(0).getInt64();
      const CaseId id = query->getColumn(1).getInt64();
      if (!own_lines_.contains(looked_until_) && std::find(cases.begin(), cases.end(), id) == cases.end()) {
        cases.push_back(id);
      }
    }
    return cases;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

}  // namespace trygg
