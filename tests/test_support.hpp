#pragma once

#include "trygg/plugin_host.hpp"
#include "trygg/plugin_policy.hpp"
#include "trygg/time.hpp"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <cstdio>
#include <sys/wait.h>
#include <unistd.h>

namespace trygg::test {

// A fresh folder for one test, removed with everything in it afterwards.
class TempFolder {
public:
  TempFolder()
  {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("trygg-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  ~TempFolder()
  {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
  std::filesystem::path path_;
};

// What a shell command printed on standard out, and its exit code (-1 when it did not exit).
struct CommandRun {
  std::string out;
  int exit_code = -1;
};
inline CommandRun run_command(const std::string& command)
{
  CommandRun run;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) {
    return run;
  }
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
    run.out.append(buffer, n);
  }
  const int status = ::pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

// A clock that only moves when told, so "who and when" can be checked exactly.
struct ManualClock {
  Timestamp at = from_iso_utc("2026-12-23T09:00:00Z").value();
  [[nodiscard]] auto function()
  {
    return [this] { return at; };
  }
};

inline std::filesystem::path test_plugin(const std::string& name)
{
  return std::filesystem::path(TRYGG_TEST_PLUGIN_DIR) / name;
}

// A policy that trusts every test plugin folder as it is now: third-party code (TRYGG_PLUGIN_PATH
// included) runs only when trusted, and these tests load the broken ones on purpose.
inline PluginPolicy trusting_test_plugins()
{
  PluginPolicy policy;
  for (const auto& entry : std::filesystem::directory_iterator(TRYGG_TEST_PLUGIN_DIR)) {
    if (entry.is_directory()) {
      policy.trust(entry.path());
    }
  }
  return policy;
}

inline std::vector<PluginSearchPath> bundled_plugins()
{
  return {{TRYGG_BUNDLED_PLUGIN_DIR, PluginOrigin::bundled}};
}

// A valid personnummer (Skatteverket's well-known test number).
inline const char* const tolvan = "19121212-1212";

}  // namespace trygg::test
