// One truth per case: the process's rules own every dated obligation, events and the items that stand
// for them are one act, and tied cases count each other's events alike everywhere.
#include "test_database.hpp"
#include "test_support.hpp"

#include "trygg/error.hpp"
#include "trygg/workspace.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace trygg;

namespace {

Timestamp local(const char* text) { return parse_user_time(text).value(); }

struct DischargeCase {
  test::TempFolder folder;
  test::ManualClock clock;  // 2026-12-23 10:00 Swedish time
  Workspace workspace{test::signed_in(test::database(folder, "one.db"), "sara", test::bundled_plugins()), test::bundled_plugins(), "sara",
                      clock.function()};
  CaseId id = workspace.open_case("se.trygg.discharge", "discharge", "Höftfraktur", {test::tolvan, "Tolvan", "Flen"});

  DischargeCase()
  {
    workspace.record_event(id, {"admitted", local("2026-12-20 08:00"), ""});
    workspace.record_event(id, {"admission-notice-sent", local("2026-12-20 09:00"), ""});
    workspace.record_event(id, {"ready-for-discharge", local("2026-12-22 09:00"), ""});
  }

  [[nodiscard]] const ChecklistItem& item(CaseId case_id, const std::string& key)
  {
    lists_ = workspace.storage().checklists(case_id);
    for (const auto& list : lists_) {
      for (const auto& candidate : list.items) {
        if (candidate.key == key) {
          return candidate;
        }
      }
    }
    FAIL("no item " << key);
    throw std::logic_error("unreachable");
  }

  [[nodiscard]] std::optional<EvaluatedDeadline> deadline(CaseId case_id, const std::string& key) const
  {
    for (const auto& found : workspace.deadlines(*workspace.storage().find_case(case_id)).deadlines) {
      if (found.deadline.key == key) {
        return found;
      }
    }
    return std::nullopt;
  }

private:
  std::vector<Checklist> lists_;
};

}  // namespace

TEST_CASE("One truth - the kallelse item, the case list, Idag and the overview show the law's one deadline")
{
  DischargeCase c;
  const auto kallelse = c.deadline(c.id, "sip-called");
  REQUIRE(kallelse);
  // Three calendar days: by the end (24:00) of 2026-12-25, not 72 hours after the notice (09:00).
  CHECK(kallelse->deadline.due == local("2026-12-26 00:00"));
  CHECK(c.item(c.id, "sip-called").due_at == kallelse->deadline.due);

  // The list's next due time is the earliest open obligation the overview shows.
  std::optional<Timestamp> earliest;
  for (const auto& [deadline, state] : c.workspace.deadlines(*c.workspace.storage().find_case(c.id)).deadlines) {
    if (!deadline.done && (!earliest || deadline.due < *earliest)) {
      earliest = deadline.due;
    }
  }
  for (const auto& list : c.workspace.storage().checklists(c.id)) {
    for (const auto& each : list.items) {
      if (!each.settled() && each.due_at && (!earliest || *each.due_at < *earliest)) {
        earliest = each.due_at;
      }
    }
  }
  const auto rows = c.workspace.storage().list_cases({});
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].next_due == earliest);

  // "Idag" lists the kallelse once, at the deadline's time.
  const auto due = c.workspace.storage().due_items(local("2026-12-26 00:00") + std::chrono::seconds(1), 100);
  const auto kallelse_item = c.item(c.id, "sip-called").id;
  const auto about_kallelse = std::count_if(due.begin(), due.end(), [&](const DueItem& entry) {
    return entry.item_id == kallelse_item || entry.deadline_key == "sip-called";
  });
  CHECK(about_kallelse == 1);
  for (const auto& entry : due) {
    if (entry.item_id == kallelse_item) {
      CHECK(entry.due_at == kallelse->deadline.due);
    }
  }
}

TEST_CASE("One act - an event and the items that stand for it are settled together, here and in the tied SIP")
{
  DischargeCase c;
  const CaseId sip = c.workspace.open_follow_on(c.id, c.workspace.follow_ons_for(*c.workspace.storage().find_case(c.id)).front());
  CHECK_FALSE(c.item(sip, "called").settled());
  CHECK(c.item(sip, "called").due_at == c.deadline(c.id, "sip-called")->deadline.due);

  // Ticking the SIP's item records the kallelse at the time given, which settles the discharge's item
  // and meets its deadline: documented once.
  c.workspace.change_item(c.item(sip, "called").id, {.state = ItemState::done, .event_at = local("2026-12-23 08:30")});
  const auto sip_case = *c.workspace.storage().find_case(sip);
  REQUIRE(sip_case.events.size() == 1);
  CHECK(sip_case.events[0].kind == "sip-called");
  CHECK(sip_case.events[0].at == local("2026-12-23 08:30"));
  CHECK(c.item(c.id, "sip-called").state == ItemState::done);
  CHECK(c.deadline(c.id, "sip-called")->state == DeadlineState::met);

  // While the event stands its items stay done: reopening one says what to do instead.
  try {
    c.workspace.change_item(c.item(c.id, "sip-called").id, {.state = ItemState::not_started});
    FAIL("a tied item was reopened while its event stands");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::conflict);
    CHECK(std::string(error.what()).find("Kallelse till SIP skickad") != std::string::npos);
  }

  // Withdrawing the event reopens both items and the deadline; the history keeps all of it.
  c.workspace.withdraw_event(sip_case.events[0].id, "Skickad till fel adress");
  CHECK(c.item(sip, "called").state == ItemState::not_started);
  CHECK(c.item(c.id, "sip-called").state == ItemState::not_started);
  CHECK_FALSE(c.deadline(c.id, "sip-called")->deadline.done);

  // Recording the event, here in the discharge case, ticks both again.
  c.workspace.record_event(c.id, {"sip-called", local("2026-12-23 09:30"), ""});
  CHECK(c.item(sip, "called").state == ItemState::done);
  CHECK(c.item(c.id, "sip-called").state == ItemState::done);
  const auto history = c.workspace.storage().history(sip);
  CHECK(std::any_of(history.begin(), history.end(), [](const HistoryEntry& entry) {
    return entry.entity == "event-reason" && entry.new_value == "Skickad till fel adress";
  }));
}

TEST_CASE("One truth - a kallelse in the tied SIP counts for the payment clock, and a later one does not make it late")
{
  DischargeCase c;
  const CaseId sip = c.workspace.open_follow_on(c.id, c.workspace.follow_ons_for(*c.workspace.storage().find_case(c.id)).front());
  c.workspace.record_event(sip, {"sip-called", local("2026-12-23 08:00"), ""});
  const auto liability = [&] {
    for (const auto& fact : c.workspace.facts(*c.workspace.storage().find_case(c.id)).facts) {
      if (fact.key == "liability") {
        return nlohmann::json::parse(fact.json);
      }
    }
    FAIL("no liability fact");
    return nlohmann::json();
  };
  const auto clock_now = liability();
  for (const auto& unmet : clock_now["unmet"]) {
    CHECK(unmet.get<std::string>().find("kallelse") == std::string::npos);
  }
  CHECK(c.deadline(c.id, "sip-called")->state == DeadlineState::met);
  // A second kallelse (another meeting), days after the deadline: the first one answered the notice.
  c.clock.at = local("2026-12-30 10:00");
  c.workspace.record_event(sip, {"sip-called", local("2026-12-29 10:00"), ""});
  CHECK(c.deadline(c.id, "sip-called")->state == DeadlineState::met);
  CHECK(c.deadline(sip, "sip-called")->state == DeadlineState::met);
}

TEST_CASE("One truth - stored deadlines are derived again when a plugin's rules or content change")
{
  test::TempFolder folder;
  test::ManualClock clock;
  const auto file = test::signed_in(test::database(folder, "rules.db"), "sara", test::bundled_plugins());
  CaseId id = 0;
  {
    Workspace workspace(file, test::bundled_plugins(), "sara", clock.function());
    id = workspace.open_case("se.trygg.discharge", "discharge", "", {test::tolvan, "Tolvan", "Flen"});
    workspace.record_event(id, {"admitted", local("2026-12-22 08:00"), ""});
    REQUIRE(workspace.deadlines(*workspace.storage().find_case(id)).deadlines.size() == 1);
  }
  {
    // As an older Trygg or an older plugin left it: rows that disagree, stamped by other rules.
    test::raw_exec(file, "DELETE FROM case_deadline");
    test::raw_exec(file, "UPDATE rules_stamp SET stamp = 'older rules'");
    test::raw_exec(file, "UPDATE checklist_item SET due_deadline = '', due_event = 'admitted', due_after_hours = 72 WHERE item_key = 'admission-notice'");
  }
  Workspace workspace(file, test::bundled_plugins(), "sara", clock.function());
  const auto deadlines = workspace.deadlines(*workspace.storage().find_case(id)).deadlines;
  REQUIRE(deadlines.size() == 1);
  CHECK(deadlines[0].deadline.due == local("2026-12-23 08:00"));
  for (const auto& list : workspace.storage().checklists(id)) {
    for (const auto& item : list.items) {
      if (item.key == "admission-notice") {
        CHECK(item.deadline == "admission-notice");  // the template's tie, not the old hours
        CHECK(item.due_at == deadlines[0].deadline.due);
      }
    }
  }
}

TEST_CASE("One truth - a closed case is read-only until it is reopened, with the reason in the history")
{
  DischargeCase c;
  c.workspace.close_case(c.id);
  const auto refused = [&](auto&& change) {
    try {
      change();
      return false;
    } catch (const Error& error) {
      return error.kind() == ErrorKind::conflict;
    }
  };
  CHECK(refused([&] { c.workspace.record_event(c.id, {"discharged", local("2026-12-23 09:00"), ""}); }));
  CHECK(refused([&] { c.workspace.change_item(c.item(c.id, "referrals-closed").id, {.state = ItemState::done}); }));
  CHECK(refused([&] {
    c.workspace.add_risk(c.workspace.risk_analysis_for(c.id), {"falls", "Ostadig", 2, 2, std::nullopt, std::nullopt, std::nullopt, {}});
  }));
  CHECK_THROWS_AS(c.workspace.reopen_case(c.id, ""), Error);
  c.workspace.reopen_case(c.id, "Återinskriven samma dag");
  c.workspace.record_event(c.id, {"discharged", local("2026-12-23 09:00"), ""});
  const auto history = c.workspace.storage().history(c.id);
  CHECK(std::any_of(history.begin(), history.end(),
                    [](const HistoryEntry& entry) { return entry.entity == "case-reason" && entry.new_value == "Återinskriven samma dag"; }));
}
