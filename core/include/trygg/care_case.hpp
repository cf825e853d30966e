#pragma once

#include "trygg/checklist.hpp"
#include "trygg/risk.hpp"
#include "trygg/time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trygg {

using CaseId = std::int64_t;

enum class CaseStatus { open, closed };
[[nodiscard]] std::string_view to_string(CaseStatus status);
[[nodiscard]] std::optional<CaseStatus> case_status_from(std::string_view text);

// A dated event in a case: admission, ready for discharge, SIP meeting... Which kinds exist is the
// plugin's business; core only keeps them in order.
struct CaseEvent {
  std::int64_t id = 0;
  std::string kind;
  Timestamp at;
  std::string note;
  std::string recorded_by;
  Timestamp recorded_at;
  std::int64_t case_id = 0;
};

// A person as far as a case needs one. Names in the demo data are fictional. A case about a unit, an
// agreement or a period has a Person with an empty identity and name: only its municipality.
struct Person {
  std::string identity;  // twelve digits, see PersonalIdentity::normalised
  std::string name;
  std::string municipality;

  [[nodiscard]] bool named() const { return !identity.empty(); }
};

// Who or what a case is about, as one line: name · personnummer · municipality · process, leaving out
// what a case about a unit, an agreement or a period does not have.
[[nodiscard]] std::string subject_line(const Person& person, std::string_view process);

// One process of one plugin for one person.
struct CareCase {
  CaseId id = 0;
  std::string plugin_id;
  std::string process;
  std::string title;
  CaseStatus status = CaseStatus::open;
  Person person;
  Timestamp opened_at;
  std::string opened_by;
  std::optional<Timestamp> closed_at;
  std::vector<CaseEvent> events;  // oldest first
  std::optional<CaseId> linked_case;  // the case this one was opened from (a follow-on process's origin)
  std::string rules_error;  // why the process's rules failed when last asked, or empty
};

// Another case tied to one, with its active events (kind, when), oldest first.
struct LinkedCaseEvents {
  CaseId id = 0;
  std::string process;
  std::vector<std::pair<std::string, Timestamp>> events;
};

// What a new case needs; the storage layer stamps who and when.
struct NewCase {
  std::string plugin_id;
  std::string process;
  std::string title;
  Person person;
  std::vector<ChecklistTemplate> checklists;
  std::vector<RiskTemplate> risk_templates;
  std::optional<CaseId> linked_case;
  // A known person whose name or municipality differs: confirmed changes the person in all their cases;
  // otherwise NeedsConfirmation names the person as known. An empty name or municipality keeps what is known.
  bool person_change_confirmed = false;
  // False for a process whose cases are about a unit, an agreement or a period (<process subject=
  // "organisation">): no person, the title says what the case is about, the municipality is the case's.
  bool about_person = true;
};

// One row of the case list: enough to find and sort, without loading the whole case.
struct CaseSummary {
  CaseId id = 0;
  std::string plugin_id;
  std::string process;
  std::string title;
  CaseStatus status = CaseStatus::open;
  std::string person_identity;
  std::string person_name;
  std::string municipality;
  Timestamp opened_at;
  int items_total = 0;
  int items_done = 0;  // done or not applicable
  std::optional<Timestamp> next_due;  // the earliest due time of an unsettled item or an open deadline
};

// An unsettled checklist item with a due time, or an open deadline of the process no open item stands
// for (then `item_id` is 0, `deadline_key` names it and `role` holds its source), or a plugin's record
// due by a date (`deadline_key` "record:<plugin id>", `text` the record's kind until Workspace::due_items
// names it), for "Idag".
struct DueItem {
  CaseId case_id = 0;
  std::string case_title;
  std::string person_name;
  std::string person_identity;
  std::string municipality;
  std::int64_t item_id = 0;
  std::string text;
  std::string role;
  Timestamp due_at;
  std::string deadline_key;
};


// Which cases the list shows by their due items.
enum class DueFilter { any, overdue, due_today };

struct CaseFilter {
  std::optional<CaseStatus> status;
  std::string process;  // empty: every process
  std::string search;   // name, personnummer or case id
  std::string municipality;  // empty: every municipality
  DueFilter due = DueFilter::any;
};

// The orders the case list can be read in from the database (the live judgements, the traffic light
// and a plugin's fact, are not stored and cannot be). Names, municipalities and titles in Swedish
// order (sdk::swedish_sort_key); a case without a next due time comes last; ties by case number.
enum class CaseSortKey { id, identity, name, municipality, process, progress, next_due, status, title };
struct CaseOrder {
  CaseSortKey key = CaseSortKey::id;
  bool ascending = false;  // the list's first order: newest case first
  friend bool operator==(const CaseOrder&, const CaseOrder&) = default;
};

}  // namespace trygg
