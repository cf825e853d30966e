#include "test_support.hpp"

#include "trygg/content_reader.hpp"
#include "trygg/sdk/utf8.hpp"
#include "trygg/sdk/xml_file.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace trygg;

namespace {

std::filesystem::path write(const test::TempFolder& folder, const std::string& name, const std::string& text)
{
  const auto path = folder / name;
  std::ofstream(path) << text;
  return path;
}

const char* const risk_head = R"(<?xml version="1.0"?>
<risk-template id="r" version="1" title="R" process="p">
  <likelihood><step value="1" label="a"/><step value="2" label="b"/></likelihood>
  <consequence><step value="1" label="a"/><step value="2" label="b"/></consequence>
)";

}  // namespace

TEST_CASE("content - every shipped XML file is valid against its schema")
{
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins")) {
    if (entry.path().extension() != ".xml") {
      continue;
    }
    const auto report = validate_content_file(entry.path());
    CAPTURE(entry.path().string());
    CHECK_FALSE(report.format.empty());
    for (const auto& problem : report.problems) {
      FAIL_CHECK(problem.describe());
    }
    ++files;
  }
  CHECK(files >= 9);
}

TEST_CASE("content - a checklist template reads into phases and items")
{
  const auto checklist = read_checklist_template(test::test_plugin("good") / "content/checklist.xml");
  CHECK(checklist.id == "test.list");
  CHECK(checklist.version == 2);
  REQUIRE(checklist.phases.size() == 2);
  REQUIRE(checklist.phases[0].items.size() == 2);
  const auto& alpha = checklist.phases[0].items[0];
  CHECK(alpha.huvudman == Huvudman::region);
  CHECK(alpha.due_event == "started");
  CHECK(alpha.due_after_hours == 24);
  CHECK(checklist.phases[0].items[1].huvudman == Huvudman::kommun);
  CHECK_FALSE(checklist.phases[0].items[1].due_after_hours);
}

TEST_CASE("content - a DTD is refused, and so is a content file too big to be one")
{
  const test::TempFolder folder;
  // An entity would be read one way by the schema check and another by the reader.
  const auto with_dtd = write(folder, "dtd.xml",
                              "<?xml version=\"1.0\"?>\n<!DOCTYPE checklist-template [<!ENTITY r \"region\">]>\n"
                              "<checklist-template id=\"x\" version=\"1\" title=\"T\" process=\"p\"><phase id=\"a\" title=\"A\">"
                              "<item id=\"i\" huvudman=\"&r;\" role=\"R\"><text>T</text></item></phase></checklist-template>");
  try {
    (void)read_checklist_template(with_dtd);
    FAIL("a DTD was accepted");
  } catch (const ContentError& error) {
    CHECK(std::string(error.what()).find("DTD") != std::string::npos);
    CHECK(std::string(error.what()).find("dtd.xml") != std::string::npos);
  }
  CHECK_FALSE(validate_content_file(with_dtd).problems.empty());

  const auto huge = folder / "huge.xml";
  {
    std::ofstream out(huge);
    out << "<?xml version=\"1.0\"?><checklist-template>";
    const std::string filler(1024, ' ');
    for (int kib = 0; kib < 5 * 1024; ++kib) {
      out << filler;
    }
    out << "</checklist-template>";
  }
  CHECK_THROWS_WITH_AS((void)read_checklist_template(huge), doctest::Contains("MiB"), ContentError);

  // Small in bytes, but tens of thousands of elements: refused before the schema check spends time on it.
  std::string many = "<?xml version=\"1.0\"?><checklist-template id=\"x\" version=\"1\" title=\"T\" process=\"p\">";
  for (int n = 0; n < 30000; ++n) {
    many += "<phase/>";
  }
  const auto crowded = write(folder, "crowded.xml", many + "</checklist-template>");
  CHECK_THROWS_WITH_AS((void)read_checklist_template(crowded), doctest::Contains("element"), ContentError);
}

TEST_CASE("content - what passes the schema is what is read: no zoned dates, no numbers beyond what the reader holds")
{
  const test::TempFolder folder;
  const auto checklist = [&](const std::string& hours) {
    return write(folder, "hours.xml",
                 "<?xml version=\"1.0\"?><checklist-template id=\"x\" version=\"1\" title=\"T\" process=\"p\">"
                 "<phase id=\"a\" title=\"A\"><item id=\"i\" huvudman=\"region\" role=\"R\" due-event=\"e\" due-after-hours=\"" +
                     hours + "\"><text>T</text></item></phase></checklist-template>");
  };
  CHECK(read_checklist_template(checklist("72")).phases[0].items[0].due_after_hours == 72);
  // Before, 99999999999 passed the schema and was read as another number.
  CHECK_THROWS_AS((void)read_checklist_template(checklist("99999999999")), ContentError);
  CHECK_THROWS_AS((void)read_checklist_template(checklist("-99999999999")), ContentError);

  // A date with a time zone passed the schema and was read as "no date" (a routine without an end).
  const auto routine = std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/holiday-staffing/content/routines/sormland-jul-2026.xml";
  auto text = sdk::read_text_file(routine);
  const auto valid_to = text.find("valid-to=\"");
  REQUIRE(valid_to != std::string::npos);
  const auto end = text.find('"', valid_to + 10);
  text.insert(end, "Z");
  const auto zoned = write(folder, "zoned.xml", text);
  const auto report = validate_content_file(zoned);
  REQUIRE_FALSE(report.problems.empty());
  CHECK(report.problems[0].message.find("valid-to") != std::string::npos);
}

TEST_CASE("content - errors name the file, the line and the element")
{
  const test::TempFolder folder;
  SUBCASE("schema violation")
  {
    const auto report = validate_content_file(test::test_plugin("bad-content") / "content/checklist.xml");
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].line == 4);
    CHECK(report.problems[0].element == "item");
    CHECK(report.problems[0].message.find("role") != std::string::npos);
    CHECK(report.problems[0].describe().find("checklist.xml:4: <item>:") != std::string::npos);
  }
  SUBCASE("not well-formed")
  {
    const auto report = validate_content_file(test::test_plugin("malformed-manifest") / "plugin.xml");
    REQUIRE_FALSE(report.problems.empty());
    CHECK(report.problems[0].line >= 5);
  }
  SUBCASE("missing file")
  {
    const auto report = validate_content_file(folder / "nowhere.xml");
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].message.find("finns inte") != std::string::npos);
  }
  SUBCASE("unknown root")
  {
    const auto report = validate_content_file(write(folder, "x.xml", "<?xml version=\"1.0\"?>\n<recipe/>"));
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].message.find("okänt format") != std::string::npos);
  }
  SUBCASE("a scale that skips a step, found after the schema")
  {
    const auto file = write(folder, "r.xml", std::string(risk_head).replace(std::string(risk_head).find("value=\"2\""), 9, "value=\"3\"") +
                                                 "<levels><level id=\"l\" label=\"L\" min-score=\"1\" color=\"#000000\"/></levels>"
                                                 "<areas><area id=\"a\" label=\"A\"/></areas></risk-template>");
    const auto report = validate_content_file(file);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].line == 3);
    CHECK(report.problems[0].element == "step");
  }
  SUBCASE("levels that leave low scores without a level")
  {
    const auto file = write(folder, "r.xml", std::string(risk_head) +
                                                 "<levels><level id=\"l\" label=\"L\" min-score=\"2\" color=\"#000000\"/></levels>"
                                                 "<areas><area id=\"a\" label=\"A\"/></areas></risk-template>");
    const auto report = validate_content_file(file);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].message.find("poäng 1") != std::string::npos);
  }
}

TEST_CASE("content - risk levels map every score of the matrix")
{
  const auto scales = read_risk_template(std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/discharge/content/risk-analysis.xml");
  CHECK(scales.max_likelihood() == 4);
  CHECK(scales.max_consequence() == 4);
  CHECK(scales.level_for(1).id == "low");
  CHECK(scales.level_for(2).id == "low");
  CHECK(scales.level_for(3).id == "moderate");
  CHECK(scales.level_for(8).id == "high");
  CHECK(scales.level_for(16).id == "very-high");
  CHECK(scales.level_for(9).requires_action);
  CHECK(scales.area("falls") != nullptr);
  CHECK(scales.area("unknown") == nullptr);
}

TEST_CASE("content - a manifest may not point outside its folder")
{
  const test::TempFolder folder;
  const auto file = write(folder, "plugin.xml", R"(<?xml version="1.0"?>
<plugin id="se.x.y" name="X" version="1.0.0" api-version="1">
  <capabilities><capability name="checklists"/></capabilities>
  <processes><process id="p" name="P"/></processes>
  <content><checklist file="content/../../secret.xml"/></content>
</plugin>)");
  const auto report = validate_content_file(file);
  REQUIRE(report.problems.size() == 1);
  CHECK(report.problems[0].line == 5);
  CHECK(report.problems[0].message.find("egen mapp") != std::string::npos);
}

TEST_CASE("content - a file with thousands of one mistake is refused with fifty and a count, in text that is UTF-8")
{
  std::vector<sdk::ContentProblem> problems;
  for (int n = 0; n < 3000; ++n) {
    problems.push_back({"x.xml", n + 1, "item\xff", "fel \xc3( här"});
  }
  const sdk::ContentError error(problems);
  REQUIRE(error.problems().size() == sdk::problems_told + 1);
  CHECK(error.problems().back().message.find("2950") != std::string::npos);
  CHECK_FALSE(sdk::invalid_utf8_at(error.what()));
  CHECK(error.problems().front().message == "fel \xEF\xBF\xBD( här");
  CHECK(error.problems().front().element == "item\xEF\xBF\xBD");
  // Fifty-one is told whole: a count of one more is no shorter than the problem.
  CHECK(sdk::ContentError(std::vector<sdk::ContentProblem>(problems.begin(), problems.begin() + 51)).problems().size() == 51);
}
