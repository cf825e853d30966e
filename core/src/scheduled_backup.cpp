#include "trygg/scheduled_backup.hpp"

#include "trygg/private_files.hpp"

#include "trygg/i18n.hpp"
#include "trygg/storage_error.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace trygg {
namespace {

// "trygg-20261124-093000.db": sorts by time as text.
std::string backup_name(const std::filesystem::path& database, Timestamp at)
{
  const auto date = local_date(at);
  const int minute = local_minute(at);
  const auto seconds = static_cast<int>((at.time_since_epoch() % std::chrono::minutes(1)).count());
  return fmt::format("{}-{:04}{:02}{:02}-{:02}{:02}{:02}.db", database.stem().string(), static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), minute / 60, minute % 60, seconds);
}

}  // namespace

std::vector<std::filesystem::path> backups_of(const std::filesystem::path& database, const std::filesystem::path& folder)
{
  std::vector<std::filesystem::path> found;
  std::error_code error;
  const std::string prefix = database.stem().string() + "-";
  for (auto entry = std::filesystem::directory_iterator(folder, error); !error && entry != std::filesystem::directory_iterator();
       entry.increment(error)) {
    const auto name = entry->path().filename().string();
    // Only our own: prefix, 8 + 1 + 6 digits, ".db" (not a -wal beside it, not someone else's file).
    if (entry->is_regular_file(error) && name.size() == prefix.size() + 18 && name.rfind(prefix, 0) == 0 &&
        name.substr(name.size() - 3) == ".db" && name[prefix.size() + 8] == '-') {
      found.push_back(entry->path());
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::optional<std::filesystem::path> backup_if_due(const Storage& storage, const BackupPolicy& policy, Timestamp now)
{
  std::error_code error;
  try {
    create_private_folders(policy.folder);  // a folder made for backups of personal data: its owner's alone
  } catch (const std::filesystem::filesystem_error& failure) {
    throw StorageError(trf("Säkerhetskopiorna kan inte sparas i {}: {}", policy.folder.string(), failure.code().message()));
  }
  auto existing = backups_of(storage.file(), policy.folder);
  if (!existing.empty() && policy.every_days > 0) {
    const auto newest = std::filesystem::last_write_time(existing.back(), error);
    const auto age = std::chrono::file_clock::now() - newest;
    if (!error && age < std::chrono::days(policy.every_days)) {
      return std::nullopt;
    }
  }
  const auto target = policy.folder / backup_name(storage.file(), now);
  storage.backup_to(target);
  existing = backups_of(storage.file(), policy.folder);
  for (std::size_t index = 0; policy.keep > 0 && existing.size() > static_cast<std::size_t>(policy.keep) + index; ++index) {
    std::filesystem::remove(existing[index], error);  // the oldest first; one that cannot go stays
  }
  return target;
}

}  // namespace trygg
