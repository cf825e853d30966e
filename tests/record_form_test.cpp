// Record forms a process owner declares in XML: read and checked, values checked before saving,
// readiness from the fields that count, history in the form's words; shown with the proactive
// process's "Min plan".
#include "test_support.hpp"

#include "trygg/content_error.hpp"
#include "trygg/record_form.hpp"
#include "trygg/workspace.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>

using namespace trygg;

namespace {

const auto min_plan_file = std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/proactive/content/min-plan.xml";

struct ProactiveWorkspace {
  test::TempFolder folder;
  test::ManualClock clock;
  Workspace workspace{folder / "p.db", test::bundled_plugins(), "sara", clock.function()};
  CaseId id = workspace.open_case("se.trygg.proactive", "proactive", "Planering", {test::tolvan, "Tolvan", "Flen"});
  [[nodiscard]] Workspace::Form min_plan() const
  {
    const auto forms = workspace.forms_for(*workspace.storage().find_case(id));
    REQUIRE(forms.size() == 1);
    return forms.front();
  }
};

}  // namespace

TEST_CASE("Record form - the shipped Min plan reads, values are checked field by field")
{
  const auto form = read_record_form(min_plan_file);
  CHECK(form.record == "min-plan");
  CHECK(form.process == "proactive");
  CHECK(form.field("contacts")->type == RecordForm::Type::table);
  CHECK(form.field("when-needed")->required_when == "has-when-needed");

  CHECK(form_problems(form, "{}").empty());
  const auto problems = form_problems(form, R"({"review-at": "nästa vecka", "made-with": "granne", "colour": "blå",
                                               "has-when-needed": true, "contacts": [{"who": "Anna", "fax": "1"}]})");
  const auto has = [&](const char* part) {
    return std::any_of(problems.begin(), problems.end(), [&](const auto& p) { return p.find(part) != std::string::npos; });
  };
  CHECK(has("Ses över senast: \"nästa vecka\" är inget datum"));
  CHECK(has("Planen är gjord med: \"granne\" är inget av valen"));
  CHECK(has("fältet \"colour\" finns inte"));
  CHECK(has("Kontakter 1: fax: kolumnen finns inte"));
  CHECK(has("Vilka läkemedel, när och hur mycket: ska fyllas i"));  // required when the yes-no field is yes
  CHECK(form_problems(form, R"({"has-when-needed": false})").empty());

  CHECK(form_field_label(form, "/contacts/1/phone") == "Kontakter 2: Telefon");
  CHECK(form_field_label(form, "/what-matters") == "Vad är viktigt för dig?");
  CHECK(form_field_label(form, "/nothing").empty());
  const auto html = form_html(form, R"({"what-matters": "Att <b>katten</b> får bo kvar", "has-when-needed": true})");
  CHECK(html.find("Att &lt;b&gt;katten&lt;/b&gt; får bo kvar") != std::string::npos);
  CHECK(html.find("<td>Ja</td>") != std::string::npos);
}

TEST_CASE("Record form - a form that breaks its own rules names file, line and element")
{
  const test::TempFolder folder;
  const auto file = folder / "broken.xml";
  std::ofstream(file) << R"(<?xml version="1.0" encoding="UTF-8"?>
<record-form id="x" version="1" title="X" process="proactive" record="x">
  <section title="S">
    <field key="a" type="text" label="A"/>
    <field key="b" type="text" label="B" required-when="a"/>
    <field key="c" type="choice" label="C"/>
  </section>
</record-form>
)";
  CHECK_THROWS_WITH_AS((void)read_record_form(file), doctest::Contains("broken.xml:5: <field>: required-when=\"a\""), ContentError);
  CHECK_THROWS_WITH_AS((void)read_record_form(file), doctest::Contains("broken.xml:6: <field>: ett val"), ContentError);
}

TEST_CASE("Record form - saved through the workspace: refused whole when wrong, each field in the history, readiness follows")
{
  ProactiveWorkspace w;
  const auto form = w.min_plan();
  const auto readiness = [&] { return w.workspace.readiness(*w.workspace.storage().find_case(w.id)).readiness.value(); };
  CHECK(readiness().level == sdk::CaseReadiness::Level::yellow);
  CHECK(readiness().findings.size() == 4);  // what matters, contacts, situations, review date
  CHECK(readiness().label == "Min plan ofullständig");

  const auto before = w.workspace.storage().history(w.id).size();
  CHECK_THROWS_WITH_AS(w.workspace.save_form(w.id, form, R"({"what-matters": "Hemma", "review-at": "snart"})"),
                       doctest::Contains("Ses över senast"), StorageError);
  CHECK(w.workspace.storage().history(w.id).size() == before);  // nothing written
  CHECK_FALSE(w.workspace.storage().plugin_record("se.trygg.proactive", w.id, "min-plan"));

  w.workspace.save_form(w.id, form,
                        R"({"what-matters": "Att få bo kvar hemma", "contacts": [{"who": "Hemsjukvården", "phone": "0150-123 45"}],
                            "situations": [{"when": "Andfådd i vila", "do": "Ring hemsjukvården"}], "review-at": "2027-02-01"})");
  const auto history = w.workspace.storage().history(w.id);
  REQUIRE(history.size() == before + 6);
  std::set<std::string> labels;
  for (std::size_t i = before; i < history.size(); ++i) {
    CHECK(history[i].actor == "sara");
    labels.insert(w.workspace.record_field_label(history[i]));
  }
  CHECK(labels.count("Min plan: Kontakter 1: Telefon") == 1);
  CHECK(labels.count("Min plan: Vad är viktigt för dig?") == 1);
  CHECK(readiness().level == sdk::CaseReadiness::Level::green);
  CHECK(readiness().label == "Min plan klar");
  // "Ses över senast" is the plan's follow-up: due that day (Swedish midnight), in the list and in Idag.
  const auto row = w.workspace.storage().case_summary(w.id);
  REQUIRE(row->next_due);
  CHECK(to_iso_utc(*row->next_due) == "2027-01-31T23:00:00Z");
  const auto due = w.workspace.due_items(from_iso_utc("2027-02-02T00:00:00Z").value(), 100);
  CHECK(std::any_of(due.begin(), due.end(), [&](const DueItem& item) { return item.case_id == w.id && item.text == "Följ upp: Min plan"; }));
}
