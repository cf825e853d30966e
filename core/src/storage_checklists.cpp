// Checklists: started from templates, items ticked (with the event an item stands for), items due.
#include "trygg/storage.hpp"

#include "sql_values.hpp"
#include "storage_write.hpp"
#include "trygg/content_translation.hpp"
#include "trygg/i18n.hpp"

namespace trygg {

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
  sql::Statement insert(*db_, "INSERT INTO checklist (case_id, template_id, template_version, title) VALUES (?, ?, ?, ?) RETURNING id");
  bind_all(insert, id, source.id, source.version, source.title);
  const std::int64_t checklist_id = insert.inserted_id();
  sql::Statement item(*db_, "INSERT INTO checklist_item (checklist_id, position, item_key, phase_key, phase_title, text, "
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
    static constexpr const char* current_sql = "SELECT l.case_id, c.status, i.state, i.not_applicable_reason, i.comment, i.settled_by_event, "
                                   "i.text FROM checklist_item i JOIN checklist l ON l.id = i.checklist_id "
                                   "JOIN care_case c ON c.id = l.case_id WHERE i.id = ?";
    const auto current_handle = prepared(current_sql);
    auto& current = *current_handle;
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

    static constexpr const char* update_sql = "UPDATE checklist_item SET state = ?, not_applicable_reason = ?, comment = ?, "
                                  "changed_by = ?, changed_at = ? WHERE id = ?";
    const auto update_handle = prepared(update_sql);
    auto& update = *update_handle;
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
  static const std::string query_sql = std::string("SELECT max(at) FROM case_event WHERE kind = ?2 AND withdrawn_at IS NULL "
                                           "AND case_id IN (") + tied_cases_sql + ")";
  const auto query_handle = prepared(query_sql.c_str());
  auto& query = *query_handle;
  query.bind(1, id);
  query.bind(2, kind);
  query.executeStep();
  return optional_timestamp(query.getColumn(0));
}

std::vector<Checklist> Storage::checklists(CaseId id) const
{
  try {
    std::vector<Checklist> result;
    static constexpr const char* items_sql = "SELECT l.id AS list_id, l.template_id, l.template_version, l.title AS list_title, i.id, "
                                 "i.item_key, i.phase_key, i.phase_title, i.text, i.guidance, i.huvudman, i.role, i.due_event, "
                                 "i.due_after_hours, i.due_deadline, i.settled_by_event, i.state, i.not_applicable_reason, "
                                 "i.comment, i.changed_by, i.changed_at, i.due_at "
                                 "FROM checklist l LEFT JOIN checklist_item i ON i.checklist_id = l.id "
                                 "WHERE l.case_id = ? ORDER BY l.id, i.position";
    const auto items_handle = prepared(items_sql);
    auto& items = *items_handle;
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
    for (auto& checklist : result) {
      translate(checklist);  // the stored copy stays in its own words; people read theirs
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
    static constexpr const char* query_sql = "SELECT * FROM ("
        "  SELECT c.id, c.title, p.name, p.identity, p.municipality, i.id, i.text, i.role, i.due_at AS due, '' "
        "  FROM checklist_item i INDEXED BY checklist_item_by_due "
        "  JOIN checklist l ON l.id = i.checklist_id "
        "  JOIN care_case c ON c.id = l.case_id JOIN case_subject p ON p.case_id = c.id "
        "  WHERE i.due_at IS NOT NULL AND i.due_at <= ?1 AND c.status = 'open' "
        "    AND i.state NOT IN ('done', 'not-applicable') "
        "  UNION ALL "
        "  SELECT c.id, c.title, p.name, p.identity, p.municipality, 0, d.label, d.source, d.due_at, d.deadline_key "
        "  FROM case_deadline d INDEXED BY case_deadline_open_by_due "
        "  JOIN care_case c ON c.id = d.case_id JOIN case_subject p ON p.case_id = c.id "
        "  WHERE d.done_at IS NULL AND d.due_at <= ?1 AND c.status = 'open' "
        "    AND NOT EXISTS (SELECT 1 FROM checklist_item i JOIN checklist l ON l.id = i.checklist_id "
        "      WHERE l.case_id = d.case_id AND i.due_deadline = d.deadline_key AND i.state NOT IN ('done', 'not-applicable'))"
        "  UNION ALL "
        // A record due by a date (a reassessment, a plan's follow-up): named by its kind here; the
        // workspace puts it in the plugin's words (Workspace::due_items).
        "  SELECT c.id, c.title, p.name, p.identity, p.municipality, 0, r.kind, '', r.due_at, 'record:' || r.plugin_id "
        "  FROM plugin_record r INDEXED BY plugin_record_due_in_cases "
        "  JOIN care_case c ON c.id = r.case_id JOIN case_subject p ON p.case_id = c.id "
        "  WHERE r.due_at IS NOT NULL AND r.case_id IS NOT NULL AND r.due_at <= ?1 AND c.status = 'open' "
        ") AS due_now ORDER BY due LIMIT ?2";
    std::vector<DueItem> result;
    const auto read = [&](sql::Statement& query) {
      query.bind(1, to_iso_utc(until));
      query.bind(2, limit);
      while (query.executeStep()) {
        result.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                          query.getColumn(3).getString(), query.getColumn(4).getString(), query.getColumn(5).getInt64(),
                          tr_content(query.getColumn(6).getString()), tr_content(query.getColumn(7).getString()),
                          timestamp(query.getColumn(8)), query.getColumn(9).getString()});
      }
    };
    // Scoped to the user's municipalities: the same statement with the scope in each branch.
    if (const auto scope = list_scope_sql(); !scope.empty()) {
      std::string sql = query_sql;
      const std::string_view open = "c.status = 'open'";
      for (auto at = sql.find(open); at != std::string::npos; at = sql.find(open, at + open.size() + scope.size())) {
        sql.insert(at + open.size(), scope);
      }
      sql::Statement query(*db_, sql);
      read(query);
    } else {
      const auto query = prepared(query_sql);
      read(*query);
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::optional<std::int64_t> Storage::find_item(CaseId id, const std::string& id_or_key) const
{
  sql::Statement query(*db_, "SELECT i.id FROM checklist_item i JOIN checklist l ON l.id = i.checklist_id "
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

}  // namespace trygg
