#include "sip_plan_check.hpp"
#include "sip_plan_fixture.hpp"

#include <doctest/doctest.h>

#include <functional>

using namespace trygg;
using namespace trygg::sip::test;
using Level = sdk::CaseReadiness::Level;

namespace {

// The findings of a level, as one text to search in.
std::string findings_at(const sdk::CaseReadiness& result, Level level)
{
  std::string text;
  for (const auto& finding : result.findings) {
    if (finding.level == level) {
      text += finding.text + "\n";
    }
  }
  return text;
}

}  // namespace

TEST_CASE("SIP check - a complete plan with valid consent passes with nothing to report")
{
  const auto result = sip::check_plan(sip_case(complete_plan()), huvudmen());
  CHECK(result.level == Level::green);
  CHECK(result.findings.empty());
  CHECK(result.label == "SIP klar");
  CHECK_FALSE(result.blocking());
}

TEST_CASE("SIP check - a plan that meets the law is not called klar while its checklist is open")
{
  auto data = sip_case_data(complete_plan());
  data.items = {{"sip.nurse", "need", true, std::nullopt}, {"sip.nurse", "called", false, std::nullopt},
                {"sip.nurse", "closed", false, std::nullopt}};
  const auto result = sip::check_plan(sdk::CaseSnapshot(data), huvudmen());
  CHECK(result.level == Level::yellow);
  CHECK_FALSE(result.blocking());
  CHECK(result.label != "SIP klar");
  CHECK(findings_at(result, Level::yellow).find("Checklistan: 2 av 3 punkter kvar") != std::string::npos);
}

TEST_CASE("SIP check - each missing legal element blocks, naming the element")
{
  struct Gap {
    const char* name;
    std::function<void(sip::SipPlan&)> remove;
    const char* expected;
  };
  const Gap gaps[] = {
      {"needed interventions", [](sip::SipPlan& p) { p.needs.clear(); }, "Krav 1"},
      {"each huvudman's interventions", [](sip::SipPlan& p) { p.interventions.clear(); }, "Krav 2"},
      {"an intervention without huvudman", [](sip::SipPlan& p) { p.interventions[1].huvudman.clear(); },
       "Krav 2: insatsen \"Hemtjänst morgon och kväll\" saknar ansvarig huvudman"},
      {"others' measures, not even \"none\"", [](sip::SipPlan& p) { p.no_other_measures = false; }, "Krav 3"},
      {"huvudansvar", [](sip::SipPlan& p) { p.huvudansvar.clear(); }, "Krav 4"},
  };
  for (const auto& gap : gaps) {
    CAPTURE(gap.name);
    auto plan = complete_plan();
    gap.remove(plan);
    const auto result = sip::check_plan(sip_case(plan), huvudmen());
    CHECK(result.level == Level::red);
    CHECK(result.blocking());
    CHECK(result.label == "SIP ofullständig");
    CHECK(findings_at(result, Level::red).find(gap.expected) != std::string::npos);
  }
}

TEST_CASE("SIP check - interventions and huvudansvar belong to the person's region and municipality, no one else")
{
  struct Misplaced {
    const char* name;
    std::function<void(sip::SipPlan&)> change;
    const char* expected;
  };
  const Misplaced cases[] = {
      {"huvudansvar with Försäkringskassan", [](sip::SipPlan& p) { p.huvudansvar = "Försäkringskassan"; },
       "Krav 4: huvudansvaret ligger hos Försäkringskassan"},
      {"huvudansvar with another region", [](sip::SipPlan& p) { p.huvudansvar = "Region Stockholm"; },
       "Krav 4: huvudansvaret ligger hos Region Stockholm"},
      {"huvudansvar with another municipality", [](sip::SipPlan& p) { p.huvudansvar = "Flens kommun"; },
       "Krav 4: huvudansvaret ligger hos Flens kommun"},
      {"an intervention with Försäkringskassan", [](sip::SipPlan& p) { p.interventions[1].huvudman = "Försäkringskassan"; },
       "Krav 2: insatsen \"Hemtjänst morgon och kväll\" ligger hos Försäkringskassan"},
  };
  for (const auto& misplaced : cases) {
    CAPTURE(misplaced.name);
    auto plan = complete_plan();
    misplaced.change(plan);
    const auto result = sip::check_plan(sip_case(plan), huvudmen());
    CHECK(result.blocking());
    CHECK(result.label == "SIP ofullständig");
    CHECK(findings_at(result, Level::red).find(misplaced.expected) != std::string::npos);
  }
  // Named as people write it: case and accents aside, it is the same huvudman.
  auto plan = complete_plan();
  plan.huvudansvar = "eskilstuna KOMMUN";
  CHECK_FALSE(sip::check_plan(sip_case(plan), huvudmen()).blocking());
  // The person's huvudmän: the region and their own municipality.
  CHECK(huvudmen().for_person("Flen") == std::vector<std::string>{"Region Sörmland", "Flens kommun"});
}

TEST_CASE("SIP check - others' measures listed instead of \"none\" also meet requirement 3")
{
  auto plan = complete_plan();
  plan.no_other_measures = false;
  plan.other_measures = {{"Försäkringskassan", "Utreder bostadstillägg"}};
  CHECK(sip::check_plan(sip_case(plan), huvudmen()).level == Level::green);
}

TEST_CASE("SIP check - consent that is missing, revoked, expired or without scope blocks and says so")
{
  const auto now = utc(11, 22, 12);
  struct Problem {
    const char* name;
    std::function<void(sip::SipConsent&)> change;
    const char* expected;
  };
  const Problem problems[] = {
      {"missing", [](sip::SipConsent& c) { c = {}; }, "Samtycke saknas"},
      {"revoked", [](sip::SipConsent& c) { c.revoked_at = utc(11, 20, 15); }, "Samtycket återkallades 2026-11-20: ingen information får delas vidare"},
      {"expired", [](sip::SipConsent& c) { c.valid_until = utc(11, 21, 12); }, "Samtycket gällde till 2026-11-21"},
      {"without scope", [](sip::SipConsent& c) { c.scope.clear(); }, "omfattning"},
      {"dated in the future", [](sip::SipConsent& c) { c.given_at = utc(11, 30); }, "i framtiden"},
  };
  for (const auto& problem : problems) {
    CAPTURE(problem.name);
    auto plan = complete_plan();
    problem.change(plan.consent);
    const auto result = sip::check_plan(sip_case(plan, now), huvudmen());
    CHECK(result.blocking());
    CHECK(findings_at(result, Level::red).find(problem.expected) != std::string::npos);
    // None of them lets the plan be shared, a consent without a scope included.
    CHECK_FALSE(plan.consent_valid_at(now));
  }
}

TEST_CASE("SIP check - consent valid until a date holds through that whole day, Swedish time")
{
  auto plan = complete_plan();
  // Valid until 22 November, entered as the day (its first instant in Sweden, 23:00 UTC the day before,
  // or midnight UTC): at noon on the 22nd it still holds.
  for (const auto until : {utc(11, 21, 23), utc(11, 22, 0)}) {
    plan.consent.valid_until = until;
    CHECK(plan.consent_valid_at(utc(11, 22, 12)));
    CHECK_FALSE(sip::check_plan(sip_case(plan, utc(11, 22, 12)), huvudmen()).blocking());
    // The next morning it has lapsed.
    CHECK_FALSE(plan.consent_valid_at(utc(11, 23, 6)));
    CHECK(findings_at(sip::check_plan(sip_case(plan, utc(11, 23, 6)), huvudmen()), Level::red).find("Samtycket gällde till") != std::string::npos);
  }
}

TEST_CASE("SIP check - a revocation dated later has not happened yet, consent ending before the follow-up warns")
{
  auto plan = complete_plan();
  plan.consent.revoked_at = utc(12, 1);
  CHECK(sip::check_plan(sip_case(plan), huvudmen()).level == Level::green);

  plan.consent.revoked_at.reset();
  plan.consent.valid_until = utc(12, 5);  // follow-up is on 10 December
  const auto result = sip::check_plan(sip_case(plan), huvudmen());
  CHECK(result.level == Level::yellow);
  CHECK(findings_at(result, Level::yellow).find("går ut 2026-12-05, före uppföljningen 2026-12-10") != std::string::npos);
}

TEST_CASE("SIP check - risks in the plan and the region's additions warn without blocking")
{
  auto plan = complete_plan();
  plan.participants.erase(plan.participants.begin());  // the person
  plan.goals.clear();
  plan.planning_lead.clear();
  plan.follow_up_at.reset();
  plan.interventions.pop_back();  // the municipality keeps huvudansvar but has no intervention left
  const auto result = sip::check_plan(sip_case(plan), huvudmen());
  CHECK(result.level == Level::yellow);
  CHECK_FALSE(result.blocking());
  const auto warnings = findings_at(result, Level::yellow);
  CHECK(warnings.find("Den enskilde finns inte bland deltagarna") != std::string::npos);
  CHECK(warnings.find("egna mål") != std::string::npos);
  CHECK(warnings.find("Planeringsansvarig") != std::string::npos);
  CHECK(warnings.find("Uppföljningen saknar datum") != std::string::npos);
  CHECK(warnings.find("Eskilstuna kommun ingår i planen men har inga insatser") != std::string::npos);
}

TEST_CASE("SIP check - no plan blocks, a declined SIP only reminds")
{
  CHECK(sip::check_plan(sip_case(std::nullopt), huvudmen()).blocking());
  auto declined = sip_case_data(std::nullopt);
  declined.events.push_back({"sip-declined", utc(11, 20)});
  const auto result = sip::check_plan(sdk::CaseSnapshot(declined), huvudmen());
  CHECK(result.level == Level::yellow);
  CHECK(result.label == "SIP avböjd");
}
