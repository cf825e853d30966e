// The SDK's host services, through a test plugin that knows nothing of any real process: records
// with their history, one transaction per act, declared kinds only, case queries, commands, facts,
// follow-on processes and the API's major.minor rule.
#include "test_database.hpp"
#include "test_support.hpp"

#include "trygg/sdk/api_version.hpp"
#include "trygg/workspace.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace trygg;

namespace {

struct GoodWorkspace {
  test::TempFolder folder;
  test::ManualClock clock;
  std::vector<PluginSearchPath> plugins{{test::test_plugin("good"), PluginOrigin::bundled}};
  Workspace workspace{test::signed_in(test::database(folder, "w.db"), "anna", plugins), plugins, "anna", clock.function()};
  const PluginRecord& plugin = *workspace.plugins().find_loaded("se.trygg.test.good");
  CaseId id = workspace.open_case("se.trygg.test.good", "test", "Ett ärende", {test::tolvan, "Tolvan", "Trosa"});
};

// A CommandIo that keeps what a command prints.
class CapturedIo final : public sdk::CommandIo {
public:
  [[nodiscard]] bool json() const override { return false; }
  void out(std::string_view text) override { out_ << text; }
  void err(std::string_view text) override { err_ << text; }
  [[nodiscard]] std::string read_input(const std::string& /*file*/) override { return {}; }
  void write_output(const std::string& text, const std::string& /*file*/) override { out_ << text; }
  [[nodiscard]] std::string out() const { return out_.str(); }
  [[nodiscard]] std::string err() const { return err_.str(); }

private:
  std::ostringstream out_;
  std::ostringstream err_;
};

}  // namespace

TEST_CASE("Record store - a plugin action's event and record are one act, each field in the history")
{
  GoodWorkspace w;
  const auto before = w.workspace.storage().history(w.id).size();
  CHECK(w.workspace.run_action(w.id, "note", true) == "Antecknat.");
  const auto history = w.workspace.storage().history(w.id);
  REQUIRE(history.size() == before + 3);  // the event and the record's two fields
  CHECK(history[before].entity == "event");
  CHECK(history[before].field == "noted");
  for (std::size_t i = before + 1; i < history.size(); ++i) {
    CHECK(history[i].entity == "record");
    CHECK(history[i].actor == "anna");
    CHECK(history[i].at == w.clock.at);
  }
  const auto snapshot = w.workspace.snapshot(w.id);
  REQUIRE(snapshot);
  CHECK(nlohmann::json::parse(snapshot->record("note").value())["text"] == "antecknat");
  CHECK(snapshot->latest("noted") == w.clock.at);
  // The plugin names its fields; where it does not, the pointer shows.
  for (std::size_t i = before + 1; i < history.size(); ++i) {
    const auto label = w.workspace.record_field_label(history[i]);
    CHECK((label == "Anteckning: text" || label == "Anteckning: /count"));
  }

  SUBCASE("the same record again writes nothing, a changed field writes one line with before and after")
  {
    const auto count = w.workspace.storage().history(w.id).size();
    w.workspace.commit(w.plugin.id, sdk::Changes(w.id).put_record("note", R"({"count": 1, "text": "antecknat"})"));
    CHECK(w.workspace.storage().history(w.id).size() == count);
    w.workspace.commit(w.plugin.id, sdk::Changes(w.id).put_record("note", R"({"count": 2, "text": "antecknat"})"));
    const auto after = w.workspace.storage().history(w.id);
    REQUIRE(after.size() == count + 1);
    CHECK(after.back().field == "note:/count");
    CHECK(after.back().old_value == "1");
    CHECK(after.back().new_value == "2");
  }
}

TEST_CASE("Record store - what a plugin may not write is refused whole: nothing of the act is saved")
{
  GoodWorkspace w;
  const auto before = w.workspace.storage().history(w.id).size();
  const auto events_before = w.workspace.storage().find_case(w.id)->events.size();
  // An undeclared kind, with an event in the same act: the event is not saved either.
  CHECK_THROWS_WITH_AS(w.workspace.run_action(w.id, "undeclared", true), doctest::Contains("\"secret\""), StorageError);
  CHECK(w.workspace.storage().history(w.id).size() == before);
  CHECK(w.workspace.storage().find_case(w.id)->events.size() == events_before);
  // Not a JSON object; a workspace record written to a case; a case record with no case.
  CHECK_THROWS_WITH_AS(w.workspace.commit(w.plugin.id, sdk::Changes(w.id).put_record("note", "[1, 2]")),
                       doctest::Contains("JSON-objekt"), StorageError);
  CHECK_THROWS_AS(w.workspace.commit(w.plugin.id, sdk::Changes(w.id).put_record("settings", "{}")), StorageError);
  CHECK_THROWS_AS(w.workspace.commit(w.plugin.id, sdk::Changes(0).put_record("note", "{}")), StorageError);
  CHECK(w.workspace.storage().history(w.id).size() == before);
  // A plugin action that throws names the plugin; the case is as it was.
  CHECK_THROWS_WITH_AS(w.workspace.run_action(w.id, "throws"), doctest::Contains("se.trygg.test.good"), PluginCallError);
  CHECK(w.workspace.storage().history(w.id).size() == before);
}

TEST_CASE("Record store - workspace records by key, records due, case queries")
{
  GoodWorkspace w;
  auto& host = *w.plugin.services;
  host.commit(sdk::Changes(0).put_record("settings", R"({"region": "Sörmland"})", std::nullopt, "eskilstuna"));
  host.commit(sdk::Changes(0).put_record("settings", R"({"region": "Skåne"})", std::nullopt, "malmo"));
  CHECK(nlohmann::json::parse(host.record(0, "settings", "eskilstuna").value())["region"] == "Sörmland");
  CHECK(nlohmann::json::parse(host.record(0, "settings", "malmo").value())["region"] == "Skåne");
  CHECK_FALSE(host.record(0, "settings", "flen"));

  const CaseId second = w.workspace.open_case("se.trygg.test.good", "test", "Två", {"19380412-2384", "Greta", "Flen"});
  host.commit(sdk::Changes(second).put_record("note", R"({"text": "snart"})", w.clock.at + std::chrono::hours(1)));
  host.commit(sdk::Changes(w.id).put_record("note", R"({"text": "senare"})", w.clock.at + std::chrono::hours(48)));
  const auto due = host.records_due("note", w.clock.at + std::chrono::hours(72));
  REQUIRE(due.size() == 2);
  CHECK(due[0].case_row.id == second);
  CHECK(due[0].case_row.municipality == "Flen");
  CHECK(host.records_due("note", w.clock.at + std::chrono::hours(2)).size() == 1);
  w.workspace.close_case(second);
  CHECK(host.records_due("note", w.clock.at + std::chrono::hours(72)).size() == 1);

  CHECK(host.cases({.process = "test"}).size() == 1);  // open ones only
  CHECK(host.cases({.process = "test", .open_only = false}).size() == 2);
  CHECK(host.cases({.municipality = "Trosa"}).front().id == w.id);
}

TEST_CASE("Plugin commands - run through the host as declared, an undeclared one never reaches the code")
{
  GoodWorkspace w;
  CapturedIo io;
  CHECK(w.workspace.plugins().run_command(w.plugin, "good-note", {std::to_string(w.id), "hej"}, io) == 0);
  CHECK(io.out().find("\"hej\"") != std::string::npos);
  CHECK(nlohmann::json::parse(w.workspace.storage().plugin_record(w.plugin.id, w.id, "note").value())["text"] == "hej");
  CapturedIo echo;
  CHECK(w.workspace.plugins().run_command(w.plugin, "good-echo", {"a", "b"}, echo) == 0);
  CHECK(echo.out() == "a\nb\n");
  CHECK_THROWS_WITH_AS((void)w.workspace.plugins().run_command(w.plugin, "sudo", {}, io), doctest::Contains("manifest"), PluginCallError);
}

TEST_CASE("Case facts and follow-on processes come from the plugin's code and manifest")
{
  GoodWorkspace w;
  const auto care_case = *w.workspace.storage().find_case(w.id);
  const auto facts = w.workspace.facts(care_case);
  REQUIRE(facts.facts.size() == 1);
  CHECK(facts.facts[0].label == "Händelser");

  const auto follow_ons = w.workspace.follow_ons_for(care_case);
  REQUIRE(follow_ons.size() == 1);
  CHECK(follow_ons[0].process == "follow-on");
  CHECK(follow_ons[0].label == "Starta uppföljning…");
  const CaseId opened = w.workspace.open_follow_on(w.id, follow_ons[0]);
  const auto follow_on = w.workspace.storage().find_case(opened);
  CHECK(follow_on->linked_case == w.id);
  CHECK(follow_on->person.name == "Tolvan");
  CHECK(w.workspace.follow_ons_for(*follow_on).empty());
}

TEST_CASE("Plugin API - major.minor: a compiled plugin needs the host's major and no newer minor")
{
  CHECK(api_fits(sdk::api_major, sdk::api_minor, true));
  CHECK(api_fits(sdk::api_major, 0, true));
  CHECK_FALSE(api_fits(sdk::api_major, sdk::api_minor + 1, true));
  CHECK_FALSE(api_fits(sdk::api_major - 1, 0, true));
  CHECK_FALSE(api_fits(sdk::api_major + 1, 0, true));
  // Declarative plugins read only XML formats, which stay readable: an older major loads.
  CHECK(api_fits(1, 0, false));
  CHECK_FALSE(api_fits(sdk::api_major + 1, 0, false));
}
