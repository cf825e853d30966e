// The Senior alert instruments the proactive process ships, scored on their published cut-offs and edge
// totals; and what a process owner's broken instrument or a nurse's impossible answer gets told.
#include "test_support.hpp"

#include "trygg/assessment_overview.hpp"
#include "trygg/content_error.hpp"
#include "trygg/error.hpp"
#include "trygg/scored_instrument.hpp"
#include "trygg/workspace.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

using namespace trygg;
using Level = ScoredInstrument::Level;

namespace {

ScoredInstrument shipped(const char* id)
{
  return read_scored_instrument(std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/proactive/content/instruments" /
                                (std::string(id) + ".xml"));
}

// The same answer (by option value) for every item with select="one".
InstrumentAnswers all(const ScoredInstrument& instrument, const std::string& value)
{
  InstrumentAnswers answers;
  for (const auto& item : instrument.items) {
    if (item.select == ScoredInstrument::Select::one) {
      answers[item.key] = {value};
    }
  }
  return answers;
}

}  // namespace

TEST_CASE("Downton - 0 to 11 points, each ticked medicine and deficit counts, risk of falling from 3")
{
  const auto downton = shipped("downton");
  CHECK(downton.lowest() == 0);
  CHECK(downton.highest() == 11);
  InstrumentAnswers answers{{"previous-falls", {"no"}}, {"mental", {"oriented"}}, {"gait", {"normal"}}};
  CHECK(score(downton, answers).score == 0);
  CHECK(score(downton, answers).band.level == Level::none);
  // Sedatives and diuretics: 2, still below the cut-off.
  answers["medication"] = {"sedatives", "diuretics", "other"};
  CHECK(score(downton, answers).score == 2);
  CHECK(score(downton, answers).band.id == "no-risk");
  // A fall before makes 3: risk, with the actions to take.
  answers["previous-falls"] = {"yes"};
  const auto at_risk = score(downton, answers);
  CHECK(at_risk.score == 3);
  CHECK(at_risk.band.level == Level::risk);
  CHECK_FALSE(at_risk.band.actions.empty());
  // Everything that counts: 1 + 5 + 3 + 1 + 1 = 11.
  const InstrumentAnswers worst{{"previous-falls", {"yes"}},
                                {"medication", {"sedatives", "diuretics", "antihypertensives", "antiparkinson", "antidepressants", "other"}},
                                {"sensory", {"vision", "hearing", "limbs"}},
                                {"mental", {"confused"}},
                                {"gait", {"unable"}}};
  CHECK(score(downton, worst).score == 11);
}

TEST_CASE("Modified Norton - seven items 1-4, 7 to 28, risk of pressure ulcers at 20 or less")
{
  const auto norton = shipped("modified-norton");
  CHECK(norton.lowest() == 7);
  CHECK(norton.highest() == 28);
  auto answers = all(norton, "4");
  CHECK(score(norton, answers).score == 28);
  CHECK(score(norton, answers).band.level == Level::none);
  // 28 - 7 = 21: the last score without risk.
  answers["mental"] = {"3"};
  answers["activity"] = {"2"};
  answers["mobility"] = {"2"};
  answers["food"] = {"2"};
  CHECK(score(norton, answers).score == 21);
  CHECK(score(norton, answers).band.level == Level::none);
  answers["fluid"] = {"3"};
  CHECK(score(norton, answers).score == 20);
  CHECK(score(norton, answers).band.level == Level::risk);
  CHECK(score(norton, all(norton, "1")).score == 7);
}

TEST_CASE("MNA-SF - 0 to 14: 12-14 normal, 8-11 at risk, 0-7 malnourished, and the licence says what is shipped")
{
  const auto mna = shipped("mna-sf");
  CHECK(mna.lowest() == 0);
  CHECK(mna.highest() == 14);
  CHECK(mna.licence.find("Nestlé") != std::string::npos);
  InstrumentAnswers answers{{"food-intake", {"2"}}, {"weight-loss", {"3"}}, {"mobility", {"2"}},
                            {"stress", {"2"}},      {"neuropsychological", {"2"}}, {"bmi-or-calf", {"bmi-23"}}};
  CHECK(score(mna, answers).score == 14);
  answers["bmi-or-calf"] = {"bmi-19-21"};  // 12
  CHECK(score(mna, answers).band.id == "normal");
  answers["mobility"] = {"1"};  // 11
  CHECK(score(mna, answers).score == 11);
  CHECK(score(mna, answers).band.id == "at-risk");
  answers["food-intake"] = {"0"};
  answers["neuropsychological"] = {"1"};  // 8
  CHECK(score(mna, answers).score == 8);
  CHECK(score(mna, answers).band.id == "at-risk");
  answers["weight-loss"] = {"2"};  // 7
  CHECK(score(mna, answers).band.id == "malnourished");
  CHECK(score(mna, answers).band.level == Level::high);
  // Calf circumference stands in for BMI with its own points.
  answers["bmi-or-calf"] = {"calf-31"};
  CHECK(score(mna, answers).score == 9);
}

TEST_CASE("Socialstyrelsen's three questions - any one yes is a risk")
{
  const auto screen = shipped("nutrition-screen");
  auto answers = all(screen, "no");
  CHECK(score(screen, answers).band.level == Level::none);
  answers["eating-difficulties"] = {"yes"};
  CHECK(score(screen, answers).band.level == Level::risk);
  CHECK(score(screen, all(screen, "yes")).score == 3);
}

TEST_CASE("ROAG-J - the worst grade decides: all 1 healthy, any 2 a risk, any 3 contact dental care")
{
  const auto roag = shipped("roag-j");
  CHECK(roag.items.size() == 9);
  auto answers = all(roag, "1");
  CHECK(score(roag, answers).band.id == "healthy");
  CHECK(score(roag, answers).notes.empty());
  answers["saliva"] = {"2"};
  CHECK(score(roag, answers).score == 2);
  CHECK(score(roag, answers).band.level == Level::risk);
  answers["gums"] = {"3"};
  const auto result = score(roag, answers);
  CHECK(result.band.id == "dental-care");
  REQUIRE(result.notes.size() == 1);
  CHECK(result.notes[0].find("tandvården") != std::string::npos);
  CHECK(result.reassess_days == 7);
}

TEST_CASE("instrument answers - an answer outside the options, an unknown item or a missing answer is named, nothing scored")
{
  const auto norton = shipped("modified-norton");
  auto answers = all(norton, "4");
  answers["mental"] = {"5"};
  answers["mood"] = {"1"};
  answers.erase("fluid");
  answers["food"] = {"4", "3"};
  const auto problems = answer_problems(norton, answers);
  REQUIRE(problems.size() == 4);
  std::string all_problems;
  for (const auto& problem : problems) {
    all_problems += problem + "\n";
  }
  CHECK(all_problems.find("\"mood\" är ingen fråga") != std::string::npos);
  CHECK(all_problems.find("Födointag: ett svar, inte 2") != std::string::npos);
  try {
    (void)score(norton, answers);
    FAIL("scored with impossible answers");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::validation);
    CHECK(std::string(error.what()).find("Psykisk status: \"5\" är inget svarsalternativ") != std::string::npos);
    CHECK(std::string(error.what()).find("Vätskeintag: obesvarad") != std::string::npos);
  }
}

TEST_CASE("instrument content - bands that overlap, leave a gap or reach past the possible scores are refused, named")
{
  const test::TempFolder folder;
  const auto write = [&](const std::string& bands) {
    const auto file = folder / "x.xml";
    std::ofstream(file) << R"(<?xml version="1.0"?>
<scored-instrument id="x" version="1" title="X" scoring="sum" area="falls" reassess-days="7">
  <source>test</source><licence>test</licence>
  <item key="a" label="A"><option value="0" label="0" points="0"/><option value="1" label="1" points="1"/></item>
  <item key="b" label="B"><option value="0" label="0" points="0"/><option value="2" label="2" points="2"/></item>
)" << bands << "</scored-instrument>\n";
    return file;
  };
  const auto refused = [&](const std::string& bands, const char* words) {
    try {
      (void)read_scored_instrument(write(bands));
      FAIL("accepted: " << bands);
    } catch (const ContentError& error) {
      CHECK_MESSAGE(std::string(error.what()).find(words) != std::string::npos, error.what());
      CHECK(std::string(error.what()).find("x.xml") != std::string::npos);
    }
  };
  const std::string low = R"(<band id="low" min="0" max="1" level="none" label="L" likelihood="1" consequence="1"/>)";
  CHECK(read_scored_instrument(write(low + R"(<band id="high" min="2" max="3" level="risk" label="H" likelihood="3" consequence="3"/>)"))
            .bands.size() == 2);
  refused(low + R"(<band id="high" min="1" max="3" level="risk" label="H" likelihood="3" consequence="3"/>)", "överlappar");
  refused(low + R"(<band id="high" min="3" max="3" level="risk" label="H" likelihood="3" consequence="3"/>)", "poäng 2–2 har inget band");
  refused(low, "poäng 2–3 har inget band");
  refused(low + R"(<band id="high" min="2" max="9" level="risk" label="H" likelihood="3" consequence="3"/>)", "högsta möjliga poäng är 3");
  refused(R"(<band id="low" min="1" max="0" level="none" label="L" likelihood="1" consequence="1"/>)", "slutar på 0");
}

TEST_CASE("assessment in a case - the result goes into the risk analysis, a normal result lowers the same risk, and the next one is due in Idag")
{
  const test::TempFolder folder;
  test::ManualClock clock;
  Workspace workspace(folder / "w.db", test::bundled_plugins(), "nurse", clock.function());
  const CaseId id = workspace.open_case("se.trygg.proactive", "proactive", "Hemma", {test::tolvan, "Tolvan", "Flen"});
  const auto care_case = *workspace.storage().find_case(id);
  REQUIRE(workspace.instruments_for(care_case).size() == 5);

  // At risk of falling: a risk in the area "falls", on the band's place, with the band's actions.
  const InstrumentAnswers risky{{"previous-falls", {"yes"}}, {"medication", {"sedatives", "diuretics"}}, {"mental", {"oriented"}}, {"gait", {"aid"}}};
  const auto first = workspace.assess(id, "downton", risky);
  CHECK(first.result.score == 4);
  REQUIRE(first.risk_id != 0);
  auto risks = workspace.storage().risk_analyses(id).at(0).risks;
  REQUIRE(risks.size() == 1);
  CHECK(risks[0].area == "falls");
  CHECK(risks[0].likelihood == 3);
  CHECK(risks[0].description.find("4 poäng") != std::string::npos);
  CHECK(risks[0].actions.size() == 4);
  CHECK(risks[0].actions[0].owner == "nurse");

  // A week on, the reassessment is due and "Idag" says so in words.
  clock.at += std::chrono::days(7);
  const auto due = workspace.due_items(end_of_local_day(clock.at), 100);
  const auto reassessment = std::find_if(due.begin(), due.end(), [&](const DueItem& item) { return item.case_id == id && item.text.find("Downton") != std::string::npos; });
  REQUIRE(reassessment != due.end());
  CHECK(reassessment->text == "Ny bedömning: Downton Fall Risk Index");

  // Back to normal: the same risk is reassessed down, no second risk; its actions stay.
  const auto second = workspace.assess(id, "downton", {{"previous-falls", {"no"}}, {"mental", {"oriented"}}, {"gait", {"normal"}}});
  CHECK(second.result.band.level == ScoredInstrument::Level::none);
  CHECK(second.risk_id == first.risk_id);
  risks = workspace.storage().risk_analyses(id).at(0).risks;
  REQUIRE(risks.size() == 1);
  CHECK(risks[0].likelihood == 1);
  CHECK(risks[0].actions.size() == 4);
  const auto history = workspace.assessments(id, workspace.instruments_for(care_case)[0]);
  REQUIRE(history.size() == 2);
  CHECK(history[0].score == 4);
  CHECK(history[1].score == 0);
  CHECK(history[1].risk == first.risk_id);
  // The record's history says what changed in the instrument's words.
  bool labelled = false;
  for (const auto& entry : workspace.storage().history(id)) {
    labelled = labelled || workspace.record_field_label(entry) == "Downton Fall Risk Index: bedömning 2: poäng";
  }
  CHECK(labelled);

  // A normal first result with another instrument adds no risk at all.
  const auto healthy = workspace.assess(id, "nutrition-screen", {{"weight-loss", {"no"}}, {"eating-difficulties", {"no"}}, {"underweight", {"no"}}});
  CHECK(healthy.risk_id == 0);
  CHECK(workspace.storage().risk_analyses(id).at(0).risks.size() == 1);
}

TEST_CASE("assessment in a case - impossible answers or an unknown instrument store nothing")
{
  const test::TempFolder folder;
  Workspace workspace(folder / "w.db", test::bundled_plugins(), "nurse");
  const CaseId id = workspace.open_case("se.trygg.proactive", "proactive", "Hemma", {test::tolvan, "Tolvan", "Flen"});
  CHECK_THROWS_AS(workspace.assess(id, "downton", {{"previous-falls", {"maybe"}}}), Error);
  CHECK_THROWS_WITH_AS(workspace.assess(id, "braden", {}), doctest::Contains("downton"), StorageError);
  CHECK_FALSE(workspace.storage().plugin_record("se.trygg.proactive", id, "downton"));
  CHECK(workspace.storage().risk_analyses(id).at(0).risks.empty());
  // The acute process's cases are not offered the proactive plugin's instruments.
  const CaseId acute = workspace.open_case("se.trygg.acute", "acute", "Akuten", {test::tolvan, "Tolvan", "Flen"});
  CHECK(workspace.instruments_for(*workspace.storage().find_case(acute)).empty());
}

TEST_CASE("assessment overview - who is due per municipality, and per municipality the share assessed, at risk and actions done")
{
  const test::TempFolder folder;
  test::ManualClock clock;
  Workspace workspace(folder / "w.db", test::bundled_plugins(), "nurse", clock.function());
  const CaseId flen = workspace.open_case("se.trygg.proactive", "proactive", "Hemma", {test::tolvan, "Tolvan", "Flen"});
  const CaseId trosa = workspace.open_case("se.trygg.proactive", "proactive", "Hemma", {"194501019873", "Greta Berg", "Trosa"});
  (void)trosa;
  const InstrumentAnswers risky{{"previous-falls", {"yes"}}, {"medication", {"sedatives", "diuretics"}}, {"mental", {"oriented"}}, {"gait", {"aid"}}};
  (void)workspace.assess(flen, "downton", risky);
  auto overview = assessment_overview(workspace, end_of_local_day(clock.at));
  // Flen: assessed in time, at risk, the band's four actions open; its four other instruments never assessed.
  CHECK(overview.municipalities["Flen"].persons == 1);
  CHECK(overview.municipalities["Flen"].assessed == 1);
  CHECK(overview.municipalities["Flen"].at_risk == 1);
  CHECK(overview.municipalities["Flen"].actions == 4);
  CHECK(overview.municipalities["Flen"].actions_done == 0);
  CHECK(overview.municipalities["Trosa"].assessed == 0);
  CHECK(std::count_if(overview.due.begin(), overview.due.end(), [&](const DueAssessment& due) { return due.case_id == flen; }) == 4);
  // A week and a day on, Flen's Downton is overdue: no longer assessed in time, and due in the list.
  clock.at += std::chrono::days(8);
  const auto risk = workspace.storage().risk_analyses(flen).at(0).risks.at(0);
  workspace.complete_action(risk.actions.at(0).id);
  overview = assessment_overview(workspace, end_of_local_day(clock.at));
  CHECK(overview.municipalities["Flen"].assessed == 0);
  CHECK(overview.municipalities["Flen"].actions_done == 1);
  CHECK(std::count_if(overview.due.begin(), overview.due.end(), [&](const DueAssessment& due) { return due.case_id == flen && due.last; }) == 1);
}
