// A process killed with SIGKILL in the middle of a burst of writes loses no committed change.
#include "test_support.hpp"

#include "trygg/storage.hpp"

#include <doctest/doctest.h>

#include <csignal>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace trygg;

namespace {

// The writer: opens the database, then adds events as fast as it can, and after each commit tells
// the parent the id it got. It never stops by itself before the parent kills it.
[[noreturn]] void write_until_killed(const std::filesystem::path& file, CaseId id, int report_fd)
{
  try {
    Storage storage(file);
    for (int n = 0; n < 1'000'000; ++n) {
      const std::int64_t event = storage.add_event(id, "tick", now(), "burst " + std::to_string(n), "writer");
      if (::write(report_fd, &event, sizeof event) != sizeof event) {
        break;
      }
    }
  } catch (...) {
  }
  ::_exit(3);
}

}  // namespace

TEST_CASE("crash safety - SIGKILL during a burst of writes loses no committed change")
{
  const test::TempFolder folder;
  const auto file = folder / "burst.db";
  CaseId id = 0;
  {
    Storage storage(file);
    id = storage.create_case({"se.trygg.test.good", "test", "", {test::tolvan, "Tolvan", ""}, {}, {}}, "setup");
  }

  for (int round = 0; round < 3; ++round) {
    CAPTURE(round);
    int pipe_fds[2];
    REQUIRE(::pipe(pipe_fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      ::close(pipe_fds[0]);
      write_until_killed(file, id, pipe_fds[1]);
    }
    ::close(pipe_fds[1]);

    // Let a few dozen commits through, then kill the writer mid-stream.
    std::set<std::int64_t> committed;
    std::int64_t event = 0;
    while (committed.size() < static_cast<std::size_t>(40 + round * 25) && ::read(pipe_fds[0], &event, sizeof event) == sizeof event) {
      committed.insert(event);
    }
    REQUIRE(::kill(child, SIGKILL) == 0);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);
    // Everything reported before the kill was committed before it was reported.
    while (::read(pipe_fds[0], &event, sizeof event) == sizeof event) {
      committed.insert(event);
    }
    ::close(pipe_fds[0]);
    REQUIRE(committed.size() >= 40);

    const Storage after(file);
    CHECK(after.integrity_check() == "ok");
    std::set<std::int64_t> present;
    const auto stored_case = after.find_case(id);
    REQUIRE(stored_case);
    for (const auto& stored : stored_case->events) {
      present.insert(stored.id);
    }
    std::size_t missing = 0;
    for (const auto committed_id : committed) {
      missing += present.count(committed_id) == 0 ? 1 : 0;
    }
    CHECK(missing == 0);
    // Every event has its history line: the change and its trace were committed together.
    std::size_t traced = 0;
    for (const auto& entry : after.history(id)) {
      traced += entry.entity == "event" ? 1 : 0;
    }
    CHECK(traced == present.size());
  }
}
