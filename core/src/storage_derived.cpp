// What the storage layer keeps derived from a case, refreshed in the transaction of the change that
// moves it: items settled by their events, the deadlines the process's rules give, items' due times,
// and the list's totals.
#include "trygg/storage.hpp"

#include "sql_values.hpp"
#include "storage_write.hpp"
#include "trygg/i18n.hpp"

#include <algorithm>
#include <utility>

namespace trygg {

void Storage::touch(CaseId id, const std::string& actor, Timestamp at, Reach reach)
{
  check_seen_version(id);
  if (reach == Reach::this_case) {
    if (std::find(changed_cases_.begin(), changed_cases_.end(), id) == changed_cases_.end()) {
      changed_cases_.push_back(id);
    }
    refresh_case(id);
    return;
  }
  std::vector<CaseId> cases;
  sql::Statement query(*db_, tied_cases_sql);
  query.bind(1, id);
  while (query.executeStep()) {
    cases.push_back(query.getColumn(0).getInt64());
  }
  for (const CaseId each : cases) {
    refresh_one(each, actor, at);
  }
}

void Storage::refresh_one(CaseId id, const std::string& actor, Timestamp at)
{
  if (std::find(changed_cases_.begin(), changed_cases_.end(), id) == changed_cases_.end()) {
    changed_cases_.push_back(id);
  }
  settle_tied_items(id, actor, at);
  derive(id);
  refresh_due_times(id);
  refresh_case(id);
}

void Storage::settle_tied_items(CaseId id, const std::string& actor, Timestamp at)
{
  // An item tied to an event is done exactly while such an event is recorded, in this case or a tied one.
  static const std::string query_sql =
      std::string("SELECT i.id, i.state, EXISTS (SELECT 1 FROM case_event e WHERE e.kind = i.settled_by_event "
                  "  AND e.withdrawn_at IS NULL AND e.case_id IN (") +
      tied_cases_sql +
      ")) FROM checklist_item i JOIN checklist l ON l.id = i.checklist_id "
      "WHERE l.case_id = ?1 AND i.settled_by_event <> '' AND i.state <> 'not-applicable'";
  const auto query_handle = prepared(query_sql.c_str());
  auto& query = *query_handle;
  query.bind(1, id);
  std::vector<std::pair<std::int64_t, std::string>> changes;
  while (query.executeStep()) {
    const std::string state = query.getColumn(1).getString();
    const bool recorded = query.getColumn(2).getInt() != 0;
    if (recorded && state != "done") {
      changes.emplace_back(query.getColumn(0).getInt64(), state);
    } else if (!recorded && state == "done") {
      changes.emplace_back(query.getColumn(0).getInt64(), state);
    }
  }
  static constexpr const char* update_sql = "UPDATE checklist_item SET state = ?, changed_by = ?, changed_at = ? WHERE id = ?";
  const auto update_handle = prepared(update_sql);
  auto& update = *update_handle;
  for (const auto& [item_id, old_state] : changes) {
    const std::string new_state = old_state == "done" ? "not-started" : "done";
    bind_all(update, new_state, actor, at, item_id);
    update.exec();
    record(id, "checklist-item", item_id, "state", old_state, new_state, actor, at);
  }
}

void Storage::derive(CaseId id)
{
  if (!rules_) {
    return;
  }
  const auto derived = rules_(id);
  if (!derived) {
    return;  // the rules are not loaded: keep what they said last
  }
  sql::Statement clear(*db_, "DELETE FROM case_deadline WHERE case_id = ?");
  clear.bind(1, id);
  clear.exec();
  sql::Statement insert(*db_, "INSERT INTO case_deadline (case_id, position, deadline_key, label, source, due_at, done_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?)");
  int position = 0;
  for (const auto& deadline : derived->deadlines) {
    bind_all(insert, id, position++, deadline.key, deadline.label, deadline.source, deadline.due, deadline.done);
    insert.exec();
  }
  sql::Statement error(*db_, "UPDATE care_case SET rules_error = ?1 WHERE id = ?2 AND rules_error <> ?1");
  error.bind(1, derived->error);
  error.bind(2, id);
  error.exec();
}

void Storage::refresh_due_times(CaseId id)
{
  // A local step counts its own hours from the latest event of its kind; a step that stands for one of
  // the process's deadlines is due when that deadline is.
  const auto update_sql = [](const char* event_plus_hours) {
    return std::string("UPDATE checklist_item SET due_at = CASE WHEN due_deadline <> '' THEN ("
                       "    SELECT d.due_at FROM case_deadline d WHERE d.case_id = ?1 AND d.deadline_key = checklist_item.due_deadline "
                       "    ORDER BY d.position LIMIT 1) "
                       "  ELSE (SELECT ") +
           event_plus_hours +
           " FROM case_event e WHERE e.kind = checklist_item.due_event AND e.withdrawn_at IS NULL "
           "      AND e.case_id IN (" +
           tied_cases_sql +
           ")) END WHERE checklist_id IN (SELECT id FROM checklist WHERE case_id = ?1) "
           "  AND (due_deadline <> '' OR due_after_hours IS NOT NULL)";
  };
  // The latest event's time plus the step's hours, as UTC ISO text, in each dialect's words.
  static const std::string file_sql =
      update_sql("strftime('%Y-%m-%dT%H:%M:%SZ', max(e.at), printf('%+d hours', checklist_item.due_after_hours))");
  static const std::string server_sql =
      update_sql("to_char((max(e.at)::timestamptz AT TIME ZONE 'UTC') + make_interval(hours => checklist_item.due_after_hours), "
                 "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')");
  const auto update_handle = prepared(on_server() ? server_sql.c_str() : file_sql.c_str());
  auto& update = *update_handle;
  update.bind(1, id);
  update.exec();
}

void Storage::refresh_case(CaseId id)
{
  static constexpr const char* update_sql = "UPDATE care_case SET "
      "  items_total = (SELECT count(*) FROM checklist_item i JOIN checklist l ON l.id = i.checklist_id WHERE l.case_id = ?1),"
      "  items_settled = (SELECT count(*) FROM checklist_item i JOIN checklist l ON l.id = i.checklist_id "
      "                   WHERE l.case_id = ?1 AND i.state IN ('done', 'not-applicable')),"
      "  next_due_at = (SELECT min(due) FROM ("
      "    SELECT i.due_at AS due FROM checklist_item i JOIN checklist l ON l.id = i.checklist_id "
      "      WHERE l.case_id = ?1 AND i.state NOT IN ('done', 'not-applicable') "
      "    UNION ALL SELECT d.due_at FROM case_deadline d WHERE d.case_id = ?1 AND d.done_at IS NULL "
      // A record due by a date (a reassessment, a plan's follow-up) counts as "Idag" counts it.
      "    UNION ALL SELECT r.due_at FROM plugin_record r WHERE r.case_id = ?1 AND r.due_at IS NOT NULL) AS dues) "
      "WHERE id = ?1";
  const auto update_handle = prepared(update_sql);
  auto& update = *update_handle;
  update.bind(1, id);
  update.exec();
}

std::string Storage::rules_stamp(const std::string& plugin_id) const
{
  sql::Statement query(*db_, "SELECT stamp FROM rules_stamp WHERE plugin_id = ?");
  query.bind(1, plugin_id);
  return query.executeStep() ? query.getColumn(0).getString() : std::string();
}

void Storage::rederive_plugin(const std::string& plugin_id, const std::string& stamp,
                              const std::vector<ChecklistTemplate>& checklists, const std::string& actor,
                              const std::function<void(std::int64_t, std::int64_t)>& progress)
{
  try {
    std::vector<CaseId> cases;
    {
      sql::Statement query(*db_, "SELECT id FROM care_case WHERE plugin_id = ? ORDER BY id");
      query.bind(1, plugin_id);
      while (query.executeStep()) {
        cases.push_back(query.getColumn(0).getInt64());
      }
    }
    const Timestamp at = clock_();
    write([&] {
      // Items started from an older template take the ties the template has now.
      sql::Statement tie(*db_, "UPDATE checklist_item SET due_deadline = ?1, settled_by_event = ?2, "
                               "  due_event = CASE WHEN ?1 <> '' THEN '' ELSE due_event END, "
                               "  due_after_hours = CASE WHEN ?1 <> '' THEN NULL ELSE due_after_hours END "
                               "WHERE item_key = ?3 AND checklist_id IN (SELECT l.id FROM checklist l "
                               "  JOIN care_case c ON c.id = l.case_id WHERE c.plugin_id = ?4 AND l.template_id = ?5) "
                               "  AND (due_deadline <> ?1 OR settled_by_event <> ?2)");
      for (const auto& checklist : checklists) {
        for (const auto& phase : checklist.phases) {
          for (const auto& item : phase.items) {
            bind_all(tie, item.deadline, item.settled_by_event, item.id, plugin_id, checklist.id);
            tie.exec();
          }
        }
      }
    });
    constexpr std::size_t batch = 500;
    for (std::size_t first = 0; first < cases.size(); first += batch) {
      write([&] {
        for (std::size_t n = first; n < std::min(cases.size(), first + batch); ++n) {
          refresh_one(cases[n], actor, at);
        }
      });
      if (progress) {
        progress(static_cast<std::int64_t>(std::min(cases.size(), first + batch)), static_cast<std::int64_t>(cases.size()));
      }
    }
    write([&] {
      sql::Statement upsert(*db_, "INSERT INTO rules_stamp (plugin_id, stamp) VALUES (?, ?) "
                                  "ON CONFLICT (plugin_id) DO UPDATE SET stamp = excluded.stamp");
      upsert.bind(1, plugin_id);
      upsert.bind(2, stamp);
      upsert.exec();
    });
  } catch (const StorageError&) {
    throw;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::vector<CaseId> Storage::take_changed_cases()
{
  return std::exchange(changed_cases_, {});
}

Storage::CaseDeadlines Storage::deadlines(CaseId id) const
{
  try {
    CaseDeadlines result;
    static constexpr const char* query_sql = "SELECT deadline_key, label, source, due_at, done_at FROM case_deadline "
                                 "WHERE case_id = ? ORDER BY position";
    const auto query_handle = prepared(query_sql);
    auto& query = *query_handle;
    query.bind(1, id);
    while (query.executeStep()) {
      result.deadlines.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                                  timestamp(query.getColumn(3)), optional_timestamp(query.getColumn(4))});
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

void Storage::require_open(CaseId id) const
{
  sql::Statement query(*db_, "SELECT status FROM care_case WHERE id = ?");
  query.bind(1, id);
  if (!query.executeStep()) {
    throw StorageError(trf("Ärende {} finns inte", id));
  }
  if (query.getColumn(0).getString() != "open") {
    throw StorageError(ErrorKind::conflict, trf("Ärende {} är avslutat och kan bara läsas; öppna det igen för att ändra det", id));
  }
}

}  // namespace trygg
