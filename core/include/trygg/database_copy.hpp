#pragma once
// A whole Trygg database moved between the embedded file and the shared server, either way
// (`trygg-cli db copy --from A --to B`): every row of every table, the history lines with their chain as
// they were, then the chain verified in the copy. The source is read in one snapshot, so a copy taken
// while others work is consistent; the target is written in one transaction, so a failed copy leaves
// nothing behind.

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace trygg {

struct CopyReport {
  std::vector<std::pair<std::string, std::int64_t>> tables;  // rows copied, by table, in copy order
  std::int64_t history_lines = 0;                             // case and workspace history, chain verified
};

// `from` and `to` are database files or server addresses (postgresql://…). The target must be a file
// that does not exist yet, or a server database without cases (its schema is made when missing).
// Throws StorageError naming what is wrong; the target is then as it was.
CopyReport copy_database(const std::string& from, const std::string& to,
                         const std::function<void(const std::string& table, std::int64_t rows)>& progress = {});

}  // namespace trygg
