#pragma once

#include "trygg/sdk/case_snapshot.hpp"
#include "trygg/sdk/changes.hpp"
#include "trygg/sdk/visibility.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trygg::sdk {

// One case as a list shows it (frozen within a major).
struct CaseRow {
  std::int64_t id = 0;
  std::string plugin_id;
  std::string process;
  std::string title;
  bool open = true;
  std::string person_name;
  std::string person_identity;  // twelve digits
  std::string municipality;
  std::chrono::sys_seconds opened_at;
};

// Which cases a tool asks for (frozen within a major). Empty fields do not filter.
struct CaseQuery {
  std::string process;
  bool open_only = true;
  std::string municipality;
  std::optional<std::chrono::sys_seconds> opened_after;
  std::optional<std::chrono::sys_seconds> opened_before;
};

// A record that asks for attention by a date (frozen within a major), with the case it belongs to.
struct DueRecord {
  CaseRow case_row;
  std::string kind;
  std::chrono::sys_seconds due;
};

// The error a host service throws: the message says what and where, in the user's language.
class TRYGG_SDK_API HostError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
  ~HostError() override;
};

// What the host offers a plugin's code: its records, read-only queries over cases, and one door for
// writes. Each plugin gets its own Host, so it reads and writes only its own records. The host
// implements this interface; new services are added at the end, so built plugins keep working.
class TRYGG_SDK_API Host {
public:
  Host() = default;
  Host(const Host&) = delete;
  Host& operator=(const Host&) = delete;
  virtual ~Host();

  // The plugin's id and folder (its content files live below it).
  [[nodiscard]] virtual std::string plugin_id() const = 0;
  [[nodiscard]] virtual std::filesystem::path folder() const = 0;
  // The workspace's clock and the person acting.
  [[nodiscard]] virtual std::chrono::sys_seconds now() const = 0;
  [[nodiscard]] virtual std::string actor() const = 0;

  // The plugin's record of a case, or of the workspace (case 0) under `key`.
  [[nodiscard]] virtual std::optional<std::string> record(std::int64_t case_id, const std::string& kind,
                                                          const std::string& key = {}) const = 0;
  // The plugin's records of a kind in open cases that are due before `until`, soonest first.
  [[nodiscard]] virtual std::vector<DueRecord> records_due(const std::string& kind, std::chrono::sys_seconds until) const = 0;
  // Cases, newest first, and one case as a rule sees it.
  [[nodiscard]] virtual std::vector<CaseRow> cases(const CaseQuery& query) const = 0;
  [[nodiscard]] virtual std::optional<CaseSnapshot> snapshot(std::int64_t case_id) const = 0;

  // Commits the changes in one transaction with their history; throws HostError, and then nothing
  // was written, when any part is refused (an undeclared record kind, a document that is not a JSON
  // object, a case that does not exist).
  virtual void commit(const Changes& changes) = 0;

  // Opens a case of one of the plugin's processes for a person (twelve digits or any form people
  // write), linked to `opened_from` when not 0, with the process's checklists and risk analyses. A
  // process with subject="organisation" takes no person (empty identity and name) and a title (3.3).
  virtual std::int64_t open_case(const std::string& process, const std::string& title, const std::string& person_identity,
                                 const std::string& person_name, const std::string& municipality,
                                 std::int64_t opened_from = 0) = 0;

  // The data files the manifest declares with this schema (<data file="…" schema="…"/>), in the
  // manifest's order, as full paths. The host validated each against its schema before the plugin
  // started, so a plugin reads them knowing their form is right.
  [[nodiscard]] virtual std::vector<std::filesystem::path> data_files(const std::string& schema) const = 0;

  // Validates an XML file against one of Trygg's schemas (by file name, e.g. "staffing-routine.xsd");
  // throws HostError naming the file, line and element of each problem.
  virtual void validate_xml(const std::filesystem::path& file, const std::string& schema) const = 0;

  // A person's data the plugin lets out of the case's screen, logged before it goes (3.6; the Patient
  // Data Act's log, as the host logs its own prints and exports): `action` is "read", "print" or
  // "export", `what` says which document or file. Throws HostError, and the plugin shows nothing, when
  // the case's person is outside the user's municipalities (then only the case's screen, with a
  // reason, opens it).
  virtual void log_access(std::int64_t case_id, const std::string& action, const std::string& what) = 0;
};

}  // namespace trygg::sdk
