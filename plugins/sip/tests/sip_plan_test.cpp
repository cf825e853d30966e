#include "sip_plan_fixture.hpp"
#include "test_support.hpp"

#include "sip_plan_document.hpp"
#include "sip_plan_json.hpp"
#include "trygg/workspace.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace trygg;
using sip::plan_changes;
using sip::plan_document;
using sip::plan_record;
using sip::sip_field_label;
using sip::sip_plan_from_json;
using sip::sip_plan_to_json;
using sip::SipPlan;
using sip::SipPlanError;
using sip::test::complete_plan;
using sip::test::utc;

namespace {

struct SipWorkspace {
  test::TempFolder folder;
  test::ManualClock clock{utc(11, 22, 12)};
  Workspace workspace{folder / "sip.db", test::bundled_plugins(), "sara", clock.function()};

  CaseId open_sip(std::optional<CaseId> from = std::nullopt)
  {
    return workspace.open_case("se.trygg.sip", "sip", "SIP", {test::tolvan, "Karin Lind", "Eskilstuna"}, from);
  }
  [[nodiscard]] sdk::CaseReadiness check(CaseId id) const
  {
    return workspace.readiness(*workspace.storage().find_case(id)).readiness.value();
  }
  // What the plugin's own code does: save through its host, read through its host.
  void save(CaseId id, const SipPlan& plan, const std::string& actor = "sara")
  {
    Workspace other_actor{folder / "sip.db", test::bundled_plugins(), actor, clock.function()};
    other_actor.commit("se.trygg.sip", plan_changes(id, plan));
  }
  [[nodiscard]] sdk::Host& host() const { return *workspace.plugins().find_loaded("se.trygg.sip")->services; }
  [[nodiscard]] std::optional<SipPlan> stored(CaseId id) const
  {
    const auto document = workspace.storage().plugin_record("se.trygg.sip", id, plan_record);
    return document ? std::optional<SipPlan>(sip_plan_from_json(*document)) : std::nullopt;
  }
};

// The fields a plan has, as the history counts them.
std::size_t filled_fields(const SipPlan& plan)
{
  std::size_t count = 0;
  // Held in a variable: the range-for would keep only items()' proxy alive, not the flattened document.
  const auto flat = nlohmann::json::parse(sip_plan_to_json(plan)).flatten();
  for (const auto& [pointer, value] : flat.items()) {
    count += value.is_null() || value == "" || value == false ? 0 : 1;
  }
  return count;
}

}  // namespace

TEST_CASE("SIP plan JSON - round trip keeps every field, wrong input names the field")
{
  const auto plan = complete_plan();
  const auto again = sip_plan_from_json(sip_plan_to_json(plan));
  CHECK(sip_plan_to_json(again) == sip_plan_to_json(plan));
  CHECK(again.consent.valid_until == plan.consent.valid_until);
  CHECK(again.interventions[1].huvudman == "Eskilstuna kommun");

  CHECK(sip_plan_from_json(R"({"follow_up_at": "2026-12-10"})").follow_up_at == utc(12, 9, 23));  // local midnight
  CHECK_THROWS_WITH_AS(sip_plan_from_json("{"), doctest::Contains("inte giltig JSON"), SipPlanError);
  CHECK_THROWS_WITH_AS(sip_plan_from_json(R"({"participants": [{"kind": "person"}, {"kind": "granne"}]})"),
                       doctest::Contains("participants[1].kind"), SipPlanError);
  CHECK_THROWS_WITH_AS(sip_plan_from_json(R"({"consent": {"given_at": "igår"}})"), doctest::Contains("consent.given_at"),
                       SipPlanError);
  CHECK_THROWS_WITH_AS(sip_plan_from_json(R"({"needs": "allt"})"), doctest::Contains("needs: ska vara en lista"), SipPlanError);
  // A misspelled key would otherwise drop what it meant to set (and erase it on save): refused, named.
  CHECK_THROWS_WITH_AS(sip_plan_from_json(R"({"huvudansvr": "Flens kommun"})"), doctest::Contains("huvudansvr: okänt fält"), SipPlanError);
  CHECK_THROWS_WITH_AS(sip_plan_from_json(R"({"consent": {"scop": "allt"}})"), doctest::Contains("consent.scop: okänt fält"),
                       SipPlanError);
  CHECK_THROWS_WITH_AS(sip_plan_from_json(R"({"interventions": [{"what": "x", "huvudmann": "y"}]})"),
                       doctest::Contains("interventions[0].huvudmann: okänt fält"), SipPlanError);
  CHECK_NOTHROW((void)sip_plan_from_json(sip_plan_to_json(plan)));  // everything the plan writes it reads
}

TEST_CASE("SIP plan JSON - history labels in the plan's words")
{
  CHECK(sip_field_label("/interventions/0/huvudman") == "Insats 1: huvudman");
  CHECK(sip_field_label("/consent/revoked_at") == "Samtycke, återkallat");
  CHECK(sip_field_label("/huvudansvar") == "Huvudansvar");
}

TEST_CASE("SIP plan in the record store - each changed field goes to the history, saving the same plan writes nothing")
{
  SipWorkspace w;
  const CaseId id = w.open_sip();
  auto& storage = w.workspace.storage();
  CHECK_FALSE(w.stored(id));
  const auto history_before = storage.history(id).size();

  auto plan = complete_plan();
  w.save(id, plan);
  REQUIRE(w.stored(id));
  CHECK(sip_plan_to_json(*w.stored(id)) == sip_plan_to_json(plan));
  const auto after_first = storage.history(id).size();
  CHECK(after_first - history_before == filled_fields(plan));

  w.save(id, plan);
  CHECK(storage.history(id).size() == after_first);

  w.clock.at += std::chrono::hours(1);
  plan.consent.revoked_at = utc(11, 22, 12);
  plan.interventions[0].huvudman = "Region Västmanland";
  w.save(id, plan, "olle");
  const auto history = storage.history(id);
  REQUIRE(history.size() == after_first + 2);
  const auto& changed = history[history.size() - 1].field == "plan:/interventions/0/huvudman" ? history.back() : history[history.size() - 2];
  CHECK(changed.entity == "record");
  CHECK(changed.field == "plan:/interventions/0/huvudman");
  CHECK(changed.actor == "olle");
  CHECK(changed.old_value == "Region Sörmland");
  CHECK(changed.new_value == "Region Västmanland");
  CHECK(changed.at == w.clock.at);
  // The history names the field in the plan's words, through the plugin.
  CHECK(w.workspace.record_field_label(changed) == "SIP-plan: Insats 1: huvudman");

  SUBCASE("a plan of a case that does not exist is refused")
  {
    CHECK_THROWS_WITH_AS(w.workspace.commit("se.trygg.sip", plan_changes(id + 100, plan)), doctest::Contains("finns inte"),
                         StorageError);
  }
}

TEST_CASE("SIP plan in the record store - the follow-up calendar lists open plans by date")
{
  SipWorkspace w;
  const CaseId later = w.open_sip();
  const CaseId sooner = w.open_sip();
  const CaseId closed = w.open_sip();
  auto plan = complete_plan();
  w.save(later, plan);
  plan.follow_up_at = utc(11, 30, 9);
  w.save(sooner, plan);
  plan.closed_at = utc(11, 21);
  w.save(closed, plan);

  const auto all = w.host().records_due(plan_record, utc(12, 31));
  REQUIRE(all.size() == 2);
  CHECK(all[0].case_row.id == sooner);
  CHECK(all[0].due == utc(11, 30, 9));
  CHECK(all[1].case_row.id == later);
  CHECK(all[1].case_row.person_name == "Karin Lind");
  CHECK(w.host().records_due(plan_record, utc(12, 1)).size() == 1);
  w.workspace.close_case(sooner);
  CHECK(w.host().records_due(plan_record, utc(12, 31)).size() == 1);
}

TEST_CASE("SIP from a discharge - the kallelse item and deadline count from the discharge's ready notice")
{
  SipWorkspace w;
  auto& storage = w.workspace.storage();
  const CaseId discharge = w.workspace.open_case("se.trygg.discharge", "discharge", "Utskrivning",
                                                 {test::tolvan, "Karin Lind", "Eskilstuna"});
  const CaseId sip = w.open_sip(discharge);
  CHECK(storage.find_case(sip)->linked_case == discharge);
  CHECK(storage.follow_on_cases(discharge) == std::vector<CaseId>{sip});

  const auto called_item_due = [&] {
    for (const auto& checklist : storage.checklists(sip)) {
      for (const auto& item : checklist.items) {
        if (item.key == "called") {
          return item.due_at;
        }
      }
    }
    FAIL("no kallelse item");
    return std::optional<Timestamp>{};
  };
  CHECK_FALSE(called_item_due());
  w.workspace.record_event(discharge, {"ready-for-discharge", utc(11, 21, 9), ""});

  const auto deadlines = w.workspace.deadlines(*storage.find_case(sip)).deadlines;
  REQUIRE(deadlines.size() == 1);
  CHECK(deadlines[0].deadline.due == utc(11, 24, 23));  // by the end of the third calendar day (24:00)
  CHECK(deadlines[0].state == DeadlineState::upcoming);
  // One truth: the item stands for the law's deadline and is due when it is, not 72 hours on.
  CHECK(called_item_due() == deadlines[0].deadline.due);

  // Recorded in the SIP, the kallelse meets the discharge's own deadline too.
  w.workspace.record_event(sip, {"sip-called", utc(11, 22, 10), ""});
  for (const auto& item : w.workspace.deadlines(*storage.find_case(discharge)).deadlines) {
    if (item.deadline.key == "sip-called") {
      CHECK(item.state == DeadlineState::met);
    }
  }
  CHECK_THROWS_AS(w.open_sip(discharge + 100), StorageError);
  // Linked cases meet each other's deadlines: a SIP may not be linked to another person's discharge.
  CHECK_THROWS_WITH_AS(w.workspace.open_case("se.trygg.sip", "sip", "SIP", {"19380412-2384", "Greta", "Eskilstuna"}, discharge),
                       doctest::Contains("annan person"), StorageError);
}

TEST_CASE("SIP through the plugin - the check reaches the case, the printed plan has a copy per huvudman")
{
  SipWorkspace w;
  const CaseId id = w.open_sip();
  CHECK(w.check(id).blocking());  // no plan yet

  auto plan = complete_plan();
  plan.huvudansvar.clear();
  w.save(id, plan);
  auto result = w.check(id);
  CHECK(result.blocking());
  auto document = plan_document(w.host(), id);
  CHECK(document.html.find("Utkast") != std::string::npos);
  CHECK(document.html.find("Krav 4") != std::string::npos);
  CHECK(document.html.find("Innehåller personuppgifter") != std::string::npos);

  plan.huvudansvar = "Eskilstuna kommun";
  plan.goals = "Jag vill <b>hem</b>";
  w.save(id, plan);
  CHECK_FALSE(w.check(id).blocking());
  document = plan_document(w.host(), id);
  CHECK(document.copies == std::vector<std::string>{"Karin Lind", "Region Sörmland", "Eskilstuna kommun"});
  CHECK(document.withheld.empty());
  CHECK(document.html.find("Utkast") == std::string::npos);
  CHECK(document.html.find("Exemplar för: <b>Region Sörmland</b>") != std::string::npos);
  CHECK(document.html.find("page-break-before:always") != std::string::npos);
  CHECK(document.html.find("Jag vill &lt;b&gt;hem&lt;/b&gt;") != std::string::npos);

  SUBCASE("a huvudman the consent leaves out gets no copy")
  {
    plan.consent.excludes = "Inget delas med region sörmland; journaluppgifter om psykisk hälsa";
    w.save(id, plan);
    document = plan_document(w.host(), id);
    CHECK(document.copies == std::vector<std::string>{"Karin Lind", "Eskilstuna kommun"});
    CHECK(document.html.find("Exemplar för: <b>Region Sörmland</b>") == std::string::npos);
  }

  SUBCASE("a consent that does not say what it covers shares the plan with no one")
  {
    plan.consent.scope = "  ";
    w.save(id, plan);
    document = plan_document(w.host(), id);
    CHECK(document.copies == std::vector<std::string>{"Karin Lind"});
    CHECK_FALSE(document.withheld.empty());
    CHECK(document.html.find("Exemplar för: <b>Eskilstuna kommun</b>") == std::string::npos);
  }

  SUBCASE("revoked consent stops the copies to the huvudmän and is shown")
  {
    plan.consent.revoked_at = utc(11, 21);
    w.save(id, plan);
    document = plan_document(w.host(), id);
    CHECK(document.copies == std::vector<std::string>{"Karin Lind"});
    CHECK_FALSE(document.withheld.empty());
    CHECK(document.html.find("Samtycket återkallades 2026-11-21") != std::string::npos);
    CHECK(document.html.find("Exemplar för: <b>Region Sörmland</b>") == std::string::npos);
  }
}
