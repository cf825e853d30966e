#pragma once
// Tamper evidence for the append-only history: each line carries a hash of its own fields and of the
// line before it, so a line changed, inserted or removed with plain SQL (triggers dropped and put back)
// no longer matches, and `trygg-cli verify` names it. The hash has no secret: it shows tampering by
// anyone who does not also recompute every later line; a backup kept elsewhere anchors it.

#include <sqlite3.h>

#include <optional>
#include <string>

namespace trygg {

// The fields of a history line as stored, in column order, as SQLite gives them as text.
struct HistoryFields {
  std::optional<std::string> case_id;  // none for a workspace line
  std::optional<std::string> at;
  std::optional<std::string> actor;
  std::optional<std::string> entity;
  std::optional<std::string> entity_id;
  std::optional<std::string> field;
  std::optional<std::string> old_value;
  std::optional<std::string> new_value;
};

// "sha256:" + hex of SHA-256 over the previous line's chain (empty for the first) and the fields.
[[nodiscard]] std::string history_chain(const std::string& previous, const HistoryFields& fields);

// trygg_chain(previous, case_id, at, actor, entity, entity_id, field, old_value, new_value) for SQL, so an
// insert chains itself to the line before it in the same statement.
void history_chain_function(sqlite3_context* context, int count, sqlite3_value** values);

}  // namespace trygg
