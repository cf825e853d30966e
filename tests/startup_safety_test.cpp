// Plugin start-up under the review's conditions (issue 17, point 1): hundreds of trygg-cli processes
// starting at once, and starts killed at random moments. Neither may switch a plugin off: every later
// start shows the discharge case under its rules.
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

using namespace trygg;

namespace {

// trygg-cli with its own data and config folders, started without waiting for it.
class CliProcesses {
public:
  CliProcesses()
  {
    for (char** entry = environ; *entry != nullptr; ++entry) {
      const std::string_view text(*entry);
      if (!text.starts_with("XDG_DATA_HOME=") && !text.starts_with("XDG_CONFIG_HOME=") && !text.starts_with("TRYGG_")) {
        environment_.emplace_back(text);
      }
    }
    environment_.push_back("XDG_DATA_HOME=" + (folder_ / "data").string());
    environment_.push_back("XDG_CONFIG_HOME=" + (folder_ / "config").string());
    environment_.push_back("TRYGG_USER=testare");
    environment_.push_back("TRYGG_LANG=sv");
  }

  // Starts `trygg-cli args…` with its output in out-<n>.txt; returns its pid.
  pid_t start(const std::vector<std::string>& args, int n)
  {
    std::vector<std::string> argv_text{TRYGG_CLI};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : argv_text) {
      argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (auto& entry : environment_) {
      envp.push_back(entry.data());
    }
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const auto out = output(n).string();
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int failed = posix_spawn(&pid, TRYGG_CLI, &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(failed == 0);
    return pid;
  }

  // Runs it to the end: its exit code (-1 when killed) and what it printed.
  std::pair<int, std::string> run(const std::vector<std::string>& args, int n = 0)
  {
    const int code = exit_code(start(args, n));
    return {code, printed(n)};
  }

  static int exit_code(pid_t pid)
  {
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  [[nodiscard]] std::string printed(int n) const
  {
    std::ifstream in(output(n));
    return {std::istreambuf_iterator<char>(in), {}};
  }
  [[nodiscard]] std::string db() const { return (folder_ / "startup.db").string(); }
  // What the load markers left behind: files of starts that never finished, and crash counts.
  [[nodiscard]] int markers_left(const char* extension = ".crashes") const
  {
    int left = 0;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder_ / "data/trygg/plugin-load-markers", error)) {
      left += entry.path().extension() == extension ? 1 : 0;
    }
    return left;
  }

private:
  [[nodiscard]] std::filesystem::path output(int n) const { return folder_ / ("out-" + std::to_string(n) + ".txt"); }

  test::TempFolder folder_;
  std::vector<std::string> environment_;
};

// The discharge case as its plugin shows it: the traffic light only the plugin's rules give.
bool shown_under_its_rules(const std::pair<int, std::string>& run)
{
  return run.first == 0 && run.second.find("hemgångsklar") != std::string::npos;
}

}  // namespace

TEST_CASE("plugin start-up - 300 trygg-cli case show started 50 at a time all show the discharge case under its rules")
{
  CliProcesses cli;
  REQUIRE(cli.run({"init", "--demo", "--db", cli.db()}).first == 0);
  REQUIRE(shown_under_its_rules(cli.run({"--db", cli.db(), "case", "show", "1"})));

  int shown = 0;
  for (int wave = 0; wave < 6; ++wave) {
    std::vector<pid_t> started;
    for (int n = 0; n < 50; ++n) {
      started.push_back(cli.start({"--db", cli.db(), "case", "show", "1"}, n));
    }
    for (int n = 0; n < 50; ++n) {
      const int code = CliProcesses::exit_code(started[static_cast<std::size_t>(n)]);
      shown += shown_under_its_rules({code, cli.printed(n)}) ? 1 : 0;
    }
  }
  CHECK(shown == 300);
  CHECK(cli.markers_left() == 0);
  CHECK(shown_under_its_rules(cli.run({"--db", cli.db(), "case", "show", "1"})));
}

TEST_CASE("plugin start-up - trygg-cli killed at random moments while starting: the next start loads every plugin")
{
  CliProcesses cli;
  REQUIRE(cli.run({"init", "--demo", "--db", cli.db()}).first == 0);
  const auto started = std::chrono::steady_clock::now();
  REQUIRE(shown_under_its_rules(cli.run({"--db", cli.db(), "case", "show", "1"})));
  const auto whole_start = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);

  std::mt19937 random(17);
  int killed = 0;
  int while_loading = 0;  // killed with a library half loaded: its marker stays behind
  for (int round = 0; round < 25; ++round) {
    CAPTURE(round);
    // Anywhere from the first instruction to the last, as an OOM kill or a logout would land.
    const auto delay = std::chrono::microseconds(std::uniform_int_distribution<long long>(0, whole_start.count())(random));
    const pid_t pid = cli.start({"--db", cli.db(), "case", "show", "1"}, 1);
    std::this_thread::sleep_for(delay);
    ::kill(pid, SIGKILL);
    killed += CliProcesses::exit_code(pid) == -1 ? 1 : 0;
    while_loading += cli.markers_left(".loading") > 0 ? 1 : 0;
    CHECK(shown_under_its_rules(cli.run({"--db", cli.db(), "case", "show", "1"})));
  }
  MESSAGE(killed << " of 25 starts were killed before they finished, " << while_loading << " while loading a library");
  CHECK(killed > 0);
  CHECK(cli.markers_left() == 0);
}
