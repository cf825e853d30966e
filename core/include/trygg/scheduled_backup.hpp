#pragma once
// Backups kept in a folder of the user's choosing: a copy named after the database and the time
// (trygg-20261124-0930.db), made when the newest there is older than the interval, the oldest beyond
// `keep` removed. The app runs it when it opens a database; `trygg-cli backup --folder` from cron.

#include "trygg/storage.hpp"

#include <filesystem>
#include <optional>
#include <vector>

namespace trygg {

struct BackupPolicy {
  std::filesystem::path folder;
  int every_days = 1;  // 0: a copy every time it is asked
  int keep = 10;
};

// The backups of `database` in the folder, oldest first.
[[nodiscard]] std::vector<std::filesystem::path> backups_of(const std::filesystem::path& database, const std::filesystem::path& folder);

// Makes a backup when one is due (the newest is `every_days` old or more, or there is none) and prunes to
// `keep`; returns the copy made, or nothing when none was due. Throws StorageError naming the folder.
std::optional<std::filesystem::path> backup_if_due(const Storage& storage, const BackupPolicy& policy, Timestamp now);

}  // namespace trygg
