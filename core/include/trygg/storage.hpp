#pragma once

#include "trygg/access_log.hpp"
#include "trygg/care_case.hpp"
#include "trygg/checklist.hpp"
#include "trygg/history_entry.hpp"
#include "trygg/risk.hpp"
#include "trygg/trygg_user.hpp"
#include "trygg/sdk/personal_identity.hpp"
#include "trygg/storage_error.hpp"
#include "trygg/sdk/migration.hpp"
#include "trygg/sdk/changes_data.hpp"
#include "trygg/sdk/host.hpp"

#include <filesystem>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stop_token>
#include <string>
#include <vector>

namespace trygg {

namespace sql {
class Connection;
class Statement;
}  // namespace sql
struct HistoryFields;

// An item that follows an event cannot be reopened while the event stands (withdraw the event instead).
class TiedItemConflict : public StorageError {
public:
  TiedItemConflict(CaseId case_id, std::string item_text, std::string kind, Timestamp recorded)
      : StorageError(ErrorKind::conflict, "\"" + item_text + "\": " + kind), case_id(case_id), item_text(std::move(item_text)),
        kind(std::move(kind)), recorded(recorded)
  {
  }
  CaseId case_id;
  std::string item_text;
  std::string kind;
  Timestamp recorded;
};

// A write to a case that someone else (another client of the same database) changed since this client
// showed it: refused whole, with the lines they wrote, so the person sees what changed and can redo it.
class CaseChanged : public StorageError {
public:
  CaseChanged(CaseId case_id, std::vector<HistoryEntry> changes, const std::string& message)
      : StorageError(ErrorKind::conflict, message), case_id(case_id), changes(std::move(changes))
  {
  }
  CaseId case_id;
  std::vector<HistoryEntry> changes;
};

// The one way into a Trygg database. Every write runs in its own transaction and records what it
// changed in the case's history in that same transaction, so a change and its trace are never apart.
// Errors throw StorageError; a failed write leaves the database as it was.
class Storage {
public:
  static constexpr int schema_version = 13;
  // 'Tryg': tells a Trygg database from any other SQLite file.
  static constexpr int application_id = 0x54727967;

  using Clock = std::function<Timestamp()>;

  // Opens the database, creating it (and its folder) when missing, and brings its schema up to date.
  // Refuses a file that is not a Trygg database, is damaged, or was written by a newer Trygg.
  // `file` may be a server address (postgresql://…, server_schema.hpp): the shared database, made on
  // first use, with the same tables, rules and history as the file.
  explicit Storage(const std::filesystem::path& file, Clock clock = now);
  ~Storage();
  Storage(const Storage&) = delete;
  Storage& operator=(const Storage&) = delete;

  [[nodiscard]] const std::filesystem::path& file() const { return file_; }
  // Where the database is, as people may see it: the file, or the server's address without its password.
  [[nodiscard]] const std::string& place() const { return place_; }
  [[nodiscard]] bool on_server() const;
  // True when this open created the file, e.g. to offer the demo data on first start.
  [[nodiscard]] bool created() const { return created_; }

  // What a case's process rules say about it. Asked for inside the transaction of every change to the
  // case or to a case tied to it, so the stored deadlines never disagree with what they derive from.
  struct Derivation {
    std::vector<sdk::Deadline> deadlines;
    std::string error;  // the rules failed: no deadlines, and why
  };
  // nullopt: the case's rules are not loaded now, and what was derived before stays as it was.
  using Rules = std::function<std::optional<Derivation>(CaseId)>;
  void set_rules(Rules rules) { rules_ = std::move(rules); }
  // The reservnummer forms a person may be registered under, besides personnummer and samordningsnummer.
  void set_reserve_number_formats(std::vector<sdk::ReserveNumberFormat> formats) { reserve_formats_ = std::move(formats); }
  [[nodiscard]] const std::vector<sdk::ReserveNumberFormat>& reserve_number_formats() const { return reserve_formats_; }
  // Which version of a plugin's rules and content the stored deadlines of its cases come from.
  [[nodiscard]] std::string rules_stamp(const std::string& plugin_id) const;
  // Derives every case of a plugin again after its rules or content changed, `batch` cases per
  // transaction; items of its checklists take the ties their template has now (deadline, event).
  // Stores `stamp` once all are done, so an interrupted run starts over next time.
  void rederive_plugin(const std::string& plugin_id, const std::string& stamp, const std::vector<ChecklistTemplate>& checklists,
                       const std::string& actor, const std::function<void(std::int64_t done, std::int64_t total)>& progress = {});
  // The deadlines kept for a case, in the order its rules gave them, and the rules' error if they failed.
  struct CaseDeadlines {
    std::vector<sdk::Deadline> deadlines;
    std::string error;
  };
  [[nodiscard]] CaseDeadlines deadlines(CaseId id) const;

  // Plugins' own tables: runs the steps newer than the version recorded for the plugin.
  [[nodiscard]] int plugin_schema_version(const std::string& plugin_id) const;
  void migrate_plugin(const std::string& plugin_id, const std::vector<sdk::Migration>& steps);

  // The case, its person and the checklists and risk analyses it starts with, all or nothing.
  CaseId create_case(const NewCase& request, const std::string& actor);
  std::int64_t add_event(CaseId id, const std::string& kind, Timestamp at, const std::string& note,
                         const std::string& actor);
  // A recorded event is never deleted: its time is corrected, or it is withdrawn, with the reason in
  // the history. A withdrawn event no longer counts anywhere.
  void correct_event(std::int64_t event_id, Timestamp at, const std::string& reason, const std::string& actor);
  void withdraw_event(std::int64_t event_id, const std::string& reason, const std::string& actor);
  [[nodiscard]] std::optional<CaseEvent> find_event(std::int64_t event_id) const;
  // A closed case is read-only until it is reopened (with the reason in the history).
  void close_case(CaseId id, const std::string& actor);
  void reopen_case(CaseId id, const std::string& reason, const std::string& actor);
  std::int64_t add_checklist(CaseId id, const ChecklistTemplate& source, const std::string& actor);
  // Asked before a tick records the item's event (kind, when): may throw to refuse or to ask first.
  using EventCheck = std::function<void(CaseId, const std::string& kind, Timestamp at)>;
  // Throws TiedItemConflict when the item follows an event that stands and the change would reopen it.
  void change_item(std::int64_t item_id, const ItemChange& change, const std::string& actor, const EventCheck& check = {});
  std::int64_t add_risk_analysis(CaseId id, const RiskTemplate& source, const std::string& actor);
  std::int64_t add_risk(std::int64_t analysis_id, const NewRisk& risk, const std::string& actor);
  // A reassessment: every changed field goes to the history; actions with id 0 are added.
  void update_risk(std::int64_t risk_id, const RiskAssessment& risk, const std::string& actor);
  void complete_action(std::int64_t action_id, const std::string& actor);
  // One act of a plugin: its events and record changes for a case (or, with case id 0, the
  // workspace's records), all in one transaction. Each changed field of a record goes to the history
  // under its JSON pointer; a record saved unchanged writes nothing.
  void apply(const std::string& plugin_id, const sdk::ChangesData& changes, const std::string& actor);
  // One assessment with a scored instrument, in one transaction: the risk it feeds (reassessed when
  // `risk_id` names the one an earlier assessment fed, else added to `analysis_id`; neither when
  // `risk` is empty), then the case's record of assessments, made by `document` from the risk's id
  // (0 for none), due again at `due`. Returns the risk's id, or 0.
  struct AssessmentWrite {
    std::string plugin_id;
    CaseId case_id = 0;
    std::string kind;
    Timestamp due;
    std::int64_t analysis_id = 0;
    std::int64_t risk_id = 0;
    std::optional<RiskAssessment> risk;
    std::function<std::string(std::int64_t risk_id)> document;
  };
  std::int64_t record_assessment(const AssessmentWrite& assessment, const std::string& actor);
  // A disclosure of the case's information to `recipient` ("what": the report, a copy), in the history.
  void record_disclosure(CaseId id, const std::string& recipient, const std::string& what, const std::string& actor);
  // A read of a case's person's data, in the access log (its own transaction; a closed case too); a read
  // outside the user's units with the reason they gave (nödåtkomst).
  void log_access(CaseId id, AccessAction action, const std::string& what, const std::string& actor, const std::string& client,
                  const std::optional<std::string>& emergency_reason = std::nullopt);
  // The follow-up: reads from the access log and changes from the history, oldest first.
  [[nodiscard]] std::vector<AccessLogLine> access_log(const AccessLogQuery& query) const;

  [[nodiscard]] std::optional<CareCase> find_case(CaseId id) const;
  [[nodiscard]] std::vector<CaseSummary> list_cases(const CaseFilter& filter) const;
  [[nodiscard]] std::int64_t count_cases() const;
  // How many cases the filter keeps, without reading them: by status and process from counts kept with
  // every change, otherwise counted through the filter's indexes.
  [[nodiscard]] std::int64_t count_cases(const CaseFilter& filter) const;
  // Rows [first, first + count) of the filter's cases in `order` (ties by case number, the same way) of
  // `total` (count_cases), read without the others: what a list shows on screen. Each order has an index
  // that holds the filters' columns, so a window a million rows down is read from it alone.
  [[nodiscard]] std::vector<CaseSummary> case_window(const CaseFilter& filter, CaseOrder order, std::int64_t first, int count,
                                                     std::int64_t total) const;
  // Every case's search words and sort keys made again, in one transaction: after cases were written
  // outside Trygg (a bench fixture, a repair). Trygg's own writes keep them as they go.
  void rebuild_list_index();
  [[nodiscard]] std::vector<Checklist> checklists(CaseId id) const;
  [[nodiscard]] std::vector<RiskAnalysis> risk_analyses(CaseId id) const;
  [[nodiscard]] std::vector<HistoryEntry> history(CaseId id) const;
  // Every history line checked against the hash chain (history_chain.hpp): the lines changed, inserted
  // or with a line removed before them, in order; empty when the history is as it was written.
  struct HistoryBreak {
    std::string table;  // "history" or "workspace_history"
    std::int64_t id = 0;
    std::int64_t case_id = 0;
    std::string reason;
  };
  [[nodiscard]] std::vector<HistoryBreak> verify_history() const;
  // PRAGMA quick_check: "ok", or what SQLite found.
  [[nodiscard]] std::string quick_check() const;
  // Both checks on a database file through a connection of its own, read-only: what the app runs in the
  // background after opening (a large file is not checked on open, and the chain takes a while).
  // A stop asked for through `stop` ends the check early: `stopped` says its findings are not whole.
  struct FileCheck {
    std::string quick_check;
    std::vector<HistoryBreak> breaks;
    bool stopped = false;
    [[nodiscard]] bool whole() const { return !stopped && quick_check == "ok" && breaks.empty(); }
  };
  [[nodiscard]] static FileCheck check_file(const std::filesystem::path& file, const std::stop_token& stop = {});
  // A plugin's record of a case (case 0: of the workspace, under `key`), as JSON.
  [[nodiscard]] std::optional<std::string> plugin_record(const std::string& plugin_id, CaseId id, const std::string& kind,
                                                         const std::string& key = {}) const;
  // Every record a plugin keeps for a case: kind -> JSON.
  [[nodiscard]] std::map<std::string, std::string> plugin_records(const std::string& plugin_id, CaseId id) const;
  // A plugin's records of a kind in open cases due before `until`, soonest first.
  [[nodiscard]] std::vector<sdk::DueRecord> records_due(const std::string& plugin_id, const std::string& kind,
                                                        Timestamp until) const;
  // Whose record a history line speaks of: (plugin id, kind, JSON pointer), for entries of records.
  struct RecordField {
    std::string plugin_id;
    std::string kind;
    std::string pointer;
  };
  [[nodiscard]] std::optional<RecordField> record_field(const HistoryEntry& entry) const;
  // Cases for a plugin's tools, newest first.
  [[nodiscard]] std::vector<sdk::CaseRow> case_rows(const sdk::CaseQuery& query) const;
  // The active events of the cases tied to this one (the one it was opened from, those opened from it).
  [[nodiscard]] std::vector<LinkedCaseEvents> tied_case_events(CaseId id) const;
  // Cases opened from this one.
  [[nodiscard]] std::vector<CaseId> follow_on_cases(CaseId id) const;
  // Unsettled items and open deadlines due at or before `until` (a deadline at 24:00 is today's), across
  // open cases, soonest first.
  [[nodiscard]] std::vector<DueItem> due_items(Timestamp until, int limit) const;
  // Municipalities that have cases, for filters.
  [[nodiscard]] std::vector<std::string> municipalities() const;
  // The latest active event of a kind in the case or a case tied to it (opened from it, or it from).
  [[nodiscard]] std::optional<Timestamp> latest_tied_event(CaseId id, const std::string& kind) const;
  // An item of a case by its database id or its key from the template.
  [[nodiscard]] std::optional<std::int64_t> find_item(CaseId id, const std::string& id_or_key) const;

  // A consistent copy of the whole database to `target` (SQLite's online backup), even while others
  // write; written under another name and renamed, so a failed copy leaves no half file.
  void backup_to(const std::filesystem::path& target) const;

  // The cases the last committed write changed (the case and the cases tied to it), once: the
  // workspace announces them, so a list repaints those rows only.
  [[nodiscard]] std::vector<CaseId> take_changed_cases();
  // One row of the case list, for repainting that row.
  [[nodiscard]] std::optional<CaseSummary> case_summary(CaseId id) const;

  // ---- The people of a shared database (trygg_user.hpp) ----
  // Who is signed in to the server, as its administrators registered them: the history's "who". None on
  // a file (its one user may do everything); on a server, a role no administrator registered is refused.
  [[nodiscard]] std::optional<TryggUser> signed_in_user() const;
  [[nodiscard]] std::vector<TryggUser> users() const;
  // Registers (or changes) a user: on the server their role is made (with `password`, when given) or an
  // existing one taken in, a member of trygg_app, and of trygg_administrator for an administrator.
  void register_user(const TryggUser& user, const std::optional<std::string>& password);

  // Whose cases this client's lists show (the case list and its counts, Idag, plugins' case queries):
  // the people of these municipalities ("*": everyone's; none: no one's). A search for one whole
  // personnummer finds that person's cases anywhere, to be opened with a reason (nödåtkomst).
  void set_list_scope(const std::vector<std::string>& municipalities);
  // " AND c.municipality_key IN (…)" for a statement over care_case c, or "" when every case is shown.
  [[nodiscard]] std::string list_scope_sql() const;
  // The scope a list filter is read in: none when it searches for one whole personnummer.
  [[nodiscard]] std::string scope_for(const CaseFilter& filter) const;

  // ---- Many clients on one database (the shared server, or a file several programs open) ----
  // A case's version: its latest history line (0 before any). A screen says which version of a case it
  // shows (`seen`); a later write to that case through this Storage is refused with CaseChanged when
  // someone else changed the case since: no change is ever made on top of one its author did not see.
  // Read the version before the data it goes with, so a change in between is a conflict, not missed.
  [[nodiscard]] std::int64_t case_version(CaseId id) const;
  void seen(CaseId id, std::int64_t version) const;
  // The cases others changed since the last call, or since this Storage opened (their history lines after
  // the last one looked at; this Storage's own writes are announced as they are made).
  [[nodiscard]] std::vector<CaseId> changes_by_others();

  // How many SQL statements this connection has run (for benches: a tick's cost in statements).
  [[nodiscard]] std::int64_t statements_run() const;

  // PRAGMA integrity_check: "ok" or the problems SQLite found.
  [[nodiscard]] std::string integrity_check() const;

private:
  template <class Work>
  auto write(Work&& work);
  void record(CaseId case_id, const char* entity, std::int64_t entity_id, const char* field,
              const std::optional<std::string>& old_value, const std::optional<std::string>& new_value,
              const std::string& actor, Timestamp at);
  void open_server();
  void migrate_core();
  // Refuses the write under way to `id` when others changed the case since the version seen (CaseChanged).
  void check_seen_version(CaseId id);
  // The history's last line now (0 for none).
  [[nodiscard]] std::int64_t last_history_line() const;
  // The chain value of a new line of `table` ("history" or "workspace_history"), after its last line.
  [[nodiscard]] std::string next_chain(const char* table, const HistoryFields& fields);
  void chain_history();
  // Refuses a write when the -wal file was removed while the database is open (it would go into a file
  // no one can find), after moving what the connection still holds into the database file.
  void require_wal();
  // After a change to a case: for it and every case tied to it, settles the items tied to events
  // that are recorded (and reopens those whose event was withdrawn), derives its deadlines, gives
  // items their due times and recomputes the list's totals and next due time.
  // Reach::this_case after what moves no deadline (a tick, a risk, closing): the case's own totals.
  enum class Reach { this_case, tied_cases };
  void touch(CaseId id, const std::string& actor, Timestamp at, Reach reach = Reach::tied_cases);
  // The search words and sort keys of one case, or of every case of a person (after their name changed).
  void index_case_for_list(CaseId id);
  void index_person_for_list(std::int64_t person_id);
  CaseId index_for_list(const char* subjects_sql, std::int64_t key);
  void refresh_one(CaseId id, const std::string& actor, Timestamp at);
  void settle_tied_items(CaseId id, const std::string& actor, Timestamp at);
  void derive(CaseId id);
  void refresh_case(CaseId id);
  void refresh_due_times(CaseId id);
  // An event not withdrawn, of a case open for changes; else a StorageError saying which.
  [[nodiscard]] CaseEvent require_active_event(std::int64_t event_id) const;
  // Refuses a write to a closed case (or one that does not exist).
  void require_open(CaseId id) const;
  std::int64_t insert_event(CaseId id, const std::string& kind, Timestamp at, const std::string& note,
                            const std::string& actor, Timestamp recorded);
  void put_record(const std::string& plugin_id, CaseId id, const sdk::RecordChange& change, const std::string& actor,
                  Timestamp at);
  CaseId create_case_without_person(const NewCase& request, const std::string& actor);
  std::int64_t insert_checklist(CaseId id, const ChecklistTemplate& source, const std::string& actor, Timestamp at);
  std::int64_t insert_risk_analysis(CaseId id, const RiskTemplate& source, const std::string& actor, Timestamp at);
  [[nodiscard]] std::pair<CaseId, RiskTemplate> analysis_scales(std::int64_t analysis_id) const;
  void insert_action(CaseId case_id, std::int64_t risk_id, const RiskAction& action, const std::string& actor, Timestamp at);
  std::int64_t insert_risk(std::int64_t analysis_id, const NewRisk& risk, const std::string& actor, Timestamp at);
  void change_risk(std::int64_t risk_id, const RiskAssessment& risk, const std::string& actor, Timestamp at);
  [[nodiscard]] StorageError failure(const std::exception& error) const;
  // A statement of the hot paths (a tick, a case's refresh), prepared once per database and reset
  // when the returned handle goes, so no read is left open. `sql` is a string literal: its address is
  // the key.
  class Prepared;
  [[nodiscard]] Prepared prepared(const char* sql) const;
  [[nodiscard]] const RiskTemplate& stored_risk_template(const std::string& xml) const;

  std::filesystem::path file_;
  std::string place_;
  bool created_ = false;
  Clock clock_;
  Rules rules_;
  std::vector<sdk::ReserveNumberFormat> reserve_formats_;
  mutable std::map<std::string, RiskTemplate> parsed_templates_;  // by the stored template's XML
  std::vector<CaseId> changed_cases_;
  std::optional<std::vector<std::string>> list_scope_;  // municipality sort keys; none: every case
  // Optimistic concurrency: the version of each case this client showed, the cases the write under way
  // checked and the lines it wrote (case, line), and the lines this Storage committed (not others'
  // changes, even in a tied case).
  mutable std::map<CaseId, std::int64_t> seen_versions_;
  std::vector<CaseId> checked_in_write_;
  std::vector<std::pair<CaseId, std::int64_t>> lines_in_write_;
  std::set<std::int64_t> own_lines_;
  std::int64_t looked_until_ = 0;
  // The embedded file or the shared server (sql_connection.hpp). Reads prepare statements, so it is
  // reached from const members too.
  std::unique_ptr<sql::Connection> db_;
  // After db_, so they are finalised before the database closes.
  mutable std::map<const char*, std::unique_ptr<sql::Statement>> prepared_;
};

}  // namespace trygg
