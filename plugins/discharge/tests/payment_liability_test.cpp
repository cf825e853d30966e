// The payment-liability clock: the shipped law rule and agreement, the choice per municipality and
// period, yearly amounts, preconditions in time, episodes, compulsory care, day 0, the cut-off, working
// days and the daylight-saving changes.
#include "test_support.hpp"

#include "agreement_book.hpp"
#include "payment_liability.hpp"
#include "trygg/time.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace trygg;
using namespace trygg::discharge;
using namespace std::chrono;

namespace {

const std::filesystem::path content = std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/discharge/content";

// The book the plugin reads (plugin.xml's <data> files).
const AgreementBook& shipped()
{
  static const AgreementBook book({content / "agreements/lag-2017-612.xml", content / "agreements/lag-2017-612-2018.xml",
                                   content / "agreements/stockholm-2020.xml"},
                                  {content / "agreements/choice.xml"}, {content / "amounts/socialstyrelsen.xml"});
  return book;
}

const PaymentAgreement& stockholm()
{
  return *shipped().find("stockholm-2020");
}

const PaymentAgreement& law()
{
  return *shipped().find("lag-2017-612");
}

// An agreement written for a test, in a temporary file.
PaymentAgreement agreement_from(const std::string& xml)
{
  const test::TempFolder folder;
  const auto file = folder / "agreement.xml";
  std::ofstream(file) << xml;
  return shipped().with_tables(read_payment_agreement(file));
}

// An older kind of agreement that counted working days ("vardagar"), in the first file format.
const PaymentAgreement& working_days()
{
  static const auto agreement = agreement_from(R"(<?xml version="1.0" encoding="UTF-8"?>
<payment-agreement id="vardagar" version="1" name="Vardagar" valid-from="2018-01-01" example="true">
  <source>test</source>
  <rule day-type="working" notice-day-is-day-zero="false" cut-off="12:00" somatic-days="3" psychiatric-days="5"/>
  <amounts><amount from-year="2019" per-day="7800"/></amounts>
</payment-agreement>)");
  return agreement;
}

Timestamp local(const char* text)
{
  return parse_user_time(text).value();
}

year_month_day date(const char* text)
{
  return from_iso_date(text).value();
}

// A stay whose preconditions were all met before the ready notice at `ready` (Swedish local time).
LiabilityCase ready_at(const char* ready, CareKind care = CareKind::somatic)
{
  LiabilityCase stay;
  stay.admission_notice = local("2018-01-01 08:00");
  stay.ready_notices = {local(ready)};
  stay.sip_called = local(ready);
  stay.care = care;
  return stay;
}

Liability under(const PaymentAgreement& agreement, const LiabilityCase& stay, const char* now)
{
  return payment_liability(fixed_agreement(agreement), stay, local(now));
}

}  // namespace

TEST_CASE("liability - the shipped law rule, agreement, choice and yearly amounts read, each with its source")
{
  CHECK(law().kind == PaymentAgreement::Kind::law);
  CHECK_FALSE(law().example);
  CHECK(law().source.find("5 kap.") != std::string::npos);
  CHECK(law().source.find("OSÄKERT") != std::string::npos);  // what is uncertain is said
  for (const auto care : {CareKind::somatic, CareKind::psychiatric, CareKind::compulsory}) {
    REQUIRE(law().rule_for(care) != nullptr);
    CHECK(law().rule_for(care)->day_type == PaymentAgreement::DayType::calendar);
    CHECK_FALSE(law().rule_for(care)->cut_off);
  }
  const auto& s = stockholm();
  CHECK(s.kind == PaymentAgreement::Kind::agreement);
  CHECK(s.example);
  CHECK(s.rule_for(CareKind::somatic)->cut_off == hours(12));
  CHECK(s.rule_for(CareKind::somatic)->days == 2);
  CHECK(s.rule_for(CareKind::psychiatric)->days == 5);
  // Yearly amounts: only the years a source gives, each with it; never another year's amount.
  REQUIRE(s.amount_in(2019) != nullptr);
  CHECK(s.amount_in(2019)->per_day == 7800);
  CHECK_FALSE(s.amount_in(2019)->source.empty());
  CHECK(s.amount_in(2022)->per_day == 9300);
  CHECK(s.amount_in(2021) == nullptr);
  CHECK(s.amount_in(2026) == nullptr);
  CHECK(s.amount_in(2018) == nullptr);
}

TEST_CASE("liability - each municipality gets the agreement it chose for the period, else the law's rule, named")
{
  const auto nacka = shipped().select("Nacka", date("2026-03-10"));
  REQUIRE(nacka.agreement != nullptr);
  CHECK(nacka.agreement->id == "stockholm-2020");
  CHECK(nacka.basis.find("Nacka") != std::string::npos);
  CHECK(shipped().select("NACKA", date("2026-03-10")).agreement->id == "stockholm-2020");
  CHECK(shipped().select("österåker", date("2026-03-10")).agreement->id == "stockholm-2020");
  // Before the agreement was chosen, and where none is chosen: the law's own rule, and it says so.
  CHECK(shipped().select("Nacka", date("2019-06-01")).agreement->id == "lag-2017-612");
  const auto flen = shipped().select("Flen", date("2026-03-10"));
  CHECK(flen.agreement->id == "lag-2017-612");
  CHECK(flen.basis.find("lagens regel") != std::string::npos);
  // 2018 had the law's transitional rule for psychiatric care: 30 days.
  const auto in_2018 = shipped().select("Flen", date("2018-05-02"));
  CHECK(in_2018.agreement->id == "lag-2017-612-2018");
  const auto psychiatric = payment_liability(shipped().selector("Flen"), ready_at("2018-05-02 09:00", CareKind::psychiatric),
                                             local("2018-06-30 10:00"));
  CHECK(psychiatric.first_day() == date("2018-06-01"));  // day 0 = 2 May, liable from day 30
  // Before the law, nothing applies, and nothing is priced silently.
  const auto before = shipped().select("Flen", date("2017-06-01"));
  CHECK(before.agreement == nullptr);
  CHECK_FALSE(before.problem.empty());
}

TEST_CASE("liability - an agreement outside its validity is not applied silently")
{
  const auto ended = agreement_from(R"(<?xml version="1.0" encoding="UTF-8"?>
<payment-agreement id="gammal" version="1" name="Gammal överenskommelse" valid-from="2020-01-01" valid-to="2024-12-31">
  <source>test</source>
  <care type="somatic" day-type="calendar" notice-day-is-day-zero="true" days="1"/>
  <amounts table="socialstyrelsen"/>
</payment-agreement>)");
  const auto liability = under(ended, ready_at("2026-03-10 09:00"), "2026-03-20 10:00");
  CHECK_FALSE(liability.applies());
  CHECK(liability.days == 0);
  REQUIRE(liability.unmet().size() == 1);
  CHECK(liability.unmet().front().find("2024-12-31") != std::string::npos);
}

TEST_CASE("liability - Stockholm: day 0 counts, liability from day 3, the cut-off moves day 0, 2026 has no known amount")
{
  // Tuesday 10 March 2026, 11:59: days 0, 1, 2 = 10, 11, 12 March; liable from Friday 13.
  const auto before = under(stockholm(), ready_at("2026-03-10 11:59"), "2026-03-16 09:00");
  REQUIRE(before.applies());
  CHECK(before.current()->grace_days == std::vector{date("2026-03-10"), date("2026-03-11"), date("2026-03-12")});
  CHECK(before.first_day() == date("2026-03-13"));
  CHECK(before.days == 4);  // 13, 14, 15, 16 March (through today)
  // Socialstyrelsen's amount for 2026 is not in the table: unknown, not 0 and not 2022's 9 300.
  CHECK(before.amount == 0);
  CHECK_FALSE(before.amount_known());
  CHECK(before.years_without_amount == std::set<int>{2026});
  CHECK(priced_days_text(before) == "4 dagar, belopp okänt för 2026");
  // 12:00 sharp is too late: day 0 is the next day, liability from Saturday 14.
  const auto after = under(stockholm(), ready_at("2026-03-10 12:00"), "2026-03-16 09:00");
  CHECK(after.first_day() == date("2026-03-14"));
  CHECK(after.days == 3);
}

TEST_CASE("liability - the law's rule: three calendar days after the notice day, no cut-off")
{
  // Wednesday 23 December 2026, 16:00 (late in the day: no cut-off in the law): days 0-2 = 23-25; liable from 26.
  const auto christmas = under(law(), ready_at("2026-12-23 16:00"), "2026-12-28 10:00");
  CHECK(christmas.first_day() == date("2026-12-26"));
  CHECK(christmas.days == 3);
}

TEST_CASE("liability - Stockholm counts weekends and holidays, psychiatric and compulsory care follow their own rules")
{
  // Thursday 24 December 2026 (Christmas Eve), 09:00: days 0-2 = 24, 25, 26; liable from Sunday 27.
  const auto christmas = under(stockholm(), ready_at("2026-12-24 09:00"), "2026-12-30 10:00");
  CHECK(christmas.first_day() == date("2026-12-27"));
  CHECK(christmas.days == 4);  // 27, 28, 29, 30
  // Psychiatric care: 5 days after day 0 -> liable from 30 December.
  const auto psychiatric = under(stockholm(), ready_at("2026-12-24 09:00", CareKind::psychiatric), "2026-12-30 10:00");
  CHECK(psychiatric.first_day() == date("2026-12-30"));
  const auto compulsory = under(stockholm(), ready_at("2026-12-24 09:00", CareKind::compulsory), "2026-12-30 10:00");
  CHECK(compulsory.first_day() == date("2026-12-30"));
  // An agreement that says nothing of compulsory care does not price it, and says why.
  const auto silent = under(working_days(), ready_at("2026-12-24 09:00", CareKind::compulsory), "2027-01-30 10:00");
  CHECK_FALSE(silent.applies());
  CHECK(silent.days == 0);
  REQUIRE_FALSE(silent.unmet().empty());
  CHECK(silent.unmet().front().find("LPT") != std::string::npos);
  // One that exempts it: the municipality pays nothing.
  const auto exempt = agreement_from(R"(<?xml version="1.0" encoding="UTF-8"?>
<payment-agreement id="utan-lrv" version="1" name="Utan tvångsvård" valid-from="2020-01-01">
  <source>test</source>
  <care type="somatic" day-type="calendar" notice-day-is-day-zero="true" days="2"/>
  <care type="compulsory" liable="false" day-type="calendar" notice-day-is-day-zero="true" days="0"/>
  <amounts><amount year="2026" per-day="10000" source="test"/></amounts>
</payment-agreement>)");
  CHECK(under(exempt, ready_at("2026-12-24 09:00", CareKind::compulsory), "2027-01-30 10:00").days == 0);
  CHECK(under(exempt, ready_at("2026-12-24 09:00"), "2026-12-30 10:00").amount == 4 * 10000);
}

TEST_CASE("liability - a working-day agreement skips weekends, holidays and eves")
{
  // Friday 6 March 2026, 10:00: day 0 is not counted; working days 1-3 = Mon 9, Tue 10, Wed 11; liable from Thu 12.
  const auto weekend = under(working_days(), ready_at("2026-03-06 10:00"), "2026-03-13 10:00");
  CHECK(weekend.current()->grace_days == std::vector{date("2026-03-09"), date("2026-03-10"), date("2026-03-11")});
  CHECK(weekend.first_day() == date("2026-03-12"));
  // Wednesday 23 December 2026, 10:00: 24-27 Dec are not working days, nor is 31 Dec or 1 Jan.
  const auto christmas = under(working_days(), ready_at("2026-12-23 10:00"), "2027-01-04 10:00");
  CHECK(christmas.current()->grace_days == std::vector{date("2026-12-28"), date("2026-12-29"), date("2026-12-30")});
  CHECK(christmas.first_day() == date("2026-12-31"));
  CHECK(christmas.days == 5);  // then every calendar day: 31 Dec to 4 Jan
  // After the cut-off on Maundy Thursday (2 April 2026, 15:00): counts from Good Friday; Tue 7, Wed 8, Thu 9.
  const auto easter = under(working_days(), ready_at("2026-04-02 15:00"), "2026-04-10 10:00");
  CHECK(easter.current()->grace_days == std::vector{date("2026-04-07"), date("2026-04-08"), date("2026-04-09")});
  // The first format's from-year is that year only: 2026 is not priced at 2019's amount.
  CHECK(easter.amount == 0);
  CHECK(easter.days_without_amount == 1);
}

TEST_CASE("liability - the cut-off is Swedish local time across the daylight-saving changes")
{
  // Spring: 29 March 2026, clocks go 02:00 -> 03:00. 11:30 local is 09:30 UTC: before noon.
  CHECK(under(stockholm(), ready_at("2026-03-29 11:30"), "2026-04-02 10:00").first_day() == date("2026-04-01"));
  // 12:30 local (10:30 UTC) is after it, although 10:30 UTC would be before noon in winter time.
  CHECK(under(stockholm(), ready_at("2026-03-29 12:30"), "2026-04-02 10:00").first_day() == date("2026-04-02"));
  // Autumn: 25 October 2026, clocks go 03:00 -> 02:00. 11:59 local = 10:59 UTC: still before noon.
  CHECK(under(stockholm(), ready_at("2026-10-25 11:59"), "2026-10-30 10:00").first_day() == date("2026-10-28"));
  // A notice late in the evening of the change day is still that local day (00:30 UTC next day would not be).
  CHECK(under(stockholm(), ready_at("2026-10-25 23:30"), "2026-10-30 10:00").current()->grace_days.front() == date("2026-10-26"));
  // Working days across the spring change: Monday 30 March 12:15 summer time is after the cut-off.
  const auto after_change = under(working_days(), ready_at("2026-03-30 12:15"), "2026-04-10 10:00");
  CHECK(after_change.current()->grace_days == std::vector{date("2026-04-01"), date("2026-04-02"), date("2026-04-07")});
}

TEST_CASE("liability - preconditions hold in time: no day is paid for before all of them were met")
{
  // Missing altogether: named, nothing priced.
  auto missing = ready_at("2026-03-10 09:00");
  missing.admission_notice.reset();
  missing.sip_called.reset();
  const auto blocked = under(stockholm(), missing, "2026-03-20 10:00");
  CHECK_FALSE(blocked.applies());
  CHECK(blocked.unmet().size() == 2);
  CHECK(blocked.days == 0);

  // A late kallelse (Monday 16 March 15:00, liability would start Friday 13): days before the 17th are not paid.
  auto late_kallelse = ready_at("2026-03-10 09:00");
  late_kallelse.sip_called = local("2026-03-16 15:00");
  const auto late = under(stockholm(), late_kallelse, "2026-03-20 10:00");
  CHECK(late.current()->first_day == date("2026-03-13"));
  CHECK(late.first_day() == date("2026-03-17"));
  CHECK(late.days == 4);  // 17, 18, 19, 20
  REQUIRE(late.current()->notes.size() == 1);
  CHECK(late.current()->notes.front().find("kallelse") != std::string::npos);

  // An admission notice sent after the ready notice counts from when it came.
  auto late_notice = ready_at("2026-03-10 09:00");
  late_notice.admission_notice = local("2026-03-14 10:00");
  CHECK(under(stockholm(), late_notice, "2026-03-20 10:00").first_day() == date("2026-03-15"));

  // An admission notice sent after discharge: the municipality owes nothing for the stay.
  auto after_discharge = ready_at("2026-03-10 09:00");
  after_discharge.discharged = local("2026-03-18 10:00");
  after_discharge.admission_notice = local("2026-03-19 10:00");
  CHECK(under(stockholm(), after_discharge, "2026-03-20 10:00").days == 0);

  // No SIP needed (one huvudman): no kallelse required.
  auto one_huvudman = ready_at("2026-03-10 09:00");
  one_huvudman.sip_called.reset();
  one_huvudman.sip_needed = false;
  CHECK(under(stockholm(), one_huvudman, "2026-03-20 10:00").days == 8);

  // The patient declined support on the 15th: paid up to then, not after.
  auto declined = ready_at("2026-03-10 09:00");
  declined.declined = local("2026-03-15 10:00");
  CHECK(under(stockholm(), declined, "2026-03-20 10:00").days == 2);  // 13, 14
}

TEST_CASE("liability - episodes: not ready stops the clock, ready again restarts it, liability accrued stays")
{
  auto stay = ready_at("2026-03-02 09:00");  // liable from Thursday 5 March
  // A second ready notice while still ready repeats the first: it erases nothing.
  stay.ready_notices.push_back(local("2026-03-07 09:00"));
  const auto repeated = under(stockholm(), stay, "2026-03-09 10:00");
  CHECK(repeated.episodes.size() == 1);
  CHECK(repeated.days == 5);  // 5, 6, 7, 8, 9

  // Not ready on 7 March 09:00 (the repeated notice then opens a new episode at the same time? no: later).
  stay.ready_notices = {local("2026-03-02 09:00"), local("2026-03-12 09:00")};
  stay.not_ready = {local("2026-03-07 08:00")};
  const auto episodes = under(stockholm(), stay, "2026-03-16 10:00");
  REQUIRE(episodes.episodes.size() == 2);
  CHECK(episodes.episodes[0].days == 2);  // 5, 6 (the not-ready day is not counted)
  CHECK(episodes.episodes[1].grace_days.front() == date("2026-03-12"));
  CHECK(episodes.episodes[1].first_day == date("2026-03-15"));
  CHECK(episodes.episodes[1].days == 2);  // 15, 16
  CHECK(episodes.days == 4);
  CHECK(episodes.first_day() == date("2026-03-15"));  // the episode running now

  // Not ready and never ready again: the clock stays stopped, what was accrued stays.
  stay.ready_notices = {local("2026-03-02 09:00")};
  const auto stopped = under(stockholm(), stay, "2026-03-30 10:00");
  CHECK(stopped.days == 2);
  CHECK(stopped.applies());
}

TEST_CASE("liability - discharge ends the clock and each day is priced at its own year's amount, or unknown")
{
  auto stay = ready_at("2021-12-27 09:00");    // days 0-2 = 27-29 Dec; liable from 30 Dec 2021
  stay.discharged = local("2022-01-03 14:00");  // 30, 31 Dec (2021: unknown); 1, 2 Jan at 9 300; 3 Jan not counted
  const auto liability = under(stockholm(), stay, "2022-02-01 10:00");
  CHECK(liability.days == 4);
  CHECK(liability.amount == 2 * 9300);
  CHECK(liability.days_without_amount == 2);
  CHECK(priced_days_text(liability) == "4 dagar, 18 600 kr + 2 dagar utan känt belopp (2021)");
  stay.discharged = local("2021-12-29 10:00");  // home before liability started
  CHECK(under(stockholm(), stay, "2022-02-01 10:00").days == 0);
  // A year the table knows, wholly: priced.
  const auto known = under(stockholm(), ready_at("2022-03-01 09:00"), "2022-03-05 10:00");
  CHECK(priced_days_text(known) == "2 dagar, 18 600 kr");
}

TEST_CASE("liability - a case's events: first notices, every ready and not-ready, compulsory care, the last discharge")
{
  const std::vector<sdk::CaseEventSnapshot> events{
      {"admission-notice-sent", local("2026-03-01 10:00")}, {"admission-notice-sent", local("2026-03-03 10:00")},
      {"ready-for-discharge", local("2026-03-04 09:00")},   {"not-ready-for-discharge", local("2026-03-05 09:00")},
      {"ready-for-discharge", local("2026-03-08 09:00")},   {"sip-called", local("2026-03-02 09:00")},
      {"sip-called", local("2026-03-06 09:00")},            {"psychiatric-care", local("2026-03-01 10:00")},
      {"compulsory-care", local("2026-03-01 10:00")}};
  const auto stay = liability_case_from(events);
  CHECK(stay.admission_notice == local("2026-03-01 10:00"));
  CHECK(stay.ready_notices.size() == 2);
  CHECK(stay.not_ready.size() == 1);
  CHECK(stay.sip_called == local("2026-03-06 09:00"));  // the first since the first ready notice
  CHECK(stay.care == CareKind::compulsory);
  CHECK_FALSE(stay.discharged);
}
