#include "sip_plan_fixture.hpp"
#include "test_support.hpp"

#include "trygg/sip_plan_document.hpp"
#include "trygg/sip_plan_json.hpp"
#include "trygg/workspace.hpp"

#include <doctest/doctest.h>

using namespace trygg;
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
};

}  // namespace

TEST_CASE("SIP plan JSON - round trip keeps every field; wrong input names the field")
{
  const auto plan = complete_plan();
  const auto again = sip_plan_from_json(sip_plan_to_json(plan));
  CHECK(sip_plan_fields(again) == sip_plan_fields(plan));
  CHECK(again.consent.valid_until == plan.consent.valid_until);
  CHECK(again.interventions[1].huvudman == "Eskilstuna kommun");

  CHECK(sip_plan_from_json(R"({"follow_up_at": "2026-12-10"})").follow_up_at == utc(12, 9, 23));  // local midnight
  CHECK_THROWS_WITH_AS(sip_plan_from_json("{"), doctest::Contains("inte giltig JSON"), SipPlanError);
  CHECK_THROWS_WITH_AS(sip_plan_from_json(R"({"participants": [{"kind": "person"}, {"kind": "granne"}]})"),
                       doctest::Contains("participants[1].kind"), SipPlanError);
  CHECK_THROWS_WITH_AS(sip_plan_from_json(R"({"consent": {"given_at": "igår"}})"), doctest::Contains("consent.given_at"),
                       SipPlanError);
  CHECK_THROWS_WITH_AS(sip_plan_from_json(R"({"needs": "allt"})"), doctest::Contains("needs: ska vara en lista"), SipPlanError);
}

TEST_CASE("SIP plan JSON - history labels in the plan's words")
{
  CHECK(sip_field_label("/interventions/0/huvudman") == "Insats 1: huvudman");
  CHECK(sip_field_label("/consent/revoked_at") == "Samtycke, återkallat");
  CHECK(sip_field_label("/huvudansvar") == "Huvudansvar");
}

TEST_CASE("SIP plan storage - each changed field goes to the history; saving the same plan writes nothing")
{
  SipWorkspace w;
  const CaseId id = w.open_sip();
  auto& storage = w.workspace.storage();
  CHECK_FALSE(storage.sip_plan(id));
  const auto history_before = storage.history(id).size();

  auto plan = complete_plan();
  storage.save_sip_plan(id, plan, "sara");
  REQUIRE(storage.sip_plan(id));
  CHECK(sip_plan_fields(*storage.sip_plan(id)) == sip_plan_fields(plan));
  const auto after_first = storage.history(id).size();
  CHECK(after_first - history_before == sip_plan_fields(plan).size());

  storage.save_sip_plan(id, plan, "sara");
  CHECK(storage.history(id).size() == after_first);

  w.clock.at += std::chrono::hours(1);
  plan.consent.revoked_at = utc(11, 22, 12);
  plan.interventions[0].huvudman = "Region Västmanland";
  storage.save_sip_plan(id, plan, "olle");
  const auto history = storage.history(id);
  REQUIRE(history.size() == after_first + 2);
  const auto& changed = history[history.size() - 1].field == "/interventions/0/huvudman" ? history.back() : history[history.size() - 2];
  CHECK(changed.entity == "sip-plan");
  CHECK(changed.actor == "olle");
  CHECK(changed.old_value == "Region Sörmland");
  CHECK(changed.new_value == "Region Västmanland");
  CHECK(changed.at == w.clock.at);

  SUBCASE("a plan of a case that does not exist is refused")
  {
    CHECK_THROWS_WITH_AS(storage.save_sip_plan(id + 100, plan, "sara"), doctest::Contains("finns inte"), StorageError);
  }
}

TEST_CASE("SIP plan storage - the follow-up calendar lists open plans by date")
{
  SipWorkspace w;
  auto& storage = w.workspace.storage();
  const CaseId later = w.open_sip();
  const CaseId sooner = w.open_sip();
  const CaseId closed = w.open_sip();
  auto plan = complete_plan();
  storage.save_sip_plan(later, plan, "sara");
  plan.follow_up_at = utc(11, 30, 9);
  storage.save_sip_plan(sooner, plan, "sara");
  plan.closed_at = utc(11, 21);
  storage.save_sip_plan(closed, plan, "sara");

  const auto all = storage.sip_follow_ups(utc(12, 31));
  REQUIRE(all.size() == 2);
  CHECK(all[0].case_id == sooner);
  CHECK(all[1].case_id == later);
  CHECK(storage.sip_follow_ups(utc(12, 1)).size() == 1);
  storage.close_case(sooner, "sara");
  CHECK(storage.sip_follow_ups(utc(12, 31)).size() == 1);
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
  storage.add_event(discharge, "ready-for-discharge", utc(11, 21, 9), "", "sara");
  CHECK(called_item_due() == utc(11, 24, 9));  // 72 hours, as the checklist says

  const auto deadlines = w.workspace.deadlines(*storage.find_case(sip)).deadlines;
  REQUIRE(deadlines.size() == 1);
  CHECK(deadlines[0].deadline.due == utc(11, 24, 23));
  CHECK(deadlines[0].state == DeadlineState::upcoming);

  // Recorded in the SIP, the kallelse meets the discharge's own deadline too.
  storage.add_event(sip, "sip-called", utc(11, 22, 10), "", "sara");
  for (const auto& item : w.workspace.deadlines(*storage.find_case(discharge)).deadlines) {
    if (item.deadline.key == "sip-called") {
      CHECK(item.state == DeadlineState::met);
    }
  }
  CHECK_THROWS_AS(w.open_sip(discharge + 100), StorageError);
}

TEST_CASE("SIP through the plugin - the check reaches the case; the printed plan has a copy per huvudman")
{
  SipWorkspace w;
  const CaseId id = w.open_sip();
  CHECK(w.check(id).blocking());  // no plan yet

  auto plan = complete_plan();
  plan.huvudansvar.clear();
  w.workspace.storage().save_sip_plan(id, plan, "sara");
  auto result = w.check(id);
  CHECK(result.blocking());
  auto document = sip_plan_document(w.workspace, id);
  CHECK(document.html.find("Utkast") != std::string::npos);
  CHECK(document.html.find("Krav 4") != std::string::npos);

  plan.huvudansvar = "Eskilstuna kommun";
  plan.goals = "Jag vill <b>hem</b>";
  w.workspace.storage().save_sip_plan(id, plan, "sara");
  CHECK_FALSE(w.check(id).blocking());
  document = sip_plan_document(w.workspace, id);
  CHECK(document.copies == std::vector<std::string>{"Karin Lind", "Region Sörmland", "Eskilstuna kommun"});
  CHECK(document.withheld.empty());
  CHECK(document.html.find("Utkast") == std::string::npos);
  CHECK(document.html.find("Exemplar för: <b>Region Sörmland</b>") != std::string::npos);
  CHECK(document.html.find("page-break-before:always") != std::string::npos);
  CHECK(document.html.find("Jag vill &lt;b&gt;hem&lt;/b&gt;") != std::string::npos);

  SUBCASE("revoked consent stops the copies to the huvudmän and is shown")
  {
    plan.consent.revoked_at = utc(11, 21);
    w.workspace.storage().save_sip_plan(id, plan, "sara");
    document = sip_plan_document(w.workspace, id);
    CHECK(document.copies == std::vector<std::string>{"Karin Lind"});
    CHECK_FALSE(document.withheld.empty());
    CHECK(document.html.find("Samtycket återkallades 2026-11-21") != std::string::npos);
    CHECK(document.html.find("Exemplar för: <b>Region Sörmland</b>") == std::string::npos);
  }
}
