// trygg-cli as a script would use it: the real binary, real plugins, exit codes and JSON.
#include "test_support.hpp"
#include "trygg/time.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <sys/wait.h>

using namespace trygg;

namespace {

struct Run {
  int exit_code = -1;
  std::string out;
  std::string err;
  [[nodiscard]] nlohmann::json json() const { return nlohmann::json::parse(out); }
};

std::string quoted(const std::string& text)
{
  std::string result = "'";
  for (const char c : text) {
    result += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return result + "'";
}

// Runs trygg-cli with its own data folder, so no test touches a real user's database.
class Cli {
public:
  Run operator()(const std::vector<std::string>& args, const std::string& environment = "") const
  {
    std::string command = "XDG_DATA_HOME=" + quoted(folder_.path().string()) + " TRYGG_USER=testare TRYGG_LANG=sv " + environment + " " +
                          quoted(TRYGG_CLI);
    for (const auto& arg : args) {
      command += " " + quoted(arg);
    }
    const auto err_file = folder_ / "stderr.txt";
    command += " 2>" + quoted(err_file.string());
    const auto ran = test::run_command(command);
    Run run;
    run.out = ran.out;
    run.exit_code = ran.exit_code;
    std::ifstream err(err_file);
    run.err.assign(std::istreambuf_iterator<char>(err), {});
    return run;
  }
  [[nodiscard]] std::string db() const { return (folder_ / "cli.db").string(); }
  // Where this run's user plugin folder is ($XDG_DATA_HOME/trygg/plugins).
  [[nodiscard]] std::filesystem::path user_plugins() const { return folder_ / "trygg" / "plugins"; }

private:
  test::TempFolder folder_;
};

}  // namespace

TEST_CASE("trygg-cli - plugins --json lists compiled and declarative plugins, and rejected ones with why")
{
  const Cli cli;
  const test::TempFolder config;
  // TRYGG_PLUGIN_PATH runs only trusted code: untrusted, every test plugin waits for trust.
  const auto untrusted = cli({"plugins", "--json"}, "XDG_CONFIG_HOME=" + quoted(config.path().string()) + " TRYGG_PLUGIN_PATH=" +
                                                        quoted(TRYGG_TEST_PLUGIN_DIR));
  REQUIRE(untrusted.exit_code == 0);
  for (const auto& plugin : untrusted.json()) {
    CHECK((plugin["origin"] != "environment" || plugin["status"] == "untrusted" || plugin["status"] == "rejected"));
  }
  test::trusting_test_plugins().save(config / "trygg/plugins.xml");
  const auto run = cli({"plugins", "--json"}, "XDG_CONFIG_HOME=" + quoted(config.path().string()) + " TRYGG_PLUGIN_PATH=" +
                                                  quoted(TRYGG_TEST_PLUGIN_DIR));
  REQUIRE(run.exit_code == 0);
  std::set<std::string> loaded_kinds;
  int rejected = 0;
  for (const auto& plugin : run.json()) {
    if (plugin["status"] == "loaded") {
      loaded_kinds.insert(plugin["kind"].get<std::string>());
    } else {
      ++rejected;
      CHECK_FALSE(plugin["reason"].get<std::string>().empty());
      CHECK(plugin["origin"] == "environment");
    }
    CHECK_FALSE(plugin["source"].get<std::string>().empty());
  }
  CHECK(loaded_kinds == std::set<std::string>{"compiled", "declarative"});
  CHECK(rejected == 7);
}

TEST_CASE("trygg-cli - id check answers valid or not, with exit code")
{
  const Cli cli;
  const auto valid = cli({"id", "check", "121212+1212", "--json"});
  CHECK(valid.exit_code == 0);
  CHECK(valid.json()["normalised"] == "191212121212");
  CHECK(valid.json()["kind"] == "personnummer");
  CHECK(valid.json()["sex"] == "male");
  const auto invalid = cli({"id", "check", "19121212-1213", "--json"});
  CHECK(invalid.exit_code == 1);
  CHECK(invalid.json()["valid"] == false);
  CHECK(invalid.json()["reason"].get<std::string>().find("kontrollsiffra") != std::string::npos);
}

TEST_CASE("trygg-cli - validate names file and line, exit 1 when anything is wrong")
{
  const Cli cli;
  const auto bad = cli({"validate", (test::test_plugin("bad-content")).string()});
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("checklist.xml:4: <item>:") != std::string::npos);
  const auto good = cli({"validate", (std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/discharge").string(), "--json"});
  CHECK(good.exit_code == 0);
  REQUIRE(good.json().size() == 16);  // manifest, 3 checklists, risk template, 3 agreements, a choice, amounts, reservnummer, demo cases, 4 indicators
  for (const auto& file : good.json()) {
    CHECK(file["valid"] == true);
  }
}

TEST_CASE("trygg-cli - a case from new to export, with history of who and when")
{
  const Cli cli;
  const auto created = cli({"case", "new", "--db", cli.db(), "--plugin", "se.trygg.discharge", "--person", test::tolvan,
                            "--name", "Tolvan Tolvansson", "--municipality", "Nyköping", "--title", "Höftfraktur", "--json"});
  REQUIRE_MESSAGE(created.exit_code == 0, created.err);
  const std::string id = std::to_string(created.json()["id"].get<int>());

  CHECK(cli({"case", "event", id, "--db", cli.db(), "--kind", "admitted", "--at", "2026-11-20 22:00"}).exit_code == 0);
  // The item stands for the event: ticking it records the notice, at the time given.
  const auto ticked = cli({"checklist", "set", id, "admission-notice", "--state", "done", "--at", "2026-11-21 09:30", "--db", cli.db()});
  CHECK_MESSAGE(ticked.exit_code == 0, ticked.err);
  const auto risk = cli({"risk", "add", id, "--db", cli.db(), "--area", "falls", "--description", "Ostadig", "--likelihood",
                         "3", "--consequence", "4", "--action", "Rollator", "--owner", "Arbetsterapeut", "--due", "2026-12-27"});
  CHECK_MESSAGE(risk.exit_code == 0, risk.err);

  const auto shown = cli({"case", "show", id, "--db", cli.db(), "--json"});
  REQUIRE(shown.exit_code == 0);
  const auto data = shown.json();
  CHECK(data["person"]["identity"] == "191212121212");
  CHECK(data["deadlines"].at(0)["key"] == "admission-notice");
  CHECK(data["deadlines"].at(0)["due"] == "2026-11-21T21:00:00Z");
  CHECK(data["deadlines"].at(0)["done"] == "2026-11-21T08:30:00Z");
  CHECK(data["deadlines"].at(0)["state"] == "met");
  CHECK(data["events"].at(1)["kind"] == "admission-notice-sent");
  CHECK(data["checklists"].at(0)["items"].at(0)["state"] == "done");
  CHECK(data["checklists"].at(0)["items"].at(0)["changed_by"] == "testare");
  CHECK(data["risk_analyses"].at(0)["risks"].at(0)["score"] == 12);

  const auto history = cli({"history", id, "--db", cli.db(), "--json"});
  REQUIRE(history.exit_code == 0);
  bool found_tick = false;
  for (const auto& entry : history.json()) {
    found_tick = found_tick || (entry["field"] == "state" && entry["new"] == "done" && entry["actor"] == "testare");
  }
  CHECK(found_tick);

  const auto html = cli({"export", id, "--format", "html", "--db", cli.db()});
  CHECK(html.exit_code == 0);
  CHECK(html.out.find("<!DOCTYPE html>") == 0);
  CHECK(html.out.find("Tolvan Tolvansson") != std::string::npos);

  const auto listed = cli({"case", "list", "--db", cli.db(), "--search", "tolvan", "--json"});
  CHECK(listed.json().size() == 1);
}

TEST_CASE("trygg-cli - events are facts with rules: declared kinds, confirmed odd times, corrected or withdrawn, never deleted")
{
  const Cli cli;
  const auto created = cli({"case", "new", "--db", cli.db(), "--plugin", "se.trygg.discharge", "--person", test::tolvan,
                            "--name", "Tolvan Tolvansson", "--json"});
  REQUIRE_MESSAGE(created.exit_code == 0, created.err);
  const std::string id = std::to_string(created.json()["id"].get<int>());
  const auto event = [&](std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"--db", cli.db()});
    return cli(arguments);
  };

  const auto typo = event({"--json", "case", "event", id, "--kind", "admited", "--at", "2026-11-20 10:00"});
  CHECK(typo.exit_code == 1);
  CHECK(typo.err.find("admited") != std::string::npos);
  CHECK(typo.err.find("admitted") != std::string::npos);  // names the kinds it knows
  CHECK(typo.err.find(R"("kind":"validation")") != std::string::npos);

  REQUIRE(event({"case", "event", id, "--kind", "admitted", "--at", "2026-11-20 10:00"}).exit_code == 0);
  const auto early = event({"case", "event", id, "--kind", "ready-for-discharge", "--at", "2026-11-19 10:00"});
  CHECK(early.exit_code == 1);
  CHECK(early.err.find("före Inskriven") != std::string::npos);
  CHECK(early.err.find("--confirm") != std::string::npos);
  const auto future = event({"case", "event", id, "--kind", "discharged", "--at", "2099-01-01 10:00"});
  CHECK(future.exit_code == 1);
  CHECK(future.err.find("framtiden") != std::string::npos);
  const auto shown = [&] { return event({"--json", "case", "show", id}).json(); };
  CHECK(shown()["events"].size() == 1);  // nothing unconfirmed was saved

  const auto confirmed = event({"--json", "case", "event", id, "--kind", "ready-for-discharge", "--at", "2026-11-19 10:00", "--confirm"});
  REQUIRE(confirmed.exit_code == 0);
  const std::string ready = std::to_string(confirmed.json()["id"].get<int>());
  CHECK(event({"case", "event-correct", ready, "--at", "2026-11-21 10:00"}).exit_code == 1);  // a reason is required
  REQUIRE(event({"case", "event-correct", ready, "--at", "2026-11-21 10:00", "--reason", "Fel dag"}).exit_code == 0);
  CHECK(shown()["events"].at(1)["at"] == "2026-11-21T09:00:00Z");
  REQUIRE(event({"case", "event-withdraw", ready, "--reason", "Inte utskrivningsklar ändå"}).exit_code == 0);
  CHECK(shown()["events"].size() == 1);
  const auto history = event({"--json", "history", id}).json();
  int lines_about_it = 0;
  for (const auto& entry : history) {
    const bool about_event = entry["entity"] == "event" || entry["entity"] == "event-reason";
    lines_about_it += about_event && entry["entity_id"].get<int>() == std::stoi(ready) ? 1 : 0;
  }
  CHECK(lines_about_it == 5);  // recorded, corrected with its reason, withdrawn with its reason

  REQUIRE(event({"case", "close", id}).exit_code == 0);
  const auto closed = event({"--json", "case", "event", id, "--kind", "discharged", "--at", "2026-11-22 10:00"});
  CHECK(closed.exit_code == 1);
  CHECK(closed.err.find(R"("kind":"conflict")") != std::string::npos);
  CHECK(event({"case", "reopen", id}).exit_code == 1);  // a reason is required
  REQUIRE(event({"case", "reopen", id, "--reason", "Återinskriven"}).exit_code == 0);
  CHECK(event({"case", "event", id, "--kind", "discharged", "--at", "2026-11-22 10:00"}).exit_code == 0);
}

TEST_CASE("trygg-cli - the case list, Idag (today) and case show give one time for the kallelse")
{
  const Cli cli;
  const auto created = cli({"case", "new", "--db", cli.db(), "--plugin", "se.trygg.discharge", "--person", test::tolvan,
                            "--name", "Tolvan Tolvansson", "--json"});
  REQUIRE_MESSAGE(created.exit_code == 0, created.err);
  const std::string id = std::to_string(created.json()["id"].get<int>());
  for (const auto& [kind, at] : {std::pair{"admitted", "2026-11-01 08:00"}, std::pair{"admission-notice-sent", "2026-11-01 09:00"},
                                 std::pair{"ready-for-discharge", "2026-11-02 09:00"}}) {
    REQUIRE(cli({"--db", cli.db(), "case", "event", id, "--kind", kind, "--at", at}).exit_code == 0);
  }
  std::string kallelse_due;
  const auto shown = cli({"--db", cli.db(), "--json", "case", "show", id}).json();
  for (const auto& deadline : shown["deadlines"]) {
    if (deadline["key"] == "sip-called") {
      kallelse_due = deadline["due"].get<std::string>();
    }
  }
  CHECK(kallelse_due == "2026-11-05T23:00:00Z");  // 2026-11-05 24:00, three calendar days
  const auto today = cli({"--db", cli.db(), "--json", "today"}).json();
  int about_kallelse = 0;
  std::string earliest;
  for (const auto& entry : today) {
    if (entry["case"].get<int>() != std::stoi(id)) {
      continue;
    }
    earliest = earliest.empty() || entry["due"].get<std::string>() < earliest ? entry["due"].get<std::string>() : earliest;
    if (entry["text"].get<std::string>().find("Kallelse") != std::string::npos || entry["deadline"] == "sip-called") {
      ++about_kallelse;
      CHECK(entry["due"] == kallelse_due);
      CHECK(entry["overdue"] == true);
    }
  }
  CHECK(about_kallelse == 1);
  const auto listed = cli({"--db", cli.db(), "--json", "case", "list"}).json();
  REQUIRE(listed.size() == 1);
  CHECK(listed[0]["next_due"] == earliest);
}

TEST_CASE("trygg-cli - bad input gets a message on stderr and a non-zero exit")
{
  const Cli cli;
  const auto bad_person = cli({"case", "new", "--db", cli.db(), "--plugin", "se.trygg.discharge", "--person", "19121212-1213",
                               "--name", "X"});
  CHECK(bad_person.exit_code == 1);
  CHECK(bad_person.err.find("kontrollsiffra") != std::string::npos);

  const auto no_case = cli({"case", "show", "4711", "--db", cli.db()});
  CHECK(no_case.exit_code == 1);
  CHECK(no_case.err.find("4711") != std::string::npos);

  const test::TempFolder folder;
  const auto not_db = folder / "notes.db";
  std::ofstream(not_db) << "not a database, just some text that is long enough to look like a header of some file";
  const auto refused = cli({"case", "list", "--db", not_db.string()});
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("notes.db") != std::string::npos);

  CHECK(cli({"case", "show", "abc", "--db", cli.db()}).exit_code == 1);
  CHECK(cli({"no-such-command"}).exit_code != 0);
}

TEST_CASE("trygg-cli - English comes from the catalog when asked for")
{
  const Cli cli;
  const auto english = cli({"id", "check", "19121212-1213"}, "TRYGG_LANG=en");
  CHECK(english.exit_code == 1);
  CHECK(english.out.find("wrong check digit") != std::string::npos);
  const auto swedish = cli({"id", "check", "19121212-1213"});
  CHECK(swedish.out.find("fel kontrollsiffra") != std::string::npos);

  SUBCASE("the bundled plugins' content too, while the database keeps what was written")
  {
    const auto created = cli({"case", "new", "--db", cli.db(), "--plugin", "se.trygg.discharge", "--person", test::tolvan,
                              "--name", "Tolvan", "--json"});
    REQUIRE(created.exit_code == 0);
    const std::string id = std::to_string(created.json()["id"].get<int>());
    REQUIRE(cli({"--db", cli.db(), "case", "event", id, "--kind", "admitted", "--at", "2026-11-20 08:00"}).exit_code == 0);
    const auto shown = cli({"--db", cli.db(), "case", "show", id}, "TRYGG_LANG=en");
    REQUIRE(shown.exit_code == 0);
    CHECK(shown.out.find("Admission notice sent within 24 hours") != std::string::npos);  // a checklist item
    CHECK(shown.out.find("Admission notice within 24 hours") != std::string::npos);  // the law's deadline
    CHECK(shown.out.find("Inpatient care: the ward's checklist") != std::string::npos);
    CHECK(shown.out.find("Inskrivningsmeddelande") == std::string::npos);
    const auto swedish_case = cli({"--db", cli.db(), "case", "show", id});
    CHECK(swedish_case.out.find("Inskrivningsmeddelande skickat inom 24 timmar") != std::string::npos);
  }
}

TEST_CASE("trygg-cli - deadlines prints the law's deadlines and the liability clock under a chosen agreement")
{
  const Cli cli;
  const auto agreement = (std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/discharge/content/agreements/stockholm-2020.xml").string();
  // Ready Thursday 24 December 2026 at 09:00, before the 12:00 cut-off: days 0-2 are 24-26 December.
  const auto run = cli({"deadlines", "--process", "discharge", "--admitted", "2026-12-23 22:00", "--admission-notice",
                        "2026-12-24 08:00", "--ready", "2026-12-24 09:00", "--sip-called", "2026-12-26 10:00", "--agreement",
                        agreement, "--json"});
  REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  const auto data = run.json();
  REQUIRE(data["deadlines"].size() == 2);
  CHECK(data["deadlines"][0]["state"] == "met");
  CHECK(data["deadlines"][1]["due"] == "2026-12-27T23:00:00Z");  // end of 27 December, Swedish time
  CHECK(data["deadlines"][1]["state"] == "met");
  CHECK(data["liability"]["agreement"]["id"] == "stockholm-2020");
  CHECK(data["liability"]["first_day"] == "2026-12-27");
  CHECK(data["liability"]["applies"] == true);

  // Without --admission-notice nothing is assumed: the deadline is open and the clock names the gap.
  const auto no_notice = cli({"deadlines", "--admitted", "2026-12-23 22:00", "--ready", "2026-12-24 09:00", "--sip-called",
                              "2026-12-26 10:00", "--agreement", "stockholm-2020", "--json"});
  REQUIRE_MESSAGE(no_notice.exit_code == 0, no_notice.err);
  CHECK(no_notice.json()["deadlines"][0]["done"].is_null());
  CHECK(no_notice.json()["liability"]["applies"] == false);
  CHECK(no_notice.json()["liability"]["unmet"][0] == "kommunen har inte fått inskrivningsmeddelandet");

  const auto psychiatric = cli({"deadlines", "--admitted", "2026-12-23 22:00", "--admission-notice", "2026-12-24 08:00", "--ready",
                                "2026-12-24 13:00", "--psychiatric", "--sip-not-needed", "--agreement", agreement, "--json"});
  CHECK(psychiatric.json()["liability"]["first_day"] == "2026-12-31");  // after the cut-off: day 0 is the 25th
  CHECK(psychiatric.json()["deadlines"].size() == 1);  // no SIP needed: no kallelse deadline

  // The municipality's own choice, else the law's rule; the text names the agreement beside the amount.
  const auto nacka = cli({"deadlines", "--admitted", "2026-12-23 22:00", "--admission-notice", "2026-12-24 08:00", "--ready",
                          "2026-12-24 13:00", "--sip-called", "2026-12-25 10:00", "--municipality", "Nacka", "--json"});
  CHECK(nacka.json()["liability"]["agreement"]["id"] == "stockholm-2020");
  const auto flen = cli({"deadlines", "--admitted", "2026-03-01 22:00", "--admission-notice", "2026-03-02 08:00", "--ready",
                         "2026-03-02 13:00", "--sip-called", "2026-03-03 10:00", "--municipality", "Flen"});
  CHECK(flen.out.find("Lagens regel utan överenskommelse") != std::string::npos);
  CHECK(flen.out.find("belopp okänt") != std::string::npos);

  // Not ready, then ready again: two episodes.
  const auto episodes = cli({"deadlines", "--admitted", "2026-03-01 08:00", "--admission-notice", "2026-03-01 09:00", "--ready",
                             "2026-03-02 09:00", "--not-ready", "2026-03-07 08:00", "--ready", "2026-03-12 09:00", "--sip-called",
                             "2026-03-02 10:00", "--agreement", "stockholm-2020", "--json"});
  REQUIRE_MESSAGE(episodes.exit_code == 0, episodes.err);
  CHECK(episodes.json()["liability"]["episodes"].size() == 2);

  // A discharge before the ready notice, before the admission: refused, naming each, not silently dropped; --confirm counts it.
  const auto backwards = cli({"deadlines", "--admitted", "2026-03-05 08:00", "--ready", "2026-03-04 09:00", "--discharged",
                              "2026-03-03 10:00", "--agreement", "stockholm-2020"});
  CHECK(backwards.exit_code == 1);
  CHECK(backwards.err.find("--ready 2026-03-04 09:00 ligger efter utskrivningen 2026-03-03 10:00") != std::string::npos);
  CHECK(backwards.err.find("--discharged 2026-03-03 10:00 ligger före inskrivningen 2026-03-05 08:00") != std::string::npos);
  CHECK(backwards.err.find("--confirm") != std::string::npos);
  CHECK(cli({"deadlines", "--admitted", "2026-03-05 08:00", "--ready", "2026-03-04 09:00", "--discharged", "2026-03-03 10:00",
             "--agreement", "stockholm-2020", "--confirm"})
            .exit_code == 0);
  CHECK(cli({"deadlines", "--admitted", "2026-12-23 22:00", "--agreement", "no-such-agreement"}).exit_code == 1);
  CHECK(cli({"deadlines", "--admitted", "not a time"}).exit_code == 1);
  CHECK(cli({"deadlines", "--admitted", "2026-12-23 22:00", "--process", "no-such"}).exit_code == 1);
}

TEST_CASE("trygg-cli - physician-time plan: agreements side by side in hours and FTE, by the worked check")
{
  const Cli cli;
  const auto units = (std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/physician-time/content/examples/units.csv").string();
  const auto run = cli({"physician-time", "plan", "--agreement", "sormland-6-min", "--agreement", "sormland-9-min-proposal", "--units",
                        units, "--json"});
  REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  const auto data = run.json();
  REQUIRE(data["scenarios"].size() == 2);
  // Eskilstuna's 120 SÄBO residents: 12 hours a week at 6 minutes; with 15 LSS and 180 home care at 9: 47.25.
  CHECK(data["scenarios"][0]["per_municipality"]["Eskilstuna"]["hours_per_week"] == 12.0);
  CHECK(data["scenarios"][1]["per_municipality"]["Eskilstuna"]["hours_per_week"] == 47.25);
  CHECK(data["scenarios"][1]["difference"]["hours_per_week"].get<double>() > 0);
  CHECK(data["scenarios"][1]["sensitivity"][0]["input"] == "home-health-care");
  const auto text = cli({"physician-time", "plan", "--agreement", "sormland-6-min", "--units", units, "--contract-hours", "38.25"});
  CHECK(text.out.find("38.25 tim/vecka") != std::string::npos);
  CHECK(cli({"physician-time", "plan", "--agreement", "no-such", "--units", units}).exit_code == 1);
  // Today's agreement has office hours only: the week's gaps are named (prop. 2025/26:19).
  CHECK(data["scenarios"][0]["cover"]["gap_hours_per_week"] == 123.0);
  CHECK(data["scenarios"][1]["cover"]["gaps"].empty());
  const auto delivered = (std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/physician-time/content/examples/delivered.csv").string();
  const auto follow = cli({"physician-time", "follow-up", "--agreement", "sormland-9-min-proposal", "--units", units, "--delivered",
                           delivered, "--json"});
  REQUIRE_MESSAGE(follow.exit_code == 0, follow.err);
  CHECK(follow.json()["rows"].size() == 6);
  CHECK(follow.json()["rows"][1]["light"] == "röd");
  CHECK(follow.json()["reviews_overdue"] == 2);
  const test::TempFolder folder;
  const auto appendix = folder / "bilaga.html";
  REQUIRE(cli({"physician-time", "appendix", "--agreement", "sormland-9-min-proposal", "--units", units, "--output", appendix.string()})
              .exit_code == 0);
  std::ifstream in(appendix);
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(html.find("telefon inom 30 minuter") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(appendix.string() + ".partial"));
  CHECK(cli({"physician-time", "plan", "--agreement", "sormland-6-min", "--units", "/no/such.csv"}).exit_code == 1);
}

TEST_CASE("trygg-cli - holidays lists holidays and storhelg blocks, holiday-plan plans and warns about gaps")
{
  const Cli cli;
  const auto holidays = cli({"holidays", "2026", "--json"});
  REQUIRE(holidays.exit_code == 0);
  CHECK(holidays.json()["days"].size() == 16);
  bool midsummer = false;
  const auto days = holidays.json();  // kept: a range-for over a temporary's member would dangle
  for (const auto& day : days["days"]) {
    midsummer = midsummer || (day["name"] == "Midsommardagen" && day["date"] == "2026-06-20");
  }
  CHECK(midsummer);
  CHECK(holidays.json()["storhelg_blocks"].size() == 7);
  CHECK(cli({"holidays", "1850"}).exit_code == 1);
  CHECK(cli({"holidays", "2026", "--storhelger", "jul,pask", "--json"}).json()["storhelg_blocks"].size() == 2);
  CHECK(cli({"holidays", "2026", "--storhelger", "jul,semester"}).exit_code == 1);

  const auto content = std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/holiday-staffing/content";
  const auto plan = cli({"holiday-plan", "--routine", (content / "routines/sormland-jul-2026.xml").string(), "--discharges",
                         (content / "examples/planned-discharges.csv").string(), "--json"});
  REQUIRE_MESSAGE(plan.exit_code == 0, plan.err);
  const auto data = plan.json();
  CHECK(data["discharges"].size() == 14);
  CHECK(data["uncovered_days"] == nlohmann::json::array({"2027-01-01", "2027-01-02"}));
  CHECK(plan.err.find("VARNING") != std::string::npos);  // loud, whatever the output format
  int blocked = 0;
  for (const auto& actor : data["per_actor"]) {
    blocked += actor["blocks"].get<int>();
  }
  CHECK(blocked > 0);
  CHECK(cli({"holiday-plan", "--routine", "missing.xml", "--discharges", "missing.csv"}).exit_code == 1);

  // Bounded input: a device that never ends is refused at its first over-long line, not read into memory.
  const auto endless = cli({"holiday-plan", "--routine", (content / "routines/sormland-jul-2026.xml").string(), "--discharges",
                            "/dev/zero"});
  CHECK(endless.exit_code == 1);
  CHECK(endless.err.find("/dev/zero:1") != std::string::npos);
}

TEST_CASE("trygg-cli - holiday-routines, holiday-routine-new, holiday-gaps and holiday-routine-document: a routine's versions, "
          "its next one, and where its hours leave no window")
{
  const Cli cli;
  const test::TempFolder folder;
  // Which version is in force today, and whether its end is said, follow from the day the test runs.
  const auto today = trygg::today();
  const auto listed = cli({"holiday-routines", "--json"});
  REQUIRE_MESSAGE(listed.exit_code == 0, listed.err);
  const auto routines = listed.json();
  bool sormland = false;
  for (const auto& routine : routines["routines"]) {
    if (routine["id"] == "sormland-jul-2026") {
      sormland = true;
      CHECK(routine["area"] == "Region Sörmland");
      CHECK(routine["status"] == "beslutad");
      CHECK(routine["in_force_today"] == (today >= *from_iso_date("2026-12-01") && today <= *from_iso_date("2026-12-31")));
    }
  }
  CHECK(sormland);
  const bool warned = today >= *from_iso_date("2026-11-01");  // 60 days before 31 December, and after it
  bool notice = false;
  for (const auto& said : routines["notices"]) {
    notice = notice || said["area"] == "Region Sörmland";
  }
  CHECK(notice == warned);
  CHECK((listed.err.find("Region Sörmland") != std::string::npos || listed.err.find("jul och nyår 2026") != std::string::npos) == warned);

  // The next version, from the bundled one by its id: written, and a second time only with --force.
  const auto next = folder / "sormland-2027-2028.xml";
  const std::vector<std::string> make{"holiday-routine-new", "--from", "sormland-jul-2026", "--id", "sormland-2027-2028",
                                      "--valid-from", "2027-01-01", "--valid-to", "2028-12-31", "--out", next.string(), "--json"};
  const auto made = cli(make);
  REQUIRE_MESSAGE(made.exit_code == 0, made.err);
  CHECK(made.json()["replaces"] == "sormland-jul-2026");
  CHECK(made.json()["version"] == 2);
  CHECK(std::filesystem::exists(next));
  const auto again = cli(make);
  CHECK(again.exit_code == 1);
  CHECK(again.err.find("finns redan") != std::string::npos);
  const auto backwards = cli({"holiday-routine-new", "--from", "sormland-jul-2026", "--id", "x", "--valid-from", "2028-12-31",
                              "--valid-to", "2027-01-01", "--out", (folder / "x.xml").string()});
  CHECK(backwards.exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(folder / "x.xml"));

  // Flen's days for a discharge that needs needs assessment: every day of the routine, the closed ones
  // (weekends and the holidays, when nobody assesses needs) counted.
  const auto gaps = cli({"holiday-gaps", "--routine", "sormland-jul-2026", "--municipality", "Flen", "--actors",
                         "ward;home-help;needs-assessment", "--json"});
  REQUIRE_MESSAGE(gaps.exit_code == 0, gaps.err);
  const auto days = gaps.json();
  CHECK(days["days"].size() == 31);
  int closed = 0;
  for (const auto& day : days["days"]) {
    closed += day["windows"].empty() ? 1 : 0;
  }
  CHECK(days["closed_days"] == closed);
  CHECK(closed >= 8);  // four weekends and the Christmas days at least
  CHECK(cli({"holiday-gaps", "--actors", "ward;cook"}).exit_code == 1);
  CHECK(cli({"holiday-gaps", "--municipality", "Flne"}).exit_code == 1);

  // The remiss document.
  const auto document = folder / "rutin.html";
  const auto written = cli({"holiday-routine-document", "--routine", "sormland-jul-2026", "--out", document.string()});
  REQUIRE_MESSAGE(written.exit_code == 0, written.err);
  std::ifstream html(document);
  const std::string text((std::istreambuf_iterator<char>(html)), {});
  CHECK(text.find("Region Sörmland") != std::string::npos);
  CHECK(text.find("Dagar utan utskrivningsfönster") != std::string::npos);

  // Two versions side by side: the header's changes, each changed hour, and the same in print.
  const auto compared_file = folder / "jamforelse.html";
  const auto compared = cli({"holiday-routine-compare", "--old", "sormland-jul-2026", "--new", "sormland-2027-2028", "--json",
                             "--out", compared_file.string()});
  REQUIRE_MESSAGE(compared.exit_code == 0, compared.err);
  const auto comparison = compared.json();
  CHECK(comparison["before"] == "sormland-jul-2026 v1 (beslutad)");
  bool validity = false;
  for (const auto& field : comparison["header"]) {
    validity = validity || (field["field"] == "Gäller" && field["after"] == "2027-01-01 – 2028-12-31");
  }
  CHECK(validity);
  REQUIRE(!comparison["hours"].empty());
  CHECK(comparison["hours"][0].contains("compared_day"));
  CHECK(std::filesystem::file_size(compared_file) > 0);
  CHECK(cli({"holiday-routine-compare", "--old", "sormland-jul-2026", "--new", (folder / "saknas.xml").string()}).exit_code != 0);

  // Planned by area: each discharge under the decided version in force on its day, and which one says so.
  const auto content = std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/holiday-staffing/content";
  const auto plan = cli({"holiday-plan", "--discharges", (content / "examples/planned-discharges.csv").string(), "--json"});
  REQUIRE_MESSAGE(plan.exit_code == 0, plan.err);
  const auto planned = plan.json();
  CHECK(planned["routine"]["area"] == "Region Sörmland");
  CHECK(planned["discharges"][0]["routine"]["id"] == "sormland-jul-2026");
  CHECK(planned["discharges"][13]["routine"].is_null());  // 2 January 2027: none in force
  CHECK(plan.err.find("Ingen gällande rutin för Region Sörmland den 2027-01-02") != std::string::npos);
  CHECK(cli({"holiday-plan", "--area", "Region Ingenstans", "--discharges", (content / "examples/planned-discharges.csv").string()})
            .exit_code == 1);
}

TEST_CASE("trygg-cli - plugins --json stays whole when a reason carries bytes that are not UTF-8")
{
  const Cli cli;
  const test::TempFolder extra;
  // A folder whose name is not UTF-8, with a broken manifest: its reason names the folder.
  const auto odd = extra / std::string("trasig-\xff\xfe");
  std::filesystem::create_directories(odd);
  std::ofstream(odd / "plugin.xml") << "<plugin";
  const auto listed = cli({"plugins", "--json"}, "TRYGG_PLUGIN_PATH=" + quoted(extra.path().string()));
  REQUIRE_MESSAGE(listed.exit_code == 0, listed.err);
  const auto data = listed.json();
  CHECK(data.size() >= 6);  // the bundled ones and the broken one
}

TEST_CASE("trygg-cli - a third-party plugin waits for trust, plugin trust, disable and enable change that")
{
  const Cli cli;
  const test::TempFolder config;
  std::filesystem::create_directories(cli.user_plugins());
  std::filesystem::copy(test::test_plugin("good"), cli.user_plugins() / "good", std::filesystem::copy_options::recursive);
  const std::string environment = "XDG_CONFIG_HOME=" + quoted(config.path().string());
  const auto status = [&] {
    for (const auto& plugin : cli({"plugins", "--json"}, environment).json()) {
      if (plugin["id"] == "se.trygg.test.good") {
        return plugin["status"].get<std::string>();
      }
    }
    return std::string("missing");
  };
  CHECK(status() == "untrusted");  // dropped into the user's folder: nothing of it runs yet
  CHECK(cli({"plugin", "trust", (cli.user_plugins() / "good").string()}, environment).exit_code == 0);
  CHECK(status() == "loaded");
  CHECK(cli({"plugin", "disable", "se.trygg.test.good"}, environment).exit_code == 0);
  CHECK(status() == "disabled");
  CHECK(cli({"plugin", "enable", "se.trygg.test.good"}, environment).exit_code == 0);
  CHECK(status() == "loaded");
  CHECK(cli({"plugin", "trust", (config / "nowhere").string()}, environment).exit_code != 0);
}

TEST_CASE("trygg-cli - case check prints a SIP's findings and exits 1 while anything blocks, sip set reads a plan")
{
  const Cli cli;
  const auto db = cli.db();
  const auto opened = cli({"--db", db, "--json", "case", "new", "--plugin", "se.trygg.sip", "--person", test::tolvan, "--name",
                           "Tolvan Tolvansson", "--municipality", "Flen"});
  REQUIRE_MESSAGE(opened.exit_code == 0, opened.err);
  const std::string id = std::to_string(opened.json()["id"].get<long long>());

  const auto no_plan = cli({"--db", db, "case", "check", id});
  CHECK(no_plan.exit_code == 1);
  CHECK(no_plan.out.find("Planen är inte upprättad") != std::string::npos);

  const test::TempFolder files;
  const auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(files / name) << text;
    return (files / name).string();
  };
  const std::string consent = R"("consent": {"given_at": "2026-11-01", "given_by": "Tolvan", "form": "muntligt",
                                  "scope": "SIP mellan Region Sörmland och Flens kommun", "excludes": "Tandvård",
                                  "valid_until": "2099-12-31"})";
  const std::string body = R"(, "participants": [{"kind": "person", "name": "Tolvan"}], "goals": "Hem",
      "needs": ["Hemtjänst"], "interventions": [{"what": "Hemtjänst", "huvudman": "Flens kommun", "unit": "Hemtjänst"},
      {"what": "Läkemedel", "huvudman": "Region Sörmland", "unit": "VC"}], "planning_lead": "Sara",
      "follow_up_at": "2099-01-01", "follow_up_how": "Möte")";
  const auto set_gaps = cli({"--db", db, "sip", "set", id, "--file", write("gaps.json", "{" + consent + body + "}")});
  REQUIRE_MESSAGE(set_gaps.exit_code == 0, set_gaps.err);
  const auto gaps = cli({"--db", db, "--json", "case", "check", id});
  CHECK(gaps.exit_code == 1);
  std::string blocking;
  const auto findings = gaps.json();
  for (const auto& finding : findings["findings"]) {
    blocking += finding["blocking"].get<bool>() ? finding["text"].get<std::string>() + "\n" : "";
  }
  CHECK(blocking.find("Krav 3") != std::string::npos);
  CHECK(blocking.find("Krav 4") != std::string::npos);
  CHECK(blocking.find("Krav 1") == std::string::npos);

  const auto complete = "{" + consent + body + R"(, "no_other_measures": true, "huvudansvar": "Flens kommun"})";
  REQUIRE(cli({"--db", db, "sip", "set", id, "--file", write("complete.json", complete)}).exit_code == 0);
  const auto passes = cli({"--db", db, "case", "check", id});
  CHECK_MESSAGE(passes.exit_code == 0, passes.out);
  CHECK(passes.out.find("Lagens krav uppfyllda") != std::string::npos);
  CHECK(passes.out.find("Checklistan:") != std::string::npos);  // its checklist is still open
  const auto shown = cli({"--db", db, "sip", "show", id});
  CHECK(nlohmann::json::parse(shown.out)["huvudansvar"] == "Flens kommun");
  const auto document = cli({"--db", db, "sip", "document", id});
  CHECK(document.out.find("Exemplar för: <b>Region Sörmland</b>") != std::string::npos);
  // The plan left Trygg: the access log says so, through the plugin's call to the host.
  const auto logged = cli({"--db", db, "--json", "access-log", "--user", "testare"}).json();
  CHECK(std::any_of(logged.begin(), logged.end(), [](const nlohmann::json& line) {
    return line["action"] == "export" && line["what"].get<std::string>().find("SIP-dokumentet") != std::string::npos;
  }));

  const auto bad = cli({"--db", db, "sip", "set", id, "--file", write("bad.json", R"({"participants": [{"kind": "granne"}]})")});
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("bad.json") != std::string::npos);
  CHECK(bad.err.find("participants[0].kind") != std::string::npos);
  CHECK(nlohmann::json::parse(cli({"--db", db, "sip", "show", id}).out)["huvudansvar"] == "Flens kommun");  // kept
}

TEST_CASE("trygg-cli - a municipality adapts the bundled discharge process without copying it (README walk-through)")
{
  const Cli cli;
  const test::TempFolder config;
  const std::string environment = "XDG_CONFIG_HOME=" + quoted(config.path().string());
  const auto status_of = [&](const std::string& id) {
    for (const auto& plugin : cli({"plugins", "--json"}, environment).json()) {
      if (plugin["id"] == id) {
        return plugin;
      }
    }
    return nlohmann::json();
  };

  // Copying a bundled plugin as it is (README step 1) leaves the bundled one running: the copy is untrusted.
  std::filesystem::create_directories(cli.user_plugins());
  std::filesystem::copy(std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/proactive", cli.user_plugins() / "copy",
                        std::filesystem::copy_options::recursive);
  CHECK(status_of("se.trygg.proactive")["status"] == "loaded");

  // Gnesta's own municipality checklist, and the risk template replaced by one of its own, for discharge.
  const auto folder = cli.user_plugins() / "gnesta-utskrivning";
  std::filesystem::create_directories(folder / "content");
  std::ofstream(folder / "plugin.xml") << R"(<?xml version="1.0" encoding="UTF-8"?>
<plugin id="se.gnesta.utskrivning" name="Gnesta: utskrivning" version="1.0.0" api-version="3.0">
  <extends plugin="se.trygg.discharge"/>
  <capabilities><capability name="checklists"/><capability name="risk-analysis"/></capabilities>
  <content>
    <checklist file="content/gnesta-hemtjanst.xml"/>
    <risk-analysis file="content/risk.xml"/>
  </content>
</plugin>
)";
  std::ofstream(folder / "content/gnesta-hemtjanst.xml") << R"(<?xml version="1.0" encoding="UTF-8"?>
<checklist-template id="gnesta.hemtjanst" version="1" title="Gnesta: hemtjänstens mottagande" process="discharge">
  <phase id="home" title="Hemma">
    <item id="keys" huvudman="kommun" role="Hemtjänst"><text>Nyckel kvitterad</text></item>
  </phase>
</checklist-template>
)";
  auto risk = [] {
    std::ifstream in(std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/discharge/content/risk-analysis.xml");
    return std::string(std::istreambuf_iterator<char>(in), {});
  }();
  risk.replace(risk.find("version=\"1\""), 11, "version=\"2\"");
  std::ofstream(folder / "content/risk.xml") << risk;

  CHECK(cli({"validate", folder.string()}, environment).exit_code == 0);
  CHECK(status_of("se.gnesta.utskrivning")["status"] == "untrusted");
  REQUIRE(cli({"plugin", "trust", folder.string()}, environment).exit_code == 0);
  CHECK(status_of("se.gnesta.utskrivning")["status"] == "loaded");
  CHECK(status_of("se.trygg.discharge")["extended_by"] == nlohmann::json::array({"se.gnesta.utskrivning"}));

  // A new discharge case gets Gnesta's checklist beside the bundled ones, and Gnesta's risk template.
  const auto opened = cli({"--db", cli.db(), "--json", "case", "new", "--plugin", "se.trygg.discharge", "--person", test::tolvan,
                           "--name", "Tolvan", "--municipality", "Gnesta"},
                          environment);
  REQUIRE(opened.exit_code == 0);
  const auto shown = cli({"--db", cli.db(), "--json", "case", "show", std::to_string(opened.json()["id"].get<long>())}, environment).json();
  std::set<std::string> checklists;
  for (const auto& checklist : shown["checklists"]) {
    checklists.insert(checklist["title"].get<std::string>());
  }
  CHECK(checklists.count("Gnesta: hemtjänstens mottagande") == 1);
  CHECK(checklists.size() == 4);
  CHECK(shown["risk_analyses"][0]["template_version"] == 2);

  // validate runs the loader's checks: a checklist for a process the extended plugin does not have.
  std::ofstream(folder / "content/gnesta-hemtjanst.xml") << R"(<?xml version="1.0" encoding="UTF-8"?>
<checklist-template id="gnesta.hemtjanst" version="1" title="Fel" process="akut">
  <phase id="home" title="Hemma">
    <item id="keys" huvudman="kommun" role="Hemtjänst"><text>Nyckel</text></item>
  </phase>
</checklist-template>
)";
  const auto invalid = cli({"validate", folder.string()}, environment);
  CHECK(invalid.exit_code == 1);
  CHECK((invalid.out + invalid.err).find("gnesta-hemtjanst.xml: processen \"akut\" finns inte i manifestet för se.trygg.discharge") != std::string::npos);
}

TEST_CASE("trygg-cli - case new --from opens a case for the same person, titled after where it came from")
{
  const Cli cli;
  REQUIRE(cli({"init", "--demo", "--db", cli.db()}).exit_code == 0);
  const auto opened = cli({"--db", cli.db(), "--json", "case", "new", "--plugin", "se.trygg.sip", "--from", "2"});
  REQUIRE(opened.exit_code == 0);
  const auto shown = cli({"--db", cli.db(), "--json", "case", "show", std::to_string(opened.json()["id"].get<long>())}).json();
  const auto origin = cli({"--db", cli.db(), "--json", "case", "show", "2"}).json();
  CHECK(shown["person"]["identity"] == origin["person"]["identity"]);
  CHECK(shown["linked_case"] == 2);
  CHECK(shown["title"] == "Samordnad individuell plan (SIP) från ärende 2");
  const auto without = cli({"--db", cli.db(), "case", "new", "--plugin", "se.trygg.sip"});
  CHECK(without.exit_code == 1);
  CHECK(without.err.find("--person") != std::string::npos);
}

TEST_CASE("trygg-cli - case new takes a reservnummer in the region's form, and refuses one in no form, naming the forms")
{
  const Cli cli;
  REQUIRE(cli({"init", "--db", cli.db()}).exit_code == 0);
  const auto opened = cli({"--db", cli.db(), "--json", "case", "new", "--plugin", "se.trygg.discharge", "--person", "19500101-R017",
                           "--name", "Okänd man", "--municipality", "Flen"});
  REQUIRE_MESSAGE(opened.exit_code == 0, opened.err);
  const auto shown = cli({"--db", cli.db(), "--json", "case", "show", std::to_string(opened.json()["id"].get<long>())}).json();
  CHECK(shown["person"]["identity"] == "19500101R017");
  const auto refused = cli({"--db", cli.db(), "case", "new", "--plugin", "se.trygg.discharge", "--person", "19500101-X017", "--name", "X"});
  CHECK(refused.exit_code != 0);
  CHECK(refused.err.find("19380412-R001") != std::string::npos);  // the region's example
}

TEST_CASE("trygg-cli - case new for a known person: as known without --name, another name is asked about, then --confirm")
{
  const Cli cli;
  REQUIRE(cli({"init", "--demo", "--db", cli.db()}).exit_code == 0);
  const auto origin = cli({"--db", cli.db(), "--json", "case", "show", "1"}).json();
  const std::string identity = origin["person"]["identity"];
  const std::string name = origin["person"]["name"];

  const auto known = cli({"--db", cli.db(), "--json", "case", "new", "--plugin", "se.trygg.sip", "--person", identity});
  REQUIRE_MESSAGE(known.exit_code == 0, known.err);
  const auto known_id = std::to_string(known.json()["id"].get<long>());
  CHECK(cli({"--db", cli.db(), "--json", "case", "show", known_id}).json()["person"]["name"] == name);

  const auto renamed = cli({"--db", cli.db(), "case", "new", "--plugin", "se.trygg.sip", "--person", identity, "--name", "Greta Ny"});
  CHECK(renamed.exit_code != 0);
  CHECK(renamed.err.find(name) != std::string::npos);  // the person as known is shown
  CHECK(cli({"--db", cli.db(), "--json", "case", "show", "1"}).json()["person"]["name"] == name);  // nothing rewritten

  const auto confirmed =
      cli({"--db", cli.db(), "case", "new", "--plugin", "se.trygg.sip", "--person", identity, "--name", "Greta Ny", "--confirm"});
  REQUIRE_MESSAGE(confirmed.exit_code == 0, confirmed.err);
  CHECK(cli({"--db", cli.db(), "--json", "case", "show", "1"}).json()["person"]["name"] == "Greta Ny");
}

TEST_CASE("trygg-cli - a case whose process plugin is not loaded says so and exits 1, instead of showing no deadlines")
{
  const Cli cli;
  const test::TempFolder config;
  const std::string environment = "XDG_CONFIG_HOME=" + quoted(config.path().string());
  REQUIRE(cli({"init", "--demo", "--db", cli.db()}, environment).exit_code == 0);
  CHECK(cli({"--db", cli.db(), "case", "show", "1"}, environment).exit_code == 0);
  REQUIRE(cli({"plugin", "disable", "se.trygg.discharge"}, environment).exit_code == 0);

  const auto shown = cli({"--db", cli.db(), "case", "show", "1"}, environment);
  CHECK(shown.exit_code == 1);
  CHECK(shown.err.find("Pluginen se.trygg.discharge är inte laddad") != std::string::npos);
  CHECK(shown.err.find("avstängd av användaren") != std::string::npos);
  const auto json = cli({"--db", cli.db(), "--json", "case", "show", "1"}, environment);
  CHECK(json.exit_code == 1);
  CHECK(json.json()["plugin_problem"].get<std::string>().find("se.trygg.discharge") != std::string::npos);
}

TEST_CASE("trygg-cli - usage errors exit 1, help exits 0, in built-in and plugin commands alike")
{
  const Cli cli;
  CHECK(cli({"--help"}).exit_code == 0);
  CHECK(cli({"case", "show"}).exit_code == 1);        // CASE missing
  CHECK(cli({"no-such-command"}).exit_code == 1);
  CHECK(cli({"sip", "show"}).exit_code == 1);         // a plugin's command, CASE missing
  CHECK(cli({"holidays", "--help"}).exit_code == 0);  // a plugin's command's help
  CHECK(cli({"deadlines", "--bogus"}).exit_code == 1);
}

TEST_CASE("trygg-cli - an acute case is exported to another unit only under a valid consent, and each export is logged")
{
  const Cli cli;
  REQUIRE(cli({"--db", cli.db(), "case", "new", "--plugin", "se.trygg.acute", "--person", test::tolvan, "--name", "Tolvan",
               "--municipality", "Flen"}).exit_code == 0);
  const auto no_recipient = cli({"--db", cli.db(), "export", "1"});
  CHECK(no_recipient.exit_code == 1);
  CHECK(no_recipient.err.find("--to") != std::string::npos);
  const auto refused = cli({"--db", cli.db(), "--json", "export", "1", "--to", "Hemsjukvården Flen"});
  CHECK(refused.exit_code == 1);
  CHECK(refused.out.empty());  // nothing of the case left
  CHECK(refused.err.find(R"("kind":"validation")") != std::string::npos);
  // A consent without scope is refused, named; a complete one is kept.
  const auto no_scope = cli({"--db", cli.db(), "form", "set", "1", "consent", "--json",
                             R"({"given-by": "person", "given-on": "2026-11-20", "recipients": [{"unit": "Hemsjukvården Flen"}], "valid-until": "2099-12-31"})"});
  CHECK(no_scope.exit_code == 1);
  CHECK(no_scope.err.find("Vad samtycket omfattar") != std::string::npos);
  REQUIRE(cli({"--db", cli.db(), "form", "set", "1", "consent", "--json",
               R"({"given-by": "person", "given-on": "2026-11-20", "covers": "Besöksorsak", "recipients": [{"unit": "Hemsjukvården Flen"}], "valid-until": "2099-12-31"})"})
              .exit_code == 0);
  const auto allowed = cli({"--db", cli.db(), "export", "1", "--to", "Hemsjukvården Flen"});
  CHECK(allowed.exit_code == 0);
  CHECK(allowed.out.find("<html") != std::string::npos);
  CHECK(cli({"--db", cli.db(), "export", "1", "--to", "Vårdcentralen"}).exit_code == 1);
  const auto history = cli({"--db", cli.db(), "history", "1"}).out;
  CHECK(history.find("Uppgifter utlämnade") != std::string::npos);
  CHECK(history.find("Hemsjukvården Flen: ärenderapport (export)") != std::string::npos);
  // A process without a consent form exports as before.
  REQUIRE(cli({"--db", cli.db(), "case", "new", "--plugin", "se.trygg.proactive", "--person", test::tolvan}).exit_code == 0);
  CHECK(cli({"--db", cli.db(), "export", "2"}).exit_code == 0);
}

TEST_CASE("trygg-cli - verify says the file and the history are whole, and exits 1 naming a history line rewritten with SQL")
{
  const Cli cli;
  REQUIRE(cli({"--db", cli.db(), "init", "--demo"}).exit_code == 0);
  const auto whole = cli({"--db", cli.db(), "--json", "verify"});
  REQUIRE(whole.exit_code == 0);
  CHECK(whole.json()["quick_check"] == "ok");
  CHECK(whole.json()["history_breaks"].empty());
  {
    SQLite::Database raw(cli.db(), SQLite::OPEN_READWRITE);
    raw.exec("DROP TRIGGER history_is_append_only_on_update; UPDATE history SET new_value = 'done' WHERE id = 3; "
             "CREATE TRIGGER history_is_append_only_on_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'x'); END;");
  }
  const auto broken = cli({"--db", cli.db(), "verify"});
  CHECK(broken.exit_code == 1);
  CHECK(broken.out.find("historikrad 3") != std::string::npos);
}

TEST_CASE("trygg-cli - access-log follows up who read a person's case, from which client, and exports it privately")
{
  const Cli cli;
  REQUIRE(cli({"--db", cli.db(), "init", "--demo"}).exit_code == 0);
  REQUIRE(cli({"--db", cli.db(), "--user", "bertil", "case", "show", "3"}).exit_code == 0);
  REQUIRE(cli({"--db", cli.db(), "--user", "cecilia", "history", "3"}).exit_code == 0);
  const auto shown = nlohmann::json::parse(cli({"--db", cli.db(), "--json", "case", "show", "3"}).out);
  const std::string identity = shown["person"]["identity"];

  const auto log = cli({"--db", cli.db(), "--json", "access-log", "--person", identity});
  REQUIRE(log.exit_code == 0);
  const auto lines = nlohmann::json::parse(log.out);
  const auto reads = std::count_if(lines.begin(), lines.end(), [](const nlohmann::json& line) { return line["action"] == "read"; });
  CHECK(reads == 3);  // bertil's show, cecilia's history, testare's show above
  const auto first_read = std::find_if(lines.begin(), lines.end(), [](const nlohmann::json& line) { return line["action"] == "read"; });
  CHECK((*first_read)["user"] == "bertil");
  CHECK((*first_read)["client"].get<std::string>().find("(trygg-cli)") != std::string::npos);
  CHECK(std::any_of(lines.begin(), lines.end(), [](const nlohmann::json& line) { return line["action"] == "change"; }));

  // Exported for the follow-up: readable by its owner alone, and saying what it holds.
  const auto csv = std::filesystem::path(cli.db()).parent_path() / "logg.csv";
  const auto saved = cli({"--db", cli.db(), "access-log", "--user", "cecilia", "--csv", csv.string()});
  REQUIRE(saved.exit_code == 0);
  CHECK(saved.out.find("historiken visad") != std::string::npos);
  std::ifstream file(csv);
  std::string notice;
  std::getline(file, notice);
  CHECK(notice.find("Innehåller personuppgifter") != std::string::npos);
  CHECK((std::filesystem::status(csv).permissions() & (std::filesystem::perms::group_all | std::filesystem::perms::others_all)) ==
        std::filesystem::perms::none);
  CHECK(cli({"--db", cli.db(), "access-log", "--from", "igår"}).exit_code == 1);
}

TEST_CASE("trygg-cli - indicators: days from ready to discharge per municipality, as JSON and as a CSV with small cells left out")
{
  const Cli cli;
  const auto discharged = [&](const char* admitted, const char* ready, const char* home) {
    const auto created = cli({"case", "new", "--db", cli.db(), "--plugin", "se.trygg.discharge", "--person", test::tolvan, "--name",
                              "Tolvan Tolvansson", "--municipality", "Nyköping", "--title", "Höftfraktur", "--json"});
    REQUIRE_MESSAGE(created.exit_code == 0, created.err);
    const std::string id = std::to_string(created.json()["id"].get<int>());
    for (const auto& [kind, when] : {std::pair{"admitted", admitted}, std::pair{"ready-for-discharge", ready}, std::pair{"discharged", home}}) {
      const auto event = cli({"case", "event", id, "--db", cli.db(), "--kind", kind, "--at", when});
      REQUIRE_MESSAGE(event.exit_code == 0, event.err);
    }
  };
  discharged("2025-11-01 10:00", "2025-11-03 09:00", "2025-11-05 14:00");  // two days
  discharged("2025-11-08 10:00", "2025-11-10 08:00", "2025-11-10 16:00");  // the same day
  const auto shown = cli({"indicators", "--db", cli.db(), "--from", "2025-11-01", "--to", "2025-11-30", "--indicator", "discharge.ready-days",
                          "--json"});
  REQUIRE_MESSAGE(shown.exit_code == 0, shown.err);
  const auto indicator = shown.json()["indicators"].at(0);
  CHECK(indicator["id"] == "discharge.ready-days");
  CHECK(indicator["groups"].at(0)["group"] == "Nyköping");
  CHECK(indicator["groups"].at(0)["cases"] == 2);
  CHECK(indicator["groups"].at(0)["mean"].get<double>() == doctest::Approx(1.0));
  CHECK(indicator["total"]["shares"].at(0)["share"].get<double>() == doctest::Approx(0.5));

  // For a steering group: two cases are fewer than five, so the cell is left out, and it says so.
  const auto csv_file = cli.user_plugins().parent_path() / "indikatorer.csv";
  const auto exported = cli({"indicators", "--db", cli.db(), "--from", "2025-11-01", "--to", "2025-11-30", "--csv", csv_file.string()});
  REQUIRE_MESSAGE(exported.exit_code == 0, exported.err);
  std::ifstream in(csv_file);
  const std::string csv{std::istreambuf_iterator<char>(in), {}};
  CHECK(csv.find("discharge.ready-days,\"alla episoder, samma dag = 0 dagar\",Nyköping,<5,") != std::string::npos);
  CHECK(csv.find(",Nyköping,2,") == std::string::npos);
  CHECK(exported.err.find("utelämnade") != std::string::npos);
  CHECK((std::filesystem::status(csv_file).permissions() & std::filesystem::perms::others_read) == std::filesystem::perms::none);
  // A region's own indicator naming an event kind the process does not have is refused by validate, with file and line.
  const auto own = cli.user_plugins().parent_path() / "egen";
  std::filesystem::create_directories(own / "content");
  std::ofstream(own / "plugin.xml") << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                    << "<plugin id=\"se.test.indikatorer\" name=\"Test\" version=\"1.0.0\" api-version=\"3.0\">\n"
                                    << "  <extends plugin=\"se.trygg.discharge\"/>\n"
                                    << "  <capabilities><capability name=\"checklists\"/></capabilities>\n"
                                    << "  <content><data file=\"content/hem.xml\" schema=\"indicator.xsd\"/></content>\n</plugin>\n";
  std::ofstream(own / "content" / "hem.xml") << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                             << "<indicator id=\"test.hem\" version=\"1\" name=\"Hem\" unit=\"dagar\" process=\"discharge\">\n"
                                             << "  <source>Test</source>\n  <days from=\"ready-for-discharge\" to=\"dischargd\"/>\n</indicator>\n";
  const auto checked = cli({"validate", own.string()});
  CHECK(checked.exit_code == 1);
  CHECK(checked.err.find("hem.xml:4: <days>: ") != std::string::npos);
  CHECK(checked.err.find("\"dischargd\"") != std::string::npos);
  // An indicator that does not exist is named, with the ones that do.
  const auto unknown = cli({"indicators", "--db", cli.db(), "--from", "2025-11-01", "--to", "2025-11-30", "--indicator", "discharge.nope"});
  CHECK(unknown.exit_code != 0);
  CHECK(unknown.err.find("discharge.ready-days-skr") != std::string::npos);
}
