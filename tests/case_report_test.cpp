#include "test_support.hpp"

#include "trygg/case_report.hpp"
#include "trygg/history_line.hpp"
#include "trygg/sdk/markup.hpp"

#include <algorithm>

#include <doctest/doctest.h>

using namespace trygg;

TEST_CASE("case report - the HTML holds the case's parts and escapes what people typed")
{
  const test::TempFolder folder;
  Workspace workspace(folder / "r.db", {{test::test_plugin("good"), PluginOrigin::bundled}}, "anna");
  const CaseId id = workspace.open_case("se.trygg.test.good", "test", "<script>alert(1)</script>", {test::tolvan, "Tolvan & Co", ""});
  const auto analysis = workspace.risk_analysis_for(id);
  workspace.add_risk(analysis, {"falls", "Trappa \"utan\" räcke", 3, 2, std::nullopt, std::nullopt, std::nullopt, {}});

  const auto html = case_report_html(workspace, id);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;") != std::string::npos);
  CHECK(html.find("Tolvan &amp; Co") != std::string::npos);
  CHECK(html.find("Trappa &quot;utan&quot; räcke") != std::string::npos);
  CHECK(html.find("Testlista") != std::string::npos);
  CHECK(html.find("Historik") != std::string::npos);
  // What it is says itself, on screen, on paper and in a mail: personal data.
  CHECK(html.find("class=personal-data") != std::string::npos);
  CHECK(html.find("Innehåller personuppgifter") < html.find("Händelser"));
  // The matrix cell for likelihood 3 x consequence 2 has the high colour and the one risk in it.
  CHECK(html.find("<td bgcolor=\"#ff0000\" style=\"background:#ff0000\">1</td>") != std::string::npos);
  CHECK_THROWS_AS((void)case_report_html(workspace, 9999), StorageError);
}

TEST_CASE("case report - the printed history reads like the screen: names, local times, the personnummer in display form")
{
  const test::TempFolder folder;
  test::ManualClock clock;
  Workspace workspace(folder / "h.db", test::bundled_plugins(), "anna", clock.function());
  const CaseId id = workspace.open_case("se.trygg.discharge", "discharge", "Höftfraktur", {test::tolvan, "Tolvan", "Flen"});
  const auto event = workspace.record_event(id, {"admitted", *parse_user_time("2026-12-20 08:00"), ""});
  workspace.correct_event(event, *parse_user_time("2026-12-20 07:30"), "Fel tid i journalen");

  const auto lines = history_lines(workspace, id);
  const auto corrected = std::find_if(lines.begin(), lines.end(),
                                      [](const HistoryLine& line) { return !line.before.empty() && line.entry.entity == "event"; });
  REQUIRE(corrected != lines.end());
  CHECK(corrected->what == "Händelse: Inskriven");
  CHECK(corrected->before == "2026-12-20 08:00");  // Swedish local time, not UTC ISO
  CHECK(corrected->after == "2026-12-20 07:30");
  CHECK(std::any_of(lines.begin(), lines.end(), [](const HistoryLine& line) {
    return line.what == "Händelse: Inskriven (skäl)" && line.after == "Fel tid i journalen";
  }));
  // What was started goes by its title, not the template's id.
  CHECK(std::any_of(lines.begin(), lines.end(), [](const HistoryLine& line) {
    return line.what == "Checklista startad" && line.after == "Slutenvården: avdelningens checklista (version 2)";
  }));
  CHECK(std::none_of(lines.begin(), lines.end(),
                     [](const HistoryLine& line) { return line.after.find("discharge.") != std::string::npos; }));

  const auto html = case_report_html(workspace, id);
  for (const auto& line : lines) {
    CHECK(html.find(sdk::escape_markup(line.what)) != std::string::npos);
  }
  CHECK(html.find("<td>2026-12-20 08:00</td><td>2026-12-20 07:30</td>") != std::string::npos);
  CHECK(html.find("19121212-1212") != std::string::npos);
  CHECK(html.find("191212121212") == std::string::npos);
  CHECK(html.find("Utskrivning från slutenvård") != std::string::npos);  // the process by its name
}
