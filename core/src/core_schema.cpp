#include "core_schema.hpp"

namespace trygg {

std::string_view list_order_indexes_sql()
{
  return R"sql(
CREATE INDEX care_case_order_by_identity ON care_case(identity, id, status, process, municipality_key);
CREATE INDEX care_case_order_by_name ON care_case(name_key, id, status, process, municipality_key);
CREATE INDEX care_case_order_by_municipality ON care_case(municipality_key, id, status, process);
CREATE INDEX care_case_order_by_process ON care_case(process, id, status, municipality_key);
CREATE INDEX care_case_order_by_progress ON care_case(
  (CASE WHEN items_total = 0 THEN 1.0 ELSE items_settled * 1.0 / items_total END), id, status, process, municipality_key);
CREATE INDEX care_case_order_by_next_due ON care_case(coalesce(next_due_at, '~'), id, status, process, municipality_key);
CREATE INDEX care_case_order_by_status ON care_case((status = 'closed'), id, status, process, municipality_key);
CREATE INDEX care_case_order_by_title ON care_case(title_key, id, status, process, municipality_key);
)sql";
}

const std::vector<std::string>& core_migrations()
{
  static const std::vector<std::string> steps = {
      // 0 -> 1: persons, cases, events, checklists, risk analyses and the append-only history.
      R"sql(
CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  identity TEXT NOT NULL UNIQUE CHECK (length(identity) = 12),
  name TEXT NOT NULL,
  municipality TEXT NOT NULL DEFAULT ''
);
CREATE TABLE care_case (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person(id),
  plugin_id TEXT NOT NULL,
  process TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  opened_at TEXT NOT NULL,
  opened_by TEXT NOT NULL,
  closed_at TEXT
);
CREATE INDEX care_case_by_person ON care_case(person_id);
CREATE INDEX care_case_by_status ON care_case(status, process);
CREATE TABLE case_event (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES care_case(id),
  kind TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX case_event_by_case ON case_event(case_id, at);
CREATE TABLE checklist (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES care_case(id),
  template_id TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  title TEXT NOT NULL,
  UNIQUE (case_id, template_id)
);
CREATE TABLE checklist_item (
  id INTEGER PRIMARY KEY,
  checklist_id INTEGER NOT NULL REFERENCES checklist(id),
  position INTEGER NOT NULL,
  item_key TEXT NOT NULL,
  phase_key TEXT NOT NULL,
  phase_title TEXT NOT NULL,
  text TEXT NOT NULL,
  guidance TEXT NOT NULL DEFAULT '',
  huvudman TEXT NOT NULL CHECK (huvudman IN ('region', 'kommun', 'gemensam')),
  role TEXT NOT NULL,
  due_event TEXT NOT NULL DEFAULT '',
  due_after_hours INTEGER,
  state TEXT NOT NULL DEFAULT 'not-started'
    CHECK (state IN ('not-started', 'in-progress', 'done', 'not-applicable')),
  not_applicable_reason TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT '',
  changed_by TEXT NOT NULL DEFAULT '',
  changed_at TEXT,
  UNIQUE (checklist_id, item_key),
  CHECK (state <> 'not-applicable' OR not_applicable_reason <> '')
);
CREATE INDEX checklist_item_by_checklist ON checklist_item(checklist_id, position);
CREATE TABLE risk_analysis (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES care_case(id),
  template_id TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  template_xml TEXT NOT NULL,
  UNIQUE (case_id, template_id)
);
CREATE TABLE risk (
  id INTEGER PRIMARY KEY,
  analysis_id INTEGER NOT NULL REFERENCES risk_analysis(id),
  area TEXT NOT NULL,
  description TEXT NOT NULL,
  likelihood INTEGER NOT NULL CHECK (likelihood >= 1),
  consequence INTEGER NOT NULL CHECK (consequence >= 1),
  residual_likelihood INTEGER,
  residual_consequence INTEGER,
  follow_up TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX risk_by_analysis ON risk(analysis_id);
CREATE TABLE risk_action (
  id INTEGER PRIMARY KEY,
  risk_id INTEGER NOT NULL REFERENCES risk(id),
  description TEXT NOT NULL,
  owner TEXT NOT NULL,
  due TEXT,
  done_at TEXT
);
CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES care_case(id),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX history_by_case ON history(case_id, id);
CREATE TRIGGER history_is_append_only_on_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_is_append_only_on_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TABLE plugin_schema (
  plugin_id TEXT PRIMARY KEY,
  version INTEGER NOT NULL
);
)sql",
      // 1 -> 2: when each item falls due, and per case the totals and the next due time, kept by the
      // storage layer in the same transaction as every change, so the case list and the "today"
      // overview stay fast with 100,000 cases.
      R"sql(
ALTER TABLE checklist_item ADD COLUMN due_at TEXT;
UPDATE checklist_item SET due_at = (
  SELECT strftime('%Y-%m-%dT%H:%M:%SZ', max(e.at), printf('%+d hours', checklist_item.due_after_hours))
  FROM case_event e JOIN checklist l ON l.case_id = e.case_id
  WHERE l.id = checklist_item.checklist_id AND e.kind = checklist_item.due_event)
WHERE due_after_hours IS NOT NULL;
CREATE INDEX checklist_item_by_due ON checklist_item(due_at) WHERE due_at IS NOT NULL;
ALTER TABLE care_case ADD COLUMN items_total INTEGER NOT NULL DEFAULT 0;
ALTER TABLE care_case ADD COLUMN items_settled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE care_case ADD COLUMN next_due_at TEXT;
UPDATE care_case SET
  items_total = (SELECT count(*) FROM checklist_item i JOIN checklist l ON l.id = i.checklist_id WHERE l.case_id = care_case.id),
  items_settled = (SELECT count(*) FROM checklist_item i JOIN checklist l ON l.id = i.checklist_id
                   WHERE l.case_id = care_case.id AND i.state IN ('done', 'not-applicable')),
  next_due_at = (SELECT min(i.due_at) FROM checklist_item i JOIN checklist l ON l.id = i.checklist_id
                 WHERE l.case_id = care_case.id AND i.state NOT IN ('done', 'not-applicable'));
CREATE INDEX care_case_by_next_due ON care_case(next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX person_by_municipality ON person(municipality);
)sql",
      // 2 -> 3: cases opened from another (a SIP from a discharge), and the SIP plan: one JSON document per
      // case, so the plan can grow without a migration, with the follow-up date kept beside it for the
      // follow-up calendar.
      R"sql(
ALTER TABLE care_case ADD COLUMN linked_case_id INTEGER REFERENCES care_case(id);
CREATE INDEX care_case_by_linked ON care_case(linked_case_id) WHERE linked_case_id IS NOT NULL;
CREATE TABLE sip_plan (
  case_id INTEGER PRIMARY KEY REFERENCES care_case(id),
  document TEXT NOT NULL CHECK (json_valid(document)),
  follow_up_at TEXT,
  closed INTEGER NOT NULL DEFAULT 0,
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL
);
CREATE INDEX sip_plan_by_follow_up ON sip_plan(follow_up_at) WHERE follow_up_at IS NOT NULL AND closed = 0;
)sql",
      // 3 -> 4: the record store. Plugins keep their own documents (one JSON object per case, or per
      // workspace and key) with the date each asks for attention by; core knows no process's fields.
      // The SIP plan moves into it as the SIP plugin's record "plan". Its history lines stay as they
      // were written (history is append-only); the alias tells whose record they speak of.
      R"sql(
CREATE TABLE plugin_record (
  id INTEGER PRIMARY KEY,
  plugin_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  case_id INTEGER REFERENCES care_case(id),
  record_key TEXT NOT NULL DEFAULT '',
  document TEXT NOT NULL CHECK (json_valid(document) AND json_type(document) = 'object'),
  due_at TEXT,
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL
);
CREATE UNIQUE INDEX plugin_record_identity ON plugin_record(plugin_id, kind, ifnull(case_id, 0), record_key);
CREATE INDEX plugin_record_by_case ON plugin_record(case_id) WHERE case_id IS NOT NULL;
CREATE INDEX plugin_record_by_due ON plugin_record(plugin_id, kind, due_at) WHERE due_at IS NOT NULL;
CREATE TABLE workspace_history (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT
);
CREATE TRIGGER workspace_history_is_append_only_on_update BEFORE UPDATE ON workspace_history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER workspace_history_is_append_only_on_delete BEFORE DELETE ON workspace_history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TABLE history_record_alias (
  entity TEXT PRIMARY KEY,
  plugin_id TEXT NOT NULL,
  kind TEXT NOT NULL
);
INSERT INTO history_record_alias (entity, plugin_id, kind) VALUES ('sip-plan', 'se.trygg.sip', 'plan');
INSERT INTO plugin_record (plugin_id, kind, case_id, document, due_at, changed_by, changed_at)
  SELECT 'se.trygg.sip', 'plan', case_id, document, CASE WHEN closed = 0 THEN follow_up_at END, changed_by, changed_at
  FROM sip_plan;
DROP TABLE sip_plan;
)sql",
      // 4 -> 5: one truth per case. The deadlines a case's process rules derive from it are kept as rows,
      // refreshed in the transaction of every change that can move them, so the list, "Idag", the overview,
      // the CLI and the report all read the same ones. A checklist item may stand for one of those deadlines
      // (its due time is the deadline's) and be settled by an event (recording the event ticks it, ticking
      // it records the event). A recorded event is corrected or withdrawn, never deleted.
      R"sql(
CREATE TABLE case_deadline (
  case_id INTEGER NOT NULL REFERENCES care_case(id),
  position INTEGER NOT NULL,
  deadline_key TEXT NOT NULL,
  label TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  due_at TEXT NOT NULL,
  done_at TEXT,
  PRIMARY KEY (case_id, position)
);
CREATE INDEX case_deadline_open_by_due ON case_deadline(due_at) WHERE done_at IS NULL;
ALTER TABLE care_case ADD COLUMN rules_error TEXT NOT NULL DEFAULT '';
CREATE TABLE rules_stamp (
  plugin_id TEXT PRIMARY KEY,
  stamp TEXT NOT NULL
);
ALTER TABLE checklist_item ADD COLUMN due_deadline TEXT NOT NULL DEFAULT '';
ALTER TABLE checklist_item ADD COLUMN settled_by_event TEXT NOT NULL DEFAULT '';
ALTER TABLE case_event ADD COLUMN withdrawn_at TEXT;
CREATE INDEX case_event_by_kind ON case_event(case_id, kind) WHERE withdrawn_at IS NULL;
)sql",
      // 5 -> 6: a person's changes (name, municipality) are the person's history, shown in every case of
      // theirs: found by the person, not only by the case they were made from.
      R"sql(
CREATE INDEX history_by_person ON history(entity_id, id) WHERE entity = 'person';
)sql",
      // 6 -> 7: a case about a unit, an agreement or a holiday period has no person: person_id may be
      // empty, and such a case keeps its municipality itself. SQLite cannot drop a NOT NULL in place, so
      // the table is rebuilt (foreign keys are off while migrating and checked before the commit).
      // `case_subject` is every case's subject, the one place that knows a case may have no person.
      R"sql(
CREATE TABLE care_case_v7 (
  id INTEGER PRIMARY KEY,
  person_id INTEGER REFERENCES person(id),
  municipality TEXT NOT NULL DEFAULT '',
  plugin_id TEXT NOT NULL,
  process TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  opened_at TEXT NOT NULL,
  opened_by TEXT NOT NULL,
  closed_at TEXT,
  items_total INTEGER NOT NULL DEFAULT 0,
  items_settled INTEGER NOT NULL DEFAULT 0,
  next_due_at TEXT,
  linked_case_id INTEGER REFERENCES care_case(id),
  rules_error TEXT NOT NULL DEFAULT '',
  CHECK (person_id IS NOT NULL OR title <> '')
);
INSERT INTO care_case_v7 (id, person_id, plugin_id, process, title, status, opened_at, opened_by, closed_at,
                          items_total, items_settled, next_due_at, linked_case_id, rules_error)
  SELECT id, person_id, plugin_id, process, title, status, opened_at, opened_by, closed_at,
         items_total, items_settled, next_due_at, linked_case_id, rules_error FROM care_case;
DROP TABLE care_case;
ALTER TABLE care_case_v7 RENAME TO care_case;
CREATE INDEX care_case_by_person ON care_case(person_id);
CREATE INDEX care_case_by_status ON care_case(status, process);
CREATE INDEX care_case_by_next_due ON care_case(next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX care_case_by_linked ON care_case(linked_case_id) WHERE linked_case_id IS NOT NULL;
-- Records that ask for attention by a date (a reassessment, a plan's follow-up) in "Idag".
CREATE INDEX plugin_record_due_in_cases ON plugin_record(due_at) WHERE due_at IS NOT NULL AND case_id IS NOT NULL;
-- The list's next due time counts them too (Storage::refresh_case), from now on and for what is stored.
UPDATE care_case SET next_due_at = (
  SELECT min(due) FROM (SELECT care_case.next_due_at AS due
                        UNION ALL SELECT r.due_at FROM plugin_record r WHERE r.case_id = care_case.id AND r.due_at IS NOT NULL))
WHERE id IN (SELECT case_id FROM plugin_record WHERE due_at IS NOT NULL AND case_id IS NOT NULL);
CREATE VIEW case_subject AS
  SELECT c.id AS case_id, COALESCE(p.identity, '') AS identity, COALESCE(p.name, '') AS name,
         COALESCE(p.municipality, c.municipality) AS municipality
  FROM care_case c LEFT JOIN person p ON p.id = c.person_id;
)sql",
      // 7 -> 8: tamper evidence. Each history line carries a hash chained to the line before it
      // (history_chain.hpp); the lines already stored are chained by Storage::chain_history, for which the
      // guard against updates is lifted and put back in this same transaction.
      R"sql(
ALTER TABLE history ADD COLUMN chain TEXT;
ALTER TABLE workspace_history ADD COLUMN chain TEXT;
DROP TRIGGER history_is_append_only_on_update;
DROP TRIGGER workspace_history_is_append_only_on_update;
)sql",
      // 8 -> 9: search at scale. Every case's search words (name and title folded, personnummer as digits,
      // trygg_search_words) in an FTS5 trigram index, so a substring is found through the index instead of
      // folding every row; kept by Storage in the transaction of each change to a name or title.
      R"sql(
CREATE VIRTUAL TABLE case_search USING fts5(words, tokenize = 'trigram');
INSERT INTO case_search (rowid, words)
  SELECT s.case_id, trygg_search_words(s.name, c.title, s.identity) FROM care_case c JOIN case_subject s ON s.case_id = c.id;
)sql",
      // 9 -> 10: counts kept, not recounted. How many cases there are of each status and process, kept by
      // triggers in the transaction of every change, so the list's count of a million cases costs nothing.
      // (A step that rebuilds care_case must create these triggers again.)
      R"sql(
CREATE TABLE case_count (
  status TEXT NOT NULL,
  process TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (status, process)
) WITHOUT ROWID;
INSERT INTO case_count (status, process, n) SELECT status, process, count(*) FROM care_case GROUP BY status, process;
CREATE TRIGGER case_count_on_insert AFTER INSERT ON care_case BEGIN
  INSERT INTO case_count (status, process, n) VALUES (NEW.status, NEW.process, 1)
    ON CONFLICT (status, process) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER case_count_on_update AFTER UPDATE OF status, process ON care_case
  WHEN OLD.status IS NOT NEW.status OR OLD.process IS NOT NEW.process BEGIN
  UPDATE case_count SET n = n - 1 WHERE status = OLD.status AND process = OLD.process;
  INSERT INTO case_count (status, process, n) VALUES (NEW.status, NEW.process, 1)
    ON CONFLICT (status, process) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER case_count_on_delete AFTER DELETE ON care_case BEGIN
  UPDATE case_count SET n = n - 1 WHERE status = OLD.status AND process = OLD.process;
END;
-- The municipalities the list's filter offers: the few cases about an organisation keep their own.
CREATE INDEX care_case_by_municipality ON care_case(municipality) WHERE municipality <> '';
)sql",
      // 10 -> 11: the list sorted by any column at a million cases. Each case keeps its subject's sort keys
      // (Swedish order, trygg_sort_key: Å, Ä, Ö after Z) and personnummer beside it, kept by Storage with the
      // search words; one index per order, holding the filters' columns too, so a window deep in a sorted,
      // filtered list is read from the index alone. The municipality filter compares keys, not folds each row.
      R"sql(
ALTER TABLE care_case ADD COLUMN identity TEXT NOT NULL DEFAULT '';
ALTER TABLE care_case ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE care_case ADD COLUMN municipality_key TEXT NOT NULL DEFAULT '';
ALTER TABLE care_case ADD COLUMN title_key TEXT NOT NULL DEFAULT '';
UPDATE care_case SET (identity, name_key, municipality_key, title_key) =
  (SELECT s.identity, trygg_sort_key(s.name), trygg_sort_key(s.municipality), trygg_sort_key(care_case.title)
   FROM case_subject s WHERE s.case_id = care_case.id);
)sql" + std::string(list_order_indexes_sql()),
      // 11 -> 12: the access log (Patientdatalagen): who read which person's data, when, what and from which
      // client. Append-only like the history; the follow-up reads it together with the history's changes.
      R"sql(
CREATE TABLE access_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  client TEXT NOT NULL,
  case_id INTEGER NOT NULL REFERENCES care_case(id),
  person_id INTEGER REFERENCES person(id),
  action TEXT NOT NULL CHECK (action IN ('read', 'print', 'export')),
  what TEXT NOT NULL DEFAULT ''
);
CREATE INDEX access_log_by_person ON access_log(person_id, at) WHERE person_id IS NOT NULL;
CREATE INDEX access_log_by_actor ON access_log(actor, at);
CREATE TRIGGER access_log_is_append_only_on_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
CREATE TRIGGER access_log_is_append_only_on_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
CREATE INDEX history_by_actor ON history(actor, at);
)sql",
      // 12 -> 13: a read outside one's units (nödåtkomst) keeps the reason it was given, and is flagged by it.
      R"sql(
ALTER TABLE access_log ADD COLUMN emergency_reason TEXT;
)sql",
  };
  return steps;
}

std::string_view history_guard_sql()
{
  return R"sql(
CREATE TRIGGER history_is_append_only_on_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER workspace_history_is_append_only_on_update BEFORE UPDATE ON workspace_history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
)sql";
}

}  // namespace trygg
