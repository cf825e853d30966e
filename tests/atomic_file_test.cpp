#include "test_support.hpp"

#include "trygg/atomic_file.hpp"

#include <doctest/doctest.h>

#include <csignal>
#include <fstream>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace trygg;

namespace {

std::string contents(const std::filesystem::path& file)
{
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("atomic file - an export that cannot be written whole leaves the old file and no half one")
{
  const test::TempFolder folder;
  const auto file = folder / "arende-1.html";
  write_file_atomically(file, "<p>förra exporten</p>");
  CHECK(contents(file) == "<p>förra exporten</p>");
  CHECK_FALSE(std::filesystem::exists(file.string() + ".partial"));

  // A child whose files may not grow past 1 KiB writes 64 KiB: the write fails half-way, as on a full disk.
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit small{1024, 1024};
    setrlimit(RLIMIT_FSIZE, &small);
    try {
      write_file_atomically(file, std::string(65536, 'x'));
      _exit(0);  // written: the test fails below
    } catch (const std::exception&) {
      _exit(3);  // refused, as it should be
    }
  }
  int status = 0;
  waitpid(child, &status, 0);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 3);
  CHECK(contents(file) == "<p>förra exporten</p>");  // the old export is whole
  CHECK_FALSE(std::filesystem::exists(file.string() + ".partial"));

  CHECK_THROWS_WITH_AS(write_file_atomically(folder / "no-such-folder/x.html", "x"), doctest::Contains("x.html"), std::runtime_error);
}
