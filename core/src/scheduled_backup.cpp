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

// When a backup was made, read back from its name (Swedish local time, to the second).
std::optional<Timestamp> taken_at(const std::filesystem::path& database, const std::filesystem::path& backup)
{
  const auto name = backup.filename().string();
  const auto stamp = name.substr(std::min(name.size(), database.stem().string().size() + 1));  // "20261124-093000.db"
  const auto date = from_iso_date(stamp.substr(0, 4) + "-" + stamp.substr(4, 2) + "-" + stamp.substr(6, 2));
  const bool digits = stamp.size() >= 15 && std::all_of(stamp.begin() + 9, stamp.begin() + 15, [](char c) { return c >= '0' && c <= '9'; });
  if (!date || !digits) {
    return std::nullopt;
  }
  const auto number = [&](std::size_t at) { return (stamp[at] - '0') * 10 + (stamp[at + 1] - '0'); };
  return local_instant(*date, number(9) * 60 + number(11)) + std::chrono::seconds(number(13));
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
    // The newest copy's age by the time in its name, against the one clock: a file's modification
    // time is the system's, and a copy moved or restored gets a new one. A copy from "after" now (a
    // clock that was wrong) does not stop one being made now.
    const auto taken = taken_at(storage.file(), existing.back());
    if (taken && *taken <= now && now - *taken < std::chrono::days(policy.every_days)) {
      return std::nullopt;
    }
  }
  const auto target = policy.folder / backup_name(storage.file(), now);
  storage.backup_to(target);
  // The oldest go first; one that cannot go stays. The copy just made is kept whatever its name says.
  existing = backups_of(storage.file(), policy.folder);
  std::erase(existing, target);
  for (std::size_t index = 0; policy.keep > 0 && existing.size() + 1 > static_cast<std::size_t>(policy.keep) + index; ++index) {
    std::filesystem::remove(existing[index], error);
  }
  return target;
}

}  // namespace trygg
