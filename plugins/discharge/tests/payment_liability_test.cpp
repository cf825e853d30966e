// The payment-liability clock under both shipped profiles: weekends, storhelger, the cut-off hour,
// day 0, and the daylight-saving changes.
#include "payment_liability.hpp"
#include "trygg/time.hpp"

#include <doctest/doctest.h>

using namespace trygg;
using namespace trygg::discharge;
using namespace std::chrono;

namespace {

const std::filesystem::path agreements = std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/discharge/content/agreements";

PaymentAgreement stockholm()
{
  return read_payment_agreement(agreements / "stockholm-2020.xml");
}

PaymentAgreement fallback()
{
  return read_payment_agreement(agreements / "fallback.xml");
}

Timestamp local(const char* text)
{
  return parse_user_time(text).value();
}

year_month_day date(const char* text)
{
  return from_iso_date(text).value();
}

// A case whose preconditions are all met, ready at `ready` (Swedish local time).
LiabilityCase ready_at(const char* ready, bool psychiatric = false)
{
  return {local("2026-01-01 08:00"), local(ready), local(ready), true, false, psychiatric, std::nullopt};
}

}  // namespace

TEST_CASE("liability - both shipped agreements read, with source and amounts")
{
  const auto s = stockholm();
  CHECK(s.day_type == PaymentAgreement::DayType::calendar);
  CHECK(s.notice_day_is_day_zero);
  CHECK(s.cut_off == hours(12));
  CHECK(s.somatic_days == 2);
  CHECK(s.psychiatric_days == 5);
  CHECK(s.example);
  CHECK_FALSE(s.source.empty());
  CHECK(s.amount_on(date("2021-12-31")) == 7800);
  CHECK(s.amount_on(date("2022-01-01")) == 9300);
  CHECK_FALSE(s.amount_on(date("2018-06-01")));
  const auto f = fallback();
  CHECK(f.day_type == PaymentAgreement::DayType::working);
  CHECK_FALSE(f.notice_day_is_day_zero);
}

TEST_CASE("liability - Stockholm: day 0 counts, liability from day 3, the cut-off moves day 0")
{
  // Tuesday 10 March 2026, 11:59: days 0, 1, 2 = 10, 11, 12 March; liable from Friday 13.
  const auto before = payment_liability(stockholm(), ready_at("2026-03-10 11:59"), local("2026-03-16 09:00"));
  REQUIRE(before.applies());
  CHECK(before.grace_days == std::vector{date("2026-03-10"), date("2026-03-11"), date("2026-03-12")});
  CHECK(before.first_day == date("2026-03-13"));
  CHECK(before.days == 4);  // 13, 14, 15, 16 March (through today)
  CHECK(before.amount == 4 * 9300);
  // 12:00 sharp is too late: day 0 is the next day, liability from Saturday 14.
  const auto after = payment_liability(stockholm(), ready_at("2026-03-10 12:00"), local("2026-03-16 09:00"));
  CHECK(after.first_day == date("2026-03-14"));
  CHECK(after.days == 3);
}

TEST_CASE("liability - Stockholm counts weekends and holidays: calendar days")
{
  // Thursday 24 December 2026 (Christmas Eve), 09:00: days 0-2 = 24, 25, 26; liable from Sunday 27.
  const auto christmas = payment_liability(stockholm(), ready_at("2026-12-24 09:00"), local("2026-12-30 10:00"));
  CHECK(christmas.first_day == date("2026-12-27"));
  CHECK(christmas.days == 4);  // 27, 28, 29, 30
  // Psychiatric care: 5 days after day 0 -> liable from 30 December.
  const auto psychiatric = payment_liability(stockholm(), ready_at("2026-12-24 09:00", true), local("2026-12-30 10:00"));
  CHECK(psychiatric.first_day == date("2026-12-30"));
}

TEST_CASE("liability - the fallback profile counts working days, skipping weekends, holidays and eves")
{
  // Friday 6 March 2026, 10:00: day 0 is not counted; working days 1-3 = Mon 9, Tue 10, Wed 11; liable from Thu 12.
  const auto weekend = payment_liability(fallback(), ready_at("2026-03-06 10:00"), local("2026-03-13 10:00"));
  CHECK(weekend.grace_days == std::vector{date("2026-03-09"), date("2026-03-10"), date("2026-03-11")});
  CHECK(weekend.first_day == date("2026-03-12"));
  // Wednesday 23 December 2026, 10:00: 24-27 Dec are not working days, nor is 31 Dec or 1 Jan.
  // Working days 1-3 = Mon 28, Tue 29, Wed 30; liable from Thursday 31 December.
  const auto christmas = payment_liability(fallback(), ready_at("2026-12-23 10:00"), local("2027-01-04 10:00"));
  CHECK(christmas.grace_days == std::vector{date("2026-12-28"), date("2026-12-29"), date("2026-12-30")});
  CHECK(christmas.first_day == date("2026-12-31"));
  // Liability then runs on every calendar day, holidays included: 31 Dec to 4 Jan = 5 days.
  CHECK(christmas.days == 5);
  // After the cut-off on the last working day before Easter (Thursday 2 April 2026, 15:00):
  // it counts from Friday 3 (Good Friday), so working days 1-3 = Tue 7, Wed 8, Thu 9 April.
  const auto easter = payment_liability(fallback(), ready_at("2026-04-02 15:00"), local("2026-04-10 10:00"));
  CHECK(easter.grace_days == std::vector{date("2026-04-07"), date("2026-04-08"), date("2026-04-09")});
  CHECK(easter.first_day == date("2026-04-10"));
}

TEST_CASE("liability - the cut-off is Swedish local time across the daylight-saving changes")
{
  // Spring: 29 March 2026, clocks go 02:00 -> 03:00. 11:30 local is 09:30 UTC: before noon.
  const auto spring = payment_liability(stockholm(), ready_at("2026-03-29 11:30"), local("2026-04-02 10:00"));
  CHECK(spring.first_day == date("2026-04-01"));
  // 12:30 local (10:30 UTC) is after it, although 10:30 UTC would be before noon in winter time.
  const auto spring_late = payment_liability(stockholm(), ready_at("2026-03-29 12:30"), local("2026-04-02 10:00"));
  CHECK(spring_late.first_day == date("2026-04-02"));
  // Autumn: 25 October 2026, clocks go 03:00 -> 02:00. 11:59 local = 10:59 UTC: still before noon.
  const auto autumn = payment_liability(stockholm(), ready_at("2026-10-25 11:59"), local("2026-10-30 10:00"));
  CHECK(autumn.first_day == date("2026-10-28"));
  // A notice late in the evening of the change day is still that local day (00:30 UTC next day would not be).
  const auto evening = payment_liability(stockholm(), ready_at("2026-10-25 23:30"), local("2026-10-30 10:00"));
  CHECK(evening.grace_days.front() == date("2026-10-26"));
}

TEST_CASE("liability - the fallback profile's cut-off is Swedish local time across the daylight-saving changes")
{
  // Friday 27 March 2026 11:30 (winter time, before 12:00): counting starts Monday 30 March, the
  // first working day after the notice day; days 30, 31 March, 1 April; liable from 2 April.
  const auto before_change = payment_liability(fallback(), ready_at("2026-03-27 11:30"), local("2026-04-03 10:00"));
  CHECK(before_change.grace_days == std::vector{date("2026-03-30"), date("2026-03-31"), date("2026-04-01")});
  // Monday 30 March 2026 12:15 summer time is 10:15 UTC: after the cut-off locally, so the notice
  // counts from Tuesday 31 and the working days are 1, 2 April and (after Easter) 7 April.
  const auto after_change = payment_liability(fallback(), ready_at("2026-03-30 12:15"), local("2026-04-10 10:00"));
  CHECK(after_change.grace_days == std::vector{date("2026-04-01"), date("2026-04-02"), date("2026-04-07")});
  CHECK(after_change.first_day == date("2026-04-08"));
  // Monday 26 October 2026 11:45 winter time (10:45 UTC) is before the cut-off.
  const auto autumn = payment_liability(fallback(), ready_at("2026-10-26 11:45"), local("2026-11-02 10:00"));
  CHECK(autumn.grace_days == std::vector{date("2026-10-27"), date("2026-10-28"), date("2026-10-29")});
  CHECK(autumn.first_day == date("2026-10-30"));
}

TEST_CASE("liability - the law's preconditions: no liability while any is unmet, and they are named")
{
  auto care = ready_at("2026-03-10 09:00");
  care.admission_notice.reset();
  care.sip_called.reset();
  care.declined = true;
  const auto blocked = payment_liability(stockholm(), care, local("2026-03-20 10:00"));
  CHECK_FALSE(blocked.applies());
  CHECK(blocked.unmet.size() == 3);
  CHECK(blocked.first_day == date("2026-03-13"));  // when it would have started
  CHECK(blocked.days == 0);
  CHECK(blocked.amount == 0);

  auto no_sip_needed = ready_at("2026-03-10 09:00");
  no_sip_needed.sip_called.reset();
  no_sip_needed.sip_needed = false;
  CHECK(payment_liability(stockholm(), no_sip_needed, local("2026-03-20 10:00")).applies());

  LiabilityCase not_ready;
  const auto waiting = payment_liability(stockholm(), not_ready, local("2026-03-20 10:00"));
  CHECK_FALSE(waiting.first_day);
  CHECK_FALSE(waiting.applies());
}

TEST_CASE("liability - discharge ends the clock and the amount follows the year of each day")
{
  auto care = ready_at("2021-12-27 09:00");  // days 0-2 = 27-29 Dec; liable from 30 Dec 2021
  care.discharged = local("2022-01-03 14:00");  // 30, 31 Dec at 7 800; 1, 2 Jan at 9 300; 3 Jan not counted
  const auto liability = payment_liability(stockholm(), care, local("2022-02-01 10:00"));
  CHECK(liability.days == 4);
  CHECK(liability.amount == 2 * 7800 + 2 * 9300);
  care.discharged = local("2021-12-29 10:00");  // home before liability started
  CHECK(payment_liability(stockholm(), care, local("2022-02-01 10:00")).days == 0);
}
