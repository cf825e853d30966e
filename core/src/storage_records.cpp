// Plugins' records: one act of a plugin (events and records in one transaction), each changed field
// in the history; reading records, what is due, case rows for plugins' tools.
#include "trygg/storage.hpp"

#include "sql_values.hpp"
#include "history_chain.hpp"
#include "storage_write.hpp"
#include "trygg/i18n.hpp"

#include <nlohmann/json.hpp>

namespace trygg {
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

constexpr const char* case_row_columns =
    "c.id, c.plugin_id, c.process, c.title, c.status, p.name, p.identity, p.municipality, c.opened_at";

sdk::CaseRow case_row_from(sql::Statement& query)
{
  return {query.getColumn(0).getInt64(),  query.getColumn(1).getString(), query.getColumn(2).getString(),
          query.getColumn(3).getString(), query.getColumn(4).getString() == "open", query.getColumn(5).getString(),
          query.getColumn(6).getString(), query.getColumn(7).getString(), timestamp(query.getColumn(8))};
}

}  // namespace

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

std::int64_t Storage::record_assessment(const AssessmentWrite& assessment, const std::string& actor)
{
  return write([&] {
    const Timestamp at = clock_();
    require_open(assessment.case_id);
    std::int64_t risk_id = 0;
    if (assessment.risk && assessment.risk_id != 0) {
      change_risk(assessment.risk_id, *assessment.risk, actor, at);
      risk_id = assessment.risk_id;
    } else if (assessment.risk) {
      risk_id = insert_risk(assessment.analysis_id, *assessment.risk, actor, at);
    }
    put_record(assessment.plugin_id, assessment.case_id, {assessment.kind, {}, assessment.document(risk_id), assessment.due}, actor, at);
    touch(assessment.case_id, actor, at, Reach::this_case);
    return risk_id;
  });
}

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
  sql::Statement find(*db_, "SELECT id, document FROM plugin_record WHERE plugin_id = ? AND kind = ? "
                            "AND coalesce(case_id, 0) = ? AND record_key = ?");
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
    sql::Statement update(*db_, "UPDATE plugin_record SET document = ?, due_at = ?, changed_by = ?, changed_at = ? "
                                "WHERE id = ? AND (document <> ? OR due_at IS DISTINCT FROM ?)");
    update.bind(1, document.dump());
    bind_optional(update, 2, due);
    update.bind(3, actor);
    update.bind(4, to_iso_utc(at));
    update.bind(5, *record_id);
    update.bind(6, document.dump());
    bind_optional(update, 7, due);
    update.exec();
  } else {
    sql::Statement insert(*db_, "INSERT INTO plugin_record (plugin_id, kind, case_id, record_key, document, due_at, "
                                "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    insert.bind(1, plugin_id);
    insert.bind(2, change.kind);
    bind_optional(insert, 3, id != 0 ? std::optional<std::int64_t>(id) : std::nullopt);
    insert.bind(4, change.key);
    insert.bind(5, document.dump());
    bind_optional(insert, 6, due);
    insert.bind(7, actor);
    insert.bind(8, to_iso_utc(at));
    record_id = insert.inserted_id();
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
      const auto chain = next_chain("workspace_history", {std::nullopt, to_iso_utc(at), actor, "record", std::to_string(*record_id),
                                                          field, before, after});
      sql::Statement insert(*db_, "INSERT INTO workspace_history (at, actor, entity, entity_id, field, old_value, new_value, chain) "
                                "VALUES (?, ?, 'record', ?, ?, ?, ?, ?)");
      bind_all(insert, at, actor, *record_id, field, before, after, chain);
      insert.exec();
    }
  }
}

std::optional<std::string> Storage::plugin_record(const std::string& plugin_id, CaseId id, const std::string& kind,
                                                  const std::string& key) const
{
  try {
    sql::Statement query(*db_, "SELECT document FROM plugin_record WHERE plugin_id = ? AND kind = ? "
                               "AND coalesce(case_id, 0) = ? AND record_key = ?");
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
    static constexpr const char* query_sql = "SELECT kind, document FROM plugin_record WHERE plugin_id = ? AND case_id = ? AND record_key = ''";
    const auto query_handle = prepared(query_sql);
    auto& query = *query_handle;
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

std::vector<sdk::DueRecord> Storage::records_due(const std::string& plugin_id, const std::string& kind, Timestamp until) const
{
  try {
    sql::Statement query(*db_, std::string("SELECT ") + case_row_columns + ", r.due_at "
                               "FROM plugin_record r JOIN care_case c ON c.id = r.case_id JOIN case_subject p ON p.case_id = c.id "
                               "WHERE r.plugin_id = ? AND r.kind = ? AND r.due_at IS NOT NULL AND r.due_at < ? "
                               "  AND c.status = 'open'" + list_scope_sql() + " ORDER BY r.due_at, c.id");
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
    sql::Statement query(*db_, std::string("SELECT ") + case_row_columns +
                                   " FROM care_case c JOIN case_subject p ON p.case_id = c.id "
                                   "WHERE (?1 = '' OR c.process = ?1) AND (?2 = 0 OR c.status = 'open') "
                                   "  AND (?3 = '' OR p.municipality = ?3) AND (?4 IS NULL OR c.opened_at >= ?4) "
                                   "  AND (?5 IS NULL OR c.opened_at < ?5)" + list_scope_sql() + " ORDER BY c.id DESC");
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
      sql::Statement query(*db_, "SELECT plugin_id, kind FROM plugin_record WHERE id = ?");
      query.bind(1, entry.entity_id);
      if (colon == std::string::npos || !query.executeStep()) {
        return std::nullopt;
      }
      return RecordField{query.getColumn(0).getString(), query.getColumn(1).getString(), entry.field.substr(colon + 1)};
    }
    sql::Statement alias(*db_, "SELECT plugin_id, kind FROM history_record_alias WHERE entity = ?");
    alias.bind(1, entry.entity);
    if (!alias.executeStep()) {
      return std::nullopt;
    }
    return RecordField{alias.getColumn(0).getString(), alias.getColumn(1).getString(), entry.field};
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

}  // namespace trygg
