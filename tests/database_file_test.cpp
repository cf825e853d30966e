// The database file as a thing that can go wrong: an empty file, a damaged page, a copy taken while
// Trygg runs. Nothing is written to a file Trygg cannot trust, and a backup is whole or absent.
#include "test_support.hpp"

#include "trygg/app_paths.hpp"
#include "trygg/demo_data.hpp"
#include "trygg/sdk/atomic_file.hpp"
#include "trygg/scheduled_backup.hpp"
#include "trygg/storage.hpp"
#include "trygg/workspace.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include <sys/stat.h>

using namespace trygg;

namespace {

std::string bytes_of(const std::filesystem::path& file)
{
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("Database file - an empty file is refused and left as it is, not made into a new database")
{
  const test::TempFolder folder;
  const auto file = folder / "empty.db";
  std::ofstream(file).close();
  CHECK_THROWS_WITH_AS([&] { const Storage opened(file); }(), doctest::Contains("är tom (0 byte)"), StorageError);
  CHECK(std::filesystem::file_size(file) == 0);
}

TEST_CASE("Database file - a damaged page is found on open and nothing is written to the file")
{
  const test::TempFolder folder;
  const auto file = folder / "damaged.db";
  {
    Workspace workspace(file, test::bundled_plugins(), "anna");
    seed_demo_data(workspace);
  }
  // Garbage over the last page, as a failing disk or a bad copy leaves it.
  const auto size = std::filesystem::file_size(file);
  REQUIRE(size > 8192);
  {
    std::fstream out(file, std::ios::binary | std::ios::in | std::ios::out);
    out.seekp(static_cast<std::streamoff>(size - 4096));
    const std::string garbage(4096, '\xA5');
    out.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
  }
  const auto before = bytes_of(file);
  CHECK_THROWS_WITH_AS([&] { const Storage opened(file); }(), doctest::Contains("skadad"), StorageError);
  CHECK(bytes_of(file) == before);
}

TEST_CASE("Database file - trygg backup is a whole, consistent copy, a failed one leaves no half file")
{
  const test::TempFolder folder;
  const auto file = folder / "live.db";
  Workspace workspace(file, test::bundled_plugins(), "anna");
  seed_demo_data(workspace);
  const auto cases = workspace.storage().count_cases();
  // Taken while the workspace is open and its last changes may still be in the -wal file.
  workspace.storage().backup_to(folder / "copy.db");
  const Storage copy(folder / "copy.db");
  CHECK(copy.count_cases() == cases);
  CHECK(copy.integrity_check() == "ok");
  CHECK(copy.history(1).size() == workspace.storage().history(1).size());

  CHECK_THROWS_WITH_AS(workspace.storage().backup_to(folder / "no-such-folder" / "copy.db"), doctest::Contains("kunde inte skrivas"),
                       StorageError);
  CHECK_FALSE(std::filesystem::exists(folder / "no-such-folder" / "copy.db.partial"));
}

TEST_CASE("Scheduled backup - a copy when the newest is old enough, named by time, the oldest beyond keep removed, each one whole")
{
  const test::TempFolder folder;
  test::ManualClock clock;
  Storage storage(folder / "trygg.db", clock.function());
  NewCase request;
  request.plugin_id = "se.x";
  request.process = "p";
  request.person = {test::tolvan, "Tolvan", "Flen"};
  (void)storage.create_case(request, "anna");
  const BackupPolicy policy{folder / "backups", 1, 2};
  const auto first = backup_if_due(storage, policy, clock.at);
  REQUIRE(first);
  CHECK(first->filename().string().rfind("trygg-2026", 0) == 0);
  CHECK_FALSE(backup_if_due(storage, policy, clock.at + std::chrono::hours(1)));  // not due yet
  CHECK_FALSE(backup_if_due(storage, policy, clock.at + std::chrono::hours(23) + std::chrono::minutes(59)));
  // A day on by the one clock: due again, under another name. The copy's age is read from its name,
  // not from the file's time, which is the system's (a file touched today says nothing).
  std::filesystem::last_write_time(*first, std::chrono::file_clock::now());
  clock.at += std::chrono::hours(24);
  const auto second = backup_if_due(storage, policy, clock.at);
  REQUIRE(second);
  CHECK(*second != *first);
  clock.at += std::chrono::hours(48);
  REQUIRE(backup_if_due(storage, policy, clock.at));
  const auto kept = backups_of(storage.file(), policy.folder);
  REQUIRE(kept.size() == 2);  // the oldest went
  CHECK(kept.front() == *second);
  CHECK(Storage(kept.back()).count_cases() == 1);  // a whole database
  // Someone else's file in the folder is left alone.
  std::ofstream(policy.folder / "notes.db") << "x";
  CHECK(backups_of(storage.file(), policy.folder).size() == 2);
  // A clock set back (it was wrong when the newest copy was made): the copy "from the future" does
  // not stop one being made now.
  clock.at -= std::chrono::days(30);
  const auto after_set_back = backup_if_due(storage, policy, clock.at);
  REQUIRE(after_set_back);
  CHECK(std::filesystem::exists(*after_set_back));  // kept, though its name sorts first
  CHECK(backups_of(storage.file(), policy.folder).size() == 2);
}

TEST_CASE("Database file - a -wal file deleted while the database is open: the next write says so, naming the file")
{
  const test::TempFolder folder;
  const auto file = folder / "trygg.db";
  Storage storage(file);
  NewCase request;
  request.plugin_id = "se.x";
  request.process = "p";
  request.person = {test::tolvan, "Tolvan", "Flen"};
  (void)storage.create_case(request, "anna");
  std::filesystem::remove(file.string() + "-wal");
  try {
    (void)storage.create_case(request, "anna");
    FAIL("a write after the -wal file went was taken as saved");
  } catch (const StorageError& error) {
    CHECK(std::string(error.what()).find("-wal") != std::string::npos);
  }
  // What was saved before is in the database file, for the next one who opens it.
  CHECK(Storage(file).count_cases() == 1);
}

namespace {

unsigned mode_of(const std::filesystem::path& path)
{
  struct stat status {};
  REQUIRE(::stat(path.c_str(), &status) == 0);
  return status.st_mode & 0777U;
}

}  // namespace

TEST_CASE("Database file - personal data stays private: a new database, its WAL, backups and exports are the owner's alone")
{
  const test::TempFolder folder;
  const mode_t before = ::umask(022);  // the usual umask: files 0644 unless Trygg says otherwise
  const auto file = folder / "new" / "region" / "trygg.db";
  {
    Storage storage(file);
    auto request = NewCase{"se.trygg.test.good", "test", "Testärende", {test::tolvan, "Tolvan Tolvansson", "Eskilstuna"}, {}, {}};
    (void)storage.create_case(request, "anna");
    CHECK(mode_of(folder / "new") == 0700);
    CHECK(mode_of(folder / "new" / "region") == 0700);
    CHECK(mode_of(file) == 0600);
    REQUIRE(std::filesystem::exists(file.string() + "-wal"));
    CHECK(mode_of(file.string() + "-wal") == 0600);
    CHECK(mode_of(file.string() + "-shm") == 0600);
    storage.backup_to(folder / "copy.db");
    CHECK(mode_of(folder / "copy.db") == 0600);
    const auto made = backup_if_due(storage, {folder / "backups", 1, 3}, now());
    REQUIRE(made);
    CHECK(mode_of(folder / "backups") == 0700);
    CHECK(mode_of(*made) == 0600);
  }
  // An export is new (0600), or written over a file someone shared on purpose (its mode kept).
  sdk::write_file_atomically(folder / "export.html", "<p>Tolvan</p>");
  CHECK(mode_of(folder / "export.html") == 0600);
  ::chmod((folder / "export.html").c_str(), 0640);
  sdk::write_file_atomically(folder / "export.html", "<p>Tolvan igen</p>");
  CHECK(mode_of(folder / "export.html") == 0640);
  // A folder that exists and was chosen by someone keeps its mode.
  std::filesystem::create_directories(folder / "shared");
  ::chmod((folder / "shared").c_str(), 0750);
  { Storage storage(folder / "shared" / "team.db"); }
  CHECK(mode_of(folder / "shared") == 0750);
  CHECK(mode_of(folder / "shared" / "team.db") == 0600);

  // Trygg's own data folder, left open by an older Trygg, is made private when its database opens.
  ::setenv("XDG_DATA_HOME", (folder / "data").c_str(), 1);
  { Storage storage(default_database()); }
  ::chmod(user_data_folder().c_str(), 0755);  // as Trygg before schema 11 made them
  ::chmod(default_database().c_str(), 0644);
  { Storage storage(default_database()); }
  CHECK(mode_of(user_data_folder()) == 0700);
  CHECK(mode_of(default_database()) == 0600);
  ::unsetenv("XDG_DATA_HOME");
  ::umask(before);
}
