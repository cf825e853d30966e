#pragma once
// Storage::write, shared by the storage layer's files: the one way a change reaches the database.

#include "trygg/error.hpp"
#include "trygg/storage.hpp"

#include "sql_connection.hpp"

#include <algorithm>
#include <type_traits>

namespace trygg {

class Storage::Prepared {
public:
  explicit Prepared(sql::Statement& statement) : statement_(&statement) {}
  Prepared(const Prepared&) = delete;
  Prepared& operator=(const Prepared&) = delete;
  ~Prepared()
  {
    try {
      statement_->reset();
      statement_->clearBindings();
    } catch (...) {
      // Resetting reports the last step's error again; the caller has already had it.
    }
  }
  sql::Statement& operator*() const { return *statement_; }
  sql::Statement* operator->() const { return statement_; }

private:
  sql::Statement* statement_;
};

// The case ?1 and the cases tied to it: the one it was opened from and those opened from it. Events in
// tied cases count alike everywhere (a kallelse recorded in the SIP meets the discharge's deadline).
inline constexpr const char* tied_cases_sql =
    "SELECT ?1 UNION SELECT linked_case_id FROM care_case WHERE id = ?1 AND linked_case_id IS NOT NULL "
    "UNION SELECT id FROM care_case WHERE linked_case_id = ?1";

template <class Work>
auto Storage::write(Work&& work)
{
  require_wal();
  try {
    // One writer at a time (sql::Connection::begin_write), so a write never fails half-way on a lock.
    sql::Transaction transaction(*db_);
    changed_cases_.clear();  // what a failed write touched did not change
    checked_in_write_.clear();
    lines_in_write_.clear();
    // Once committed, the cases this write checked are seen as it leaves them: its own lines are their
    // latest (one writer at a time, and none of others' since the version seen).
    const auto commit = [&] {
      transaction.commit();
      for (const CaseId id : checked_in_write_) {
        for (const auto& [case_id, line] : lines_in_write_) {
          if (case_id == id) {
            seen_versions_[id] = std::max(seen_versions_[id], line);
          }
        }
      }
      // Only now are they this client's: a write rolled back leaves numbers SQLite gives out again.
      for (const auto& written : lines_in_write_) {
        own_lines_.insert(written.second);
      }
    };
    if constexpr (std::is_void_v<decltype(work())>) {
      work();
      commit();
    } else {
      auto result = work();
      commit();
      return result;
    }
  } catch (const StorageError&) {
    throw;
  } catch (const NeedsConfirmation&) {
    throw;  // a question for the person, not a database failure
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

}  // namespace trygg
