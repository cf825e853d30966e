#include "test_support.hpp"

#include "trygg/plugin_host.hpp"
#include "trygg/sdk/api_version.hpp"
#include "trygg/sdk/plugin.hpp"

#include "trygg/sdk/case_snapshot_data.hpp"

#include <doctest/doctest.h>

#include <csignal>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace trygg;

namespace {

const PluginRecord& record_in(const PluginHost& host, const std::string& folder_name)
{
  for (const auto& plugin : host.plugins()) {
    if (plugin.folder.filename() == folder_name) {
      return plugin;
    }
  }
  FAIL("no plugin from folder " << folder_name);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("PluginHost - good plugins load and every bad one is rejected with its reason")
{
  const PluginHost host({{TRYGG_TEST_PLUGIN_DIR, PluginOrigin::environment}}, test::trusting_test_plugins());
  REQUIRE(host.plugins().size() == 8);

  const auto& good = record_in(host, "good");
  CHECK(good.loaded);
  CHECK(good.id == "se.trygg.test.good");
  CHECK(good.version == "1.2.3");
  CHECK(good.compiled);
  CHECK(good.origin == PluginOrigin::environment);
  CHECK(good.object() != nullptr);
  CHECK(good.checklists.size() == 1);
  CHECK(good.risk_templates.size() == 1);
  CHECK(host.find_loaded("se.trygg.test.good") == &good);

  struct Expectation {
    const char* folder;
    std::string reason_part;
  };
  const std::string ours = std::to_string(sdk::api_major) + "." + std::to_string(sdk::api_minor);
  for (const auto& [folder, reason_part] : {
           Expectation{"wrong-api", "plugin-API 4.0, Trygg har " + ours},
           Expectation{"unresolved-symbol", "trygg_test_function_that_does_not_exist"},
           Expectation{"missing-export", "trygg_plugin_api_level saknas"},
           Expectation{"old-api", "byggt för plugin-API 2, Trygg har " + ours + "; bygg om pluginen"},
           Expectation{"throws-on-load", "konfigurationsfilen saknas"},
           Expectation{"malformed-manifest", "plugin.xml:"},
           Expectation{"bad-content", "checklist.xml:4: <item>:"},
       }) {
    CAPTURE(folder);
    const auto& plugin = record_in(host, folder);
    CHECK_FALSE(plugin.loaded);
    CHECK(plugin.object() == nullptr);
    CHECK(plugin.reason.find(reason_part) != std::string::npos);
    // The reason names the file, so a process owner knows where to look.
    CHECK(plugin.reason.find(std::string(TRYGG_TEST_PLUGIN_DIR) + "/" + folder) != std::string::npos);
  }
}

TEST_CASE("PluginHost - the plugin's rules are called through the SDK")
{
  const PluginHost host({{test::test_plugin("good"), PluginOrigin::bundled}});
  const auto* good = host.find_loaded("se.trygg.test.good");
  REQUIRE(good != nullptr);
  const auto started = *from_iso_utc("2026-12-24T08:00:00Z");
  const auto deadlines = host.deadlines(*good, sdk::CaseSnapshot(sdk::CaseSnapshotData{1, "test", {{"started", started}}}));
  REQUIRE(deadlines.size() == 1);
  CHECK(deadlines[0].due == started + std::chrono::hours(24));
  CHECK_FALSE(deadlines[0].done);
  CHECK(host.migrations(*good).size() == 2);
}

TEST_CASE("PluginHost - two plugins with one id are a conflict, neither is picked")
{
  const test::TempFolder folder;
  for (const char* copy : {"first", "second"}) {
    std::filesystem::copy(test::test_plugin("good"), folder / copy, std::filesystem::copy_options::recursive);
  }
  const PluginHost host({{folder.path(), PluginOrigin::environment}});
  REQUIRE(host.plugins().size() == 2);
  for (const auto& plugin : host.plugins()) {
    CHECK_FALSE(plugin.loaded);
    CHECK(plugin.reason.find("se.trygg.test.good") != std::string::npos);
    CHECK(plugin.reason.find(plugin.folder.filename() == "first" ? "second" : "first") != std::string::npos);
  }
  CHECK(host.find_loaded("se.trygg.test.good") == nullptr);
}

TEST_CASE("PluginHost - an untrusted copy of a bundled plugin, or one turned off, does not switch the bundled one off")
{
  const test::TempFolder folder;
  std::filesystem::copy(test::test_plugin("good"), folder / "copy", std::filesystem::copy_options::recursive);
  const PluginHost untrusted({{test::test_plugin("good"), PluginOrigin::bundled}, {folder / "copy", PluginOrigin::user}});
  REQUIRE(untrusted.find_loaded("se.trygg.test.good") != nullptr);
  CHECK(untrusted.find_loaded("se.trygg.test.good")->origin == PluginOrigin::bundled);
  CHECK(untrusted.plugins().back().needs_trust);

  PluginPolicy trusting;
  trusting.trust(folder / "copy");
  const PluginHost trusted({{test::test_plugin("good"), PluginOrigin::bundled}, {folder / "copy", PluginOrigin::user}}, trusting);
  CHECK(trusted.find_loaded("se.trygg.test.good") == nullptr);  // trusted, it is a real conflict: both named
}

TEST_CASE("PluginHost - one folder reached by two search paths loads once")
{
  const PluginHost host({{TRYGG_TEST_PLUGIN_DIR, PluginOrigin::bundled}, {test::test_plugin("good"), PluginOrigin::environment}});
  int goods = 0;
  for (const auto& plugin : host.plugins()) {
    goods += plugin.id == "se.trygg.test.good" ? 1 : 0;
  }
  CHECK(goods == 1);
  CHECK(host.find_loaded("se.trygg.test.good") != nullptr);
}

TEST_CASE("PluginHost - a folder without a manifest and missing search paths are reported or skipped")
{
  const test::TempFolder folder;
  std::filesystem::create_directories(folder / "stray");
  const PluginHost host({{folder.path(), PluginOrigin::user}, {folder / "does-not-exist", PluginOrigin::user}});
  REQUIRE(host.plugins().size() == 1);
  CHECK_FALSE(host.plugins()[0].loaded);
  CHECK(host.plugins()[0].reason.find("plugin.xml") != std::string::npos);
  CHECK(host.plugins()[0].reason.find("finns inte") != std::string::npos);
}

TEST_CASE("PluginHost - the bundled plugins all load: compiled and declarative")
{
  const PluginHost host(test::bundled_plugins());
  int compiled = 0;
  int declarative = 0;
  for (const auto& plugin : host.plugins()) {
    CAPTURE(plugin.reason);
    CHECK(plugin.loaded);
    (plugin.compiled ? compiled : declarative) += 1;
  }
  CHECK(compiled >= 1);
  CHECK(declarative >= 1);
}

namespace {

// Starts Trygg's plugin host in a child process; true when the child was killed by a signal (a crash).
bool crashed_in_child(const std::vector<PluginSearchPath>& paths, const std::filesystem::path& markers)
{
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::signal(SIGABRT, SIG_DFL);
    const PluginHost host(paths, {}, markers);
    ::_exit(0);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  return WIFSIGNALED(status);
}

std::vector<std::string> files_in(const std::filesystem::path& folder)
{
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    names.push_back(entry.path().filename().string());
  }
  return names;
}

}  // namespace

TEST_CASE("PluginHost - a library that crashed Trygg while loading gets one more chance, then stays off until turned on")
{
  const test::TempFolder markers;
  const std::vector<PluginSearchPath> crashing{{TRYGG_CRASHING_PLUGIN_DIR, PluginOrigin::bundled}};
  // First start: the plugin aborts the whole process while it loads, leaving that process's marker.
  REQUIRE(crashed_in_child(crashing, markers.path()));
  // One crash may be an out-of-memory kill or a power cut: the next start loads it again (and it crashes again).
  CHECK(crashed_in_child(crashing, markers.path()));

  // After two crashes of the same library it is not loaded again (this process survives), off, and says why.
  const PluginHost host(crashing, {}, markers.path());
  REQUIRE(host.plugins().size() == 1);
  CHECK_FALSE(host.plugins()[0].loaded);
  CHECK(host.plugins()[0].disabled);
  CHECK(host.plugins()[0].reason.find("kraschade Trygg de senaste 2 gångerna") != std::string::npos);

  // Turning it on again forgets the crashes.
  forget_plugin_load_crashes(markers.path(), "se.trygg.test.crashes-on-load");
  CHECK(files_in(markers.path()).empty());
}

TEST_CASE("PluginHost - another process still starting, or a crash of a library since replaced, turns nothing off")
{
  const test::TempFolder markers;
  const std::vector<PluginSearchPath> good{{test::test_plugin("good"), PluginOrigin::bundled}};
  // A process that is loading the plugin right now (alive, sleeping) has its marker there.
  const pid_t starting = ::fork();
  REQUIRE(starting >= 0);
  if (starting == 0) {
    ::sleep(30);
    ::_exit(0);
  }
  const auto live_marker = markers / ("se.trygg.test.good." + std::to_string(starting) + ".loading");
  std::ofstream(live_marker) << "whatever it loads\n";
  // A process that died while loading another build of the library.
  const pid_t gone = ::fork();
  REQUIRE(gone >= 0);
  if (gone == 0) {
    ::_exit(0);
  }
  REQUIRE(::waitpid(gone, nullptr, 0) == gone);
  std::ofstream(markers / ("se.trygg.test.good." + std::to_string(gone) + ".loading")) << "an older build\n";

  for (int start = 0; start < 3; ++start) {
    const PluginHost host(good, {}, markers.path());
    CHECK(host.plugins()[0].loaded);
    CHECK(host.plugins()[0].reason.empty());
  }
  CHECK(std::filesystem::exists(live_marker));  // still the other process's
  CHECK(files_in(markers.path()) == std::vector<std::string>{live_marker.filename().string()});
  ::kill(starting, SIGKILL);
  ::waitpid(starting, nullptr, 0);
}
