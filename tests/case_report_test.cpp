#include "test_support.hpp"

#include "trygg/case_report.hpp"

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
  // The matrix cell for likelihood 3 x consequence 2 has the high colour and the one risk in it.
  CHECK(html.find("<td bgcolor=\"#ff0000\" style=\"background:#ff0000\">1</td>") != std::string::npos);
  CHECK_THROWS_AS((void)case_report_html(workspace, 9999), StorageError);
}
