#pragma once

#include "trygg/assessment_record.hpp"
#include "trygg/consent.hpp"
#include "trygg/deadline_state.hpp"
#include "trygg/history_line.hpp"
#include "trygg/plugin_host.hpp"
#include "trygg/storage.hpp"

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace trygg {

struct CaseView;

// A read of a case outside the signed-in user's municipalities, asked without a reason.
class OutsideUnits : public Error {
public:
  OutsideUnits(CaseId case_id, std::string municipality, const std::string& message)
      : Error(ErrorKind::permission, message), case_id(case_id), municipality(std::move(municipality))
  {
  }
  CaseId case_id;
  std::string municipality;
};

// A database with the plugins that give its cases meaning: what the desktop app and the CLI both
// work through, so neither holds any domain logic of its own.
class Workspace {
public:
  // Opens the database, loads the plugins and runs each loaded plugin's own migrations; a plugin
  // whose migrations fail is rejected, the rest carry on.
  // Long work on open (deadlines derived again after a plugin's rules changed, for every case it has)
  // reports its progress: what is being done, how far, of how much.
  using Progress = std::function<void(const std::string& what, std::int64_t done, std::int64_t total)>;
  Workspace(const std::filesystem::path& database, const std::vector<PluginSearchPath>& plugin_paths,
            std::string actor, Storage::Clock clock = now, const PluginPolicy& policy = {},
            const std::filesystem::path& load_markers = {}, const Progress& progress = {});
  // Plugins hold a pointer to their workspace (their sdk::Host is bound to it).
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;
  ~Workspace();

  // For reading. Every change goes through the verbs below, which bind the user once and keep the
  // process's rules (declared event kinds, derived deadlines, tied items) in step with the change.
  [[nodiscard]] const Storage& storage() const { return storage_; }
  [[nodiscard]] const PluginHost& plugins() const { return plugins_; }
  [[nodiscard]] const std::string& actor() const { return actor_; }
  // Who is signed in to the shared server, as registered there (then also the actor, whatever was
  // given); none on a file, whose one user may do everything.
  [[nodiscard]] const std::optional<TryggUser>& user() const { return user_; }
  [[nodiscard]] bool may(Permission permission) const;
  // Throws a permission error naming the user and what they may not do.
  void require(Permission permission) const;
  // Registers (or changes) a user of the shared server: administrators only (Storage::register_user).
  void register_user(const TryggUser& user, const std::optional<std::string>& password);
  // The workspace's clock: what rules and documents count as now.
  [[nodiscard]] Timestamp current_time() const { return clock_(); }

  // A new case of a loaded plugin's process, with every checklist and risk analysis the plugin has
  // for that process already started; `linked_case` is the case it is opened from (a SIP's discharge).
  // A known person given another name or municipality throws NeedsConfirmation unless `confirmed`.
  CaseId open_case(const std::string& plugin_id, const std::string& process, const std::string& title,
                   const Person& person, std::optional<CaseId> linked_case = std::nullopt, bool confirmed = false);

  // Why the case's plugin is not loaded (turned off, not trusted, rejected, missing), or empty when it
  // is: then the case is shown without its process's deadlines, judgement and figures, and must say so.
  [[nodiscard]] std::string plugin_problem(const CareCase& care_case) const;

  // Called with each case a change through this workspace touched (the case and the cases tied to it),
  // after the change is committed: a list repaints those rows, an open case its screen.
  using ChangeListener = std::function<void(CaseId)>;
  int on_case_changed(ChangeListener listener);
  void forget_listener(int token);
  // Tells the listeners about the cases other clients of the database changed since the last call (the
  // app asks every few seconds), and returns them. A change through this workspace is told as it is made.
  std::vector<CaseId> look_for_changes();

  // ---- Verbs: every change to a case. Errors are trygg::Error with a kind (error.hpp). ----

  // An event of a kind the case's process declares (else a validation error naming the known kinds).
  // Dated in the future, or before the event the episode starts with, it needs `confirmed`: without,
  // NeedsConfirmation says why.
  struct NewEvent {
    std::string kind;
    Timestamp at;
    std::string note;
  };
  std::int64_t record_event(CaseId id, const NewEvent& event, bool confirmed = false);
  // Recorded events are corrected or withdrawn with a reason kept in the history, never deleted.
  void correct_event(std::int64_t event_id, Timestamp at, const std::string& reason, bool confirmed = false);
  void withdraw_event(std::int64_t event_id, const std::string& reason);
  // Ticks, reopens or comments an item. An item tied to an event records the event when ticked
  // (at `change.event_at`, else now; checked like record_event), and cannot be reopened while the
  // event stands (a conflict that names the event).
  void change_item(std::int64_t item_id, const ItemChange& change, bool confirmed = false);
  void close_case(CaseId id);
  void reopen_case(CaseId id, const std::string& reason);
  std::int64_t add_risk(std::int64_t analysis_id, const NewRisk& risk);
  void update_risk(std::int64_t risk_id, const RiskAssessment& risk);
  void complete_action(std::int64_t action_id);

  // The deadlines the case's process rules derived from it (kept by the storage layer, refreshed with
  // every change), with their state now. When the rules failed, none and the error in `error`.
  struct Deadlines {
    std::vector<EvaluatedDeadline> deadlines;
    std::string error;
  };
  [[nodiscard]] Deadlines deadlines(const CareCase& care_case) const;

  // The plugin's traffic-light judgement of the case (e.g. hemgångsklar), when it has one. A failing
  // plugin gives none, and its error instead.
  struct Readiness {
    std::optional<sdk::CaseReadiness> readiness;
    std::string error;
  };
  [[nodiscard]] Readiness readiness(const CareCase& care_case) const;

  // What the case's plugin contributes (capability "views"). A failing plugin contributes nothing
  // and its error is returned instead, so the case still opens.
  struct Contributions {
    std::vector<sdk::CaseView> views;
    std::vector<sdk::CaseAction> actions;
    std::string error;
  };
  [[nodiscard]] Contributions contributions(const CareCase& care_case) const;
  // Runs a plugin action and commits what it changes in one transaction; returns the plugin's message.
  // An action that records events checks them like record_event: without `confirmed`, a question
  // (NeedsConfirmation) names each event and its time, so a one-click "Utskriven nu" is never a slip.
  std::string run_action(CaseId id, const std::string& action_id, bool confirmed = false);

  // The figures the case's plugin works out (e.g. payment liability). A failing plugin gives none.
  struct Facts {
    std::vector<sdk::CaseFact> facts;
    std::string error;
  };
  [[nodiscard]] Facts facts(const CareCase& care_case) const;

  // What a plugin's code asks the host to write (sdk::Host::commit): record kinds must be declared in
  // its manifest with the right scope, the case must exist; then all of it in one transaction.
  void commit(const std::string& plugin_id, const sdk::Changes& changes);

  // The case as a plugin's code sees it, with its stored deadlines.
  [[nodiscard]] sdk::CaseSnapshot snapshot(const CareCase& care_case) const;
  [[nodiscard]] std::optional<sdk::CaseSnapshot> snapshot(CaseId id) const;

  // The record forms of the case's process (from the plugins' <form> content), with their plugin.
  struct Form {
    const PluginRecord* plugin;
    const RecordForm* form;
  };
  [[nodiscard]] std::vector<Form> forms_for(const CareCase& care_case) const;
  // Saves a filled-in form as the case's record: refused whole, naming each field, when a value is of
  // the wrong type or a required field is empty.
  void save_form(CaseId id, const Form& form, const std::string& json);

  // The scored instruments offered on a case: its plugin's, where a risk template of its process has
  // the instrument's area.
  struct Instrument {
    const PluginRecord* plugin;
    const ScoredInstrument* instrument;
  };
  [[nodiscard]] std::vector<Instrument> instruments_for(const CareCase& care_case) const;
  // The case's assessments with an instrument, oldest first.
  [[nodiscard]] std::vector<Assessment> assessments(CaseId id, const Instrument& instrument) const;
  // Scores answers with an instrument and keeps the assessment, in one transaction: the result goes into
  // the case's risk analysis (a new risk when the band is a risk; the risk an earlier assessment fed is
  // reassessed, so a result back to normal lowers it), and the next assessment falls due (shown in
  // "Idag"). Answers outside the options, or missing, are refused naming each, and nothing is stored.
  struct Assessed {
    InstrumentResult result;
    std::int64_t risk_id = 0;  // the risk fed, or 0
    Timestamp next_due;
    std::string risk_note;     // why the result did not go into the risk analysis, when it did not
  };
  Assessed assess(CaseId id, const std::string& instrument_id, const InstrumentAnswers& answers);
  // Sharing a case with another unit (print, export, a copy): a process with a consent form lets it
  // happen only under a valid consent naming the recipient. `to_person`: the person's own copy, which
  // needs no consent. disclose() refuses (a validation Error saying why) or logs the disclosure with its
  // recipient in the case's history, in one transaction, before anything leaves.
  [[nodiscard]] bool needs_consent(const CareCase& care_case) const;
  [[nodiscard]] ConsentCheck disclosure_check(const CareCase& care_case, const std::string& recipient) const;
  void disclose(CaseId id, const std::string& recipient, const std::string& what, bool to_person = false);
  // A read of the case's person's data by this workspace's user, from this client, in the access log
  // (opening a case, showing it, printing, exporting). Logged before the data is shown.
  // A case of a person outside the signed-in user's municipalities is read only with a reason
  // (nödåtkomst), kept in the log and flagged in the follow-up; without one, OutsideUnits is thrown and
  // nothing is read.
  void log_access(CaseId id, AccessAction action, const std::string& what,
                  const std::optional<std::string>& emergency_reason = std::nullopt);
  // The follow-up of the access log, for those who may do it.
  [[nodiscard]] std::vector<AccessLogLine> access_log(const AccessLogQuery& query) const;

  // Storage::due_items with records due by a date named in their plugin's words.
  [[nodiscard]] std::vector<DueItem> due_items(Timestamp until, int limit) const;

  // A history line about a plugin's record in the plugin's words ("SIP-plan: Insats 2: huvudman");
  // empty when the line is not about a record.
  [[nodiscard]] std::string record_field_label(const HistoryEntry& entry) const;

  // Processes a loaded plugin lets people open from this case (a SIP from a discharge), and opening one:
  // a case of that process for the same person, linked to this one.
  struct FollowOn {
    std::string plugin_id;
    std::string process;
    std::string label;
  };
  [[nodiscard]] std::vector<FollowOn> follow_ons_for(const CareCase& care_case) const;
  CaseId open_follow_on(CaseId from, const FollowOn& follow_on);

  // The name of an event kind as the case's plugin gives it, and every kind the plugin names.
  [[nodiscard]] std::string event_label(const CareCase& care_case, const std::string& kind) const;
  [[nodiscard]] std::vector<EventKind> event_kinds(const CareCase& care_case) const;

  // The case's risk analysis, starting one from the plugin's first template when there is none.
  std::int64_t risk_analysis_for(CaseId id);

  // Everything a case's screen shows, read once: the case, its checklists, risk analyses, deadlines,
  // the plugin's judgement, figures, pages and actions (from one snapshot), and its history in words.
  [[nodiscard]] std::optional<CaseView> view(CaseId id) const;

private:
  [[nodiscard]] sdk::CaseSnapshot snapshot_of(const CareCase& care_case, const std::vector<Checklist>& checklists,
                                              const std::vector<RiskAnalysis>& analyses,
                                              const std::vector<EvaluatedDeadline>* stored_deadlines) const;
  [[nodiscard]] Readiness readiness(const CareCase& care_case, const sdk::CaseSnapshot& case_snapshot) const;
  [[nodiscard]] Facts facts(const CareCase& care_case, const sdk::CaseSnapshot& case_snapshot) const;
  [[nodiscard]] Contributions contributions(const CareCase& care_case, const sdk::CaseSnapshot& case_snapshot) const;
  // What the case's rules derive now: the storage layer asks inside each write's transaction.
  [[nodiscard]] std::optional<Storage::Derivation> derive(CaseId id) const;
  // Brings stored deadlines up to date with plugins whose rules or content changed since last time.
  void rederive_changed_plugins(const Progress& progress);
  // The questions an event raises (future, before the episode's start), or a validation error.
  [[nodiscard]] std::vector<std::string> check_event(const CareCase& care_case, const std::string& kind, Timestamp at) const;
  [[nodiscard]] CareCase require_case(CaseId id) const;
  // The refusal of a write on top of others' changes, with each change as the history shows it.
  [[nodiscard]] std::string changed_in_words(const CaseChanged& changed) const;
  void tell_listeners(const std::vector<CaseId>& changed);
  // Runs a write, then tells the listeners which cases it changed.
  template <class Write>
  auto announcing(Write&& write);

  std::map<int, ChangeListener> listeners_;
  int next_listener_ = 0;

  Storage storage_;
  PluginHost plugins_;
  std::string actor_;
  std::optional<TryggUser> user_;
  Storage::Clock clock_;
};

// What Workspace::view reads for one refresh of a case's screen.
struct CaseView {
  CareCase care_case;
  std::string plugin_problem;
  std::vector<Checklist> checklists;
  std::vector<RiskAnalysis> risk_analyses;
  Workspace::Deadlines deadlines;
  Workspace::Readiness readiness;
  Workspace::Facts facts;
  Workspace::Contributions contributions;
  std::vector<HistoryLine> history;  // oldest first
  std::vector<CaseId> follow_on_cases;  // cases opened from this one
};

}  // namespace trygg
